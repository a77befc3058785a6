#include "models/approvals/DraftComparison.h"

#include "chaincode/lc/LcRules.h"
#include "models/Money.h"
#include "models/lc/LcTermsCheck.h"
#include "models/lc/LcText.h"

#include <QLocale>

namespace lx::models {

namespace {

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

QString DraftComparison::dateText(const lianxin::lc::Date &date)
{
    const QDate d = LcTermsCheck::fromProto(date);
    return d.isValid() ? LcText::dateText(LcText::dayOfDate(d)) : QString();
}

QString DraftComparison::paymentText(const lianxin::lc::PaymentTerm &term)
{
    using P = lianxin::lc::PaymentTerm;
    if (term.kind() == P::SIGHT)
        return tr("At sight");
    if (term.kind() != P::DEFERRED)
        return tr("Not stated");
    switch (term.basis()) {
    case P::AFTER_DOCUMENT_DATE:
        return tr("Deferred, %n day(s) after the document date", nullptr, term.days());
    case P::AFTER_SHIPMENT_DATE:
        return tr("Deferred, %n day(s) after shipment", nullptr, term.days());
    case P::AFTER_SIGHT:
        return tr("Deferred, %n day(s) after sight", nullptr, term.days());
    case P::FIXED_DATE:
        return tr("Deferred, maturing on %1").arg(dateText(term.fixed_maturity()));
    default:
        return tr("Deferred");
    }
}

QString DraftComparison::termTitle(const std::string &term)
{
    if (term == "amount")
        return tr("Amount");
    if (term == "expiry_date")
        return tr("Expiry date");
    if (term == "latest_shipment_date")
        return tr("Latest shipment date");
    if (term == "presentation_period_days")
        return tr("Presentation period");
    if (term == "goods_description")
        return tr("Goods");
    if (term == "payment_term")
        return tr("Payment");
    return text(term);
}

QString DraftComparison::termText(const lianxin::lc::LetterOfCredit &lc, const std::string &term)
{
    if (term == "amount")
        return LcText::money(lc.amount_fen());
    if (term == "expiry_date")
        return dateText(lc.expiry_date());
    if (term == "latest_shipment_date")
        return dateText(lc.latest_shipment_date());
    if (term == "presentation_period_days")
        return tr("%n day(s)", nullptr, lc.presentation_period_days());
    if (term == "goods_description")
        return text(lc.goods_description());
    if (term == "payment_term")
        return paymentText(lc.payment_term());
    return {};
}

QList<TermChange> DraftComparison::compare(
    const lianxin::lc::LcAction &action, const std::optional<lianxin::lc::LetterOfCredit> &current)
{
    QList<TermChange> out;
    if (action.has_issue()) {
        const auto &lc = action.issue().lc();
        out.append({ tr("L/C No."), {}, text(lc.lc_no()) });
        out.append({ tr("Applicant"), {}, text(lc.applicant().name()) });
        out.append({ tr("Beneficiary"), {}, text(lc.beneficiary().name()) });
        out.append({ tr("Advising bank"), {}, LcText::bankName(text(lc.advising_bank_msp())) });
        out.append({ tr("Amount"), {}, LcText::money(lc.amount_fen()) });
        out.append({ tr("Amount in words"), {}, LcTermsCheck::amountInWords(lc.amount_fen()) });
        out.append({ tr("Expiry"), {}, dateText(lc.expiry_date()) + QStringLiteral(", ") + text(lc.expiry_place()) });
        out.append({ tr("Payment"), {}, paymentText(lc.payment_term()) });
        out.append({ tr("Goods"), {}, text(lc.goods_description()) });
        return out;
    }
    const QString state = current ? LcText::stateName(current->state()) : tr("Not in this bank's cache");
    if (action.has_amend() && current) {
        const auto &amendment = action.amend().amendment();
        const auto after = chaincode::lc::applyAmendment(*current, amendment);
        for (const std::string &term : chaincode::lc::amendmentChanges(amendment))
            out.append({ termTitle(term), termText(*current, term), termText(after, term) });
        if (!amendment.narrative().empty())
            out.append({ tr("Narrative"), {}, text(amendment.narrative()) });
        return out;
    }
    out.append({ tr("State"), state, {} });
    if (current) {
        out.append({ tr("Amount"), LcText::money(current->amount_fen()), {} });
        out.append({ tr("Available"), LcText::money(current->available_balance_fen()), {} });
    }
    if (action.has_present()) {
        const auto &p = action.present().presentation();
        out.append({ tr("Amount presented"), {}, LcText::money(p.amount_fen()) });
        out.append({ tr("Documents"), {}, QString::number(p.documents_size()) });
    } else if (action.has_examine()) {
        const auto &e = action.examine();
        out.append({ tr("Presentation"), {}, QString::number(e.presentation_no()) });
        QStringList found;
        for (const auto &d : e.discrepancies())
            found.append(LcText::discrepancyName(text(d.code())) + QStringLiteral(": ") + text(d.description()));
        out.append({ tr("Finding"), {}, e.complying() ? tr("Complying") : found.join(QLatin1Char('\n')) });
    } else if (action.has_pay()) {
        out.append({ tr("Presentation"), {}, QString::number(action.pay().presentation_no()) });
    } else if (action.has_accept_presentation()) {
        out.append({ tr("Presentation"), {}, QString::number(action.accept_presentation().presentation_no()) });
    } else if (action.has_cancel()) {
        out.append({ tr("Beneficiary's consent"), {}, text(action.cancel().beneficiary_consent()) });
    }
    return out;
}

} // namespace lx::models

#include "models/TradeDocuments.h"

#include "models/approvals/DraftComparison.h"
#include "models/guarantee/GuaranteeDetailRecord.h"
#include "models/guarantee/GuaranteeText.h"
#include "models/lc/LcDetailRecord.h"
#include "models/lc/LcTermsCheck.h"
#include "models/lc/LcText.h"

#include <QLocale>
#include <QStringList>

#include <cstdint>
#include <utility>
#include <vector>

namespace lx::models {

namespace {

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

QString hex(const std::string &bytes)
{
    return QString::fromLatin1(QByteArray::fromStdString(bytes).toHex());
}

QString partyText(const lianxin::lc::Party &p)
{
    QStringList lines { text(p.name()) };
    if (!p.uscc().empty())
        lines << text(p.uscc());
    if (!p.address().empty())
        lines << text(p.address());
    if (!p.account_no().empty())
        lines << text(p.account_no()) + QStringLiteral(" · ") + text(p.account_bank());
    return lines.join(QStringLiteral("\n"));
}

QString bankText(const std::string &msp)
{
    if (msp.empty())
        return {};
    return LcText::bankName(text(msp)) + QStringLiteral(" (") + text(msp) + QLatin1Char(')');
}

using Field = std::pair<QString, QString>; // "32B Currency, amount", value

// Transaction IDs and hashes (code = true) in a monospaced font: a
// proportional font may set "ff" or "fi" as one ligature glyph, and an ID
// copied from the PDF would then not match the ledger's.
QString fieldTable(const std::vector<Field> &fields, bool code = false)
{
    const QString open = code ? QStringLiteral("<span style=\"font-family: monospace;\">") : QString();
    const QString close = code ? QStringLiteral("</span>") : QString();
    QString out = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    for (const auto &[label, value] : fields) {
        out += QStringLiteral("<tr><td width=\"32%\" bgcolor=\"#eef1f5\"><b>") + label.toHtmlEscaped()
            + QStringLiteral("</b></td><td>") + open
            + value.toHtmlEscaped().replace(QStringLiteral("\n"), QStringLiteral("<br/>")) + close
            + QStringLiteral("</td></tr>");
    }
    return out + QStringLiteral("</table>");
}

struct LedgerRef
{
    std::string txId;
    std::uint64_t block = 0;
};

// Heading, the fields, the ledger references and the printing bank.
QString documentHtml(const QString &title, const QString &subtitle, const std::vector<Field> &terms,
    const std::vector<Field> &ledger, const QString &bankMsp, const QDate &today)
{
    QString out = QStringLiteral("<html><body style=\"font-size: 9pt;\"><h2>") + title.toHtmlEscaped()
        + QStringLiteral("</h2><p>") + subtitle.toHtmlEscaped() + QStringLiteral("</p>");
    out += fieldTable(terms);
    out += QStringLiteral("<h3>") + LcAdvice::tr("Ledger references") + QStringLiteral("</h3>")
        + fieldTable(ledger, true);
    out += QStringLiteral("<h3>") + LcAdvice::tr("Printed by") + QStringLiteral("</h3>");
    out += fieldTable({ { LcAdvice::tr("Bank"), bankText(bankMsp.toStdString()) },
        { LcAdvice::tr("Date"), QLocale().toString(today, QLocale::LongFormat) } });
    return out + QStringLiteral("</body></html>");
}

void addLedgerRefs(std::vector<Field> &fields, const LedgerRef *issue, const LedgerRef *latest)
{
    const auto ref = [](const LedgerRef *r) {
        return r ? LcAdvice::tr("Transaction %1, block %2").arg(text(r->txId)).arg(r->block)
                 : LcAdvice::tr("Not on the ledger yet");
    };
    fields.push_back({ LcAdvice::tr("Issue"), ref(issue) });
    fields.push_back({ LcAdvice::tr("Latest change"), ref(latest) });
}

QString documentsText(const google::protobuf::RepeatedPtrField<lianxin::lc::Document> &documents)
{
    QStringList lines;
    for (const auto &d : documents)
        lines << text(d.doc_type()) + QStringLiteral(" ") + text(d.file_name()) + QStringLiteral(": SHA-256 ")
                + hex(d.sha256());
    return lines.join(QStringLiteral("\n"));
}

} // namespace

QString LcAdvice::html(const LcDetailRecord &record, const QString &bankMsp, const QDate &today)
{
    if (!record.lc)
        return {};
    const auto &lc = *record.lc;
    const auto date = [](const lianxin::lc::Date &d) { return LcText::dateText(GuaranteeText::dayOf(d)); };
    const auto yesNo = [](bool value) { return value ? tr("Allowed") : tr("Not allowed"); };
    QStringList documents;
    for (const auto &d : lc.required_documents())
        documents << tr("%1: %2 original(s), %3 copies").arg(text(d.doc_type())).arg(d.originals()).arg(d.copies());
    const QString words
        = lc.amount_in_words().empty() ? LcTermsCheck::amountInWords(lc.amount_fen()) : text(lc.amount_in_words());
    std::vector<Field> terms {
        { tr("27 Sequence of total"), QStringLiteral("1/1") },
        { tr("40A Form of documentary credit"), lc.irrevocable() ? tr("Irrevocable") : tr("Revocable") },
        { tr("20 Documentary credit number"), text(lc.lc_no()) },
        { tr("31C Date of issue"), date(lc.issue_date()) },
        { tr("40E Applicable rules"), tr("Domestic L/C settlement measures (PBoC/CBRC 2016 No. 10)") },
        { tr("31D Date and place of expiry"), date(lc.expiry_date()) + QStringLiteral(", ") + text(lc.expiry_place()) },
        { tr("52A Issuing bank"), bankText(lc.issuing_bank_msp()) },
        { tr("50 Applicant"), partyText(lc.applicant()) },
        { tr("59 Beneficiary"), partyText(lc.beneficiary()) },
        { tr("32B Currency code, amount"), LcText::money(lc.amount_fen()) },
        { tr("Amount in words"), words },
        { tr("39A Percentage credit amount tolerance"),
            QStringLiteral("+%1% / -%2%").arg(lc.tolerance().plus_percent()).arg(lc.tolerance().minus_percent()) },
        { tr("41A Available with"),
            lc.nominated_bank_msp().empty() ? bankText(lc.issuing_bank_msp()) : bankText(lc.nominated_bank_msp()) },
        { tr("42C/42P Payment terms"), DraftComparison::paymentText(lc.payment_term()) },
        { tr("43P Partial shipments"), yesNo(lc.partial_shipments_allowed()) },
        { tr("43T Transhipment"), yesNo(lc.transhipment_allowed()) },
        { tr("44E/44F Shipment from, to"), text(lc.shipment_from()) + QStringLiteral(" → ") + text(lc.shipment_to()) },
        { tr("44C Latest date of shipment"), date(lc.latest_shipment_date()) },
        { tr("45A Description of goods and/or services"), text(lc.goods_description()) },
        { tr("46A Documents required"), documents.join(QStringLiteral("\n")) },
        { tr("47A Additional conditions"), text(lc.additional_conditions()) },
        { tr("71B Charges"), text(lc.charges().details()) },
        { tr("48 Period for presentation"), DraftComparison::termText(lc, "presentation_period_days") },
        { tr("49 Confirmation instructions"),
            lc.confirmable() ? tr("May add: %1").arg(bankText(lc.confirming_bank_msp())) : tr("Without") },
        { tr("57A Advise through bank"), bankText(lc.advising_bank_msp()) },
        { tr("State on the ledger"), LcText::stateName(lc.state()) },
        { tr("Available balance"), LcText::money(lc.available_balance_fen()) },
    };
    std::vector<Field> ledger;
    std::vector<LedgerRef> refs;
    for (const auto &entry : record.timeline) {
        if (!entry.txId.empty())
            refs.push_back({ entry.txId, entry.block });
    }
    addLedgerRefs(ledger, refs.empty() ? nullptr : &refs.front(), refs.empty() ? nullptr : &refs.back());
    QStringList hashes;
    for (const auto &p : lc.presentations()) {
        const QString docs = documentsText(p.documents());
        if (!docs.isEmpty())
            hashes << docs;
    }
    ledger.push_back({ tr("Documents notarized"), hashes.isEmpty() ? tr("None") : hashes.join(QStringLiteral("\n")) });
    const QString subtitle = tr("We advise you, without any engagement on our part, of the following domestic "
                                "letter of credit issued by %1.")
                                 .arg(LcText::bankName(text(lc.issuing_bank_msp())));
    return documentHtml(
        tr("Advice of domestic letter of credit %1").arg(text(lc.lc_no())), subtitle, terms, ledger, bankMsp, today);
}

QString GuaranteeDocument::html(const GuaranteeDetailRecord &record, const QString &bankMsp, const QDate &today)
{
    if (!record.guarantee)
        return {};
    const auto &g = *record.guarantee;
    const auto &u = g.underlying();
    QStringList reductions;
    for (const auto &step : g.reduction_schedule())
        reductions << GuaranteeText::dateText(step.date()) + QStringLiteral(": -") + LcText::money(step.amount_fen());
    std::vector<Field> terms {
        { tr("20 Undertaking number"), text(g.guarantee_no()) },
        { tr("30 Date of issue"), GuaranteeText::dateText(g.issue_date()) },
        { tr("22D Form of undertaking"), tr("Guarantee, issued directly") },
        { tr("40C Applicable rules"), g.rules().empty() ? QStringLiteral("URDG 758") : text(g.rules()) },
        { tr("22K Type of undertaking"), GuaranteeText::typeName(g.type()) },
        { tr("23B Expiry type"), GuaranteeText::expiryTypeName(g.expiry_type()) },
        { tr("31E Date of expiry"), GuaranteeText::expiryText(g) },
        { tr("50 Applicant"), partyText(g.applicant()) },
        { tr("59 Beneficiary"), partyText(g.beneficiary()) },
        { tr("52A Issuer"), bankText(g.issuer_msp()) },
        { tr("56A Advising bank"), bankText(g.advising_bank_msp()) },
        { tr("32B Undertaking amount"), LcText::money(g.amount_fen()) },
        { tr("Amount in words"), LcTermsCheck::amountInWords(g.amount_fen()) },
        { tr("Available amount"), LcText::money(g.available_fen()) },
        { tr("Underlying transaction details"),
            text(u.reference()) + QStringLiteral(", ") + GuaranteeText::dateText(u.date()) + QStringLiteral("\n")
                + text(u.description()) },
        { tr("Reduction schedule"), reductions.isEmpty() ? tr("None") : reductions.join(QStringLiteral("\n")) },
        { tr("77U Undertaking terms and conditions"), text(g.terms()) },
        { tr("State on the ledger"),
            GuaranteeText::stateName(g.state()) + (g.frozen() ? tr(" (stop-payment order)") : QString()) },
    };
    std::vector<Field> ledger;
    std::vector<LedgerRef> refs;
    for (const auto &entry : record.timeline) {
        if (!entry.txId.empty())
            refs.push_back({ entry.txId, entry.block });
    }
    addLedgerRefs(ledger, refs.empty() ? nullptr : &refs.front(), refs.empty() ? nullptr : &refs.back());
    QStringList hashes;
    for (const auto &demand : g.demands()) {
        const QString docs = documentsText(demand.documents());
        if (!docs.isEmpty())
            hashes << docs;
    }
    ledger.push_back({ LcAdvice::tr("Documents notarized"),
        hashes.isEmpty() ? LcAdvice::tr("None") : hashes.join(QStringLiteral("\n")) });
    const QString subtitle = tr("Demand guarantee issued by %1 in favour of %2, subject to %3.")
                                 .arg(LcText::bankName(text(g.issuer_msp())), text(g.beneficiary().name()),
                                     g.rules().empty() ? QStringLiteral("URDG 758") : text(g.rules()));
    return documentHtml(tr("Guarantee %1").arg(text(g.guarantee_no())), subtitle, terms, ledger, bankMsp, today);
}

} // namespace lx::models

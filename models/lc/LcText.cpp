#include "models/lc/LcText.h"

#include "cache/LcQuery.h"
#include "chaincode/TextRules.h"

#include "models/MemberDirectory.h"
#include "models/Money.h"

#include "lianxin/lc.pb.h"

#include <QLocale>

#include <map>

namespace lx::models {

namespace {
const QDate kEpoch(1970, 1, 1);
} // namespace

QString LcText::stateName(int state)
{
    using S = lianxin::lc::LetterOfCredit;
    switch (state) {
    case S::DRAFT:
        return tr("Draft");
    case S::ISSUED:
        return tr("Issued");
    case S::ADVISED:
        return tr("Advised");
    case S::AMENDMENT_PENDING:
        return tr("Amendment pending");
    case S::PRESENTED:
        return tr("Documents presented");
    case S::COMPLYING:
        return tr("Complying");
    case S::DISCREPANT:
        return tr("Discrepant");
    case S::REFUSED:
        return tr("Refused");
    case S::WAIVED:
        return tr("Discrepancies waived");
    case S::ACCEPTED:
        return tr("Accepted");
    case S::PAID:
        return tr("Paid");
    case S::PAID_AT_MATURITY:
        return tr("Paid at maturity");
    case S::EXPIRED:
        return tr("Expired");
    case S::CANCELLED:
        return tr("Cancelled");
    case S::CLOSED:
        return tr("Closed");
    default:
        return tr("Unknown (%1)").arg(state);
    }
}

QString LcText::workKindName(int kind)
{
    using K = cache::WorkKind;
    switch (static_cast<K>(kind)) {
    case K::Advise:
        return tr("Advise the L/C");
    case K::AnswerAmendment:
        return tr("Answer the amendment");
    case K::Examine:
        return tr("Examine the documents");
    case K::ExamineDuplicates:
        return tr("Examine the documents: some were presented under other L/Cs too");
    case K::RefuseOrWaive:
        return tr("Refuse or waive discrepancies");
    case K::Pay:
        return tr("Pay");
    case K::ConfirmPayment:
        return tr("Accept: confirm payment at maturity");
    case K::PayAtMaturity:
        return tr("Pay at maturity");
    case K::Expire:
        return tr("Record the expiry");
    case K::ApproveDraft:
        return tr("Approve a draft");
    }
    return tr("Unknown task (%1)").arg(kind);
}

QString LcText::actionName(const QString &name)
{
    static const std::map<QString, const char *> names = {
        { QStringLiteral("Issue"), QT_TR_NOOP("Issue") },
        { QStringLiteral("Advise"), QT_TR_NOOP("Advise") },
        { QStringLiteral("Amend"), QT_TR_NOOP("Amend") },
        { QStringLiteral("AnswerAmendment"), QT_TR_NOOP("Answer amendment") },
        { QStringLiteral("Present"), QT_TR_NOOP("Present documents") },
        { QStringLiteral("Examine"), QT_TR_NOOP("Examine documents") },
        { QStringLiteral("Refuse"), QT_TR_NOOP("Refuse") },
        { QStringLiteral("Waive"), QT_TR_NOOP("Waive discrepancies") },
        { QStringLiteral("AcceptPresentation"), QT_TR_NOOP("Accept presentation") },
        { QStringLiteral("Pay"), QT_TR_NOOP("Pay") },
        { QStringLiteral("Close"), QT_TR_NOOP("Close") },
        { QStringLiteral("Cancel"), QT_TR_NOOP("Cancel") },
        { QStringLiteral("Expire"), QT_TR_NOOP("Record expiry") },
    };
    const auto found = names.find(name);
    return found == names.end() ? name : tr(found->second);
}

QString LcText::discrepancyName(const QString &code)
{
    static const std::map<QString, const char *> names = {
        { QStringLiteral("INVOICE_AMOUNT"), QT_TR_NOOP("Invoice amount") },
        { QStringLiteral("LATE_SHIPMENT"), QT_TR_NOOP("Late shipment") },
        { QStringLiteral("LATE_PRESENTATION"), QT_TR_NOOP("Late presentation") },
        { QStringLiteral("MISSING_DOCUMENT"), QT_TR_NOOP("Missing document") },
        { QStringLiteral("DOCUMENT_INCONSISTENT"), QT_TR_NOOP("Documents inconsistent") },
        { QStringLiteral("GOODS_DESCRIPTION"), QT_TR_NOOP("Goods description") },
    };
    const auto found = names.find(code);
    return found == names.end() ? code : tr(found->second);
}

QString LcText::bankName(const QString &mspId)
{
    return MemberDirectory::name(mspId, QLocale().language() == QLocale::Chinese);
}

QStringList LcText::memberBanks()
{
    QStringList banks;
    for (const QString &msp : MemberDirectory::banks())
        banks.append(msp);
    return banks;
}

QString LcText::money(std::int64_t fen)
{
    return Money::fromFen(fen).toDisplayString(QLocale());
}

QDate LcText::dateOfDay(int day)
{
    return kEpoch.addDays(day);
}

int LcText::dayOfDate(const QDate &date)
{
    return static_cast<int>(kEpoch.daysTo(date));
}

QString LcText::dateText(const std::optional<int> &day)
{
    if (!day)
        return {};
    // Four-digit years in both: "2026-03-05" as Chinese banks write it,
    // "5 Mar 2026" in English (a two-digit short format would be ambiguous).
    const QLocale locale;
    return locale.toString(dateOfDay(*day),
        locale.language() == QLocale::Chinese ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("d MMM yyyy"));
}

QString LcText::shown(const std::string &stored)
{
    return QString::fromStdString(chaincode::visible(stored));
}

} // namespace lx::models

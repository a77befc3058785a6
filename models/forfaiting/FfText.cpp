#include "models/forfaiting/FfText.h"

#include "chaincode/Rate.h"
#include "models/MemberDirectory.h"
#include "models/lc/LcText.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace lx::models {

using namespace lianxin::forfaiting;

QString FfText::claimState(int state)
{
    switch (state) {
    case Claim::HELD:
        return tr("Held");
    case Claim::LISTED:
        return tr("Listed");
    case Claim::UNDER_TRANSFER:
        return tr("Under transfer");
    case Claim::PAID:
        return tr("Paid");
    case Claim::OVERDUE:
        return tr("Overdue");
    default:
        return QString();
    }
}

QString FfText::listingState(int state)
{
    switch (state) {
    case Listing::OPEN:
        return tr("Open");
    case Listing::WITHDRAWN:
        return tr("Withdrawn");
    case Listing::AGREED:
        return tr("Dealt");
    default:
        return QString();
    }
}

QString FfText::quoteState(int state)
{
    switch (state) {
    case Quote::OPEN:
        return tr("Live");
    case Quote::WITHDRAWN:
        return tr("Withdrawn");
    case Quote::ACCEPTED:
        return tr("Accepted");
    default:
        return QString();
    }
}

QString FfText::dealState(int state)
{
    switch (state) {
    case Deal::AGREED:
        return tr("Agreed");
    case Deal::NOTIFIED:
        return tr("Notice sent");
    case Deal::ACKNOWLEDGED:
        return tr("Acknowledged");
    case Deal::SETTLED:
        return tr("Settled");
    default:
        return QString();
    }
}

QString FfText::method(int method)
{
    switch (method) {
    case STRAIGHT_DISCOUNT:
        return tr("Straight discount");
    case DISCOUNT_TO_YIELD:
        return tr("Discount to yield");
    default:
        return QString();
    }
}

QString FfText::market(int market)
{
    switch (market) {
    case PRIMARY:
        return tr("Primary");
    case SECONDARY:
        return tr("Secondary");
    default:
        return QString();
    }
}

QString FfText::action(const QString &contractName)
{
    static const std::pair<const char *, const char *> kNames[] = {
        { "List", QT_TR_NOOP("Listed for sale") },
        { "Quote", QT_TR_NOOP("Quoted") },
        { "WithdrawListing", QT_TR_NOOP("Listing withdrawn") },
        { "WithdrawQuote", QT_TR_NOOP("Quote withdrawn") },
        { "AcceptQuote", QT_TR_NOOP("Quote accepted") },
        { "NotifyTransfer", QT_TR_NOOP("Claim-transfer notice sent") },
        { "AcknowledgeTransfer", QT_TR_NOOP("Transfer acknowledged") },
        { "Settle", QT_TR_NOOP("Settled") },
        { "PayAtMaturity", QT_TR_NOOP("Paid at maturity") },
        { "RecordOverdue", QT_TR_NOOP("Recorded overdue") },
    };
    for (const auto &[name, text] : kNames) {
        if (contractName == QLatin1String(name))
            return tr(text);
    }
    return contractName;
}

QString FfText::rate(std::int64_t rateMicros)
{
    return QString::fromStdString(chaincode::formatRatePercent(rateMicros)) + QLatin1Char('%');
}

QString FfText::bank(const std::string &mspId)
{
    return LcText::bankName(QString::fromStdString(mspId));
}

QString FfText::day(int day)
{
    return LcText::dateText(day);
}

QString FfText::dateTime(std::int64_t unixSeconds)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone(8 * 3600));
    return QLocale().toString(at.date(), QStringLiteral("yyyy-MM-dd")) + QLatin1Char(' ')
        + at.time().toString(QStringLiteral("HH:mm"));
}

int FfText::obligorTier(const std::string &mspId)
{
    const std::optional<Member> member = MemberDirectory::find(QString::fromStdString(mspId));
    return member ? member->tier : 0;
}

} // namespace lx::models

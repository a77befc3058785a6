#include "models/quotes/QuoteText.h"

#include "chaincode/Rate.h"
#include "chaincode/quotes/QuoteBoard.h"

#include "lianxin/quotes.pb.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace lx::models {

QString QuoteText::sideName(int side)
{
    switch (side) {
    case lianxin::quotes::BUY:
        //: A quote to buy forfaiting claims at a discount rate.
        return tr("Bid (buy)");
    case lianxin::quotes::SELL:
        //: A quote to sell forfaiting claims at a discount rate.
        return tr("Offer (sell)");
    default:
        return QString();
    }
}

QString QuoteText::methodName(int method)
{
    switch (method) {
    case lianxin::quotes::STRAIGHT_DISCOUNT:
        return tr("Straight discount");
    case lianxin::quotes::DISCOUNT_TO_YIELD:
        return tr("Discount to yield");
    default:
        return QString();
    }
}

QString QuoteText::tierName(int tier)
{
    //: An obligor bank's tier in the membership registry (1 strongest .. 5).
    return tr("Tier %1").arg(tier);
}

QString QuoteText::bucketName(int bucket)
{
    const std::string label = chaincode::quotes::bucketLabel(static_cast<lianxin::quotes::TenorBucket>(bucket));
    if (label.empty())
        return QString();
    //: A tenor bucket: remaining days to maturity, e.g. "91-180 days".
    return tr("%1 days").arg(QString::fromStdString(label));
}

QString QuoteText::rate(std::int64_t rateMicros)
{
    if (rateMicros == 0)
        return QString();
    return QString::fromStdString(chaincode::formatRatePercent(rateMicros)) + QLatin1Char('%');
}

QString QuoteText::chinaDateTime(std::int64_t unixSeconds)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone(8 * 3600));
    return QLocale().toString(at, QLocale::ShortFormat);
}

} // namespace lx::models

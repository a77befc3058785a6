#include "models/forfaiting/FfEventText.h"

#include "models/forfaiting/FfText.h"
#include "models/lc/LcEventText.h"
#include "models/lc/LcText.h"

namespace lx::models {

QString FfEventText::summary(const lianxin::forfaiting::FfEvent &event)
{
    const QString action = QString::fromStdString(event.action());
    if (!event.has_facts())
        return LcEventText::withoutFacts(FfText::action(action), event.summary());
    return summary(action, event.facts());
}

QString FfEventText::summary(const QString &action, const lianxin::forfaiting::FfEventFacts &facts)
{
    const QString subject = LcText::shown(facts.subject_id());
    const QString seller = FfText::bank(facts.seller_msp());
    const QString buyer = FfText::bank(facts.buyer_msp());
    const QString obligor = FfText::bank(facts.obligor_msp());
    const QString amount = LcText::money(facts.amount_fen());
    const QString date = LcEventText::date(facts.date());
    if (action == QLatin1String("List")) {
        const bool primary = facts.market() == lianxin::forfaiting::PRIMARY;
        if (facts.inquiry())
            return primary
                ? tr("Inquiry %1: %2 due from %3 on %4 (primary market)").arg(subject, amount, obligor, date)
                : tr("Inquiry %1: %2 due from %3 on %4 (secondary market)").arg(subject, amount, obligor, date);
        return primary ? tr("Listing %1: %2 due from %3 on %4 (primary market)").arg(subject, amount, obligor, date)
                       : tr("Listing %1: %2 due from %3 on %4 (secondary market)").arg(subject, amount, obligor, date);
    }
    if (action == QLatin1String("Quote"))
        //: %2 the rate per year ("3.10%"), %3 the pricing method, %4 the days discounted, %5 the net amount
        return tr("Quote %1: %2 %3, %4 days, net %5")
            .arg(subject, FfText::rate(facts.rate_micros()), FfText::method(facts.method()),
                QString::number(facts.days()), amount);
    if (action == QLatin1String("WithdrawListing"))
        return tr("Listing %1 withdrawn").arg(subject);
    if (action == QLatin1String("WithdrawQuote"))
        return tr("Quote %1 withdrawn").arg(subject);
    if (action == QLatin1String("AcceptQuote"))
        return tr("Deal %1: %2 sells to %3 for %4 on value date %5").arg(subject, seller, buyer, amount, date);
    if (action == QLatin1String("NotifyTransfer"))
        return tr("Claim-transfer notice to %1: pay %2 at maturity").arg(obligor, buyer);
    if (action == QLatin1String("AcknowledgeTransfer"))
        return tr("%1 will pay %2 to %3 at maturity %4").arg(obligor, amount, buyer, date);
    if (action == QLatin1String("Settle"))
        return tr("%1 paid %2 to %3 and holds claim %4").arg(buyer, amount, seller, LcText::shown(facts.claim_id()));
    if (action == QLatin1String("PayAtMaturity"))
        return facts.after_overdue() ? tr("%1 paid %2 to %3 after it was recorded overdue").arg(obligor, amount, buyer)
                                     : tr("%1 paid %2 to %3 at maturity").arg(obligor, amount, buyer);
    if (action == QLatin1String("RecordOverdue"))
        return tr("Claim %1 unpaid by %2 after maturity and %n grace day(s)", nullptr, facts.days())
            .arg(subject, obligor);
    return FfText::action(action);
}

} // namespace lx::models

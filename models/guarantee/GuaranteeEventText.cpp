#include "models/guarantee/GuaranteeEventText.h"

#include "models/guarantee/GuaranteeText.h"
#include "models/lc/LcEventText.h"
#include "models/lc/LcText.h"

namespace lx::models {

using lianxin::lc::EventFacts;

QString GuaranteeEventText::summary(const lianxin::guarantee::GtEvent &event, const lianxin::guarantee::Guarantee &g)
{
    const QString action = QString::fromStdString(event.action());
    if (!event.has_facts())
        return LcEventText::withoutFacts(GuaranteeText::actionName(action), event.summary());
    return summary(action, event.facts(), g.type());
}

QString GuaranteeEventText::summary(const QString &action, const EventFacts &facts, int guaranteeType)
{
    const QString number = QString::number(facts.number());
    const QString amount = LcText::money(facts.amount_fen());
    const QString remaining = LcText::money(facts.remaining_fen());
    const QString date = LcEventText::date(facts.date());
    const QString reference = LcText::shown(facts.reference());
    if (action == QLatin1String("Issue"))
        //: %1 is the guarantee's type as the desk names it ("Performance" / "履约保函")
        return tr("%1 guarantee issued for %2").arg(GuaranteeText::typeName(guaranteeType), amount);
    if (action == QLatin1String("Advise"))
        return tr("Advised to the beneficiary");
    if (action == QLatin1String("Amend"))
        return tr("Amendment %1 sent for the beneficiary's answer").arg(number);
    if (action == QLatin1String("AnswerAmendment"))
        return facts.outcome() == EventFacts::ACCEPTED ? tr("Amendment %1 accepted by the beneficiary").arg(number)
                                                       : tr("Amendment %1 rejected by the beneficiary").arg(number);
    if (action == QLatin1String("PresentDemand")) {
        const QString due = LcEventText::date(facts.due_date());
        return facts.extend_or_pay()
            ? tr("Extend-or-pay demand %1 for %2 received on %3; examination due by %4").arg(number, amount, date, due)
            : tr("Demand %1 for %2 received on %3; examination due by %4").arg(number, amount, date, due);
    }
    if (action == QLatin1String("Examine"))
        return facts.outcome() == EventFacts::COMPLYING
            ? tr("Demand %1 found complying").arg(number)
            : tr("Demand %1 rejected: one notice of %n discrepancies", nullptr, facts.count()).arg(number);
    if (action == QLatin1String("Suspend"))
        return tr("Payment of demand %1 suspended until %2").arg(number, date);
    if (action == QLatin1String("Extend"))
        return tr("Extended to %1; demand %2 withdrawn").arg(date, number);
    if (action == QLatin1String("Pay"))
        return tr("Demand %1 paid, %2; %3 remains available").arg(number, amount, remaining);
    if (action == QLatin1String("Reduce"))
        return facts.number() > 0 ? tr("Reduced by %1 by clause %2 of the reduction schedule; %3 remains available")
                                        .arg(amount, number, remaining)
                                  : tr("Reduced by %1 with the beneficiary's consent (%2); %3 remains available")
                                        .arg(amount, reference, remaining);
    if (action == QLatin1String("Release"))
        return reference.isEmpty() ? tr("Released by the beneficiary")
                                   : tr("Released by the beneficiary (%1)").arg(reference);
    if (action == QLatin1String("Expire"))
        return tr("Expired on %1 with %2 unused").arg(date, remaining);
    if (action == QLatin1String("StopPaymentOrder"))
        return tr("Frozen by stop-payment order %1 of %2").arg(reference, LcText::shown(facts.court()));
    if (action == QLatin1String("LiftStopPayment"))
        return tr("Stop-payment order %1 lifted by %2").arg(reference, LcText::shown(facts.lifted_by()));
    return GuaranteeText::actionName(action);
}

} // namespace lx::models

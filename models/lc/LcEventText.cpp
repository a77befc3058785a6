#include "models/lc/LcEventText.h"

#include "cache/LcRecords.h"

#include "models/lc/LcText.h"

#include <QLocale>

namespace lx::models {

using lianxin::lc::EventFacts;

QString LcEventText::date(const lianxin::lc::Date &date)
{
    return LcText::dateText(cache::epochDays(date));
}

QString LcEventText::withoutFacts(const QString &actionName, const std::string &contractSummary)
{
    if (QLocale().language() == QLocale::English && !contractSummary.empty())
        return LcText::shown(contractSummary);
    return actionName;
}

QString LcEventText::summary(const lianxin::lc::LcEvent &event)
{
    const QString action = QString::fromStdString(event.action());
    if (!event.has_facts())
        return withoutFacts(LcText::actionName(action), event.summary());
    return summary(action, event.facts());
}

QString LcEventText::summary(const QString &action, const EventFacts &facts)
{
    const int number = facts.number();
    const QString amount = LcText::money(facts.amount_fen());
    const QString remaining = LcText::money(facts.remaining_fen());
    if (action == QLatin1String("Issue"))
        return tr("Issued for %1").arg(amount);
    if (action == QLatin1String("Advise"))
        return tr("Advised to the beneficiary");
    if (action == QLatin1String("Amend"))
        return tr("Amendment %1 sent for the beneficiary's answer").arg(number);
    if (action == QLatin1String("AnswerAmendment"))
        return facts.outcome() == EventFacts::ACCEPTED ? tr("Amendment %1 accepted by the beneficiary").arg(number)
                                                       : tr("Amendment %1 rejected by the beneficiary").arg(number);
    if (action == QLatin1String("Present")) {
        const QString received = tr("Presentation %1 of %2 received on %3; decision due by %4")
                                     .arg(QString::number(number), amount, date(facts.date()), date(facts.due_date()));
        if (facts.count() == 0)
            return received;
        //: Appended to a presentation's summary when the notary holds some of its documents under other L/Cs
        return received + tr("; %n document(s) also presented under other L/Cs", nullptr, facts.count());
    }
    if (action == QLatin1String("Examine"))
        return facts.outcome() == EventFacts::COMPLYING
            ? tr("Presentation %1 complies").arg(number)
            : tr("Presentation %1 is discrepant (%n discrepancies)", nullptr, facts.count()).arg(number);
    if (action == QLatin1String("Refuse"))
        return facts.outcome() == EventFacts::DOCUMENTS_HELD
            ? tr("Presentation %1 refused, documents held").arg(number)
            : tr("Presentation %1 refused, documents returned").arg(number);
    if (action == QLatin1String("Waive"))
        return tr("Discrepancies of presentation %1 waived by the applicant").arg(number);
    if (action == QLatin1String("AcceptPresentation"))
        return facts.late() ? tr("Payment of %1 at maturity %2 confirmed (late)").arg(amount, date(facts.date()))
                            : tr("Payment of %1 at maturity %2 confirmed").arg(amount, date(facts.date()));
    if (action == QLatin1String("Pay"))
        return facts.late() ? tr("Paid %1 on presentation %2 (late)").arg(amount).arg(number)
                            : tr("Paid %1 on presentation %2").arg(amount).arg(number);
    if (action == QLatin1String("Close"))
        return tr("Closed with %1 unused").arg(remaining);
    if (action == QLatin1String("Cancel"))
        return facts.reference().empty()
            ? tr("Cancelled before it was advised")
            : tr("Cancelled with the beneficiary's consent (%1)").arg(LcText::shown(facts.reference()));
    if (action == QLatin1String("Expire"))
        return number > 0 ? tr("Expired on %1 with %2 unused (amendment %3 lapsed unanswered)")
                                .arg(date(facts.date()), remaining, QString::number(number))
                          : tr("Expired on %1 with %2 unused").arg(date(facts.date()), remaining);
    return LcText::actionName(action);
}

} // namespace lx::models

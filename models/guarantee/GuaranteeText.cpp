#include "models/guarantee/GuaranteeText.h"

#include "models/ReasonCatalog.h"
#include "models/lc/LcTermsCheck.h"
#include "models/lc/LcText.h"

namespace lx::models {

using lianxin::guarantee::Demand;
using lianxin::guarantee::Guarantee;

QString GuaranteeText::typeName(int type)
{
    switch (type) {
    case Guarantee::BID:
        return tr("Bid");
    case Guarantee::PERFORMANCE:
        return tr("Performance");
    case Guarantee::ADVANCE_PAYMENT:
        return tr("Advance payment");
    case Guarantee::PAYMENT:
        return tr("Payment");
    case Guarantee::RETENTION:
        return tr("Retention");
    case Guarantee::WARRANTY:
        return tr("Warranty");
    default:
        return tr("Unspecified");
    }
}

QString GuaranteeText::stateName(int state)
{
    switch (state) {
    case Guarantee::ISSUED:
        return tr("Issued");
    case Guarantee::ADVISED:
        return tr("Advised");
    case Guarantee::AMENDMENT_PENDING:
        return tr("Amendment pending");
    case Guarantee::DEMANDED:
        return tr("Demand open");
    case Guarantee::TERMINATED:
        return tr("Terminated");
    case Guarantee::RELEASED:
        return tr("Released");
    case Guarantee::EXPIRED:
        return tr("Expired");
    default:
        return tr("Unknown");
    }
}

QString GuaranteeText::demandStateName(int state)
{
    switch (state) {
    case Demand::PRESENTED:
        return tr("Under examination");
    case Demand::COMPLYING:
        return tr("Complying");
    case Demand::REJECTED:
        return tr("Rejected");
    case Demand::SUSPENDED:
        return tr("Payment suspended");
    case Demand::WITHDRAWN:
        return tr("Withdrawn (extended)");
    case Demand::PAID:
        return tr("Paid");
    default:
        return tr("Unknown");
    }
}

QString GuaranteeText::expiryTypeName(int expiryType)
{
    switch (expiryType) {
    case Guarantee::FIXED_DATE:
        return tr("On a date");
    case Guarantee::EVENT:
        return tr("On an event");
    case Guarantee::OPEN:
        return tr("Open-ended");
    default:
        return tr("Unspecified");
    }
}

QString GuaranteeText::amendmentStatusName(int status)
{
    switch (status) {
    case lianxin::guarantee::GtAmendment::PENDING:
        return tr("Awaiting the beneficiary");
    case lianxin::guarantee::GtAmendment::ACCEPTED:
        return tr("Accepted");
    case lianxin::guarantee::GtAmendment::REJECTED:
        return tr("Rejected");
    default:
        return tr("Unknown");
    }
}

QString GuaranteeText::actionName(const QString &contractName)
{
    static const std::pair<const char *, const char *> kNames[] = {
        { "Issue", QT_TR_NOOP("Issue") },
        { "Advise", QT_TR_NOOP("Advise") },
        { "Amend", QT_TR_NOOP("Amend") },
        { "AnswerAmendment", QT_TR_NOOP("Answer amendment") },
        { "PresentDemand", QT_TR_NOOP("Present demand") },
        { "Examine", QT_TR_NOOP("Examine demand") },
        { "Suspend", QT_TR_NOOP("Suspend payment") },
        { "Extend", QT_TR_NOOP("Extend") },
        { "Pay", QT_TR_NOOP("Pay") },
        { "Reduce", QT_TR_NOOP("Reduce") },
        { "Release", QT_TR_NOOP("Release") },
        { "Expire", QT_TR_NOOP("Expire") },
        { "StopPaymentOrder", QT_TR_NOOP("Court stop-payment") },
        { "LiftStopPayment", QT_TR_NOOP("Stop-payment lifted") },
    };
    for (const auto &[name, text] : kNames) {
        if (contractName == QLatin1String(name))
            return tr(text);
    }
    return contractName;
}

QString GuaranteeText::expiryText(const Guarantee &g)
{
    switch (g.expiry_type()) {
    case Guarantee::FIXED_DATE:
        return dateText(g.expiry_date());
    case Guarantee::EVENT:
        return tr("On: %1").arg(QString::fromStdString(g.expiry_event()));
    case Guarantee::OPEN:
        return tr("Open-ended");
    default:
        return {};
    }
}

std::optional<int> GuaranteeText::dayOf(const lianxin::lc::Date &date)
{
    const QDate day = LcTermsCheck::fromProto(date);
    if (!day.isValid())
        return std::nullopt;
    return LcText::dayOfDate(day);
}

QString GuaranteeText::dateText(const lianxin::lc::Date &date)
{
    return LcText::dateText(dayOf(date));
}

QString GuaranteeText::daysLeftText(int left)
{
    if (left == 0)
        return tr("due today");
    if (left > 0)
        return tr("%n business day(s) left", nullptr, left);
    return tr("overdue by %n business day(s)", nullptr, -left);
}

QString GuaranteeText::reason(const std::string &rejection)
{
    const QString text = QString::fromStdString(rejection);
    const int colon = text.indexOf(QStringLiteral(": "));
    return colon < 0 ? text : ReasonCatalog::describe(text.left(colon), text.mid(colon + 2));
}

const Demand *GuaranteeText::openDemand(const Guarantee &g)
{
    for (const Demand &d : g.demands()) {
        if (d.state() == Demand::PRESENTED || d.state() == Demand::COMPLYING || d.state() == Demand::SUSPENDED)
            return &d;
    }
    return nullptr;
}

} // namespace lx::models

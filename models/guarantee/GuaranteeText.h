#pragma once

#include "lianxin/guarantee.pb.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

namespace lx::models {

// How the guarantee desk's values read on screen, in the current language.
class GuaranteeText
{
    Q_DECLARE_TR_FUNCTIONS(lx::models::GuaranteeText)

public:
    static QString typeName(int type); // Guarantee.Type: "Performance" / "履约保函"
    static QString stateName(int state); // Guarantee.State
    static QString demandStateName(int state); // Demand.State
    static QString expiryTypeName(int expiryType);
    static QString amendmentStatusName(int status);
    // The contract's action name ("Issue", "PresentDemand", ...) as the
    // guarantee desk says it; an unknown name reads as itself.
    static QString actionName(const QString &contractName);
    // The expiry as the officer reads it: a date, the event, or "open-ended".
    static QString expiryText(const lianxin::guarantee::Guarantee &g);
    // A contract date as a day number; nullopt when unset.
    static std::optional<int> dayOf(const lianxin::lc::Date &date);
    static QString dateText(const lianxin::lc::Date &date);
    // "3 business days left", "due today", "overdue by 2 business days".
    static QString daysLeftText(int businessDaysLeft);
    // The contract's "CODE: details" as the translated reason.
    static QString reason(const std::string &rejection);
    // The guarantee's open demand (presented, complying or suspended), if any.
    static const lianxin::guarantee::Demand *openDemand(const lianxin::guarantee::Guarantee &g);
};

} // namespace lx::models

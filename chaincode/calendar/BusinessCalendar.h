#pragma once

#include <chrono>
#include <set>
#include <string>

namespace lx::chaincode::calendar {

using Date = std::chrono::year_month_day;

// Business days for deadlines (DESIGN 4): Monday to Friday, less public
// holidays, plus make-up working days (調休), when a Saturday or Sunday is
// worked in exchange for a bridge day. Both lists are data, so a calendar
// record on the ledger can replace the built-in one.
class BusinessCalendar
{
public:
    BusinessCalendar() = default;

    void addHoliday(Date date);
    void addMakeUpWorkday(Date date);
    const std::set<std::chrono::sys_days> &holidays() const { return m_holidays; }
    const std::set<std::chrono::sys_days> &makeUpWorkdays() const { return m_makeUpWorkdays; }

    bool isBusinessDay(Date date) const;
    // The n-th business day counted from the day after `from` (n >= 1);
    // "within 5 business days from the day after receipt" ends on
    // addBusinessDays(receipt, 5).
    Date addBusinessDays(Date from, int n) const;
    // Business days in (from, to]; 0 when to <= from.
    int businessDaysBetween(Date from, Date to) const;

    // Mainland China, from the State Council's holiday notices.
    static BusinessCalendar chinaDefault();

private:
    std::set<std::chrono::sys_days> m_holidays;
    std::set<std::chrono::sys_days> m_makeUpWorkdays;
};

// "2026-10-13"
std::string formatDate(Date date);

} // namespace lx::chaincode::calendar

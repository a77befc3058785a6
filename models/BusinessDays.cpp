#include "models/BusinessDays.h"

#include "chaincode/calendar/BusinessCalendar.h"

#include <chrono>

namespace lx::models {

namespace {

using namespace std::chrono;

year_month_day dateOf(int day)
{
    return year_month_day(sys_days(days(day)));
}

} // namespace

int chinaToday(const client::Clock &clock)
{
    const auto china = clock() + hours(8);
    return static_cast<int>(floor<days>(china).time_since_epoch().count());
}

int businessDaysLeft(int today, int due)
{
    static const auto calendar = chaincode::calendar::BusinessCalendar::chinaDefault();
    if (due >= today)
        return calendar.businessDaysBetween(dateOf(today), dateOf(due));
    return -calendar.businessDaysBetween(dateOf(due), dateOf(today));
}

} // namespace lx::models

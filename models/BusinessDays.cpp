#include "models/BusinessDays.h"

#include "chaincode/calendar/BusinessCalendar.h"

#include <chrono>

namespace lx::models {

using namespace std::chrono;

int chinaToday(const client::Clock &clock)
{
    return chinaDayOf(duration_cast<seconds>(clock().time_since_epoch()).count());
}

int chinaDayOf(std::int64_t unixSeconds)
{
    return static_cast<int>(floor<days>(sys_seconds(seconds(unixSeconds)) + hours(8)).time_since_epoch().count());
}

year_month_day civilDay(int day)
{
    return year_month_day(sys_days(days(day)));
}

int businessDaysLeft(int today, int due)
{
    static const auto calendar = chaincode::calendar::BusinessCalendar::chinaDefault();
    if (due >= today)
        return calendar.businessDaysBetween(civilDay(today), civilDay(due));
    return -calendar.businessDaysBetween(civilDay(due), civilDay(today));
}

} // namespace lx::models

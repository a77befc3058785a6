#include "chaincode/calendar/BusinessCalendar.h"

#include <cstdio>

namespace lx::chaincode::calendar {

namespace {

using namespace std::chrono;

struct Day
{
    int month;
    int day;
};

// The State Council General Office's notice on the 2025 holidays (12
// November 2024, 国办发明电〔2024〕12号), the first under the 2024 revision.
constexpr Day k2025Holidays[] = {
    { 1, 1 }, // New Year
    { 1, 28 }, { 1, 29 }, { 1, 30 }, { 1, 31 }, { 2, 1 }, { 2, 2 }, { 2, 3 }, { 2, 4 }, // Spring Festival
    { 4, 4 }, { 4, 5 }, { 4, 6 }, // Qingming
    { 5, 1 }, { 5, 2 }, { 5, 3 }, { 5, 4 }, { 5, 5 }, // Labour Day
    { 5, 31 }, { 6, 1 }, { 6, 2 }, // Dragon Boat
    { 10, 1 }, { 10, 2 }, { 10, 3 }, { 10, 4 }, { 10, 5 }, { 10, 6 }, { 10, 7 }, { 10, 8 }, // National Day, Mid-Autumn
};
constexpr Day k2025MakeUpWorkdays[] = {
    { 1, 26 },
    { 2, 8 },
    { 4, 27 },
    { 9, 28 },
    { 10, 11 },
};

// The State Council General Office's notice on the 2026 holidays (4 November
// 2025, as published by Xinhua): holidays and the Saturdays/Sundays worked.
constexpr Day k2026Holidays[] = {
    { 1, 1 }, { 1, 2 }, { 1, 3 }, // New Year
    { 2, 15 }, { 2, 16 }, { 2, 17 }, { 2, 18 }, { 2, 19 }, { 2, 20 }, { 2, 21 }, { 2, 22 },
    { 2, 23 }, // Spring Festival
    { 4, 4 }, { 4, 5 }, { 4, 6 }, // Qingming
    { 5, 1 }, { 5, 2 }, { 5, 3 }, { 5, 4 }, { 5, 5 }, // Labour Day
    { 6, 19 }, { 6, 20 }, { 6, 21 }, // Dragon Boat
    { 9, 25 }, { 9, 26 }, { 9, 27 }, // Mid-Autumn
    { 10, 1 }, { 10, 2 }, { 10, 3 }, { 10, 4 }, { 10, 5 }, { 10, 6 }, { 10, 7 }, // National Day
};
constexpr Day k2026MakeUpWorkdays[] = {
    { 1, 4 },
    { 2, 14 },
    { 2, 28 },
    { 5, 9 },
    { 9, 20 },
    { 10, 10 },
};

// 2027: the statutory days only (Regulations on National Holidays, 2024
// revision, and the lunar dates). The State Council's 2027 arrangement,
// with its bridge days and 調休, was not known when this was written;
// load it as a "calendar/CN" record when it is published.
constexpr Day k2027Holidays[] = {
    { 1, 1 }, // New Year
    { 2, 5 }, { 2, 6 }, { 2, 7 }, { 2, 8 }, // Spring Festival: New Year's Eve and the first three days
    { 4, 5 }, // Qingming
    { 5, 1 }, { 5, 2 }, // Labour Day
    { 6, 9 }, // Dragon Boat
    { 9, 15 }, // Mid-Autumn
    { 10, 1 }, { 10, 2 }, { 10, 3 }, // National Day
};

Date dateOf(int y, Day d)
{
    return year { y } / month { static_cast<unsigned>(d.month) } / day { static_cast<unsigned>(d.day) };
}

} // namespace

void BusinessCalendar::addHoliday(Date date)
{
    m_holidays.insert(sys_days { date });
}

void BusinessCalendar::addMakeUpWorkday(Date date)
{
    m_makeUpWorkdays.insert(sys_days { date });
}

bool BusinessCalendar::isBusinessDay(Date date) const
{
    const sys_days d { date };
    if (m_makeUpWorkdays.count(d))
        return true;
    if (m_holidays.count(d))
        return false;
    const weekday wd { d };
    return wd != Saturday && wd != Sunday;
}

Date BusinessCalendar::addBusinessDays(Date from, int n) const
{
    sys_days d { from };
    while (n > 0) {
        d += days { 1 };
        if (isBusinessDay(Date { d }))
            --n;
    }
    return Date { d };
}

int BusinessCalendar::businessDaysBetween(Date from, Date to) const
{
    int count = 0;
    for (sys_days d = sys_days { from } + days { 1 }; d <= sys_days { to }; d += days { 1 }) {
        if (isBusinessDay(Date { d }))
            ++count;
    }
    return count;
}

BusinessCalendar BusinessCalendar::chinaDefault()
{
    BusinessCalendar calendar;
    for (const Day &d : k2025Holidays)
        calendar.addHoliday(dateOf(2025, d));
    for (const Day &d : k2025MakeUpWorkdays)
        calendar.addMakeUpWorkday(dateOf(2025, d));
    for (const Day &d : k2026Holidays)
        calendar.addHoliday(dateOf(2026, d));
    for (const Day &d : k2026MakeUpWorkdays)
        calendar.addMakeUpWorkday(dateOf(2026, d));
    for (const Day &d : k2027Holidays)
        calendar.addHoliday(dateOf(2027, d));
    return calendar;
}

std::string formatDate(Date date)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
        static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

} // namespace lx::chaincode::calendar

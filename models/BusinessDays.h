#pragma once

#include "ledgerclient/Clock.h"

#include <chrono>
#include <cstdint>

namespace lx::models {

// Deadlines as the desk counts them: in business days of the mainland
// calendar (the contract's), from today in China time by the session's
// clock. Days are the cache's day numbers (days since 1970-01-01).
int chinaToday(const client::Clock &clock);
// The China date of an instant (seconds since 1970 UTC), as a day number.
int chinaDayOf(std::int64_t unixSeconds);
// A day number as a calendar date.
std::chrono::year_month_day civilDay(int day);

// Business days from today to due: positive = left (0 = due today),
// negative = overdue by that many business days.
int businessDaysLeft(int today, int due);

} // namespace lx::models

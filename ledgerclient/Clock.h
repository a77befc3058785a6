#pragma once

#include <chrono>
#include <functional>

namespace lx::client {

// Where a client takes the time it signs into each transaction's channel
// header. Contracts read that timestamp as "today" (deadlines, maturities),
// so a clock is the seam that makes a deadline testable at any date: tests,
// the sandbox's --date option and the demo book sign as of another day.
using Clock = std::function<std::chrono::system_clock::time_point()>;

Clock systemClock();

// The given calendar day in China time (UTC+8), at the current China time
// of day, so successive transactions still carry increasing timestamps.
Clock chinaDateClock(std::chrono::year_month_day day);

} // namespace lx::client

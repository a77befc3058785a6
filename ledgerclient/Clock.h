#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string_view>

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

// The instant chinaDateClock(day) gives when called at now: day at now's
// China time of day. lianxin-chaincode --dated-transactions maps a dated
// proposal with it (now = the proposal's timestamp), so every endorsing
// peer computes the same instant.
std::chrono::system_clock::time_point chinaDateInstant(
    std::chrono::year_month_day day, std::chrono::system_clock::time_point now);

// "YYYY-MM-DD" read as a real calendar day (digits exactly there, a month
// and day that exist); nullopt for anything else. The days the CLI's --date
// and lianxin-chaincode's dated transactions are given in.
std::optional<std::chrono::year_month_day> parseCalendarDay(std::string_view text);

} // namespace lx::client

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lx::chaincode {

// An interest or discount rate per annum, exact: in millionths
// ("micros"), so 3.00% is 30,000 and 3.125% is 31,250. Forfaiting quotes
// and the unified quote board carry rates this way (DESIGN 4.2), never as
// floating point.
using RateMicros = std::int64_t;

inline constexpr RateMicros kRateMicrosPerPercent = 10'000;
// Rates above this (100% p.a.) are not trade-finance rates; parsing refuses them.
inline constexpr RateMicros kMaxRateMicros = 100 * kRateMicrosPerPercent;

// "3", "3.0", "3.125", "3.125%" -> 31250; at most four decimals of a
// percent (the rate's resolution), no sign, not above kMaxRateMicros.
// nullopt when the text is not such a rate.
std::optional<RateMicros> parseRatePercent(std::string_view text);
// 31250 -> "3.125", 30000 -> "3.00": at least two decimals, at most four.
std::string formatRatePercent(RateMicros rate);

} // namespace lx::chaincode

#pragma once

#include "lianxin/quotes.pb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lx::chaincode::quotes {

using lianxin::quotes::TenorBucket;

// The obligor tiers of the membership registry: 1 (strongest) to 5.
inline constexpr int kMinTier = 1;
inline constexpr int kMaxTier = 5;
// The longest remaining tenor a quote or deal may have: one year, leap year included.
inline constexpr int kMaxTenorDays = 366;

// The bucket holding `days` remaining days; TENOR_UNSPECIFIED outside 1..366.
TenorBucket bucketOf(int days);
// "1-30", "31-90", "91-180", "181-270", "271-366"; empty for TENOR_UNSPECIFIED.
std::string bucketLabel(TenorBucket bucket);
// A label as bucketLabel writes it, or the enum's name ("DAYS_91_180").
std::optional<TenorBucket> parseBucket(std::string_view text);

// Remaining days from the China date of nowSeconds to the quote's
// maturity; nullopt for a standing quote (no maturity).
std::optional<int> remainingDays(const lianxin::quotes::Quote &quote, std::int64_t nowSeconds);
// The bucket a quote stands in at nowSeconds: a deal quote follows its
// maturity as days pass; a standing quote keeps the bucket it was posted in.
TenorBucket bucketAt(const lianxin::quotes::Quote &quote, std::int64_t nowSeconds);
// LIVE, still valid at nowSeconds, and (a deal quote) not yet at maturity.
bool isLive(const lianxin::quotes::Quote &quote, std::int64_t nowSeconds);

// Which cells a board shows: 0 / TENOR_UNSPECIFIED for all.
struct BoardFilter
{
    int tier = 0;
    TenorBucket tenor = lianxin::quotes::TENOR_UNSPECIFIED;
};

inline constexpr int kVolumeWindowDays = 30;
inline constexpr int kRecentDeals = 10;

// The unified quote board at nowSeconds (DESIGN 4.2), a pure function of
// what it is given, so the contract and the workstation's screen (over its
// cached copy) show the same board. Per (tenor bucket, obligor tier): the
// best rate of each side among live quotes (bids: lowest; offers: highest;
// see lianxin.quotes.SideDepth), the banks quoting it, the depth (count and
// total amount); and the count and face volume of deals traded within the
// last volumeWindowDays days up to the China date of nowSeconds. Plus the
// recentDeals most recent deals (trade date, then report time, newest
// first) that pass the filter. Quotes that are not live and deals outside
// the window or the filter do not count.
lianxin::quotes::Board buildBoard(const std::vector<lianxin::quotes::Quote> &quotes,
    const std::vector<lianxin::quotes::DealReport> &deals, std::int64_t nowSeconds, const BoardFilter &filter = {},
    int recentDeals = kRecentDeals, int volumeWindowDays = kVolumeWindowDays);

} // namespace lx::chaincode::quotes

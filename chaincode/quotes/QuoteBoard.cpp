#include "chaincode/quotes/QuoteBoard.h"

#include "chaincode/Amount.h"
#include "chaincode/lc/LcDates.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace lx::chaincode::quotes {

namespace {

using lianxin::quotes::Board;
using lianxin::quotes::BoardCell;
using lianxin::quotes::DealReport;
using lianxin::quotes::Quote;
using lianxin::quotes::SideDepth;

struct BucketRange
{
    TenorBucket bucket;
    int firstDay;
    int lastDay;
    const char *label;
};

constexpr std::array<BucketRange, 5> kBuckets { {
    { lianxin::quotes::DAYS_1_30, 1, 30, "1-30" },
    { lianxin::quotes::DAYS_31_90, 31, 90, "31-90" },
    { lianxin::quotes::DAYS_91_180, 91, 180, "91-180" },
    { lianxin::quotes::DAYS_181_270, 181, 270, "181-270" },
    { lianxin::quotes::DAYS_271_366, 271, kMaxTenorDays, "271-366" },
} };

int daysBetween(lc::Date from, lc::Date to)
{
    return static_cast<int>((std::chrono::sys_days { to } - std::chrono::sys_days { from }).count());
}

// What a side collects before it becomes a SideDepth.
struct SideTally
{
    std::int64_t best = 0;
    std::set<std::string> bestBanks;
    int depth = 0;
    std::int64_t amount = 0;

    void add(const Quote &quote, bool lowerIsBetter)
    {
        ++depth;
        amount = addAmounts(amount, quote.amount_fen());
        const std::int64_t rate = quote.rate_micros();
        const bool better = bestBanks.empty() || (lowerIsBetter ? rate < best : rate > best);
        if (better) {
            best = rate;
            bestBanks.clear();
        }
        if (rate == best)
            bestBanks.insert(quote.quoting_bank_msp());
    }

    void writeTo(SideDepth &out) const
    {
        out.set_best_rate_micros(best);
        for (const std::string &bank : bestBanks)
            out.add_best_banks(bank);
        out.set_depth(depth);
        out.set_depth_amount_fen(amount);
    }
};

struct CellTally
{
    SideTally buy;
    SideTally sell;
    int deals = 0;
    std::int64_t volume = 0;
};

bool passes(const BoardFilter &filter, TenorBucket bucket, int tier)
{
    return (filter.tier == 0 || filter.tier == tier)
        && (filter.tenor == lianxin::quotes::TENOR_UNSPECIFIED || filter.tenor == bucket);
}

// Days from the deal's trade date to today; nullopt when the date is not a day.
std::optional<int> daysSinceTrade(const DealReport &deal, lc::Date today)
{
    const auto traded = lc::civil(deal.trade_date());
    if (!traded)
        return std::nullopt;
    return daysBetween(*traded, today);
}

} // namespace

TenorBucket bucketOf(int days)
{
    for (const BucketRange &range : kBuckets)
        if (days >= range.firstDay && days <= range.lastDay)
            return range.bucket;
    return lianxin::quotes::TENOR_UNSPECIFIED;
}

std::string bucketLabel(TenorBucket bucket)
{
    for (const BucketRange &range : kBuckets)
        if (range.bucket == bucket)
            return range.label;
    return {};
}

std::optional<TenorBucket> parseBucket(std::string_view text)
{
    for (const BucketRange &range : kBuckets)
        if (text == range.label || text == lianxin::quotes::TenorBucket_Name(range.bucket))
            return range.bucket;
    return std::nullopt;
}

std::optional<int> remainingDays(const Quote &quote, std::int64_t nowSeconds)
{
    const auto maturity = lc::civil(quote.maturity_date());
    if (!maturity)
        return std::nullopt;
    return daysBetween(lc::chinaDate(nowSeconds), *maturity);
}

TenorBucket bucketAt(const Quote &quote, std::int64_t nowSeconds)
{
    if (const auto days = remainingDays(quote, nowSeconds))
        return bucketOf(*days);
    return quote.tenor();
}

bool isLive(const Quote &quote, std::int64_t nowSeconds)
{
    return quote.status() == Quote::LIVE && nowSeconds < quote.valid_until_seconds()
        && bucketAt(quote, nowSeconds) != lianxin::quotes::TENOR_UNSPECIFIED;
}

Board buildBoard(const std::vector<Quote> &quotes, const std::vector<DealReport> &deals, std::int64_t nowSeconds,
    const BoardFilter &filter, int recentDeals, int volumeWindowDays)
{
    std::map<std::pair<TenorBucket, int>, CellTally> cells;
    for (const Quote &quote : quotes) {
        if (!isLive(quote, nowSeconds))
            continue;
        const TenorBucket bucket = bucketAt(quote, nowSeconds);
        if (!passes(filter, bucket, quote.obligor_tier()))
            continue;
        CellTally &cell = cells[{ bucket, quote.obligor_tier() }];
        if (quote.side() == lianxin::quotes::BUY)
            cell.buy.add(quote, true);
        else if (quote.side() == lianxin::quotes::SELL)
            cell.sell.add(quote, false);
    }

    const lc::Date today = lc::chinaDate(nowSeconds);
    std::vector<const DealReport *> recent;
    for (const DealReport &deal : deals) {
        const auto since = daysSinceTrade(deal, today);
        if (!since || *since < 0 || !passes(filter, deal.tenor(), deal.obligor_tier()))
            continue;
        recent.push_back(&deal);
        if (*since < volumeWindowDays) {
            CellTally &cell = cells[{ deal.tenor(), deal.obligor_tier() }];
            ++cell.deals;
            cell.volume = addAmounts(cell.volume, deal.face_amount_fen());
        }
    }

    Board board;
    board.set_as_of_seconds(nowSeconds);
    board.set_volume_window_days(volumeWindowDays);
    for (const auto &[where, tally] : cells) {
        BoardCell *cell = board.add_cells();
        cell->set_tenor(where.first);
        cell->set_obligor_tier(where.second);
        tally.buy.writeTo(*cell->mutable_buy());
        tally.sell.writeTo(*cell->mutable_sell());
        cell->set_deal_count(tally.deals);
        cell->set_deal_volume_fen(tally.volume);
    }

    const auto newer = [](const DealReport *a, const DealReport *b) {
        const auto key = [](const DealReport *d) {
            return std::make_tuple(d->trade_date().year(), d->trade_date().month(), d->trade_date().day(),
                d->reported_seconds(), d->forfaiting_deal_id());
        };
        return key(a) > key(b);
    };
    std::sort(recent.begin(), recent.end(), newer);
    for (std::size_t i = 0; i < recent.size() && static_cast<int>(i) < recentDeals; ++i)
        *board.add_recent_deals() = *recent[i];
    return board;
}

} // namespace lx::chaincode::quotes

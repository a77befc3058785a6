// The quote board as a pure function of (quotes, deals, now): hand-made
// cases with known answers, and a brute-force recount over many quotes.
#include "chaincode/quotes/QuoteBoard.h"

#include "QuoteDesk.h"

#include <gtest/gtest.h>
#include <map>
#include <random>
#include <set>
#include <tuple>

namespace lx::test {

namespace {

using namespace lx::chaincode::quotes;
using lianxin::quotes::Board;
using lianxin::quotes::BoardCell;
using lianxin::quotes::DealReport;
using lianxin::quotes::Quote;

const std::int64_t kNow = chinaMorning(2026, 9, 1);

Quote quote(const std::string &bank, lianxin::quotes::Side side, int tier, TenorBucket tenor, std::int64_t rate,
    std::int64_t amount, std::int64_t validUntil = kNow + kDay)
{
    Quote q = standingQuote(side, tier, tenor, rate, amount, validUntil);
    q.set_quoting_bank_msp(bank);
    q.set_status(Quote::LIVE);
    return q;
}

DealReport deal(
    const std::string &id, int tier, int days, std::int64_t face, int y, int m, int d, std::int64_t reported = 0)
{
    DealReport r = dealReport(id, tier, days, 31000, face, y, m, d);
    r.set_tenor(bucketOf(days));
    r.set_reported_seconds(reported);
    return r;
}

const BoardCell *cell(const Board &board, TenorBucket tenor, int tier)
{
    for (const BoardCell &c : board.cells())
        if (c.tenor() == tenor && c.obligor_tier() == tier)
            return &c;
    return nullptr;
}

std::vector<std::string> banks(const lianxin::quotes::SideDepth &side)
{
    return { side.best_banks().begin(), side.best_banks().end() };
}

} // namespace

TEST(QuoteBoard, BucketsCoverOneToThreeHundredSixtySixDaysWithoutGaps)
{
    EXPECT_EQ(bucketOf(0), lianxin::quotes::TENOR_UNSPECIFIED);
    EXPECT_EQ(bucketOf(1), lianxin::quotes::DAYS_1_30);
    EXPECT_EQ(bucketOf(30), lianxin::quotes::DAYS_1_30);
    EXPECT_EQ(bucketOf(31), lianxin::quotes::DAYS_31_90);
    EXPECT_EQ(bucketOf(90), lianxin::quotes::DAYS_31_90);
    EXPECT_EQ(bucketOf(91), lianxin::quotes::DAYS_91_180);
    EXPECT_EQ(bucketOf(180), lianxin::quotes::DAYS_91_180);
    EXPECT_EQ(bucketOf(181), lianxin::quotes::DAYS_181_270);
    EXPECT_EQ(bucketOf(271), lianxin::quotes::DAYS_271_366);
    EXPECT_EQ(bucketOf(366), lianxin::quotes::DAYS_271_366);
    EXPECT_EQ(bucketOf(367), lianxin::quotes::TENOR_UNSPECIFIED);
    for (int days = 1; days <= kMaxTenorDays; ++days)
        EXPECT_EQ(parseBucket(bucketLabel(bucketOf(days))), bucketOf(days)) << days;
    EXPECT_EQ(parseBucket("DAYS_91_180"), lianxin::quotes::DAYS_91_180);
    EXPECT_FALSE(parseBucket("90-180"));
    EXPECT_FALSE(parseBucket(""));
    EXPECT_EQ(bucketLabel(lianxin::quotes::TENOR_UNSPECIFIED), "");
}

TEST(QuoteBoard, BestBidIsTheLowestRateAndBestOfferTheHighestWithTheBanksQuotingThem)
{
    const auto b = lianxin::quotes::BUY;
    const auto s = lianxin::quotes::SELL;
    const auto t = lianxin::quotes::DAYS_91_180;
    std::vector<Quote> quotes { quote("A", b, 1, t, 30500, 100), quote("B", b, 1, t, 29500, 50),
        quote("C", b, 1, t, 29500, 20), quote("A", b, 2, t, 34000, 70), quote("B", s, 1, t, 31000, 40),
        quote("C", s, 1, t, 32000, 30), quote("A", b, 1, lianxin::quotes::DAYS_31_90, 28000, 10) };
    Quote withdrawn = quote("D", b, 1, t, 20000, 999);
    withdrawn.set_status(Quote::WITHDRAWN);
    quotes.push_back(withdrawn);
    quotes.push_back(quote("E", b, 1, t, 10000, 999, kNow)); // validity ends now: expired

    const Board board = buildBoard(quotes, {}, kNow);
    EXPECT_EQ(board.as_of_seconds(), kNow);
    ASSERT_EQ(board.cells_size(), 3);
    EXPECT_EQ(board.cells(0).tenor(), lianxin::quotes::DAYS_31_90); // by tenor, then tier
    EXPECT_EQ(board.cells(1).obligor_tier(), 1);
    EXPECT_EQ(board.cells(2).obligor_tier(), 2);

    const BoardCell *c = cell(board, t, 1);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->buy().best_rate_micros(), 29500);
    EXPECT_EQ(banks(c->buy()), (std::vector<std::string> { "B", "C" }));
    EXPECT_EQ(c->buy().depth(), 3);
    EXPECT_EQ(c->buy().depth_amount_fen(), 170);
    EXPECT_EQ(c->sell().best_rate_micros(), 32000);
    EXPECT_EQ(banks(c->sell()), (std::vector<std::string> { "C" }));
    EXPECT_EQ(c->sell().depth(), 2);
    EXPECT_EQ(c->sell().depth_amount_fen(), 70);

    c = cell(board, t, 2);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->buy().best_rate_micros(), 34000);
    EXPECT_EQ(c->sell().depth(), 0);
    EXPECT_EQ(c->sell().best_rate_micros(), 0);
    EXPECT_TRUE(c->sell().best_banks().empty());
}

TEST(QuoteBoard, AQuoteLeavesTheBoardWhenItsValidityPasses)
{
    const std::vector<Quote> quotes { quote(
        "A", lianxin::quotes::BUY, 1, lianxin::quotes::DAYS_1_30, 30000, 5, kNow + kHour) };
    EXPECT_EQ(buildBoard(quotes, {}, kNow + kHour - 1).cells_size(), 1);
    EXPECT_EQ(buildBoard(quotes, {}, kNow + kHour).cells_size(), 0);
    EXPECT_TRUE(isLive(quotes[0], kNow));
    EXPECT_FALSE(isLive(quotes[0], kNow + kHour));
}

TEST(QuoteBoard, ADealQuoteMovesToShorterBucketsAsItsMaturityNears)
{
    Quote q = quote("A", lianxin::quotes::BUY, 1, lianxin::quotes::DAYS_91_180, 30000, 5, kNow + 200 * kDay);
    q.set_lc_no("LC-1");
    q.set_face_amount_fen(5);
    q.mutable_maturity_date()->set_year(2026);
    q.mutable_maturity_date()->set_month(12); // 2026-12-05: 95 days after 2026-09-01
    q.mutable_maturity_date()->set_day(5);
    EXPECT_EQ(remainingDays(q, kNow), 95);
    EXPECT_EQ(bucketAt(q, kNow), lianxin::quotes::DAYS_91_180);
    EXPECT_EQ(bucketAt(q, kNow + 5 * kDay), lianxin::quotes::DAYS_31_90);
    EXPECT_EQ(buildBoard({ q }, {}, kNow + 5 * kDay).cells(0).tenor(), lianxin::quotes::DAYS_31_90);
    EXPECT_TRUE(isLive(q, kNow + 94 * kDay));
    EXPECT_FALSE(isLive(q, kNow + 95 * kDay)) << "a claim at maturity is no longer for sale";
}

TEST(QuoteBoard, DealVolumesCountTheLastThirtyDaysAndRecentDealsAreNewestFirst)
{
    const std::vector<DealReport> deals { deal("D1", 1, 120, 1000, 2026, 9, 1, 5), deal("D2", 1, 100, 300, 2026, 8, 3),
        deal("D3", 1, 150, 7000, 2026, 8, 2), // 30 days ago: outside the window
        deal("D4", 1, 120, 5000, 2026, 9, 2), // after today: not yet traded
        deal("D5", 2, 20, 40, 2026, 9, 1, 9) };
    const Board board = buildBoard({}, deals, kNow, {}, 3);
    ASSERT_EQ(board.cells_size(), 2);
    const BoardCell *c = cell(board, lianxin::quotes::DAYS_91_180, 1);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->deal_count(), 2);
    EXPECT_EQ(c->deal_volume_fen(), 1300);
    EXPECT_EQ(c->buy().depth(), 0);
    ASSERT_EQ(board.recent_deals_size(), 3);
    EXPECT_EQ(board.recent_deals(0).forfaiting_deal_id(), "D5"); // same day as D1, reported later
    EXPECT_EQ(board.recent_deals(1).forfaiting_deal_id(), "D1");
    EXPECT_EQ(board.recent_deals(2).forfaiting_deal_id(), "D2");
    EXPECT_EQ(board.volume_window_days(), kVolumeWindowDays);
}

TEST(QuoteBoard, FiltersKeepOneTierOrOneBucket)
{
    const auto b = lianxin::quotes::BUY;
    const std::vector<Quote> quotes { quote("A", b, 1, lianxin::quotes::DAYS_1_30, 30000, 1),
        quote("A", b, 2, lianxin::quotes::DAYS_1_30, 30000, 1),
        quote("A", b, 2, lianxin::quotes::DAYS_31_90, 30000, 1) };
    const std::vector<DealReport> deals { deal("D1", 1, 10, 5, 2026, 9, 1), deal("D2", 2, 40, 5, 2026, 9, 1) };
    const Board tier2 = buildBoard(quotes, deals, kNow, BoardFilter { 2, lianxin::quotes::TENOR_UNSPECIFIED });
    EXPECT_EQ(tier2.cells_size(), 2);
    ASSERT_EQ(tier2.recent_deals_size(), 1);
    EXPECT_EQ(tier2.recent_deals(0).forfaiting_deal_id(), "D2");
    const Board shortest = buildBoard(quotes, deals, kNow, BoardFilter { 0, lianxin::quotes::DAYS_1_30 });
    EXPECT_EQ(shortest.cells_size(), 2);
    EXPECT_EQ(buildBoard(quotes, deals, kNow, BoardFilter { 2, lianxin::quotes::DAYS_1_30 }).cells_size(), 1);
}

TEST(QuoteBoard, AgreesWithABruteForceRecountOverManyQuotes)
{
    std::mt19937 random(20260901); // fixed seed: the same quotes every run
    const auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
    std::vector<Quote> quotes;
    for (int i = 0; i < 600; ++i) {
        Quote q = quote(std::string(1, static_cast<char>('A' + pick(0, 5))),
            pick(0, 1) ? lianxin::quotes::BUY : lianxin::quotes::SELL, pick(1, 5), static_cast<TenorBucket>(pick(1, 5)),
            25000 + 500 * pick(0, 12), pick(1, 1000) * 100, kNow + pick(-3, 10) * kDay);
        if (pick(0, 9) == 0)
            q.set_status(Quote::WITHDRAWN);
        quotes.push_back(q);
    }
    for (const std::int64_t now : { kNow - 5 * kDay, kNow, kNow + 4 * kDay + 7, kNow + 11 * kDay }) {
        // Independently: every live rate per (tenor, tier, side), then min or max.
        std::map<std::tuple<int, int, int>, std::vector<const Quote *>> live;
        for (const Quote &q : quotes)
            if (q.status() == Quote::LIVE && q.valid_until_seconds() > now)
                live[{ q.tenor(), q.obligor_tier(), q.side() }].push_back(&q);
        const Board board = buildBoard(quotes, {}, now);
        std::set<std::pair<int, int>> expectedCells;
        for (const auto &[key, list] : live)
            expectedCells.insert({ std::get<0>(key), std::get<1>(key) });
        ASSERT_EQ(board.cells_size(), static_cast<int>(expectedCells.size())) << now;
        for (const BoardCell &c : board.cells()) {
            for (const auto side : { lianxin::quotes::BUY, lianxin::quotes::SELL }) {
                const auto &got = side == lianxin::quotes::BUY ? c.buy() : c.sell();
                const auto found = live.find({ c.tenor(), c.obligor_tier(), side });
                if (found == live.end()) {
                    EXPECT_EQ(got.depth(), 0);
                    continue;
                }
                std::int64_t best = found->second.front()->rate_micros();
                std::int64_t amount = 0;
                for (const Quote *q : found->second) {
                    best = side == lianxin::quotes::BUY ? std::min(best, q->rate_micros())
                                                        : std::max(best, q->rate_micros());
                    amount += q->amount_fen();
                }
                std::set<std::string> atBest;
                for (const Quote *q : found->second)
                    if (q->rate_micros() == best)
                        atBest.insert(q->quoting_bank_msp());
                EXPECT_EQ(got.best_rate_micros(), best);
                EXPECT_EQ(got.depth(), static_cast<int>(found->second.size()));
                EXPECT_EQ(got.depth_amount_fen(), amount);
                EXPECT_EQ(std::set<std::string>(got.best_banks().begin(), got.best_banks().end()), atBest);
                EXPECT_EQ(got.best_banks_size(), static_cast<int>(atBest.size()));
            }
        }
    }
}

} // namespace lx::test

// The sandbox's demo market on the unified quote board: through the
// contract, as the banks' officers and checkers would post it, a full board
// (every tenor bucket for tiers 1 to 3, rates rising with tenor and tier)
// and four deals; a second load is refused, naming why.
#include "ledgerclient/DemoQuotes.h"

#include "TempDir.h"

#include "ledgerclient/Client.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/Sandbox.h"

#include "lianxin/quotes.pb.h"

#include <chrono>
#include <gtest/gtest.h>
#include <map>

using namespace lx;
using namespace lx::client;
using namespace std::chrono;

namespace {
const std::string kQuotesPass = "demo quotes passphrase";
constexpr year_month_day kQuotesToday { year { 2026 } / November / 27 };
} // namespace

TEST(DemoQuotes, FillTheBoardThroughTheContractOnce)
{
    test::TempDir dir;
    initSandbox(dir.path(), kQuotesPass);
    const Wallet wallet = Wallet::open(walletDir(dir.path()), kQuotesPass);
    const auto ledger = openEmbeddedLedger(consortiumDir(dir.path()));
    const DemoQuotesSummary summary = loadDemoQuotes(ledger, wallet, kQuotesToday);
    EXPECT_EQ(summary.quotes, 31);
    EXPECT_EQ(summary.deals, 4);

    Client regulator(ledger, wallet.identity("RegulatorMSP/auditor1"));
    regulator.setClock(chinaDateClock(kQuotesToday));
    lianxin::quotes::Board board;
    ASSERT_TRUE(board.ParseFromString(regulator.evaluate("trust", "quotes", "Board", {}).payload()));
    std::map<std::pair<int, int>, std::int64_t> bestBid;
    for (const auto &cell : board.cells())
        bestBid[{ cell.tenor(), cell.obligor_tier() }] = cell.buy().best_rate_micros();
    for (int bucket = lianxin::quotes::DAYS_1_30; bucket <= lianxin::quotes::DAYS_271_366; ++bucket) {
        for (int tier = 1; tier <= 3; ++tier) {
            SCOPED_TRACE("bucket " + std::to_string(bucket) + " tier " + std::to_string(tier));
            const std::int64_t rate = bestBid[std::make_pair(bucket, tier)];
            ASSERT_GT(rate, 0);
            if (tier > 1) { // weaker credit, higher rate
                EXPECT_GT(rate, (bestBid[std::make_pair(bucket, tier - 1)]));
            }
        }
    }
    EXPECT_EQ(board.recent_deals_size(), 4);

    // Still on the board a few weeks later: the screenshots are never empty.
    regulator.setClock(chinaDateClock(year_month_day(sys_days(kQuotesToday) + days(kDemoQuotesValidDays - 1))));
    lianxin::quotes::Board later;
    ASSERT_TRUE(later.ParseFromString(regulator.evaluate("trust", "quotes", "Board", {}).payload()));
    EXPECT_EQ(later.cells_size(), board.cells_size());

    try {
        loadDemoQuotes(ledger, wallet, kQuotesToday);
        FAIL() << "the deals were reported twice";
    } catch (const LedgerError &e) {
        EXPECT_EQ(e.reasonCode(), "DEMO_QUOTES_REFUSED");
        EXPECT_NE(std::string(e.what()).find("QT_DEAL_REPORTED"), std::string::npos) << e.what();
    }
}

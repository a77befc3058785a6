// The quotes contract on a FakeStub: banks post, withdraw and report deals
// through maker and checker; the board answers by the query's timestamp.
#include "QuoteDesk.h"

#include "chaincode/quotes/QuoteBoard.h"

#include "lianxin/desk.pb.h"
#include "lianxin/ledger.pb.h"

#include <gtest/gtest.h>

namespace lx::test {

namespace {

using lianxin::quotes::Board;
using lianxin::quotes::Quote;

const auto kBuy = lianxin::quotes::BUY;
const auto kSell = lianxin::quotes::SELL;
const auto k91 = lianxin::quotes::DAYS_91_180;
const auto k31 = lianxin::quotes::DAYS_31_90;

const lianxin::quotes::BoardCell *cell(const Board &board, lianxin::quotes::TenorBucket tenor, int tier)
{
    for (const auto &c : board.cells())
        if (c.tenor() == tenor && c.obligor_tier() == tier)
            return &c;
    return nullptr;
}

class QuoteContract : public ::testing::Test
{
protected:
    QuoteDesk desk;
    const std::int64_t now = desk.now();
};

} // namespace

TEST_F(QuoteContract, ThreeBanksBidAndTheBoardShowsBestRateAndDepthPerBucketAndTier)
{
    desk.post(kTier1Bank, standingQuote(kBuy, 2, k91, 30500, 50'000'000'00, now + 5 * kDay));
    desk.post(kTier1Other, standingQuote(kBuy, 2, k91, 29800, 20'000'000'00, now + 5 * kDay));
    desk.post(kTier2Bank, standingQuote(kBuy, 2, k91, 29800, 10'000'000'00, now + 5 * kDay));
    desk.post(kTier2Bank, standingQuote(kBuy, 1, k31, 26000, 30'000'000'00, now + 5 * kDay));
    desk.post(kTier3Bank, standingQuote(kSell, 2, k91, 31500, 8'000'000'00, now + 5 * kDay));

    const Board board = desk.board();
    ASSERT_EQ(board.cells_size(), 2);
    const auto *c = cell(board, k91, 2);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->buy().best_rate_micros(), 29800);
    EXPECT_EQ(std::vector<std::string>(c->buy().best_banks().begin(), c->buy().best_banks().end()),
        (std::vector<std::string> { kTier2Bank, kTier1Other }));
    EXPECT_EQ(c->buy().depth(), 3);
    EXPECT_EQ(c->buy().depth_amount_fen(), 80'000'000'00);
    EXPECT_EQ(c->sell().best_rate_micros(), 31500);
    EXPECT_EQ(c->sell().depth(), 1);
    c = cell(board, k31, 1);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->buy().best_rate_micros(), 26000);

    EXPECT_EQ(desk.board({ "tier=1" }).cells_size(), 1);
    EXPECT_EQ(desk.board({ "tenor=91-180" }).cells(0).tenor(), k91);
    const auto bad = desk.query(kTier1Bank, { "Board", "tier=9" });
    EXPECT_EQ(bad.reasonCode, "QT_FILTER_INVALID");
}

TEST_F(QuoteContract, TheRecordNamesTheQuotingBankAndTheFourEyes)
{
    const Quote q = desk.post(kTier1Bank, standingQuote(kBuy, 1, k91, 30500, 100, now + kDay));
    EXPECT_EQ(q.quoting_bank_msp(), kTier1Bank);
    EXPECT_EQ(q.status(), Quote::LIVE);
    EXPECT_EQ(q.maker(), "officer1");
    EXPECT_EQ(q.checker(), "checker1");
    EXPECT_EQ(q.posted_seconds(), now);
    EXPECT_EQ(q.id().substr(0, 3), "QT-");
    const auto got = desk.query("RegulatorMSP", { "GetQuote", q.id() });
    ASSERT_TRUE(got.isOk());
    EXPECT_EQ(got.payload, q.SerializeAsString());
    EXPECT_EQ(desk.stub.events.back().first, "QuotePosted");
    EXPECT_EQ(desk.query(kTier1Bank, { "GetQuote", "QT-none" }).reasonCode, "QT_QUOTE_UNKNOWN");
}

TEST_F(QuoteContract, ExpiredQuotesDropOffAsTimePassesWithoutAnyWrite)
{
    desk.post(kTier1Bank, standingQuote(kBuy, 1, k91, 30000, 100, now + 2 * kDay));
    desk.post(kTier1Other, standingQuote(kBuy, 1, k91, 31000, 100, now + 10 * kDay));
    const int writes = desk.stub.writes;
    const auto state = desk.stub.state;

    EXPECT_EQ(desk.board().cells(0).buy().best_rate_micros(), 30000);
    desk.setNow(now + 3 * kDay);
    const Board later = desk.board();
    ASSERT_EQ(later.cells_size(), 1);
    EXPECT_EQ(later.cells(0).buy().best_rate_micros(), 31000);
    EXPECT_EQ(later.cells(0).buy().depth(), 1);
    lianxin::quotes::QuoteList live, all;
    ASSERT_TRUE(live.ParseFromString(desk.query(kTier2Bank, { "ListQuotes" }).payload));
    ASSERT_TRUE(all.ParseFromString(desk.query(kTier2Bank, { "ListQuotes", "include=all" }).payload));
    EXPECT_EQ(live.quotes_size(), 1);
    EXPECT_EQ(all.quotes_size(), 2);
    desk.setNow(now + 11 * kDay);
    EXPECT_EQ(desk.board().cells_size(), 0);
    EXPECT_EQ(desk.stub.writes, writes) << "expiry must not need a write";
    EXPECT_EQ(desk.stub.state, state);
}

TEST_F(QuoteContract, OnlyTheQuotingBankWithdrawsAndTheQuoteLeavesTheBoard)
{
    const Quote q = desk.post(kTier1Bank, standingQuote(kBuy, 1, k91, 30000, 100, now + kDay));
    desk.post(kTier2Bank, standingQuote(kBuy, 1, k91, 32000, 100, now + kDay));
    expectRefused(desk, kTier2Bank, withdrawAction(q.id()), "QT_WRONG_BANK", 403);
    expectRefused(desk, "RegulatorMSP", withdrawAction(q.id()), "QT_REGULATOR_READ_ONLY", 403);
    expectRefused(desk, kTier1Bank, withdrawAction("QT-nothing"), "QT_QUOTE_UNKNOWN", 404);

    const auto r = desk.act(kTier1Bank, withdrawAction(q.id()));
    ASSERT_TRUE(r.isOk()) << r.wireMessage();
    Quote withdrawn;
    ASSERT_TRUE(withdrawn.ParseFromString(r.payload));
    EXPECT_EQ(withdrawn.status(), Quote::WITHDRAWN);
    EXPECT_EQ(withdrawn.withdrawn_seconds(), now);
    EXPECT_EQ(desk.stub.events.back().first, "QuoteWithdrawn");
    EXPECT_EQ(desk.board().cells(0).buy().best_rate_micros(), 32000);
    EXPECT_EQ(desk.board().cells(0).buy().depth(), 1);
    expectRefused(desk, kTier1Bank, withdrawAction(q.id()), "QT_QUOTE_WITHDRAWN", 409);

    lianxin::ledger::KeyHistory history;
    ASSERT_TRUE(history.ParseFromString(desk.query(kTier3Bank, { "GetHistoryForKey", "quote/" + q.id() }).payload));
}

TEST_F(QuoteContract, AnExpiredQuoteCannotBeWithdrawn)
{
    const Quote q = desk.post(kTier1Bank, standingQuote(kBuy, 1, k91, 30000, 100, now + kHour));
    desk.setNow(now + 2 * kHour);
    expectRefused(desk, kTier1Bank, withdrawAction(q.id()), "QT_QUOTE_EXPIRED", 409);
}

TEST_F(QuoteContract, ABankCannotQuoteForAnotherAndTheRegulatorAndSecretariatWriteNothing)
{
    Quote q = standingQuote(kBuy, 1, k91, 30000, 100, now + kDay);
    q.set_quoting_bank_msp(kTier1Other);
    expectRefused(desk, kTier1Bank, postAction(q), "QT_WRONG_BANK", 403);
    q.clear_quoting_bank_msp();
    expectRefused(desk, "RegulatorMSP", postAction(q), "QT_REGULATOR_READ_ONLY", 403);
    expectRefused(desk, "SecretariatMSP", postAction(q), "QT_NOT_A_BANK", 403);
    expectRefused(desk, "RegulatorMSP", dealAction(dealReport("FF-1", 1, 100, 30000, 100, 2026, 9, 1)),
        "QT_REGULATOR_READ_ONLY", 403);
}

TEST_F(QuoteContract, MakerDraftsCheckerApprovesNeitherAlone)
{
    const auto action = postAction(standingQuote(kBuy, 1, k91, 30000, 100, now + kDay));
    // A checker does not draft; a maker does not approve.
    const auto byChecker = desk.call(kTier1Bank, "checker1", { "client", "checker" }, { "SubmitDraft" },
        { { "action", action.SerializeAsString() } });
    EXPECT_EQ(byChecker.reasonCode, "QT_NOT_OFFICER");
    const auto submitted = desk.submit(kTier1Bank, action);
    ASSERT_TRUE(submitted.isOk()) << submitted.wireMessage();
    EXPECT_EQ(desk.board().cells_size(), 0) << "a draft is not on the board";
    EXPECT_EQ(desk.stub.events.back().first, "QtDraftSubmitted");
    EXPECT_EQ(
        desk.call(kTier1Bank, "officer2", { "client", "officer" }, { "ApproveDraft", submitted.payload }).reasonCode,
        "QT_NOT_CHECKER");
    const auto self
        = desk.call(kTier1Bank, "officer1", { "client", "officer", "checker" }, { "ApproveDraft", submitted.payload });
    EXPECT_EQ(self.reasonCode, "QT_SELF_APPROVAL");
    EXPECT_EQ(desk.approve(kTier2Bank, submitted.payload).reasonCode, "QT_DRAFT_UNKNOWN");

    lianxin::desk::DraftList drafts;
    ASSERT_TRUE(
        drafts.ParseFromString(desk.call(kTier1Bank, "checker1", { "client", "checker" }, { "ListDrafts" }).payload));
    ASSERT_EQ(drafts.drafts_size(), 1);
    lianxin::desk::Endorsers endorsers;
    ASSERT_TRUE(endorsers.ParseFromString(
        desk.call(kTier1Bank, "checker1", { "client", "checker" }, { "DraftEndorsers", submitted.payload }).payload));
    EXPECT_EQ(endorsers.msp_ids_size(), 0);

    ASSERT_TRUE(desk.approve(kTier1Bank, submitted.payload).isOk());
    EXPECT_EQ(desk.board().cells_size(), 1);
    EXPECT_EQ(desk.approve(kTier1Bank, submitted.payload).reasonCode, "QT_DRAFT_NOT_PENDING");
}

TEST_F(QuoteContract, AQuoteApprovedAfterItsValidityIsRefused)
{
    const auto submitted = desk.submit(kTier1Bank, postAction(standingQuote(kBuy, 1, k91, 30000, 100, now + kHour)));
    ASSERT_TRUE(submitted.isOk());
    desk.setNow(now + 2 * kHour);
    EXPECT_EQ(desk.approve(kTier1Bank, submitted.payload).reasonCode, "QT_VALIDITY_PAST");
}

TEST_F(QuoteContract, TheObligorBanksTierComesFromTheRegistry)
{
    Quote q = standingQuote(kBuy, 0, k91, 30000, 100, now + kDay);
    q.set_obligor_bank_msp(kTier2Other);
    const Quote posted = desk.post(kTier1Bank, q);
    EXPECT_EQ(posted.obligor_tier(), 2);
    EXPECT_EQ(posted.obligor_bank_msp(), kTier2Other);
    EXPECT_TRUE(cell(desk.board(), k91, 2));
}

TEST_F(QuoteContract, ADealQuoteTakesItsBucketFromTheMaturity)
{
    Quote q = standingQuote(kSell, 0, lianxin::quotes::TENOR_UNSPECIFIED, 31000, 0, now + kDay);
    q.set_obligor_bank_msp(kTier1Other);
    q.set_lc_no("HX-LC-2026-0001");
    q.set_face_amount_fen(10'000'000'00);
    q.mutable_maturity_date()->set_year(2026);
    q.mutable_maturity_date()->set_month(11);
    q.mutable_maturity_date()->set_day(30); // 90 days after 2026-09-01
    const Quote posted = desk.post(kTier2Bank, q);
    EXPECT_EQ(posted.remaining_days(), 90);
    EXPECT_EQ(posted.tenor(), k31);
    EXPECT_EQ(posted.amount_fen(), 10'000'000'00);
    EXPECT_EQ(desk.board().cells(0).sell().depth_amount_fen(), 10'000'000'00);
}

TEST_F(QuoteContract, AReportedDealShowsInRecentDealsAndVolumesOnce)
{
    auto report = dealReport("FF-DEAL-0001", 0, 120, 30500, 10'000'000'00, 2026, 8, 28);
    report.set_obligor_bank_msp(kTier1Other);
    const auto r = desk.act(kTier2Bank, dealAction(report));
    ASSERT_TRUE(r.isOk()) << r.wireMessage();
    EXPECT_EQ(desk.stub.events.back().first, "QuoteDealReported");
    expectRefused(desk, kTier1Bank, dealAction(report), "QT_DEAL_REPORTED", 409);

    const Board board = desk.board();
    ASSERT_EQ(board.recent_deals_size(), 1);
    EXPECT_EQ(board.recent_deals(0).reporting_bank_msp(), kTier2Bank);
    EXPECT_EQ(board.recent_deals(0).obligor_tier(), 1);
    EXPECT_EQ(board.recent_deals(0).tenor(), k91);
    const auto *c = cell(board, k91, 1);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->deal_count(), 1);
    EXPECT_EQ(c->deal_volume_fen(), 10'000'000'00);

    lianxin::quotes::DealList deals;
    ASSERT_TRUE(deals.ParseFromString(desk.query("RegulatorMSP", { "RecentDeals", "5" }).payload));
    ASSERT_EQ(deals.deals_size(), 1);
    EXPECT_EQ(deals.deals(0).checker(), "checker1");
}

} // namespace lx::test

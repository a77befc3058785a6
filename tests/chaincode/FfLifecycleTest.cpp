// A claim's whole life on the forfaiting contract: listed by the presenting
// bank, quoted, sold, notified, acknowledged, settled, resold, paid.
#include "FfDesk.h"

#include "chaincode/forfaiting/FfStateMachine.h"

#include "lianxin/desk.pb.h"

#include <gtest/gtest.h>

namespace lx::test {

using lianxin::forfaiting::Claim;
using lianxin::forfaiting::Deal;
using lianxin::forfaiting::Listing;

namespace {

const std::string kL1 = std::string(kClaimId) + "/L1";
const std::string kD1 = std::string(kClaimId) + "/D1";

void ok(const chaincode::Response &r)
{
    ASSERT_TRUE(r.isOk()) << r.wireMessage();
}

// Listed by Dongfang, quoted by Changjiang (3.00% straight) and Nanhai
// (2.90% to yield, 2 grace days, fees 1,000.00), Changjiang's accepted,
// notified, acknowledged and settled on 3 September.
void soldToChangjiang(FfDesk &desk)
{
    desk.acceptedClaim();
    ok(desk.act(kDongfang, listAction()));
    ok(desk.act(kChangjiang, quoteAction(kL1)));
    ok(desk.act(kNanhai, quoteAction(kL1, 29'000, lianxin::forfaiting::DISCOUNT_TO_YIELD, 2, 100'000)));
    ok(desk.act(kDongfang, acceptQuoteAction(kL1 + "/" + kChangjiang)));
    ok(desk.act(kDongfang, notifyAction(kD1)));
    ok(desk.act(kHuaxia, acknowledgeAction(kD1)));
    desk.setToday(2026, 9, 3);
    ok(desk.act(kChangjiang, settleAction(kD1)));
}

} // namespace

TEST(FfLifecycle, ListingReadsTheAcceptedPresentationAcrossChannels)
{
    FfDesk desk;
    desk.acceptedClaim();
    const auto r = desk.act(kDongfang, listAction());
    ASSERT_TRUE(r.isOk()) << r.wireMessage();
    Listing listing;
    ASSERT_TRUE(listing.ParseFromString(r.payload));
    EXPECT_EQ(listing.listing_id(), kL1);
    EXPECT_EQ(listing.market(), lianxin::forfaiting::PRIMARY);
    EXPECT_EQ(listing.state(), Listing::OPEN);

    const Claim claim = desk.claim(kClaimId);
    EXPECT_EQ(claim.obligor_msp(), kHuaxia);
    EXPECT_EQ(claim.face_value_fen(), 50'000'000);
    EXPECT_EQ(claim.maturity_date().month(), 11);
    EXPECT_EQ(claim.maturity_date().day(), 30);
    EXPECT_EQ(claim.holder_msp(), kDongfang);
    EXPECT_EQ(claim.state(), Claim::LISTED);
    EXPECT_EQ(claim.live_listing_id(), kL1);
    // The version seen: the transaction that last wrote the L/C (the acceptance).
    EXPECT_EQ(claim.lc_version().tx_id(), desk.lc.stub.history.at("lc/" + std::string(kLcNo)).back().txId);
    ASSERT_EQ(claim.history_size(), 1);
    EXPECT_EQ(claim.history(0).maker(), "officer1");
    EXPECT_EQ(claim.history(0).checker(), "checker1");
}

TEST(FfLifecycle, PrimarySaleThenResaleThenPaymentToTheHolder)
{
    FfDesk desk;
    soldToChangjiang(desk);
    const std::string changjiangQuote = kL1 + "/" + kChangjiang;
    EXPECT_EQ(desk.quote(changjiangQuote).days(), 88); // 3 Sep to 30 Nov
    EXPECT_EQ(desk.quote(changjiangQuote).net_fen(), 49'633'333);
    EXPECT_EQ(desk.quote(kL1 + "/" + kNanhai).days(), 90); // 88 + 2 grace days
    EXPECT_EQ(desk.quote(kL1 + "/" + kNanhai).net_fen(), 49'540'109);

    Deal d1 = desk.deal(kD1);
    EXPECT_EQ(d1.state(), Deal::SETTLED);
    EXPECT_EQ(d1.seller_msp(), kDongfang);
    EXPECT_EQ(d1.buyer_msp(), kChangjiang);
    EXPECT_EQ(d1.net_fen(), 49'633'333);
    EXPECT_EQ(d1.trade_date().day(), 1);
    EXPECT_EQ(d1.settled_date().day(), 3);
    EXPECT_EQ(d1.history_size(), 4); // accepted, notified, acknowledged, settled
    // What each event did, as values the screens write their sentences from.
    EXPECT_EQ(d1.history(0).facts().subject_id(), kD1);
    EXPECT_EQ(d1.history(0).facts().seller_msp(), kDongfang);
    EXPECT_EQ(d1.history(0).facts().buyer_msp(), kChangjiang);
    EXPECT_EQ(d1.history(0).facts().amount_fen(), 49'633'333);
    EXPECT_EQ(d1.history(2).facts().amount_fen(), d1.face_value_fen()); // acknowledged: the face value at maturity
    EXPECT_EQ(d1.history(3).facts().amount_fen(), 49'633'333); // settled: the net paid
    EXPECT_EQ(d1.history(3).facts().claim_id(), kClaimId);
    EXPECT_EQ(desk.listing(kL1).state(), Listing::AGREED);
    Claim claim = desk.claim(kClaimId);
    EXPECT_EQ(claim.holder_msp(), kChangjiang);
    EXPECT_EQ(claim.state(), Claim::HELD);
    EXPECT_TRUE(claim.live_deal_id().empty());

    // Resale on the secondary market.
    desk.setToday(2026, 9, 10);
    ok(desk.act(kChangjiang, listAction()));
    const std::string l2 = std::string(kClaimId) + "/L2";
    EXPECT_EQ(desk.listing(l2).market(), lianxin::forfaiting::SECONDARY);
    auto q = quoteAction(l2, 28'000);
    *q.mutable_quote()->mutable_value_date() = date(2026, 9, 11);
    q.mutable_quote()->set_valid_until_seconds(desk.stub.txTimestampSeconds() + 3600);
    ok(desk.act(kNanhai, q));
    const auto accepted = desk.act(kChangjiang, acceptQuoteAction(l2 + "/" + kNanhai));
    ok(accepted);
    const std::string d2 = std::string(kClaimId) + "/D2";
    EXPECT_EQ(desk.deal(d2).market(), lianxin::forfaiting::SECONDARY);
    EXPECT_EQ(desk.deal(d2).net_fen(), 49'688'889); // 80 days at 2.80%
    ok(desk.act(kChangjiang, notifyAction(d2)));
    ok(desk.act(kHuaxia, acknowledgeAction(d2)));
    desk.setToday(2026, 9, 11);
    ok(desk.act(kNanhai, settleAction(d2)));
    claim = desk.claim(kClaimId);
    EXPECT_EQ(claim.holder_msp(), kNanhai);
    ASSERT_EQ(claim.holders_size(), 3);
    EXPECT_EQ(claim.holders(0), kDongfang);
    EXPECT_EQ(claim.holders(1), kChangjiang);

    desk.setToday(2026, 11, 30);
    ok(desk.act(kHuaxia, payClaimAction()));
    claim = desk.claim(kClaimId);
    EXPECT_EQ(claim.state(), Claim::PAID);
    EXPECT_EQ(claim.paid_to_msp(), kNanhai);

    const auto deals = desk.query({ "ListDeals", kChangjiang });
    lianxin::forfaiting::DealList list;
    ASSERT_TRUE(list.ParseFromString(deals.payload));
    EXPECT_EQ(list.deals_size(), 2);
    lianxin::forfaiting::ListingList listings;
    ASSERT_TRUE(listings.ParseFromString(desk.query({ "ListListings", "AGREED" }).payload));
    EXPECT_EQ(listings.listings_size(), 2);
    lianxin::forfaiting::QuoteList quotes;
    ASSERT_TRUE(quotes.ParseFromString(desk.query({ "ListQuotes", kL1 }).payload));
    EXPECT_EQ(quotes.quotes_size(), 2);
    EXPECT_TRUE(desk.query({ "GetHistoryForKey", "claim/" + std::string(kClaimId) }).isOk());
}

TEST(FfLifecycle, TheBuyerCoEndorsesTheAcceptanceAndTheSellerTheSettlement)
{
    FfDesk desk;
    desk.acceptedClaim();
    ok(desk.act(kDongfang, listAction()));
    ok(desk.act(kChangjiang, quoteAction(kL1)));
    const auto draft = desk.submit(kDongfang, acceptQuoteAction(kL1 + "/" + kChangjiang));
    ok(draft);
    lianxin::desk::Endorsers endorsers;
    endorsers.ParseFromString(
        desk.call(kDongfang, "checker1", { "client", "checker" }, { "DraftEndorsers", draft.payload }).payload);
    ASSERT_EQ(endorsers.msp_ids_size(), 1);
    EXPECT_EQ(endorsers.msp_ids(0), kChangjiang);
    const auto alone = desk.call(kDongfang, "checker1", { "client", "checker" }, { "ApproveDraft", draft.payload });
    EXPECT_EQ(alone.reasonCode, "FF_ENDORSERS");
    const auto policy = desk.contract.endorsementPolicy({ "ApproveDraft", { draft.payload, kChangjiang }, kDongfang });
    EXPECT_EQ(policy.allOf, (std::vector<std::string> { kChangjiang, kDongfang }));
    ok(desk.approve(kDongfang, draft.payload));
    ok(desk.act(kDongfang, notifyAction(kD1)));
    ok(desk.act(kHuaxia, acknowledgeAction(kD1)));
    const auto settle = desk.submit(kChangjiang, settleAction(kD1));
    ok(settle);
    endorsers.ParseFromString(
        desk.call(kChangjiang, "checker1", { "client", "checker" }, { "DraftEndorsers", settle.payload }).payload);
    ASSERT_EQ(endorsers.msp_ids_size(), 1);
    EXPECT_EQ(endorsers.msp_ids(0), kDongfang);
}

TEST(FfLifecycle, OverdueAfterMaturityAndGraceDaysThenPaidLate)
{
    FfDesk desk;
    desk.acceptedClaim();
    ok(desk.act(kDongfang, listAction()));
    ok(desk.act(kChangjiang, quoteAction(kL1, 30'000, lianxin::forfaiting::STRAIGHT_DISCOUNT, 3)));
    ok(desk.act(kDongfang, acceptQuoteAction(kL1 + "/" + kChangjiang)));
    ok(desk.act(kDongfang, notifyAction(kD1)));
    ok(desk.act(kHuaxia, acknowledgeAction(kD1)));
    ok(desk.act(kChangjiang, settleAction(kD1)));
    EXPECT_EQ(desk.claim(kClaimId).grace_days(), 3);
    desk.setToday(2026, 12, 3); // maturity 30 Nov + 3 grace days
    expectFfRejected(desk, kChangjiang, overdueAction(), "FF_NOT_YET_OVERDUE");
    desk.setToday(2026, 12, 4);
    expectFfRejected(desk, kDongfang, overdueAction(), "FF_WRONG_BANK");
    ok(desk.act(kChangjiang, overdueAction()));
    EXPECT_EQ(desk.claim(kClaimId).state(), Claim::OVERDUE);
    expectFfRejected(desk, kChangjiang, listAction(), "FF_CLAIM_OVERDUE");
    ok(desk.act(kHuaxia, payClaimAction()));
    EXPECT_EQ(desk.claim(kClaimId).state(), Claim::PAID);
    EXPECT_EQ(desk.claim(kClaimId).paid_to_msp(), kChangjiang);
}

TEST(FfLifecycle, WithdrawnListingFreesTheClaimAndWithdrawnQuoteMayBeRenewed)
{
    FfDesk desk;
    desk.acceptedClaim();
    ok(desk.act(kDongfang, listAction()));
    ok(desk.act(kChangjiang, quoteAction(kL1)));
    ok(desk.act(kChangjiang, withdrawQuoteAction(kL1 + "/" + kChangjiang)));
    ok(desk.act(kChangjiang, quoteAction(kL1, 31'000)));
    EXPECT_EQ(desk.quote(kL1 + "/" + kChangjiang).revision(), 2);
    ok(desk.act(kDongfang, withdrawListingAction(kL1)));
    EXPECT_EQ(desk.claim(kClaimId).state(), Claim::HELD);
    expectFfRejected(desk, kDongfang, acceptQuoteAction(kL1 + "/" + kChangjiang), "FF_WRONG_STATE");
    ok(desk.act(kDongfang, listAction()));
    EXPECT_EQ(desk.claim(kClaimId).live_listing_id(), std::string(kClaimId) + "/L2");
}

} // namespace lx::test

// A bank cannot buy a claim it owes: the issuing bank that confirmed
// payment at maturity neither quotes on, wins nor settles its own claim,
// primary or resale, and does not bid for its own obligations on the quote
// board. Its paying early would be a prepayment, another action. Each
// refusal carries FF_OBLIGOR_BUYER / QT_OBLIGOR_QUOTE and writes nothing.
#include "FfDesk.h"
#include "QuoteDesk.h"

#include "chaincode/forfaiting/FfDryRun.h"
#include "chaincode/forfaiting/FfStateMachine.h"
#include "chaincode/quotes/QuoteDryRun.h"

#include <gtest/gtest.h>

namespace lx::test {

namespace {

const std::string kL1 = std::string(kClaimId) + "/L1";
const std::string kL2 = std::string(kClaimId) + "/L2";
const std::string kD1 = std::string(kClaimId) + "/D1";
const std::string kQ1 = kL1 + "/" + kChangjiang;
const std::string kObligorQuote = kL1 + "/" + kHuaxia;

void ok(const chaincode::Response &r)
{
    ASSERT_TRUE(r.isOk()) << r.wireMessage();
}

// Dongfang lists the claim Huaxia owes; Changjiang quotes on it.
void listed(FfDesk &desk)
{
    desk.acceptedClaim();
    ok(desk.act(kDongfang, listAction()));
    ok(desk.act(kChangjiang, quoteAction(kL1)));
}

// ...Dongfang accepts Changjiang's quote and notifies Huaxia, which
// acknowledges the transfer: the deal awaits settlement.
void acknowledged(FfDesk &desk)
{
    listed(desk);
    ok(desk.act(kDongfang, acceptQuoteAction(kQ1)));
    ok(desk.act(kDongfang, notifyAction(kD1)));
    ok(desk.act(kHuaxia, acknowledgeAction(kD1)));
}

} // namespace

TEST(ObligorPurchase, TheObligorCannotQuoteOnItsOwnClaim)
{
    FfDesk desk;
    listed(desk);
    ASSERT_EQ(desk.listing(kL1).obligor_msp(), kHuaxia);
    expectFfRejected(desk, kHuaxia, quoteAction(kL1), "FF_OBLIGOR_BUYER");
    const auto r = desk.submit(kHuaxia, quoteAction(kL1));
    EXPECT_EQ(r.status, chaincode::Forbidden);
    EXPECT_NE(r.message.find("prepayment"), std::string::npos) << r.message;
    // Any other bank quotes.
    ok(desk.act(kNanhai, quoteAction(kL1)));
}

TEST(ObligorPurchase, TheSellerCannotAcceptTheObligorsQuote)
{
    FfDesk desk;
    listed(desk);
    // A quote by the obligor already on the ledger (recorded before the rule).
    lianxin::forfaiting::Quote q = desk.quote(kQ1);
    q.set_quote_id(kObligorQuote);
    q.set_bank_msp(kHuaxia);
    desk.stub.state[chaincode::forfaiting::quoteKey(kObligorQuote)] = q.SerializeAsString();
    expectFfRejected(desk, kDongfang, acceptQuoteAction(kObligorQuote), "FF_OBLIGOR_BUYER");
    ok(desk.act(kDongfang, acceptQuoteAction(kQ1)));
}

TEST(ObligorPurchase, TheObligorCannotSettleADealToBuyItsOwnClaim)
{
    FfDesk desk;
    acknowledged(desk);
    // A deal agreed with the obligor as buyer (before the rule).
    lianxin::forfaiting::Deal d = desk.deal(kD1);
    d.set_buyer_msp(kHuaxia);
    desk.stub.state[chaincode::forfaiting::dealKey(kD1)] = d.SerializeAsString();
    expectFfRejected(desk, kHuaxia, settleAction(kD1), "FF_OBLIGOR_BUYER");
    EXPECT_EQ(desk.claim(kClaimId).holder_msp(), kDongfang);
}

TEST(ObligorPurchase, TheObligorCannotBuyOnResale)
{
    FfDesk desk;
    acknowledged(desk);
    ok(desk.act(kChangjiang, settleAction(kD1)));
    ok(desk.act(kChangjiang, listAction())); // secondary market
    ASSERT_EQ(desk.listing(kL2).market(), lianxin::forfaiting::SECONDARY);
    expectFfRejected(desk, kHuaxia, quoteAction(kL2), "FF_OBLIGOR_BUYER");
    ok(desk.act(kNanhai, quoteAction(kL2)));
}

// The quote form's dry run over the records the workstation holds says the
// same at once.
TEST(ObligorPurchase, TheDryRunRefusesTheObligorsQuote)
{
    FfDesk desk;
    listed(desk);
    const std::map<std::string, Bytes> records = desk.stub.state;
    const std::int64_t now = desk.stub.txTimestampSeconds();
    const auto dry = chaincode::forfaiting::dryRunRejection(records, quoteAction(kL1), kHuaxia, now);
    ASSERT_TRUE(dry);
    EXPECT_EQ(dry->rfind("FF_OBLIGOR_BUYER: ", 0), 0u) << *dry;
    EXPECT_FALSE(chaincode::forfaiting::dryRunRejection(records, quoteAction(kL1), kNanhai, now));
}

TEST(ObligorPurchase, TheQuoteBoardRefusesABidForTheBanksOwnObligations)
{
    QuoteDesk desk;
    lianxin::quotes::Quote standing
        = standingQuote(lianxin::quotes::BUY, 0, lianxin::quotes::DAYS_91_180, 30500, 1'000'000, desk.now() + kDay);
    standing.set_obligor_bank_msp(kTier1Bank);
    expectRefused(desk, kTier1Bank, postAction(standing), "QT_OBLIGOR_QUOTE", chaincode::Forbidden);

    lianxin::quotes::Quote deal = standing;
    deal.set_tenor(lianxin::quotes::TENOR_UNSPECIFIED);
    deal.set_lc_no(kLcNo);
    deal.set_face_amount_fen(50'000'000);
    *deal.mutable_maturity_date() = date(2026, 11, 30);
    expectRefused(desk, kTier1Bank, postAction(deal), "QT_OBLIGOR_QUOTE", chaincode::Forbidden);

    std::map<std::string, Bytes> held = desk.stub.state;
    for (const auto &[key, value] : desk.registryStub.state)
        held[key] = value;
    const auto dry = chaincode::quotes::dryRunRejection(held, postAction(deal), kTier1Bank, desk.now());
    ASSERT_TRUE(dry);
    EXPECT_EQ(dry->rfind("QT_OBLIGOR_QUOTE: ", 0), 0u) << *dry;

    // Another bank bids for the same obligor's claims.
    EXPECT_FALSE(chaincode::quotes::dryRunRejection(held, postAction(deal), kTier1Other, desk.now()));
    EXPECT_TRUE(desk.post(kTier1Other, deal).status() == lianxin::quotes::Quote::LIVE);
}

} // namespace lx::test

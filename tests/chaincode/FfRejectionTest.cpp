// Every refusal of the forfaiting contract: double financing, stale quotes,
// ineligible claims, the wrong bank, the regulator, wrong states; each with
// its reason code and nothing written.
#include "FfDesk.h"

#include "chaincode/forfaiting/FfDryRun.h"

#include <gtest/gtest.h>

namespace lx::test {

namespace {

const std::string kL1 = std::string(kClaimId) + "/L1";
const std::string kD1 = std::string(kClaimId) + "/D1";
const std::string kQ1 = kL1 + "/" + kChangjiang;

void ok(const chaincode::Response &r)
{
    ASSERT_TRUE(r.isOk()) << r.wireMessage();
}

// Listed by Dongfang and quoted by Changjiang on 1 September.
void quoted(FfDesk &desk)
{
    desk.acceptedClaim();
    ok(desk.act(kDongfang, listAction()));
    ok(desk.act(kChangjiang, quoteAction(kL1)));
}

} // namespace

TEST(FfRejection, ASoldClaimCannotBeSoldAgainByItsFormerHolder)
{
    FfDesk desk;
    quoted(desk);
    ok(desk.act(kDongfang, acceptQuoteAction(kQ1)));
    // Sold, not yet settled: neither seller nor anyone sells it again.
    expectFfRejected(desk, kDongfang, listAction(), "FF_DOUBLE_FINANCING");
    ok(desk.act(kDongfang, notifyAction(kD1)));
    ok(desk.act(kHuaxia, acknowledgeAction(kD1)));
    ok(desk.act(kChangjiang, settleAction(kD1)));
    expectFfRejected(desk, kDongfang, listAction(), "FF_DOUBLE_FINANCING");
    expectFfRejected(desk, kNanhai, listAction(), "FF_NOT_HOLDER");
}

TEST(FfRejection, OneLiveListingPerClaim)
{
    FfDesk desk;
    quoted(desk);
    expectFfRejected(desk, kDongfang, listAction(), "FF_DOUBLE_FINANCING");
}

TEST(FfRejection, AQuoteIsAcceptedOnlyWithinItsValidity)
{
    FfDesk desk;
    quoted(desk);
    desk.setToday(2026, 9, 3); // valid until 2 September 18:00
    expectFfRejected(desk, kDongfang, acceptQuoteAction(kQ1), "FF_QUOTE_EXPIRED");
    // A draft submitted in time but approved too late is refused at approval.
    desk.setToday(2026, 9, 1);
    const auto draft = desk.submit(kDongfang, acceptQuoteAction(kQ1));
    ok(draft);
    desk.setToday(2026, 9, 3);
    EXPECT_EQ(desk.approve(kDongfang, draft.payload).reasonCode, "FF_QUOTE_EXPIRED");
}

TEST(FfRejection, OnlyAnAcceptedDeferredPresentationIsAClaim)
{
    FfDesk desk;
    desk.lc.examined(true, deferredLc()); // complying, payment at maturity not yet confirmed
    expectFfRejected(desk, kDongfang, listAction(), "FF_CLAIM_NOT_ACCEPTED");
    const auto r = desk.submit(kDongfang, listAction());
    EXPECT_NE(r.message.find("COMPLYING"), std::string::npos) << r.message;
    expectFfRejected(desk, kDongfang, listAction(2), "FF_PRESENTATION_UNKNOWN");
    expectFfRejected(desk, kDongfang, listAction(1, "NO-SUCH-LC"), "FF_LC_UNKNOWN");

    FfDesk sight;
    sight.lc.examined(true, sampleLc());
    expectFfRejected(sight, kDongfang, listAction(), "FF_CLAIM_SIGHT");
}

TEST(FfRejection, AMaturedOrPaidClaimIsNotListed)
{
    FfDesk desk;
    desk.acceptedClaim();
    desk.setToday(2026, 11, 30);
    expectFfRejected(desk, kDongfang, listAction(), "FF_CLAIM_MATURED");
    ok(desk.lc.act(kHuaxia, payAction(1)));
    expectFfRejected(desk, kDongfang, listAction(), "FF_CLAIM_PAID");
}

TEST(FfRejection, TheWrongBank)
{
    FfDesk desk;
    desk.acceptedClaim();
    expectFfRejected(desk, kNanhai, listAction(), "FF_NOT_HOLDER"); // not the presenting bank
    expectFfRejected(desk, kHuaxia, listAction(), "FF_NOT_HOLDER");
    ok(desk.act(kDongfang, listAction()));
    expectFfRejected(desk, kDongfang, quoteAction(kL1), "FF_OWN_LISTING");
    ok(desk.act(kChangjiang, quoteAction(kL1)));
    expectFfRejected(desk, kNanhai, withdrawQuoteAction(kQ1), "FF_WRONG_BANK");
    expectFfRejected(desk, kChangjiang, withdrawListingAction(kL1), "FF_WRONG_BANK");
    expectFfRejected(desk, kChangjiang, acceptQuoteAction(kQ1), "FF_WRONG_BANK");
    ok(desk.act(kDongfang, acceptQuoteAction(kQ1)));
    expectFfRejected(desk, kChangjiang, notifyAction(kD1), "FF_WRONG_BANK");
    ok(desk.act(kDongfang, notifyAction(kD1)));
    expectFfRejected(desk, kNanhai, acknowledgeAction(kD1), "FF_WRONG_BANK");
    expectFfRejected(desk, kDongfang, acknowledgeAction(kD1), "FF_WRONG_BANK");
    ok(desk.act(kHuaxia, acknowledgeAction(kD1)));
    expectFfRejected(desk, kDongfang, settleAction(kD1), "FF_WRONG_BANK");
    ok(desk.act(kChangjiang, settleAction(kD1)));
    desk.setToday(2026, 11, 30);
    expectFfRejected(desk, kNanhai, payClaimAction(), "FF_WRONG_BANK");
    expectFfRejected(desk, kChangjiang, payClaimAction(), "FF_WRONG_BANK");
}

TEST(FfRejection, TheRegulatorAndTheSecretariatWriteNothing)
{
    FfDesk desk;
    desk.acceptedClaim();
    const Snapshot before(desk.stub);
    const auto action = listAction().SerializeAsString();
    auto r = desk.call(kRegulator, "auditor1", { "client", "officer" }, { "SubmitDraft" }, { { "action", action } });
    EXPECT_EQ(r.status, chaincode::Forbidden);
    EXPECT_EQ(r.reasonCode, "FF_REGULATOR_READ_ONLY");
    r = desk.call(kSecretariat, "officer1", { "client", "officer" }, { "SubmitDraft" }, { { "action", action } });
    EXPECT_EQ(r.reasonCode, "FF_NOT_A_BANK");
    r = desk.call(kDongfang, "manager1", { "client", "manager" }, { "SubmitDraft" }, { { "action", action } });
    EXPECT_EQ(r.reasonCode, "FF_NOT_OFFICER");
    EXPECT_TRUE(Snapshot(desk.stub) == before);
    // It reads.
    ok(desk.act(kDongfang, listAction()));
    EXPECT_TRUE(desk.query({ "GetClaim", kClaimId }).isOk());
    EXPECT_EQ(desk.query({ "GetDeal", "nothing" }).reasonCode, "FF_DEAL_UNKNOWN");
}

TEST(FfRejection, WrongStateTransitions)
{
    FfDesk desk;
    quoted(desk);
    expectFfRejected(desk, kChangjiang, quoteAction(kL1), "FF_QUOTE_EXISTS");
    expectFfRejected(desk, kHuaxia, acknowledgeAction(kD1), "FF_DEAL_UNKNOWN");
    ok(desk.act(kDongfang, acceptQuoteAction(kQ1)));
    expectFfRejected(desk, kNanhai, quoteAction(kL1), "FF_WRONG_STATE"); // listing AGREED
    expectFfRejected(desk, kHuaxia, acknowledgeAction(kD1), "FF_WRONG_STATE"); // not notified
    expectFfRejected(desk, kChangjiang, settleAction(kD1), "FF_WRONG_STATE"); // not acknowledged
    ok(desk.act(kDongfang, notifyAction(kD1)));
    expectFfRejected(desk, kDongfang, notifyAction(kD1), "FF_WRONG_STATE");
    expectFfRejected(desk, kChangjiang, settleAction(kD1), "FF_WRONG_STATE");
    ok(desk.act(kHuaxia, acknowledgeAction(kD1)));
    ok(desk.act(kChangjiang, settleAction(kD1)));
    expectFfRejected(desk, kChangjiang, settleAction(kD1), "FF_WRONG_STATE");
    expectFfRejected(desk, kHuaxia, payClaimAction(), "FF_NOT_YET_MATURE");
    desk.setToday(2026, 11, 30);
    ok(desk.act(kHuaxia, payClaimAction()));
    expectFfRejected(desk, kHuaxia, payClaimAction(), "FF_CLAIM_PAID");
    expectFfRejected(desk, kChangjiang, listAction(), "FF_CLAIM_PAID");
    expectFfRejected(desk, kChangjiang, overdueAction(), "FF_CLAIM_PAID");
}

TEST(FfRejection, QuotesThatAreNoPrice)
{
    FfDesk desk;
    desk.acceptedClaim();
    ok(desk.act(kDongfang, listAction()));
    expectFfRejected(desk, kChangjiang, quoteAction(kL1, 0), "FF_RATE_INVALID");
    auto a = quoteAction(kL1);
    a.mutable_quote()->set_day_basis(365);
    expectFfRejected(desk, kChangjiang, a, "FF_DAY_BASIS");
    a = quoteAction(kL1);
    a.mutable_quote()->set_method(lianxin::forfaiting::METHOD_UNSPECIFIED);
    expectFfRejected(desk, kChangjiang, a, "FF_METHOD_MISSING");
    a = quoteAction(kL1);
    *a.mutable_quote()->mutable_value_date() = date(2026, 8, 31);
    expectFfRejected(desk, kChangjiang, a, "FF_VALUE_DATE_PASSED");
    *a.mutable_quote()->mutable_value_date() = date(2026, 11, 30);
    expectFfRejected(desk, kChangjiang, a, "FF_VALUE_DATE_AFTER_MATURITY");
    a = quoteAction(kL1);
    a.mutable_quote()->set_valid_until_seconds(desk.stub.txTimestampSeconds() - 1);
    expectFfRejected(desk, kChangjiang, a, "FF_QUOTE_VALIDITY");
    expectFfRejected(desk, kChangjiang, quoteAction(kL1, 30'000, lianxin::forfaiting::STRAIGHT_DISCOUNT, 0, 50'000'000),
        "FF_PRICE_NET_NOT_POSITIVE");
    expectFfRejected(
        desk, kChangjiang, quoteAction(kL1, 30'000, lianxin::forfaiting::STRAIGHT_DISCOUNT, 91), "FF_GRACE_DAYS");
}

TEST(FfRejection, DryRunOverHeldRecordsAgreesWithTheContract)
{
    FfDesk desk;
    desk.acceptedClaim();
    std::map<std::string, Bytes> records { { "lc/" + std::string(kLcNo),
        desk.lc.stub.state.at("lc/" + std::string(kLcNo)) } };
    const std::int64_t now = desk.stub.txTimestampSeconds();
    EXPECT_FALSE(chaincode::forfaiting::dryRunRejection(records, listAction(), kDongfang, now));
    const auto stranger = chaincode::forfaiting::dryRunRejection(records, listAction(), kNanhai, now);
    ASSERT_TRUE(stranger);
    EXPECT_EQ(stranger->substr(0, stranger->find(':')), "FF_NOT_HOLDER");

    ok(desk.act(kDongfang, listAction()));
    for (const auto &[key, value] : desk.stub.state)
        records[key] = value;
    const auto twice = chaincode::forfaiting::dryRunRejection(records, listAction(), kDongfang, now);
    ASSERT_TRUE(twice);
    EXPECT_EQ(twice->substr(0, twice->find(':')), "FF_DOUBLE_FINANCING");
    EXPECT_FALSE(chaincode::forfaiting::dryRunRejection(records, quoteAction(kL1), kNanhai, now));
    EXPECT_TRUE(chaincode::forfaiting::dryRunRejection({}, listAction(), kDongfang, now)); // no L/C held
}

} // namespace lx::test

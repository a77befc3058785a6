// Every rejection of the guarantee contract: the reason code, and that the
// ledger (state, private data, events) is exactly as before.
#include "GtDesk.h"

#include <functional>
#include <gtest/gtest.h>

namespace lx::test {

using lianxin::guarantee::GtAction;
using lianxin::guarantee::Guarantee;

namespace {

struct Case
{
    const char *name;
    std::function<void(GtDesk &)> stage;
    GtAction action;
    const char *msp;
    const char *code;
};

void run(const std::vector<Case> &cases)
{
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        GtDesk desk;
        c.stage(desk);
        expectGtRejected(desk, c.msp, c.action, c.code);
    }
}

void complying(GtDesk &d)
{
    d.demanded(10'000'000);
    ASSERT_TRUE(d.act(kHuaxia, gtExamine(1, true)).isOk());
}

void extendOrPayComplying(GtDesk &d)
{
    d.demanded(10'000'000, date(2027, 6, 30));
    ASSERT_TRUE(d.act(kHuaxia, gtExamine(1, true)).isOk());
}

void amendmentPending(GtDesk &d)
{
    d.advised();
    ASSERT_TRUE(d.act(kHuaxia, gtAmend(100)).isOk());
}

} // namespace

TEST(GtRejection, WrongBankForEachAction)
{
    const auto none = [](GtDesk &) {};
    const auto issued = [](GtDesk &d) { d.issued(); };
    const auto advised = [](GtDesk &d) { d.advised(); };
    const auto demanded = [](GtDesk &d) { d.demanded(10'000'000); };
    run({
        { "Advising bank issues", none, gtIssue(sampleGuarantee()), kDongfang, "GT_WRONG_BANK" },
        { "Issuer advises", issued, gtAdvise(), kHuaxia, "GT_WRONG_BANK" },
        { "A stranger advises", issued, gtAdvise(), kNanhai, "GT_WRONG_BANK" },
        { "Advising bank amends", advised, gtAmend(100), kDongfang, "GT_WRONG_BANK" },
        { "Issuer answers an amendment", amendmentPending, gtAnswer(1, true), kHuaxia, "GT_WRONG_BANK" },
        { "Another bank demands", advised, gtDemand(1000), kNanhai, "GT_WRONG_BANK" },
        { "Issuer demands", advised, gtDemand(1000), kHuaxia, "GT_WRONG_BANK" },
        { "Advising bank examines", demanded, gtExamine(1, true), kDongfang, "GT_WRONG_BANK" },
        { "Advising bank pays", complying, gtPay(1), kDongfang, "GT_WRONG_BANK" },
        { "Advising bank suspends", extendOrPayComplying, gtSuspend(1, date(2026, 9, 20)), kDongfang, "GT_WRONG_BANK" },
        { "Advising bank extends", extendOrPayComplying, gtExtend(1), kDongfang, "GT_WRONG_BANK" },
        { "Advising bank reduces", advised, gtReduceByConsent(100, "X"), kDongfang, "GT_WRONG_BANK" },
        { "Issuer releases", advised, gtRelease(), kHuaxia, "GT_WRONG_BANK" },
        { "Advising bank records expiry", advised, gtExpire(), kDongfang, "GT_WRONG_BANK" },
        { "Advising bank records a stop-payment", advised, gtStop(), kDongfang, "GT_WRONG_BANK" },
    });
}

TEST(GtRejection, RegulatorAndSecretariatWriteNothing)
{
    const std::pair<const char *, const char *> readers[]
        = { { kRegulator, "GT_REGULATOR_READ_ONLY" }, { kSecretariat, "GT_NOT_A_BANK" } };
    for (const auto &[msp, code] : readers) {
        SCOPED_TRACE(msp);
        GtDesk desk;
        desk.advised();
        const Snapshot before(desk.stub);
        const auto r = desk.call(msp, "auditor1", { "client", "officer" }, { "SubmitDraft" },
            { { "action", gtDemand(1000).SerializeAsString() } });
        EXPECT_EQ(r.status, chaincode::Forbidden);
        EXPECT_EQ(r.reasonCode, code) << r.wireMessage();
        EXPECT_TRUE(Snapshot(desk.stub) == before);
    }
}

TEST(GtRejection, DemandRules)
{
    const auto advised = [](GtDesk &d) { d.advised(); };
    GtAction noStatement = gtDemand(1000);
    noStatement.mutable_demand()->mutable_demand()->set_statement_of_breach("  ");
    GtAction badHash = gtDemand(1000);
    badHash.mutable_demand()->mutable_demand()->mutable_documents(0)->set_sha256("short");
    run({
        { "Demand after expiry",
            [](GtDesk &d) {
                d.advised();
                d.setToday(2027, 1, 1);
            },
            gtDemand(1000), kDongfang, "GT_DEMAND_AFTER_EXPIRY" },
        { "Demand over the available amount", advised, gtDemand(100'000'001), kDongfang, "GT_DEMAND_OVER_AVAILABLE" },
        { "Demand without a statement of breach", advised, noStatement, kDongfang, "GT_STATEMENT_MISSING" },
        { "Demand of nothing", advised, gtDemand(0), kDongfang, "GT_AMOUNT" },
        { "Supporting document without its hash", advised, badHash, kDongfang, "GT_DOCUMENT_HASH" },
        { "Extend or pay to an earlier expiry", advised, gtDemand(1000, date(2026, 11, 30)), kDongfang,
            "GT_EXTENSION_DATE" },
        { "Unknown guarantee", advised, gtDemand(1000, {}, "NO-SUCH"), kDongfang, "GT_NOT_FOUND" },
    });
}

TEST(GtRejection, ExaminationRules)
{
    const auto demanded = [](GtDesk &d) { d.demanded(10'000'000); };
    run({
        { "Rejection after 5 business days",
            [](GtDesk &d) {
                d.demanded(10'000'000);
                d.setToday(2026, 9, 9); // the deadline was Tuesday 8 September
            },
            gtExamine(1, false, 2), kHuaxia, "GT_REJECTION_LATE" },
        { "Rejection without discrepancies", demanded, gtExamine(1, false, 0), kHuaxia,
            "GT_REJECTION_WITHOUT_DISCREPANCIES" },
        { "Complying with discrepancies", demanded,
            [] {
                GtAction a = gtExamine(1, false, 1);
                a.mutable_examine()->set_complying(true);
                return a;
            }(),
            kHuaxia, "GT_COMPLYING_WITH_DISCREPANCIES" },
        { "Unknown demand", demanded, gtExamine(7, true), kHuaxia, "GT_DEMAND_UNKNOWN" },
    });
}

TEST(GtRejection, ExtendOrPayRules)
{
    run({
        { "Suspending a plain demand", complying, gtSuspend(1, date(2026, 9, 20)), kHuaxia, "GT_NOT_EXTEND_OR_PAY" },
        { "Suspending beyond 30 days", extendOrPayComplying, gtSuspend(1, date(2026, 10, 2)), kHuaxia,
            "GT_SUSPENSION_TOO_LONG" },
        { "Extending after the suspension ended",
            [](GtDesk &d) {
                extendOrPayComplying(d);
                ASSERT_TRUE(d.act(kHuaxia, gtSuspend(1, date(2026, 9, 20))).isOk());
                d.setToday(2026, 9, 21);
            },
            gtExtend(1), kHuaxia, "GT_SUSPENSION_OVER" },
        { "Extending short of the requested expiry", extendOrPayComplying, gtExtend(1, date(2027, 3, 31)), kHuaxia,
            "GT_EXTENSION_DATE" },
        { "Extending on a plain demand", complying, gtExtend(1, date(2027, 3, 31)), kHuaxia, "GT_NOT_EXTEND_OR_PAY" },
    });
}

TEST(GtRejection, PaymentWhileFrozen)
{
    run({
        { "Paying under a stop-payment order",
            [](GtDesk &d) {
                complying(d);
                ASSERT_TRUE(d.act(kHuaxia, gtStop()).isOk());
            },
            gtPay(1), kHuaxia, "GT_FROZEN" },
        { "A second order while frozen",
            [](GtDesk &d) {
                d.advised();
                ASSERT_TRUE(d.act(kHuaxia, gtStop()).isOk());
            },
            gtStop(), kHuaxia, "GT_ALREADY_FROZEN" },
        { "Lifting what is not frozen", [](GtDesk &d) { d.advised(); }, gtLift(), kHuaxia, "GT_NOT_FROZEN" },
    });
}

TEST(GtRejection, EachOutOfOrderAction)
{
    const auto issued = [](GtDesk &d) { d.issued(); };
    const auto advised = [](GtDesk &d) { d.advised(); };
    const auto demanded = [](GtDesk &d) { d.demanded(10'000'000); };
    run({
        { "Issue twice", issued, gtIssue(sampleGuarantee()), kHuaxia, "GT_ALREADY_EXISTS" },
        { "Advise twice", advised, gtAdvise(), kDongfang, "GT_WRONG_STATE" },
        { "Demand before advising", issued, gtDemand(1000), kDongfang, "GT_WRONG_STATE" },
        { "Amend before advising", issued, gtAmend(100), kHuaxia, "GT_WRONG_STATE" },
        { "Answer with no amendment pending", advised, gtAnswer(1, true), kDongfang, "GT_WRONG_STATE" },
        { "Answer the wrong amendment", amendmentPending, gtAnswer(2, true), kDongfang, "GT_AMENDMENT_UNKNOWN" },
        { "Amend while a demand is open", demanded, gtAmend(100), kHuaxia, "GT_WRONG_STATE" },
        { "A second demand while one is open", demanded, gtDemand(1000), kDongfang, "GT_WRONG_STATE" },
        { "Pay before examination", demanded, gtPay(1), kHuaxia, "GT_WRONG_STATE" },
        { "Examine twice", complying, gtExamine(1, true), kHuaxia, "GT_WRONG_STATE" },
        { "Pay a rejected demand",
            [](GtDesk &d) {
                d.demanded(10'000'000);
                ASSERT_TRUE(d.act(kHuaxia, gtExamine(1, false, 1)).isOk());
            },
            gtPay(1), kHuaxia, "GT_WRONG_STATE" },
        { "Suspend before examination", [](GtDesk &d) { d.demanded(10'000'000, date(2027, 6, 30)); },
            gtSuspend(1, date(2026, 9, 20)), kHuaxia, "GT_WRONG_STATE" },
        { "Reduce with a demand open", demanded, gtReduceByConsent(100, "X"), kHuaxia, "GT_WRONG_STATE" },
        { "Reduce by a clause not yet due", advised, gtReduceByClause(1), kHuaxia, "GT_REDUCTION_NOT_DUE" },
        { "Reduce by a clause that does not exist", advised, gtReduceByClause(2), kHuaxia, "GT_REDUCTION_UNKNOWN" },
        { "Reduce without consent", advised, gtReduceByConsent(100, ""), kHuaxia, "GT_REDUCTION_CONSENT_MISSING" },
        { "Release with a demand open", demanded, gtRelease(), kDongfang, "GT_DEMAND_OPEN" },
        { "Expire before the expiry date", advised, gtExpire(), kHuaxia, "GT_NOT_YET_EXPIRED" },
        { "Expire with a demand open",
            [](GtDesk &d) {
                d.demanded(10'000'000);
                d.setToday(2027, 1, 1);
            },
            gtExpire(), kHuaxia, "GT_DEMAND_OPEN" },
        { "Demand after release",
            [](GtDesk &d) {
                d.advised();
                ASSERT_TRUE(d.act(kDongfang, gtRelease()).isOk());
            },
            gtDemand(1000), kDongfang, "GT_WRONG_STATE" },
        { "Demand after payment to zero",
            [](GtDesk &d) {
                d.demanded(100'000'000);
                ASSERT_TRUE(d.act(kHuaxia, gtExamine(1, true)).isOk());
                ASSERT_TRUE(d.act(kHuaxia, gtPay(1)).isOk());
            },
            gtDemand(1000), kDongfang, "GT_WRONG_STATE" },
    });
}

TEST(GtRejection, IssueTerms)
{
    const auto none = [](GtDesk &) {};
    const auto with = [](const std::function<void(Guarantee &)> &change) {
        Guarantee g = sampleGuarantee();
        change(g);
        return gtIssue(g);
    };
    run({
        { "No type", none, with([](Guarantee &g) { g.set_type(Guarantee::TYPE_UNSPECIFIED); }), kHuaxia,
            "GT_TYPE_MISSING" },
        { "USD", none, with([](Guarantee &g) { g.set_currency("USD"); }), kHuaxia, "GT_CURRENCY" },
        { "No amount", none, with([](Guarantee &g) { g.set_amount_fen(0); }), kHuaxia, "GT_AMOUNT" },
        { "Expiry in the past", none, with([](Guarantee &g) { *g.mutable_expiry_date() = date(2026, 8, 31); }), kHuaxia,
            "GT_EXPIRY_DATE" },
        { "Event without a description", none, with([](Guarantee &g) { g.set_expiry_type(Guarantee::EVENT); }), kHuaxia,
            "GT_EXPIRY_EVENT" },
        { "No underlying contract", none, with([](Guarantee &g) { g.clear_underlying(); }), kHuaxia,
            "GT_UNDERLYING_MISSING" },
        { "Advised by the issuer", none, with([](Guarantee &g) { g.set_advising_bank_msp(kHuaxia); }), kHuaxia,
            "GT_ADVISING_BANK" },
        { "Reductions eating the whole amount", none,
            with([](Guarantee &g) { g.mutable_reduction_schedule(0)->set_amount_fen(100'000'000); }), kHuaxia,
            "GT_REDUCTION_SCHEDULE" },
        { "An amendment that changes nothing", [](GtDesk &d) { d.advised(); },
            [] {
                GtAction a;
                a.mutable_amend()->set_guarantee_no(kGtNo);
                return a;
            }(),
            kHuaxia, "GT_AMENDMENT_EMPTY" },
    });
}

} // namespace lx::test

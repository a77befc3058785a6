// The guarantee's transitions as banks drive them through the desk: issue,
// advise, amendments, demands (rejected, paid, extend or pay), reduction,
// release, expiry and a court's stop-payment order.
#include "GtDesk.h"

#include "chaincode/guarantee/GtDryRun.h"

#include "lianxin/desk.pb.h"
#include "lianxin/ledger.pb.h"

#include <gtest/gtest.h>

namespace lx::test {

using lianxin::guarantee::Demand;
using lianxin::guarantee::Guarantee;

TEST(GtLifecycle, IssuedAdvisedAmendedDemandedAndPaidToZero)
{
    GtDesk desk;
    desk.issued();
    Guarantee g = desk.guarantee();
    EXPECT_EQ(g.state(), Guarantee::ISSUED);
    EXPECT_EQ(g.rules(), "URDG 758");
    EXPECT_EQ(g.form(), Guarantee::DIRECT);
    EXPECT_EQ(g.currency(), "CNY");
    EXPECT_EQ(g.issue_date().day(), 1);
    EXPECT_EQ(g.available_fen(), 100'000'000);
    ASSERT_EQ(g.history_size(), 1);
    EXPECT_EQ(g.history(0).maker(), "officer1");
    EXPECT_EQ(g.history(0).checker(), "checker1");
    EXPECT_EQ(g.history(0).bank_msp(), kHuaxia);

    ASSERT_TRUE(desk.act(kDongfang, gtAdvise()).isOk());
    ASSERT_TRUE(desk.act(kHuaxia, gtAmend(10'000'000)).isOk());
    EXPECT_EQ(desk.guarantee().state(), Guarantee::AMENDMENT_PENDING);
    ASSERT_TRUE(desk.act(kDongfang, gtAnswer(1, true)).isOk());
    g = desk.guarantee();
    EXPECT_EQ(g.state(), Guarantee::ADVISED);
    EXPECT_EQ(g.amount_fen(), 110'000'000);
    EXPECT_EQ(g.available_fen(), 110'000'000);
    EXPECT_EQ(g.expiry_date().year(), 2027);

    // Demand 1 rejected: one notice with both discrepancies.
    ASSERT_TRUE(desk.act(kDongfang, gtDemand(30'000'000)).isOk());
    g = desk.guarantee();
    EXPECT_EQ(g.state(), Guarantee::DEMANDED);
    EXPECT_EQ(g.demands(0).examination_deadline().day(), 8); // Wed 2 .. Tue 8 September
    EXPECT_EQ(g.demands(0).presenting_bank_msp(), kDongfang);
    desk.setToday(2026, 9, 8);
    ASSERT_TRUE(desk.act(kHuaxia, gtExamine(1, false, 2)).isOk());
    g = desk.guarantee();
    EXPECT_EQ(g.demands(0).state(), Demand::REJECTED);
    EXPECT_EQ(g.demands(0).discrepancies_size(), 2);
    EXPECT_EQ(g.state(), Guarantee::ADVISED);

    // Demand 2 complying, paid in part.
    ASSERT_TRUE(desk.act(kDongfang, gtDemand(30'000'000)).isOk());
    ASSERT_TRUE(desk.act(kHuaxia, gtExamine(2, true)).isOk());
    ASSERT_TRUE(desk.act(kHuaxia, gtPay(2)).isOk());
    g = desk.guarantee();
    EXPECT_EQ(g.available_fen(), 80'000'000);
    EXPECT_EQ(g.demands(1).state(), Demand::PAID);
    EXPECT_EQ(g.state(), Guarantee::ADVISED);

    // Demand 3: extend or pay, suspended, then extended; the demand is withdrawn.
    desk.setToday(2026, 9, 10);
    ASSERT_TRUE(desk.act(kDongfang, gtDemand(50'000'000, date(2027, 6, 30))).isOk());
    EXPECT_EQ(desk.guarantee().demands(2).suspension_limit().day(), 10); // 10 October
    ASSERT_TRUE(desk.act(kHuaxia, gtExamine(3, true)).isOk());
    ASSERT_TRUE(desk.act(kHuaxia, gtSuspend(3, date(2026, 10, 10))).isOk());
    EXPECT_EQ(desk.guarantee().demands(2).state(), Demand::SUSPENDED);
    desk.setToday(2026, 9, 30);
    ASSERT_TRUE(desk.act(kHuaxia, gtExtend(3)).isOk());
    g = desk.guarantee();
    EXPECT_EQ(g.demands(2).state(), Demand::WITHDRAWN);
    EXPECT_EQ(g.expiry_date().month(), 6);
    EXPECT_EQ(g.available_fen(), 80'000'000);
    EXPECT_EQ(g.state(), Guarantee::ADVISED);

    // Demand 4 for everything left: paid, the guarantee terminates.
    ASSERT_TRUE(desk.act(kDongfang, gtDemand(80'000'000)).isOk());
    ASSERT_TRUE(desk.act(kHuaxia, gtExamine(4, true)).isOk());
    ASSERT_TRUE(desk.act(kHuaxia, gtPay(4)).isOk());
    g = desk.guarantee();
    EXPECT_EQ(g.available_fen(), 0);
    EXPECT_EQ(g.state(), Guarantee::TERMINATED);
    EXPECT_EQ(g.history_size(), 16);
    EXPECT_EQ(desk.stub.events.back().first, "GtAction");

    // What each event did, as values the screens write their sentences from.
    using lianxin::lc::EventFacts;
    for (const auto &event : g.history())
        EXPECT_TRUE(event.has_facts()) << event.action();
    EXPECT_EQ(g.history(0).facts().amount_fen(), 100'000'000);
    EXPECT_EQ(g.history(3).facts().outcome(), EventFacts::ACCEPTED);
    const EventFacts &demanded = g.history(4).facts();
    EXPECT_EQ(demanded.number(), 1);
    EXPECT_EQ(demanded.amount_fen(), 30'000'000);
    EXPECT_EQ(demanded.due_date().day(), 8);
    EXPECT_FALSE(demanded.extend_or_pay());
    EXPECT_EQ(g.history(5).facts().outcome(), EventFacts::DISCREPANT);
    EXPECT_EQ(g.history(5).facts().count(), 2);
    EXPECT_EQ(g.history(8).facts().number(), 2); // paid
    EXPECT_EQ(g.history(8).facts().remaining_fen(), 80'000'000);
    EXPECT_TRUE(g.history(9).facts().extend_or_pay());
    EXPECT_EQ(g.history(11).facts().date().day(), 10); // suspended until 10 October
    EXPECT_EQ(g.history(12).facts().date().month(), 6); // extended to June
    EXPECT_EQ(g.history(15).facts().remaining_fen(), 0);
}

TEST(GtLifecycle, ExaminationPeriodSkipsHolidays)
{
    GtDesk desk;
    desk.setToday(2026, 9, 23);
    desk.demanded(10'000'000);
    // 24 Sep, 28-30 Sep, then the National Day holiday: 8 October is the fifth.
    EXPECT_EQ(desk.guarantee().demands(0).examination_deadline().month(), 10);
    EXPECT_EQ(desk.guarantee().demands(0).examination_deadline().day(), 8);
    desk.setToday(2026, 10, 8);
    const auto r = desk.act(kHuaxia, gtExamine(1, false, 1));
    EXPECT_TRUE(r.isOk()) << r.wireMessage();
}

TEST(GtLifecycle, LateComplyingExaminationIsStillAllowed)
{
    GtDesk desk;
    desk.demanded(10'000'000);
    desk.setToday(2026, 9, 15);
    ASSERT_TRUE(desk.act(kHuaxia, gtExamine(1, true)).isOk());
    EXPECT_EQ(desk.guarantee().demands(0).state(), Demand::COMPLYING);
}

TEST(GtLifecycle, ReductionByClauseAndByConsent)
{
    GtDesk desk;
    desk.advised();
    desk.setToday(2026, 10, 15);
    ASSERT_TRUE(desk.act(kHuaxia, gtReduceByClause(1)).isOk());
    EXPECT_EQ(desk.guarantee().available_fen(), 80'000'000);
    EXPECT_TRUE(desk.guarantee().reduction_schedule(0).applied());
    ASSERT_TRUE(desk.act(kHuaxia, gtReduceByConsent(30'000'000, "CF-2026-88")).isOk());
    EXPECT_EQ(desk.guarantee().available_fen(), 50'000'000);
    ASSERT_TRUE(desk.act(kHuaxia, gtReduceByConsent(50'000'000, "CF-2026-89")).isOk());
    EXPECT_EQ(desk.guarantee().state(), Guarantee::TERMINATED);
}

TEST(GtLifecycle, ReleaseByTheBeneficiary)
{
    GtDesk desk;
    desk.advised();
    ASSERT_TRUE(desk.act(kDongfang, gtRelease()).isOk());
    EXPECT_EQ(desk.guarantee().state(), Guarantee::RELEASED);
}

TEST(GtLifecycle, ExpiryRecordedAfterTheExpiryDate)
{
    GtDesk desk;
    desk.advised();
    desk.setToday(2027, 1, 1);
    ASSERT_TRUE(desk.act(kHuaxia, gtExpire()).isOk());
    EXPECT_EQ(desk.guarantee().state(), Guarantee::EXPIRED);
}

TEST(GtLifecycle, StopPaymentFreezesUntilLifted)
{
    GtDesk desk;
    desk.demanded(10'000'000);
    ASSERT_TRUE(desk.act(kHuaxia, gtExamine(1, true)).isOk());
    ASSERT_TRUE(desk.act(kHuaxia, gtStop()).isOk());
    Guarantee g = desk.guarantee();
    EXPECT_TRUE(g.frozen());
    ASSERT_EQ(g.stop_payments_size(), 1);
    EXPECT_EQ(g.stop_payments(0).court(), "上海市浦东新区人民法院");
    ASSERT_TRUE(desk.act(kHuaxia, gtLift()).isOk());
    EXPECT_FALSE(desk.guarantee().frozen());
    ASSERT_TRUE(desk.act(kHuaxia, gtPay(1)).isOk());
    EXPECT_EQ(desk.guarantee().available_fen(), 90'000'000);
}

TEST(GtLifecycle, QueriesForEveryReader)
{
    GtDesk desk;
    desk.advised();
    ASSERT_TRUE(desk.act(kHuaxia, gtIssue(sampleGuarantee("HX-GT-2026-0002"))).isOk());
    auto r = desk.call(kRegulator, "auditor1", { "client" }, { "ListGuarantees", "ADVISED" });
    ASSERT_TRUE(r.isOk()) << r.wireMessage();
    lianxin::guarantee::GuaranteeList list;
    ASSERT_TRUE(list.ParseFromString(r.payload));
    ASSERT_EQ(list.guarantees_size(), 1);
    EXPECT_EQ(list.guarantees(0).guarantee_no(), kGtNo);
    r = desk.call(kNanhai, "officer1", { "client", "officer" }, { "ListGuarantees" });
    ASSERT_TRUE(list.ParseFromString(r.payload));
    EXPECT_EQ(list.guarantees_size(), 2);
    r = desk.call(kRegulator, "auditor1", { "client" }, { "ListGuarantees", "BOGUS" });
    EXPECT_EQ(r.reasonCode, "GT_STATE_UNKNOWN");
    r = desk.call(kRegulator, "auditor1", { "client" }, { "GetGuarantee", "NO-SUCH" });
    EXPECT_EQ(r.status, chaincode::NotFound);
    EXPECT_EQ(r.reasonCode, "GT_NOT_FOUND");
    r = desk.call(kSecretariat, "admin", { "client" }, { "GetGuarantee", kGtNo });
    ASSERT_TRUE(r.isOk());
    r = desk.call(kRegulator, "auditor1", { "client" }, { "GetHistoryForKey", std::string("guarantee/") + kGtNo });
    lianxin::ledger::KeyHistory history;
    ASSERT_TRUE(r.isOk()) << r.wireMessage();
    ASSERT_TRUE(history.ParseFromString(r.payload));
    EXPECT_EQ(history.modifications_size(), 2);
    ASSERT_TRUE(desk.submit(kHuaxia, gtAmend(1)).isOk());
    r = desk.call(kHuaxia, "checker1", { "client", "checker" }, { "ListDrafts" });
    lianxin::desk::DraftList drafts;
    ASSERT_TRUE(drafts.ParseFromString(r.payload));
    EXPECT_EQ(drafts.drafts_size(), 1);
    EXPECT_TRUE(desk.contract.isQuery("GetGuarantee"));
    EXPECT_TRUE(desk.contract.isQuery("DraftEndorsers"));
    EXPECT_FALSE(desk.contract.isQuery("SubmitDraft"));
}

TEST(GtDryRun, AnswersAsTheContractWould)
{
    GtDesk desk;
    desk.demanded(10'000'000);
    const Guarantee held = desk.guarantee();
    const std::int64_t now = desk.stub.txTimestampSeconds();
    EXPECT_FALSE(chaincode::guarantee::dryRunRejection(held, gtExamine(1, true), kHuaxia, now));
    const auto wrong = chaincode::guarantee::dryRunRejection(held, gtExamine(1, true), kDongfang, now);
    ASSERT_TRUE(wrong);
    EXPECT_EQ(wrong->rfind("GT_WRONG_BANK:", 0), 0u) << *wrong;
    const auto late = chaincode::guarantee::dryRunRejection(held, gtExamine(1, false, 2), kHuaxia, now + 14 * 86400);
    ASSERT_TRUE(late);
    EXPECT_EQ(late->rfind("GT_REJECTION_LATE:", 0), 0u) << *late;
    EXPECT_FALSE(chaincode::guarantee::dryRunRejection({}, gtIssue(sampleGuarantee("HX-GT-9")), kHuaxia, now));
}

} // namespace lx::test

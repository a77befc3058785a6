// The day documents (an L/C presentation) or a demand (a guarantee) were
// received, as the receiving bank's maker records it, counts for expiry,
// the presentation period and the examination deadline; the approval,
// which may come the next business morning, only has to follow it within
// kMaxReceiptAgeBusinessDays business days (docs/time-and-deadlines.md).
#include "GtDesk.h"
#include "LcDesk.h"

#include "chaincode/guarantee/GtDryRun.h"
#include "chaincode/lc/LcDates.h"
#include "chaincode/lc/LcDryRun.h"

#include <gtest/gtest.h>

namespace lx::test {

using chaincode::lc::text;
using lianxin::lc::LetterOfCredit;

namespace {

// sampleLc() presents within 15 days of shipment: shipped on Thursday 27
// August 2026, documents are due by Friday 11 September.
lianxin::lc::Presentation receivedOn(lianxin::lc::Date received)
{
    lianxin::lc::Presentation p = samplePresentation(50'000'000, date(2026, 8, 27));
    *p.mutable_received_date() = received;
    return p;
}

lianxin::guarantee::GtAction demandReceivedOn(lianxin::lc::Date received, lianxin::lc::Date requestedExpiry = {})
{
    lianxin::guarantee::GtAction a = gtDemand(10'000'000, requestedExpiry);
    *a.mutable_demand()->mutable_demand()->mutable_received_date() = received;
    return a;
}

chaincode::Response approveGt(GtDesk &desk, const std::string &draftId)
{
    return desk.call(kDongfang, "checker1", { "client", "checker" }, { "ApproveDraft", draftId });
}

} // namespace

// The tester's case: documents received on the last day of the
// presentation period, drafted that day, approved the next business morning.
TEST(ReceiptDate, LcPresentationReceivedOnTheLastDayAndApprovedNextMorningIsInTime)
{
    LcDesk desk;
    desk.advised();
    desk.setToday(2026, 9, 11); // Friday, the last day of the period
    const auto submitted = desk.submit(kDongfang, presentAction(receivedOn(date(2026, 9, 11))));
    ASSERT_TRUE(submitted.isOk()) << submitted.wireMessage();
    desk.setToday(2026, 9, 14); // Monday morning
    const auto approved = desk.approve(kDongfang, submitted.payload);
    ASSERT_TRUE(approved.isOk()) << approved.wireMessage();

    const auto &p = desk.lc().presentations(0);
    EXPECT_EQ(desk.lc().state(), LetterOfCredit::PRESENTED);
    EXPECT_EQ(text(p.received_date()), "2026-09-11");
    // 5 business days from the day after receipt: 14 .. 18 September, not
    // 15 .. 21 from the approval.
    EXPECT_EQ(text(p.examination_deadline()), "2026-09-18");
    EXPECT_EQ(text(p.payment_deadline()), "2026-09-18");
    EXPECT_EQ(desk.lc().history(2).date().day(), 14); // the approval's own day stays in the history
}

TEST(ReceiptDate, LcExaminationDeadlineRunsFromReceipt)
{
    LcDesk desk;
    desk.advised();
    desk.setToday(2026, 9, 14);
    ASSERT_TRUE(desk.act(kDongfang, presentAction(receivedOn(date(2026, 9, 11)))).isOk());
    desk.setToday(2026, 9, 21); // the 5th business day after the approval, the 6th after receipt
    expectRejected(desk, kHuaxia, examineAction(1, false), "LC_EXAMINATION_DEADLINE_PASSED");
    desk.setToday(2026, 9, 18);
    const auto r = desk.act(kHuaxia, examineAction(1, false));
    EXPECT_TRUE(r.isOk()) << r.wireMessage();
}

TEST(ReceiptDate, LcExpiryIsJudgedOnTheDayOfReceipt)
{
    LcDesk desk;
    LetterOfCredit terms = sampleLc();
    terms.set_presentation_period_days(21);
    desk.advised(terms);
    lianxin::lc::Presentation p = samplePresentation(50'000'000, date(2026, 12, 15));
    *p.mutable_received_date() = date(2026, 12, 31); // the expiry date, a Thursday
    desk.setToday(2026, 12, 31);
    const auto submitted = desk.submit(kDongfang, presentAction(p));
    ASSERT_TRUE(submitted.isOk()) << submitted.wireMessage();
    desk.setToday(2027, 1, 4);
    const auto approved = desk.approve(kDongfang, submitted.payload);
    ASSERT_TRUE(approved.isOk()) << approved.wireMessage();
    EXPECT_EQ(text(desk.lc().presentations(0).received_date()), "2026-12-31");
    // The receipt after expiry is still refused.
    LcDesk late;
    late.advised(terms);
    *p.mutable_received_date() = date(2027, 1, 4);
    late.setToday(2027, 1, 4);
    expectRejected(late, kDongfang, presentAction(p), "LC_PRESENTED_AFTER_EXPIRY");
}

TEST(ReceiptDate, LcReceiptInTheFutureIsRefused)
{
    LcDesk desk;
    desk.advised();
    desk.setToday(2026, 9, 10);
    expectRejected(desk, kDongfang, presentAction(receivedOn(date(2026, 9, 11))), "LC_RECEIPT_IN_FUTURE");
    // The UI's dry run gives the same answer.
    const auto dry = chaincode::lc::dryRunRejection(
        desk.lc(), presentAction(receivedOn(date(2026, 9, 11))), kDongfang, desk.stub.txTimestampSeconds());
    ASSERT_TRUE(dry);
    EXPECT_EQ(dry->rfind("LC_RECEIPT_IN_FUTURE: ", 0), 0u) << *dry;
}

TEST(ReceiptDate, LcReceiptOlderThanThreeBusinessDaysIsRefused)
{
    static_assert(chaincode::lc::kMaxReceiptAgeBusinessDays == 3);
    LcDesk desk;
    LetterOfCredit terms = sampleLc();
    terms.set_presentation_period_days(30);
    desk.advised(terms);
    desk.setToday(2026, 9, 14); // Monday: Wednesday 9 is 3 business days back, Tuesday 8 is 4
    expectRejected(desk, kDongfang, presentAction(receivedOn(date(2026, 9, 8))), "LC_RECEIPT_TOO_OLD");
    const auto r = desk.submit(kDongfang, presentAction(receivedOn(date(2026, 9, 8))));
    EXPECT_NE(r.message.find("on or after 2026-09-09"), std::string::npos) << r.message;
    const auto dry = chaincode::lc::dryRunRejection(
        desk.lc(), presentAction(receivedOn(date(2026, 9, 8))), kDongfang, desk.stub.txTimestampSeconds());
    ASSERT_TRUE(dry);
    EXPECT_EQ(dry->rfind("LC_RECEIPT_TOO_OLD: ", 0), 0u) << *dry;
    EXPECT_TRUE(desk.act(kDongfang, presentAction(receivedOn(date(2026, 9, 9)))).isOk());
}

TEST(ReceiptDate, LcDraftApprovedTooLateIsRefusedAtApprovalAndWritesNothing)
{
    LcDesk desk;
    desk.advised();
    desk.setToday(2026, 9, 8);
    const auto submitted = desk.submit(kDongfang, presentAction(receivedOn(date(2026, 9, 8))));
    ASSERT_TRUE(submitted.isOk()) << submitted.wireMessage();
    desk.setToday(2026, 9, 14);
    const LetterOfCredit before = desk.lc();
    const auto approved = desk.approve(kDongfang, submitted.payload);
    EXPECT_EQ(approved.reasonCode, "LC_RECEIPT_TOO_OLD") << approved.wireMessage();
    EXPECT_EQ(desk.lc().SerializeAsString(), before.SerializeAsString());
}

TEST(ReceiptDate, LcReceiptBeforeIssueIsRefused)
{
    LcDesk desk;
    desk.advised(); // issued Tuesday 1 September
    desk.setToday(2026, 9, 2);
    expectRejected(desk, kDongfang, presentAction(receivedOn(date(2026, 8, 31))), "LC_RECEIPT_BEFORE_ISSUE");
}

TEST(ReceiptDate, LcWithoutARecordedReceiptTheApprovalDayCounts)
{
    LcDesk desk;
    desk.advised();
    desk.setToday(2026, 9, 11);
    const auto submitted = desk.submit(kDongfang, presentAction(samplePresentation(50'000'000, date(2026, 8, 27))));
    ASSERT_TRUE(submitted.isOk()) << submitted.wireMessage();
    desk.setToday(2026, 9, 14);
    EXPECT_EQ(desk.approve(kDongfang, submitted.payload).reasonCode, "LC_PRESENTATION_PERIOD_OVER");
}

TEST(ReceiptDate, GtDemandReceivedOnTheExpiryDateAndApprovedNextMorningIsInTime)
{
    GtDesk desk;
    desk.advised(); // expires Thursday 31 December 2026
    desk.setToday(2026, 12, 31);
    const auto submitted = desk.submit(kDongfang, demandReceivedOn(date(2026, 12, 31), date(2027, 6, 30)));
    ASSERT_TRUE(submitted.isOk()) << submitted.wireMessage();
    desk.setToday(2027, 1, 4);
    const auto approved = approveGt(desk, submitted.payload);
    ASSERT_TRUE(approved.isOk()) << approved.wireMessage();
    const auto &d = desk.guarantee().demands(0);
    EXPECT_EQ(text(d.received_date()), "2026-12-31");
    // 30 calendar days after receipt.
    EXPECT_EQ(text(d.suspension_limit()), "2027-01-30");
}

TEST(ReceiptDate, GtExaminationDeadlineRunsFromReceipt)
{
    GtDesk desk;
    desk.advised();
    desk.setToday(2026, 9, 14);
    ASSERT_TRUE(desk.act(kDongfang, demandReceivedOn(date(2026, 9, 11))).isOk());
    EXPECT_EQ(text(desk.guarantee().demands(0).received_date()), "2026-09-11");
    EXPECT_EQ(text(desk.guarantee().demands(0).examination_deadline()), "2026-09-18");
    desk.setToday(2026, 9, 21);
    expectGtRejected(desk, kHuaxia, gtExamine(1, false, 1), "GT_REJECTION_LATE");
}

TEST(ReceiptDate, GtReceiptInTheFutureOrTooOldIsRefused)
{
    GtDesk desk;
    desk.advised();
    desk.setToday(2026, 9, 14);
    expectGtRejected(desk, kDongfang, demandReceivedOn(date(2026, 9, 15)), "GT_RECEIPT_IN_FUTURE");
    expectGtRejected(desk, kDongfang, demandReceivedOn(date(2026, 9, 8)), "GT_RECEIPT_TOO_OLD");
    const auto dry = chaincode::guarantee::dryRunRejection(
        desk.guarantee(), demandReceivedOn(date(2026, 9, 8)), kDongfang, desk.stub.txTimestampSeconds());
    ASSERT_TRUE(dry);
    EXPECT_EQ(dry->rfind("GT_RECEIPT_TOO_OLD: ", 0), 0u) << *dry;
    EXPECT_TRUE(desk.act(kDongfang, demandReceivedOn(date(2026, 9, 9))).isOk());
}

TEST(ReceiptDate, GtReceiptBeforeIssueIsRefused)
{
    GtDesk desk;
    desk.advised(); // issued Tuesday 1 September
    desk.setToday(2026, 9, 2);
    expectGtRejected(desk, kDongfang, demandReceivedOn(date(2026, 8, 31)), "GT_RECEIPT_BEFORE_ISSUE");
}

} // namespace lx::test

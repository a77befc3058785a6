// Every rejection of the L/C state machine: the reason code, and that the
// ledger (state, private data, events) is exactly as before.
#include "LcDesk.h"

#include "chaincode/lc/LcDates.h"

#include <functional>
#include <gtest/gtest.h>

namespace lx::test {

using lianxin::lc::Examination;
using lianxin::lc::LcAction;
using lianxin::lc::LetterOfCredit;

namespace {

struct Case
{
    const char *name;
    std::function<void(LcDesk &)> stage;
    LcAction action;
    const char *msp;
};

void amendmentPending(LcDesk &desk)
{
    desk.advised();
    ASSERT_TRUE(desk.act(kHuaxia, amendAction(1'000'000)).isOk());
}

} // namespace

TEST(LcRejection, WrongBankForEachAction)
{
    LetterOfCredit issuedByHuaxia = sampleLc();
    const std::vector<Case> cases = {
        { "Issue for another bank", [](LcDesk &) {}, issueAction(issuedByHuaxia), kDongfang },
        { "Advise by a stranger", [](LcDesk &d) { d.issued(); }, adviseAction(), kNanhai },
        { "Advise by the issuing bank", [](LcDesk &d) { d.issued(); }, adviseAction(), kHuaxia },
        { "Amend by the advising bank", [](LcDesk &d) { d.advised(); }, amendAction(100), kDongfang },
        { "Answer by the issuing bank", amendmentPending, answerAction(1, true), kHuaxia },
        { "Present by a stranger", [](LcDesk &d) { d.advised(); },
            presentAction(samplePresentation(1000, date(2026, 8, 28))), kNanhai },
        { "Present by the issuing bank", [](LcDesk &d) { d.advised(); },
            presentAction(samplePresentation(1000, date(2026, 8, 28))), kHuaxia },
        { "Examine by the advising bank", [](LcDesk &d) { d.presented(); }, examineAction(1, true), kDongfang },
        { "Refuse by the advising bank", [](LcDesk &d) { d.examined(false); }, refuseAction(1, Examination::HOLD),
            kDongfang },
        { "Waive by the nominated bank", [](LcDesk &d) { d.examined(false); }, waiveAction(1), kChangjiang },
        { "Accept by the advising bank", [](LcDesk &d) { d.examined(true, deferredLc()); }, acceptAction(1),
            kDongfang },
        { "Pay by the advising bank", [](LcDesk &d) { d.examined(true); }, payAction(1), kDongfang },
        { "Close by the advising bank", [](LcDesk &d) { d.advised(); }, closeAction(), kDongfang },
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        LcDesk desk;
        c.stage(desk);
        expectRejected(desk, c.msp, c.action, "LC_WRONG_BANK");
    }
}

TEST(LcRejection, PresentationThroughTheNominatedBankIsAllowed)
{
    LcDesk desk;
    desk.advised();
    const auto r = desk.act(kChangjiang, presentAction(samplePresentation(1000, date(2026, 8, 28))));
    ASSERT_TRUE(r.isOk()) << r.wireMessage();
    EXPECT_EQ(desk.lc().presentations(0).presenting_bank_msp(), kChangjiang);
}

TEST(LcRejection, EachOutOfOrderAction)
{
    const auto present = presentAction(samplePresentation(1000, date(2026, 8, 28)));
    const std::vector<Case> cases = {
        { "Advise twice", [](LcDesk &d) { d.advised(); }, adviseAction(), kDongfang },
        { "Amend before advising", [](LcDesk &d) { d.issued(); }, amendAction(100), kHuaxia },
        { "Answer with no amendment pending", [](LcDesk &d) { d.advised(); }, answerAction(1, true), kDongfang },
        { "Amend while an amendment is pending", amendmentPending, amendAction(100), kHuaxia },
        { "Present before advising", [](LcDesk &d) { d.issued(); }, present, kDongfang },
        { "Present while an amendment is pending", amendmentPending, present, kDongfang },
        { "Present while a presentation is open", [](LcDesk &d) { d.presented(); }, present, kDongfang },
        { "Examine twice", [](LcDesk &d) { d.examined(true); }, examineAction(1, true), kHuaxia },
        { "Refuse before examining", [](LcDesk &d) { d.presented(); }, refuseAction(1, Examination::HOLD), kHuaxia },
        { "Waive a complying presentation", [](LcDesk &d) { d.examined(true); }, waiveAction(1), kHuaxia },
        { "Pay before examining", [](LcDesk &d) { d.presented(); }, payAction(1), kHuaxia },
        { "Accept discrepant documents", [](LcDesk &d) { d.examined(false, deferredLc()); }, acceptAction(1), kHuaxia },
        { "Pay a deferred L/C before confirming", [](LcDesk &d) { d.examined(true, deferredLc()); }, payAction(1),
            kHuaxia },
        { "Waive returned documents",
            [](LcDesk &d) {
                d.examined(false);
                ASSERT_TRUE(d.act(kHuaxia, refuseAction(1, Examination::RETURN)).isOk());
            },
            waiveAction(1), kHuaxia },
        { "Present after closing",
            [](LcDesk &d) {
                d.advised();
                ASSERT_TRUE(d.act(kHuaxia, closeAction()).isOk());
            },
            present, kDongfang },
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        LcDesk desk;
        c.stage(desk);
        expectRejected(desk, c.msp, c.action, "LC_WRONG_STATE");
    }
}

TEST(LcRejection, CloseWithAPresentationOpen)
{
    LcDesk desk;
    desk.presented();
    expectRejected(desk, kHuaxia, closeAction(), "LC_PRESENTATION_OPEN");
}

TEST(LcRejection, AcceptingASightPresentation)
{
    LcDesk desk;
    desk.examined(true);
    expectRejected(desk, kHuaxia, acceptAction(1), "LC_NOT_DEFERRED");
}

TEST(LcRejection, TermsOnIssue)
{
    LcDesk desk; // today 2026-09-01
    auto lc = sampleLc();
    *lc.mutable_expiry_date() = date(2026, 8, 31);
    expectRejected(desk, kHuaxia, issueAction(lc), "LC_EXPIRY_BEFORE_ISSUE");

    lc = sampleLc();
    *lc.mutable_latest_shipment_date() = date(2027, 1, 1);
    expectRejected(desk, kHuaxia, issueAction(lc), "LC_SHIPMENT_AFTER_EXPIRY");

    lc = deferredLc();
    lc.mutable_payment_term()->set_days(366);
    expectRejected(desk, kHuaxia, issueAction(lc), "LC_DEFERRED_OVER_ONE_YEAR");

    desk.issued();
    expectRejected(desk, kHuaxia, issueAction(sampleLc()), "LC_ALREADY_EXISTS");
}

TEST(LcRejection, AmendmentKeepsTheTermWithinOneYear)
{
    LcDesk desk;
    desk.advised(deferredLc());
    LcAction amend;
    amend.mutable_amend()->set_lc_no(kLcNo);
    auto *term = amend.mutable_amend()->mutable_amendment()->mutable_new_payment_term();
    term->set_kind(lianxin::lc::PaymentTerm::DEFERRED);
    term->set_basis(lianxin::lc::PaymentTerm::AFTER_SIGHT);
    term->set_days(400);
    expectRejected(desk, kHuaxia, amend, "LC_DEFERRED_OVER_ONE_YEAR");
}

TEST(LcRejection, PresentationAfterExpiry)
{
    LcDesk desk;
    desk.advised();
    desk.setToday(2027, 1, 2);
    expectRejected(
        desk, kDongfang, presentAction(samplePresentation(1000, date(2026, 12, 28))), "LC_PRESENTED_AFTER_EXPIRY");
}

TEST(LcRejection, PresentationAfterThePresentationPeriod)
{
    LcDesk desk; // 15 days: shipped 16 August, due by 31 August, presented 1 September
    desk.advised();
    expectRejected(
        desk, kDongfang, presentAction(samplePresentation(1000, date(2026, 8, 16))), "LC_PRESENTATION_PERIOD_OVER");
    EXPECT_TRUE(desk.act(kDongfang, presentAction(samplePresentation(1000, date(2026, 8, 17)))).isOk());
}

TEST(LcRejection, AmountOverBalancePlusTolerance)
{
    LcDesk desk; // CNY 1,000,000.00 + 5%
    desk.advised();
    expectRejected(
        desk, kDongfang, presentAction(samplePresentation(105'000'001, date(2026, 8, 28))), "LC_AMOUNT_OVER_BALANCE");
    EXPECT_TRUE(desk.act(kDongfang, presentAction(samplePresentation(105'000'000, date(2026, 8, 28)))).isOk());
}

TEST(LcRejection, SecondDrawingWhenPartialShipmentsAreProhibited)
{
    LetterOfCredit oneShipment = sampleLc();
    oneShipment.set_partial_shipments_allowed(false);
    LcDesk desk;
    desk.examined(true, oneShipment);
    ASSERT_TRUE(desk.act(kHuaxia, payAction(1)).isOk());
    expectRejected(desk, kDongfang, presentAction(samplePresentation(10'000'000, date(2026, 8, 31))),
        "LC_PARTIAL_SHIPMENT_PROHIBITED");
}

TEST(LcRejection, RefusalWithoutDiscrepancies)
{
    LcDesk desk;
    desk.examined(true);
    expectRejected(desk, kHuaxia, refuseAction(1, Examination::HOLD), "LC_REFUSAL_WITHOUT_DISCREPANCIES");

    LcDesk other;
    other.presented();
    LcAction bare = examineAction(1, false);
    bare.mutable_examine()->clear_discrepancies();
    expectRejected(other, kHuaxia, bare, "LC_REFUSAL_WITHOUT_DISCREPANCIES");
}

TEST(LcRejection, ExaminationAfterTheFiveBusinessDayDeadline)
{
    // Received Wednesday 30 September 2026; 1-7 October are holidays,
    // Saturday 10 October is worked (調休), Sunday 11 is not: the fifth
    // business day is Tuesday 13 October.
    auto receivedSeptember30 = [](LcDesk &desk) {
        desk.advised();
        desk.setToday(2026, 9, 30);
        const auto r = desk.act(kDongfang, presentAction(samplePresentation(1000, date(2026, 9, 25))));
        ASSERT_TRUE(r.isOk()) << r.wireMessage();
        EXPECT_EQ(chaincode::lc::text(desk.lc().presentations(0).examination_deadline()), "2026-10-13");
    };
    LcDesk late;
    receivedSeptember30(late);
    late.setToday(2026, 10, 14);
    expectRejected(late, kHuaxia, examineAction(1, false), "LC_EXAMINATION_DEADLINE_PASSED");

    LcDesk onTime;
    receivedSeptember30(onTime);
    onTime.setToday(2026, 10, 13);
    ASSERT_TRUE(onTime.act(kHuaxia, examineAction(1, false)).isOk());
    // Nor may the bank refuse once the deadline has passed.
    onTime.setToday(2026, 10, 14);
    expectRejected(onTime, kHuaxia, refuseAction(1, Examination::HOLD), "LC_EXAMINATION_DEADLINE_PASSED");
}

TEST(LcRejection, PartialAmendmentAcceptance)
{
    LcDesk desk;
    amendmentPending(desk);
    LcAction partial = answerAction(1, true);
    partial.mutable_answer_amendment()->add_accepted_changes("amount"); // not the new expiry date
    expectRejected(desk, kDongfang, partial, "LC_PARTIAL_AMENDMENT_ACCEPTANCE");
    EXPECT_EQ(desk.lc().state(), LetterOfCredit::AMENDMENT_PENDING);
    expectRejected(desk, kDongfang, answerAction(2, true), "LC_AMENDMENT_UNKNOWN");
}

TEST(LcRejection, UnknownLcAndPresentation)
{
    LcDesk desk;
    expectRejected(desk, kDongfang, adviseAction(), "LC_NOT_FOUND");
    desk.advised();
    expectRejected(desk, kHuaxia, examineAction(7, true), "LC_PRESENTATION_UNKNOWN");
}

} // namespace lx::test

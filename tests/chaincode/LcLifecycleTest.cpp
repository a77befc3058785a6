// Whole L/Cs across three banks, every step drafted by an officer and
// approved by a checker of the acting bank.
#include "LcDesk.h"

#include "chaincode/lc/LcDates.h"

#include <gtest/gtest.h>

namespace lx::test {

using chaincode::lc::text;
using lianxin::lc::Examination;
using lianxin::lc::LetterOfCredit;
using lianxin::lc::Presentation;

namespace {

void step(LcDesk &desk, const std::string &msp, const lianxin::lc::LcAction &action, LetterOfCredit::State expected)
{
    const auto r = desk.act(msp, action);
    ASSERT_TRUE(r.isOk()) << r.wireMessage();
    EXPECT_EQ(desk.lc().state(), expected) << LetterOfCredit::State_Name(desk.lc().state());
}

} // namespace

TEST(LcLifecycle, DeferredWithAmendmentDiscrepancyRefusalWaiverAcceptanceAndPayment)
{
    LcDesk desk;
    LetterOfCredit terms = sampleLc();
    auto *term = terms.mutable_payment_term();
    term->set_kind(lianxin::lc::PaymentTerm::DEFERRED);
    term->set_basis(lianxin::lc::PaymentTerm::AFTER_SIGHT);
    term->set_days(90);

    step(desk, kHuaxia, issueAction(terms), LetterOfCredit::ISSUED); // Tuesday 1 September 2026
    EXPECT_EQ(text(desk.lc().issue_date()), "2026-09-01");
    step(desk, kDongfang, adviseAction(), LetterOfCredit::ADVISED);

    desk.setToday(2026, 9, 2);
    step(desk, kHuaxia, amendAction(10'000'000), LetterOfCredit::AMENDMENT_PENDING);
    step(desk, kDongfang, answerAction(1, true), LetterOfCredit::ADVISED);
    EXPECT_EQ(desk.lc().amount_fen(), 110'000'000);
    EXPECT_EQ(desk.lc().available_balance_fen(), 110'000'000);
    EXPECT_EQ(text(desk.lc().expiry_date()), "2027-01-31");
    EXPECT_EQ(desk.lc().amendments(0).status(), lianxin::lc::Amendment::ACCEPTED);

    desk.setToday(2026, 9, 3); // Thursday
    step(desk, kDongfang, presentAction(samplePresentation(105'000'000, date(2026, 8, 28))), LetterOfCredit::PRESENTED);
    const Presentation presented = desk.lc().presentations(0);
    EXPECT_EQ(presented.presenting_bank_msp(), kDongfang);
    EXPECT_EQ(text(presented.received_date()), "2026-09-03");
    EXPECT_EQ(text(presented.examination_deadline()), "2026-09-10");

    desk.setToday(2026, 9, 4);
    step(desk, kHuaxia, examineAction(1, false), LetterOfCredit::DISCREPANT);
    EXPECT_EQ(desk.lc().presentations(0).examination().discrepancies_size(), 1);
    desk.setToday(2026, 9, 7);
    step(desk, kHuaxia, refuseAction(1, Examination::HOLD), LetterOfCredit::REFUSED);
    EXPECT_EQ(desk.lc().presentations(0).examination().disposition(), Examination::HOLD);

    desk.setToday(2026, 9, 8);
    step(desk, kHuaxia, waiveAction(1), LetterOfCredit::WAIVED);
    EXPECT_EQ(text(desk.lc().presentations(0).payment_deadline()), "2026-09-15");

    desk.setToday(2026, 9, 9);
    step(desk, kHuaxia, acceptAction(1), LetterOfCredit::ACCEPTED);
    const auto &confirmation = desk.lc().presentations(0).payment_confirmation();
    EXPECT_EQ(text(confirmation.maturity_date()), "2026-12-02"); // 90 days after sight
    EXPECT_FALSE(confirmation.late());
    EXPECT_EQ(desk.lc().available_balance_fen(), 5'000'000);

    desk.setToday(2026, 12, 1);
    const auto early = desk.act(kHuaxia, payAction(1));
    EXPECT_EQ(early.reasonCode, "LC_NOT_YET_MATURE");
    desk.setToday(2026, 12, 2);
    step(desk, kHuaxia, payAction(1), LetterOfCredit::PAID_AT_MATURITY);
    EXPECT_FALSE(desk.lc().presentations(0).payment().late());
    EXPECT_EQ(desk.lc().presentations(0).payment().amount_fen(), 105'000'000);

    step(desk, kHuaxia, closeAction(), LetterOfCredit::CLOSED);

    const LetterOfCredit lc = desk.lc();
    const std::vector<std::string> actions = { "Issue", "Advise", "Amend", "AnswerAmendment", "Present", "Examine",
        "Refuse", "Waive", "AcceptPresentation", "Pay", "Close" };
    ASSERT_EQ(lc.history_size(), static_cast<int>(actions.size()));
    for (int i = 0; i < lc.history_size(); ++i) {
        EXPECT_EQ(lc.history(i).action(), actions[static_cast<std::size_t>(i)]);
        EXPECT_EQ(lc.history(i).maker(), "officer1");
        EXPECT_EQ(lc.history(i).checker(), "checker1");
    }
    EXPECT_EQ(lc.history(1).bank_msp(), kDongfang);
    EXPECT_EQ(lc.history(4).bank_msp(), kDongfang);
    EXPECT_EQ(lc.history(9).bank_msp(), kHuaxia);

    // What each event did, as values the screens write their sentences from.
    for (const auto &event : lc.history())
        EXPECT_TRUE(event.has_facts()) << event.action();
    using lianxin::lc::EventFacts;
    EXPECT_EQ(lc.history(3).facts().number(), 1);
    EXPECT_EQ(lc.history(3).facts().outcome(), EventFacts::ACCEPTED);
    const EventFacts &received = lc.history(4).facts();
    EXPECT_EQ(received.number(), 1);
    EXPECT_EQ(received.amount_fen(), lc.presentations(0).amount_fen());
    EXPECT_EQ(text(received.date()), text(lc.presentations(0).received_date()));
    EXPECT_EQ(text(received.due_date()), text(lc.presentations(0).examination_deadline()));
    EXPECT_EQ(lc.history(5).facts().outcome(), EventFacts::DISCREPANT);
    EXPECT_EQ(lc.history(5).facts().count(), lc.presentations(0).examination().discrepancies_size());
    EXPECT_EQ(lc.history(6).facts().outcome(), EventFacts::DOCUMENTS_HELD);
    EXPECT_EQ(lc.history(8).facts().amount_fen(), 105'000'000);
    EXPECT_EQ(text(lc.history(8).facts().date()), "2026-12-02");
    EXPECT_FALSE(lc.history(8).facts().late());
    EXPECT_EQ(lc.history(9).facts().number(), 1);
    EXPECT_EQ(lc.history(9).facts().amount_fen(), 105'000'000);
    EXPECT_EQ(lc.history(10).facts().remaining_fen(), lc.available_balance_fen());
}

TEST(LcLifecycle, SightPaymentAndALatePaymentIsVisible)
{
    LcDesk desk;
    desk.examined(true); // presented Tuesday 1 September, complying
    EXPECT_EQ(text(desk.lc().presentations(0).payment_deadline()), "2026-09-08");
    desk.setToday(2026, 9, 9);
    const auto r = desk.act(kHuaxia, payAction(1));
    ASSERT_TRUE(r.isOk()) << r.wireMessage();
    const LetterOfCredit lc = desk.lc();
    EXPECT_EQ(lc.state(), LetterOfCredit::PAID);
    EXPECT_TRUE(lc.presentations(0).payment().late());
    EXPECT_EQ(lc.available_balance_fen(), 50'000'000);
    // With balance left, the beneficiary may present again.
    desk.setToday(2026, 9, 10);
    EXPECT_TRUE(desk.act(kDongfang, presentAction(samplePresentation(50'000'000, date(2026, 9, 9)))).isOk());
    EXPECT_EQ(desk.lc().state(), LetterOfCredit::PRESENTED);
}

TEST(LcLifecycle, RejectedAmendmentKeepsTheTerms)
{
    LcDesk desk;
    desk.advised();
    ASSERT_TRUE(desk.act(kHuaxia, amendAction(10'000'000)).isOk());
    ASSERT_TRUE(desk.act(kDongfang, answerAction(1, false)).isOk());
    const LetterOfCredit lc = desk.lc();
    EXPECT_EQ(lc.state(), LetterOfCredit::ADVISED);
    EXPECT_EQ(lc.amount_fen(), 100'000'000);
    EXPECT_EQ(lc.amendments(0).status(), lianxin::lc::Amendment::REJECTED);
}

} // namespace lx::test

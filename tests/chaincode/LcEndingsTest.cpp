// How an L/C ends: cancellation (irrevocable: before advising, or with the
// beneficiary's consent), expiry recorded after the expiry date, closing;
// each refused while something is owed, and nothing happens after the end.
#include "LcDesk.h"

#include <gtest/gtest.h>

namespace lx::test {

using lianxin::lc::LcAction;
using lianxin::lc::LetterOfCredit;

TEST(LcEndings, CancelBeforeAdvisingNeedsNoConsent)
{
    LcDesk desk;
    desk.issued();
    expectRejected(desk, kDongfang, cancelAction(), "LC_WRONG_BANK");
    ASSERT_TRUE(desk.act(kHuaxia, cancelAction()).isOk());
    EXPECT_EQ(desk.lc().state(), LetterOfCredit::CANCELLED);
    EXPECT_EQ(desk.lc().history(desk.lc().history_size() - 1).action(), "Cancel");
}

TEST(LcEndings, CancelAfterAdvisingNeedsTheBeneficiarysConsent)
{
    LcDesk desk;
    desk.advised();
    expectRejected(desk, kHuaxia, cancelAction(), "LC_CANCEL_CONSENT_MISSING");
    ASSERT_TRUE(desk.act(kHuaxia, cancelAction("Beneficiary letter JSCF-2026-031")).isOk());
    EXPECT_EQ(desk.lc().state(), LetterOfCredit::CANCELLED);
}

TEST(LcEndings, NoCancellationOnceDocumentsWerePresented)
{
    LcDesk desk;
    desk.presented();
    expectRejected(desk, kHuaxia, cancelAction("consent"), "LC_CANCEL_AFTER_PRESENTATION");
}

TEST(LcEndings, ExpiryOnlyAfterTheExpiryDate)
{
    LcDesk desk;
    desk.advised(); // expires 2026-12-31
    desk.setToday(2026, 12, 31);
    expectRejected(desk, kHuaxia, expireAction(), "LC_NOT_YET_EXPIRED");
    desk.setToday(2027, 1, 4);
    expectRejected(desk, kDongfang, expireAction(), "LC_WRONG_BANK");
    ASSERT_TRUE(desk.act(kHuaxia, expireAction()).isOk());
    EXPECT_EQ(desk.lc().state(), LetterOfCredit::EXPIRED);
    EXPECT_EQ(desk.lc().available_balance_fen(), sampleLc().amount_fen()); // unused, recorded as such
}

TEST(LcEndings, PendingAmendmentLapsesAtExpiry)
{
    LcDesk desk;
    desk.advised();
    ASSERT_TRUE(desk.act(kHuaxia, amendAction(1'000'000)).isOk());
    desk.setToday(2027, 1, 4);
    ASSERT_TRUE(desk.act(kHuaxia, expireAction()).isOk());
    const LetterOfCredit lc = desk.lc();
    EXPECT_EQ(lc.state(), LetterOfCredit::EXPIRED);
    EXPECT_NE(lc.history(lc.history_size() - 1).summary().find("amendment 1 lapsed"), std::string::npos);
    EXPECT_EQ(lc.amount_fen(), sampleLc().amount_fen()); // the unanswered increase never took effect
}

TEST(LcEndings, NothingEndsWhileSomethingIsOwed)
{
    LcDesk desk;
    desk.examined(true, deferredLc());
    ASSERT_TRUE(desk.act(kHuaxia, acceptAction(1)).isOk()); // payment at maturity confirmed, not yet paid
    expectRejected(desk, kHuaxia, closeAction(), "LC_PRESENTATION_OPEN");
    desk.setToday(2027, 1, 4);
    expectRejected(desk, kHuaxia, expireAction(), "LC_PRESENTATION_OPEN");
}

TEST(LcEndings, NothingHappensAfterTheEnd)
{
    LcDesk desk;
    desk.advised();
    ASSERT_TRUE(desk.act(kHuaxia, cancelAction("consent")).isOk());
    expectRejected(desk, kHuaxia, cancelAction("consent"), "LC_WRONG_STATE");
    expectRejected(desk, kHuaxia, closeAction(), "LC_WRONG_STATE");
    expectRejected(desk, kHuaxia, amendAction(1'000'000), "LC_WRONG_STATE");
    expectRejected(desk, kDongfang, presentAction(samplePresentation(10'000'000, date(2026, 8, 28))), "LC_WRONG_STATE");
    desk.setToday(2027, 1, 4);
    expectRejected(desk, kHuaxia, expireAction(), "LC_WRONG_STATE");
}

} // namespace lx::test

// A bank does business only as a member in good standing admitted to the
// product's line (docs/governance.md): every product's desk reads the
// registry on trust when a maker submits and again when a checker approves.
#include "FoundingRegistry.h"
#include "GtDesk.h"
#include "LcDesk.h"

#include "chaincode/Desk.h"

#include <functional>
#include <gtest/gtest.h>

namespace lx::test {

namespace {

void withoutLine(FakeStub &trust, const std::string &msp, lianxin::trust::BusinessLine line)
{
    changeMember(trust, msp, [line](lianxin::trust::Member &m) {
        auto *lines = m.mutable_lines();
        for (int i = lines->size() - 1; i >= 0; --i)
            if (lines->Get(i).line() == line)
                lines->DeleteSubrange(i, 1);
    });
}

void inSandbox(FakeStub &trust, const std::string &msp, lianxin::trust::BusinessLine line,
    const std::function<void(lianxin::trust::SandboxLimits &)> &limits)
{
    changeMember(trust, msp, [&](lianxin::trust::Member &m) {
        for (auto &a : *m.mutable_lines())
            if (a.line() == line) {
                a.set_in_sandbox(true);
                limits(*a.mutable_limits());
            }
    });
}

lianxin::lc::LetterOfCredit lcNumbered(const std::string &no, const std::string &advisingBank = kDongfang)
{
    lianxin::lc::LetterOfCredit lc = sampleLc();
    lc.set_lc_no(no);
    lc.set_advising_bank_msp(advisingBank);
    return lc;
}

lianxin::trust::SandboxUsage usageOf(const FakeStub &stub, const std::string &msp)
{
    lianxin::trust::SandboxUsage usage;
    const auto found = stub.state.find(chaincode::desk::kSandboxUsagePrefix + msp);
    if (found != stub.state.end())
        usage.ParseFromString(found->second);
    return usage;
}

} // namespace

TEST(AdmissionTest, ABankWithoutTheLineDraftsNothing)
{
    LcDesk desk;
    withoutLine(desk.trust, kHuaxia, lianxin::trust::LINE_LC);
    expectRejected(desk, kHuaxia, issueAction(sampleLc()), "LC_LINE_NOT_ADMITTED");
}

TEST(AdmissionTest, ASuspendedBanksPendingDraftIsNotApproved)
{
    LcDesk desk;
    const chaincode::Response draft = desk.submit(kHuaxia, issueAction(sampleLc()));
    ASSERT_TRUE(draft.isOk()) << draft.message;
    changeMember(desk.trust, kHuaxia,
        [](lianxin::trust::Member &m) { m.set_status(lianxin::trust::Member::SUSPENDED); });
    const Snapshot before(desk.stub);
    const chaincode::Response approval = desk.approve(kHuaxia, draft.payload);
    EXPECT_EQ(approval.reasonCode, "LC_MEMBER_NOT_ACTIVE");
    EXPECT_NE(approval.message.find("SUSPENDED"), std::string::npos) << approval.message;
    EXPECT_EQ(Snapshot(desk.stub), before) << "nothing written";

    changeMember(desk.trust, kHuaxia, [](lianxin::trust::Member &m) { m.set_status(lianxin::trust::Member::ACTIVE); });
    EXPECT_TRUE(desk.approve(kHuaxia, draft.payload).isOk()) << "reinstated, the same draft goes through";
}

TEST(AdmissionTest, ABankTheRegistryDoesNotKnowIsRefused)
{
    LcDesk desk;
    lianxin::lc::LetterOfCredit lc = sampleLc();
    lc.set_issuing_bank_msp("XiangjiangBankMSP");
    expectRejected(desk, "XiangjiangBankMSP", issueAction(lc), "LC_NOT_A_MEMBER");
}

TEST(AdmissionTest, WithoutTheRegistryNothingIsDrafted)
{
    LcDesk desk;
    desk.stub.crossChannel = [](const std::string &channel, const std::string &, const std::vector<Bytes> &) {
        return chaincode::Response::reject(chaincode::BadRequest, "CHANNEL_UNREACHABLE", "no channel " + channel);
    };
    expectRejected(desk, kHuaxia, issueAction(sampleLc()), "LC_MEMBERSHIP_UNREADABLE");
}

TEST(AdmissionTest, EachProductAsksForItsOwnLine)
{
    GtDesk desk;
    withoutLine(desk.trust.stub, kHuaxia, lianxin::trust::LINE_LC);
    const chaincode::Response guarantee = desk.act(kHuaxia, gtIssue(sampleGuarantee()));
    EXPECT_TRUE(guarantee.isOk()) << "the L/C line is not the guarantee line: " << guarantee.message;

    withoutLine(desk.trust.stub, kDongfang, lianxin::trust::LINE_GUARANTEE);
    expectGtRejected(desk, kDongfang, gtAdvise(), "GT_LINE_NOT_ADMITTED");
}

TEST(SandboxLimitTest, ALineInSandboxMakesNoMoreDealsThanAllowed)
{
    LcDesk desk;
    inSandbox(desk.trust, kHuaxia, lianxin::trust::LINE_LC, [](auto &l) { l.set_max_deals(1); });
    ASSERT_TRUE(desk.act(kHuaxia, issueAction(lcNumbered("HX-SB-1"))).isOk());
    const auto usage = usageOf(desk.stub, kHuaxia);
    EXPECT_EQ(usage.deals(), 1);
    EXPECT_EQ(usage.total_face_fen(), sampleLc().amount_fen());
    ASSERT_EQ(usage.counterparties_size(), 1);
    EXPECT_EQ(usage.counterparties(0), kDongfang);
    expectRejected(desk, kHuaxia, issueAction(lcNumbered("HX-SB-2")), "LC_SANDBOX_LIMIT");
    // Business on the deal it has is no new deal.
    EXPECT_TRUE(desk.act(kDongfang, [] {
        lianxin::lc::LcAction a = adviseAction();
        a.mutable_advise()->set_lc_no("HX-SB-1");
        return a;
    }()).isOk());
}

TEST(SandboxLimitTest, TheTotalFaceAmountAndTheCounterpartiesAreCounted)
{
    LcDesk desk;
    inSandbox(desk.trust, kHuaxia, lianxin::trust::LINE_LC, [](auto &l) {
        l.set_max_total_face_fen(250'000'000); // CNY 2,500,000.00
        l.set_max_counterparties(1);
    });
    ASSERT_TRUE(desk.act(kHuaxia, issueAction(lcNumbered("HX-SB-1"))).isOk());
    expectRejected(desk, kHuaxia, issueAction(lcNumbered("HX-SB-2", kChangjiang)), "LC_SANDBOX_LIMIT");
    ASSERT_TRUE(desk.act(kHuaxia, issueAction(lcNumbered("HX-SB-2"))).isOk()) << "the same counterparty again";
    expectRejected(desk, kHuaxia, issueAction(lcNumbered("HX-SB-3")), "LC_SANDBOX_LIMIT");
    EXPECT_EQ(usageOf(desk.stub, kHuaxia).total_face_fen(), 200'000'000);
}

TEST(SandboxLimitTest, TwoDraftsWithinTheLimitAreCheckedAgainAtApproval)
{
    LcDesk desk;
    inSandbox(desk.trust, kHuaxia, lianxin::trust::LINE_LC, [](auto &l) { l.set_max_deals(1); });
    const chaincode::Response first = desk.submit(kHuaxia, issueAction(lcNumbered("HX-SB-1")));
    const chaincode::Response second = desk.submit(kHuaxia, issueAction(lcNumbered("HX-SB-2")));
    ASSERT_TRUE(first.isOk() && second.isOk());
    ASSERT_TRUE(desk.approve(kHuaxia, first.payload).isOk());
    const Snapshot before(desk.stub);
    EXPECT_EQ(desk.approve(kHuaxia, second.payload).reasonCode, "LC_SANDBOX_LIMIT");
    EXPECT_EQ(Snapshot(desk.stub), before);
}

TEST(SandboxLimitTest, AfterItsEndDateASandboxMakesNoDeal)
{
    LcDesk desk;
    inSandbox(desk.trust, kHuaxia, lianxin::trust::LINE_LC, [](auto &l) { *l.mutable_ends_on() = date(2026, 9, 10); });
    desk.setToday(2026, 9, 10);
    ASSERT_TRUE(desk.act(kHuaxia, issueAction(lcNumbered("HX-SB-1"))).isOk()) << "its last day counts";
    desk.setToday(2026, 9, 11);
    expectRejected(desk, kHuaxia, issueAction(lcNumbered("HX-SB-2")), "LC_SANDBOX_ENDED");
    // Ended by the regulator: no limits from then on.
    changeMember(desk.trust, kHuaxia, [](lianxin::trust::Member &m) { m.mutable_lines(0)->set_in_sandbox(false); });
    EXPECT_TRUE(desk.act(kHuaxia, issueAction(lcNumbered("HX-SB-2"))).isOk());
}

TEST(SandboxLimitTest, AGuaranteeIssuedInSandboxCounts)
{
    GtDesk desk;
    inSandbox(desk.trust.stub, kHuaxia, lianxin::trust::LINE_GUARANTEE, [](auto &l) { l.set_max_deals(1); });
    ASSERT_TRUE(desk.act(kHuaxia, gtIssue(sampleGuarantee())).isOk());
    expectGtRejected(desk, kHuaxia, gtIssue(sampleGuarantee("HX-GT-2026-0002")), "GT_SANDBOX_LIMIT");
}

} // namespace lx::test

// Maker-checker: drafts in the bank's private collection, four eyes, and
// the regulator and secretariat reading only.
#include "LcDesk.h"

#include "chaincode/Stub.h"

#include <gtest/gtest.h>

namespace lx::test {

using lianxin::lc::Draft;
using lianxin::lc::DraftList;
using lianxin::lc::LetterOfCredit;

namespace {

void expectNothingWritten(LcDesk &desk, const chaincode::Response &r, const Snapshot &before, const std::string &code)
{
    EXPECT_FALSE(r.isOk());
    EXPECT_EQ(r.reasonCode, code) << r.wireMessage();
    EXPECT_TRUE(Snapshot(desk.stub) == before) << code << " wrote to the ledger";
}

DraftList drafts(LcDesk &desk, const std::string &msp)
{
    DraftList list;
    const auto r = desk.call(msp, "checker1", { "checker" }, { "ListDrafts" });
    EXPECT_TRUE(r.isOk());
    list.ParseFromString(r.payload);
    return list;
}

} // namespace

TEST(LcDrafts, DraftStaysInTheBanksPrivateCollection)
{
    LcDesk desk;
    const auto submitted = desk.submit(kHuaxia, issueAction(sampleLc()));
    ASSERT_TRUE(submitted.isOk()) << submitted.wireMessage();
    const std::string draftId = submitted.payload;
    EXPECT_TRUE(desk.stub.state.empty()) << "a draft reached the shared state";
    const auto stored
        = desk.stub.getPrivateData(chaincode::implicitCollection(kHuaxia), std::string("draft/") + draftId);
    ASSERT_TRUE(stored);
    Draft draft;
    ASSERT_TRUE(draft.ParseFromString(*stored));
    EXPECT_EQ(draft.maker(), "officer1");
    EXPECT_EQ(draft.status(), Draft::PENDING);
    ASSERT_EQ(desk.stub.events.size(), 1u);
    EXPECT_EQ(desk.stub.events[0].first, "LcDraftSubmitted");
    EXPECT_EQ(desk.stub.events[0].second, draftId);
    EXPECT_EQ(drafts(desk, kHuaxia).drafts_size(), 1);
    EXPECT_EQ(drafts(desk, kDongfang).drafts_size(), 0);

    const auto approved = desk.approve(kHuaxia, draftId);
    ASSERT_TRUE(approved.isOk()) << approved.wireMessage();
    const LetterOfCredit lc = desk.lc();
    EXPECT_EQ(lc.state(), LetterOfCredit::ISSUED);
    ASSERT_EQ(lc.history_size(), 1);
    EXPECT_EQ(lc.history(0).maker(), "officer1");
    EXPECT_EQ(lc.history(0).checker(), "checker1");
    EXPECT_EQ(lc.history(0).draft_id(), draftId);
    EXPECT_EQ(drafts(desk, kHuaxia).drafts_size(), 0);
}

TEST(LcDrafts, SelfApproval)
{
    LcDesk desk;
    const auto submitted = desk.call(kHuaxia, "officer1", { "officer", "checker" }, { "SubmitDraft" },
        { { "action", issueAction(sampleLc()).SerializeAsString() } });
    ASSERT_TRUE(submitted.isOk()) << submitted.wireMessage();
    const Snapshot before(desk.stub);
    const auto r = desk.call(kHuaxia, "officer1", { "officer", "checker" }, { "ApproveDraft", submitted.payload });
    expectNothingWritten(desk, r, before, "LC_SELF_APPROVAL");
}

TEST(LcDrafts, RegulatorAndSecretariatNeverWrite)
{
    LcDesk desk;
    const auto submitted = desk.submit(kHuaxia, issueAction(sampleLc()));
    ASSERT_TRUE(submitted.isOk());
    const std::string action = issueAction(sampleLc()).SerializeAsString();
    const Snapshot before(desk.stub);
    for (const std::vector<Bytes> &args : std::vector<std::vector<Bytes>> {
             { "SubmitDraft" }, { "ApproveDraft", submitted.payload }, { "ReturnDraft", submitted.payload, "no" } }) {
        SCOPED_TRACE(args[0]);
        expectNothingWritten(desk,
            desk.call(kRegulator, "officer1", { "officer", "checker", "admin" }, args, { { "action", action } }),
            before, "LC_REGULATOR_READ_ONLY");
        expectNothingWritten(desk,
            desk.call(kSecretariat, "admin1", { "officer", "checker", "admin" }, args, { { "action", action } }),
            before, "LC_NOT_A_BANK");
    }
    ASSERT_TRUE(desk.approve(kHuaxia, submitted.payload).isOk());
    EXPECT_TRUE(desk.call(kRegulator, "auditor", { "client" }, { "GetLC", kLcNo }).isOk());
    const auto listed = desk.call(kRegulator, "auditor", { "client" }, { "ListLCs", "ISSUED" });
    lianxin::lc::LcList list;
    ASSERT_TRUE(list.ParseFromString(listed.payload));
    EXPECT_EQ(list.lcs_size(), 1);
    EXPECT_TRUE(desk.call(kRegulator, "auditor", { "client" }, { "GetHistoryForKey", "lc/HX-LC-2026-0001" }).isOk());
}

TEST(LcDrafts, DeskRoles)
{
    LcDesk desk;
    const std::string action = issueAction(sampleLc()).SerializeAsString();
    Snapshot before(desk.stub);
    expectNothingWritten(desk,
        desk.call(kHuaxia, "checker1", { "checker" }, { "SubmitDraft" }, { { "action", action } }), before,
        "LC_NOT_OFFICER");
    expectNothingWritten(
        desk, desk.call(kHuaxia, "officer1", { "officer" }, { "SubmitDraft", action }), before, "LC_DRAFT_IN_CLEAR");
    const auto submitted = desk.submit(kHuaxia, issueAction(sampleLc()));
    ASSERT_TRUE(submitted.isOk());
    before = Snapshot(desk.stub);
    expectNothingWritten(desk, desk.call(kHuaxia, "officer2", { "officer" }, { "ApproveDraft", submitted.payload }),
        before, "LC_NOT_CHECKER");
    // Another bank's checker cannot see, let alone approve, the draft.
    expectNothingWritten(desk, desk.approve(kDongfang, submitted.payload), before, "LC_DRAFT_UNKNOWN");
}

TEST(LcDrafts, ReturnedDraftCannotBeApproved)
{
    LcDesk desk;
    const auto submitted = desk.submit(kHuaxia, issueAction(sampleLc()));
    ASSERT_TRUE(submitted.isOk());
    const auto returned = desk.call(kHuaxia, "checker1", { "checker" }, { "ReturnDraft", submitted.payload },
        { { "comment", "Tolerance should be 10%." } });
    ASSERT_TRUE(returned.isOk()) << returned.wireMessage();
    const DraftList list = drafts(desk, kHuaxia);
    ASSERT_EQ(list.drafts_size(), 1);
    EXPECT_EQ(list.drafts(0).status(), Draft::RETURNED);
    EXPECT_EQ(list.drafts(0).comment(), "Tolerance should be 10%.");
    const Snapshot before(desk.stub);
    expectNothingWritten(desk, desk.approve(kHuaxia, submitted.payload), before, "LC_DRAFT_NOT_PENDING");
    EXPECT_TRUE(desk.stub.state.empty());
}

TEST(LcDrafts, ApprovalReevaluatesAgainstThatDay)
{
    LcDesk desk;
    desk.advised();
    desk.setToday(2026, 9, 30);
    ASSERT_TRUE(desk.act(kDongfang, presentAction(samplePresentation(1000, date(2026, 9, 25)))).isOk());
    desk.setToday(2026, 10, 13); // the last day
    const auto submitted = desk.submit(kHuaxia, examineAction(1, true));
    ASSERT_TRUE(submitted.isOk()) << submitted.wireMessage();
    desk.setToday(2026, 10, 14); // the checker comes a day late
    const Snapshot before(desk.stub);
    expectNothingWritten(desk, desk.approve(kHuaxia, submitted.payload), before, "LC_EXAMINATION_DEADLINE_PASSED");
    EXPECT_EQ(drafts(desk, kHuaxia).drafts(0).status(), Draft::PENDING);
}

} // namespace lx::test

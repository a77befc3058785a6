// The cache follows the other products' channels: a guarantee drafted,
// approved and advised through the outbox lands as a record with its
// committed changes, only in the caches of the banks party to it; the
// desk's drafts are mirrored with their summary while they wait.
#include "CacheLedgerFixture.h"
#include "cache/DeskOutbox.h"
#include "cache/DraftMirror.h"
#include "cache/LcQuery.h"
#include "cache/LedgerSync.h"
#include "cache/Outbox.h"
#include "cache/OutboxSender.h"
#include "cache/ProductRecords.h"

#include "lianxin/guarantee.pb.h"

#include <gtest/gtest.h>

namespace lx::test {

namespace {

const client::DeskWorkflow::Product &guarantees()
{
    return client::DeskWorkflow::product("guarantee");
}

lianxin::lc::Date day(int y, int m, int d)
{
    lianxin::lc::Date out;
    out.set_year(y);
    out.set_month(m);
    out.set_day(d);
    return out;
}

lianxin::guarantee::GtAction issue(const std::string &no)
{
    lianxin::guarantee::GtAction action;
    auto &g = *action.mutable_issue()->mutable_guarantee();
    g.set_guarantee_no(no);
    g.set_type(lianxin::guarantee::Guarantee::PERFORMANCE);
    g.set_expiry_type(lianxin::guarantee::Guarantee::FIXED_DATE);
    *g.mutable_expiry_date() = day(2026, 12, 31);
    g.mutable_applicant()->set_name("上海申江机电进出口有限公司");
    g.mutable_applicant()->set_uscc("91350100M000100Y43");
    g.mutable_beneficiary()->set_name("江苏长风纺织有限公司");
    g.mutable_beneficiary()->set_uscc("91110108MA01ABCD5T");
    g.set_issuer_msp("HuaxiaBankMSP");
    g.set_advising_bank_msp("DongfangBankMSP");
    g.set_amount_fen(50'000'000);
    g.mutable_underlying()->set_reference("SJ-CF-2026-031");
    *g.mutable_underlying()->mutable_date() = day(2026, 8, 20);
    g.mutable_underlying()->set_description("Supply and installation of 40 looms");
    g.set_terms("We undertake to pay any sum up to the amount on your first demand with your statement of breach.");
    return action;
}

} // namespace

TEST(ProductSync, GuaranteeRecordsReachOnlyThePartiesCaches)
{
    CacheLedgerFixture f;
    cache::Database db = f.openCache();
    const std::string maker = "HuaxiaBankMSP/officer1";
    const std::string checker = "HuaxiaBankMSP/checker1";
    cache::Outbox outbox(db.handle());
    cache::OutboxSender sender(db.handle(), [&](const std::string &label) { return &f.client(label); });
    cache::LedgerSync sync(db.handle(), f.client(checker), cache::Viewer::forMsp("HuaxiaBankMSP"), guarantees());

    const auto draft
        = cache::deskDraftEntry(f.client(maker), maker, guarantees(), issue("HX-GT-9").SerializeAsString());
    EXPECT_EQ(draft.lcNo, "HX-GT-9");
    EXPECT_EQ(draft.summary, "Issue HX-GT-9");
    outbox.add(draft);
    ASSERT_EQ(sender.sendPending().settled, 1);
    sync.catchUp();
    const auto waiting = cache::DraftMirror(db.handle()).drafts(guarantees(), "HuaxiaBankMSP");
    ASSERT_EQ(waiting.drafts_size(), 1);
    EXPECT_EQ(waiting.drafts(0).id(), draft.proposal.txId);
    EXPECT_EQ(cache::DraftMirror(db.handle()).pendingCount("HuaxiaBankMSP"), 1);
    EXPECT_FALSE(cache::loadProductRecord(db.handle(), "guarantee", "guarantee/HX-GT-9"));
    // The checker's worklist names it with its product, action and subject.
    const auto work = cache::worklist(db.handle(), "HuaxiaBankMSP", "checker", 0);
    ASSERT_EQ(work.size(), 1U);
    EXPECT_EQ(work[0].kind, cache::WorkKind::ApproveDraft);
    EXPECT_EQ(work[0].draftId, draft.proposal.txId);
    EXPECT_EQ(work[0].product, "guarantee");
    EXPECT_EQ(work[0].action, "Issue");
    EXPECT_EQ(work[0].lcNo, "HX-GT-9");

    outbox.add(cache::deskApprovalEntry(f.client(checker), checker, guarantees(), draft.proposal.txId, "HX-GT-9"));
    ASSERT_EQ(sender.sendPending().settled, 1);
    const auto applied = sync.catchUp();
    EXPECT_GT(applied, 0U);
    const auto record = cache::loadProductRecord(db.handle(), "guarantee", "guarantee/HX-GT-9");
    ASSERT_TRUE(record);
    EXPECT_EQ(record->kind, "guarantee");
    lianxin::guarantee::Guarantee g;
    ASSERT_TRUE(g.ParseFromString(record->value));
    EXPECT_EQ(g.state(), lianxin::guarantee::Guarantee::ISSUED);
    EXPECT_EQ(cache::DraftMirror(db.handle()).pendingCount("HuaxiaBankMSP"), 0);
    const auto changes = cache::productChanges(db.handle(), "guarantee", "guarantee/HX-GT-9");
    ASSERT_EQ(changes.size(), 1U);
    EXPECT_EQ(changes[0].block, record->block);
    EXPECT_EQ(changes[0].txId, record->txId);

    // Dongfang advises through its own desk; Huaxia's cache sees the change.
    const std::string dfMaker = "DongfangBankMSP/officer1";
    const std::string dfChecker = "DongfangBankMSP/checker1";
    lianxin::guarantee::GtAction advise;
    advise.mutable_advise()->set_guarantee_no("HX-GT-9");
    const auto adviseDraft
        = cache::deskDraftEntry(f.client(dfMaker), dfMaker, guarantees(), advise.SerializeAsString());
    outbox.add(adviseDraft);
    ASSERT_EQ(sender.sendPending().settled, 1);
    outbox.add(
        cache::deskApprovalEntry(f.client(dfChecker), dfChecker, guarantees(), adviseDraft.proposal.txId, "HX-GT-9"));
    ASSERT_EQ(sender.sendPending().settled, 1);
    sync.catchUp();
    ASSERT_TRUE(g.ParseFromString(cache::loadProductRecord(db.handle(), "guarantee", "guarantee/HX-GT-9")->value));
    EXPECT_EQ(g.state(), lianxin::guarantee::Guarantee::ADVISED);
    EXPECT_EQ(cache::productChanges(db.handle(), "guarantee", "guarantee/HX-GT-9").size(), 2U);
    EXPECT_EQ(cache::productRecords(db.handle(), "guarantee", "guarantee").size(), 1U);

    // A bank that is no party keeps nothing of it; the regulator keeps it.
    f.removeCache();
    cache::Database other = f.openCache();
    cache::LedgerSync nanhai(
        other.handle(), f.client("NanhaiBankMSP/officer1"), cache::Viewer::forMsp("NanhaiBankMSP"), guarantees());
    nanhai.catchUp();
    EXPECT_TRUE(cache::productRecords(other.handle(), "guarantee", "guarantee").empty());
    f.removeCache();
    cache::Database third = f.openCache();
    cache::LedgerSync regulator(
        third.handle(), f.client("RegulatorMSP/auditor1"), cache::Viewer::forMsp("RegulatorMSP"), guarantees());
    regulator.catchUp();
    EXPECT_EQ(cache::productRecords(third.handle(), "guarantee", "guarantee").size(), 1U);
}

} // namespace lx::test

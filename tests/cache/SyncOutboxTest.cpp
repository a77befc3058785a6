// The cache follows the ledger and sends the user's actions: what a bank may
// see and nothing else; resumption after a crash with no gap and no block
// twice; every action exactly once on the ledger however the sender dies;
// a queue that waits out an unavailable ledger; rejections kept with their
// reason; notarization owed after an approval.
#include "CacheLedgerFixture.h"
#include "cache/CacheError.h"
#include "cache/DraftMirror.h"
#include "cache/LcOutbox.h"
#include "cache/LcQuery.h"
#include "cache/LedgerSync.h"
#include "cache/Outbox.h"
#include "cache/OutboxSender.h"
#include "cache/Statement.h"
#include "common/LcTestData.h"

#include "crypto/Hash.h"
#include "ledgerclient/LcWorkflow.h"

#include "lianxin/notary.pb.h"

#include <csignal>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

namespace lx::test {

namespace {

using cache::OutboxStatus;

// lc_no -> record bytes, as the cache holds them.
std::map<std::string, Bytes> cachedRecords(cache::Database &db)
{
    std::map<std::string, Bytes> out;
    cache::Statement query(db.handle(), "SELECT lc_no, record FROM lc");
    while (query.step())
        out[query.text(0)] = query.blob(1);
    return out;
}

// What the viewer may see of the ledger, by the contract's own list.
std::map<std::string, Bytes> ledgerRecords(client::Client &client, const cache::Viewer &viewer)
{
    std::map<std::string, Bytes> out;
    const lianxin::lc::LcList list = client::LcWorkflow(client).list();
    for (const auto &lc : list.lcs()) {
        if (cache::mayView(viewer, lc))
            out[lc.lc_no()] = lc.SerializeAsString();
    }
    return out;
}

std::int64_t scalar(cache::Database &db, const std::string &sql)
{
    cache::Statement query(db.handle(), sql);
    query.step();
    return query.integer(0);
}

client::Client *noClient(const std::string &)
{
    return nullptr;
}

// Runs body in a child process and kills it (SIGKILL) once it has written
// `after` bytes to the pipe it gets; returns whether the kill landed.
bool killMidway(int after, const std::function<void(int fd)> &body)
{
    int fds[2];
    if (pipe(fds) != 0)
        return false;
    const pid_t child = fork();
    if (child == 0) {
        close(fds[0]);
        body(fds[1]);
        _exit(0);
    }
    close(fds[1]);
    char c;
    int seen = 0;
    while (seen < after && read(fds[0], &c, 1) == 1)
        ++seen;
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    close(fds[0]);
    return WIFSIGNALED(status);
}

} // namespace

TEST(CacheSync, HoldsWhatTheBankMaySeeAndNothingElse)
{
    CacheLedgerFixture f;
    f.issue("HX-0001", "HuaxiaBankMSP", "DongfangBankMSP", true);
    f.issue("CJ-0001", "ChangjiangBankMSP", "NanhaiBankMSP", true);
    f.issue("HX-0002", "HuaxiaBankMSP", "BeiyuanBankMSP", false);

    for (const std::string msp : { "DongfangBankMSP", "RegulatorMSP" }) {
        SCOPED_TRACE(msp);
        f.removeCache();
        cache::Database db = f.openCache();
        const auto viewer = cache::Viewer::forMsp(msp);
        client::Client &reader = f.client(msp == "RegulatorMSP" ? "RegulatorMSP/auditor1" : msp + "/officer1");
        cache::LedgerSync sync(db.handle(), reader, viewer);
        sync.catchUp();
        EXPECT_EQ(sync.height(), reader.chainInfo("lc").height());
        const auto cached = cachedRecords(db);
        EXPECT_EQ(cached, ledgerRecords(reader, viewer));
        EXPECT_EQ(cached.size(), msp == "RegulatorMSP" ? 3U : 1U);
        // The timeline: one event row per history entry.
        EXPECT_EQ(scalar(db, "SELECT count(*) FROM lc_event"), msp == "RegulatorMSP" ? 5 : 2);
    }
}

TEST(CacheSync, FollowsLiveBlocksAndMirrorsTheBanksDrafts)
{
    CacheLedgerFixture f;
    cache::Database db = f.openCache();
    client::Client &checker = f.client("HuaxiaBankMSP/checker1");
    cache::LedgerSync sync(db.handle(), checker, cache::Viewer::forMsp("HuaxiaBankMSP"));
    sync.catchUp();
    std::mutex mutex;
    std::condition_variable cv;
    std::vector<std::string> written;
    sync.start(
        [&](const cache::AppliedBlocks &applied) {
            std::lock_guard lock(mutex);
            written.insert(written.end(), applied.lcNos.begin(), applied.lcNos.end());
            cv.notify_all();
        },
        {});
    lianxin::lc::LcAction action;
    *action.mutable_issue()->mutable_lc() = validTerms("HX-LIVE-1", "HuaxiaBankMSP", "DongfangBankMSP");
    const std::string draftId = client::LcWorkflow(f.client("HuaxiaBankMSP/officer1")).submitDraft(action);
    {
        std::unique_lock lock(mutex);
        ASSERT_TRUE(cv.wait_for(lock, std::chrono::seconds(10),
            [&] { return cache::DraftMirror(db.handle()).pendingCount("HuaxiaBankMSP") == 1; }));
    }
    // The checker's worklist shows it, drafted today by officer1.
    const int today
        = static_cast<int>(std::chrono::sys_days(std::chrono::year { 2026 } / 9 / 1).time_since_epoch().count());
    const auto work = cache::worklist(db.handle(), "HuaxiaBankMSP", "checker", today);
    ASSERT_EQ(work.size(), 1U);
    EXPECT_EQ(work[0].kind, cache::WorkKind::ApproveDraft);
    EXPECT_EQ(work[0].draftId, draftId);
    EXPECT_EQ(work[0].action, "Issue");
    EXPECT_EQ(work[0].maker, "officer1");
    EXPECT_EQ(work[0].daysLeft, 0);
    client::LcWorkflow(f.client("HuaxiaBankMSP/checker1")).approve(draftId);
    {
        std::unique_lock lock(mutex);
        ASSERT_TRUE(cv.wait_for(lock, std::chrono::seconds(10), [&] { return !written.empty(); }));
    }
    sync.stop();
    EXPECT_EQ(written.front(), "HX-LIVE-1");
    EXPECT_EQ(cache::DraftMirror(db.handle()).pendingCount("HuaxiaBankMSP"), 0);
}

TEST(CacheSync, RefusesABlockThatFailsVerificationAndKeepsItsCheckpoint)
{
    CacheLedgerFixture f;
    f.issue("HX-0001", "HuaxiaBankMSP", "DongfangBankMSP", false);
    cache::Database db = f.openCache();
    client::Client &reader = f.client("HuaxiaBankMSP/officer1");
    cache::LedgerSync sync(db.handle(), reader, cache::Viewer::forMsp("HuaxiaBankMSP"));
    const std::uint64_t tip = reader.chainInfo("lc").height();
    std::vector<common::Block> good;
    for (std::uint64_t n = 0; n + 1 < tip; ++n)
        good.push_back(reader.block("lc", n));
    sync.apply(good);
    common::Block forged = reader.block("lc", tip - 1);
    std::string *data = forged.mutable_data()->mutable_data(0);
    (*data)[data->size() / 2] ^= 0x01;
    try {
        sync.apply({ forged });
        FAIL() << "a forged block was applied";
    } catch (const cache::CacheError &e) {
        EXPECT_EQ(e.kind(), cache::CacheError::Kind::Tampered);
    }
    EXPECT_EQ(sync.height(), tip - 1);
    EXPECT_TRUE(cachedRecords(db).empty()) << "the forged block's L/C reached the cache";
    sync.apply({ reader.block("lc", tip - 1) }); // the genuine one still applies
    EXPECT_EQ(cachedRecords(db).size(), 1U);
}

TEST(CacheSync, KilledMidSyncResumesWithNoGapAndNoDuplicate)
{
    CacheLedgerFixture f;
    for (int i = 0; i < 12; ++i)
        f.issue("HX-" + std::to_string(1000 + i), "HuaxiaBankMSP", "DongfangBankMSP", i % 2 == 0);
    f.closeLedger(); // the child owns the ledger alone while it syncs
    for (const int killAfter : { 2, 7, 15 }) {
        SCOPED_TRACE(killAfter);
        f.removeCache();
        const bool killed = killMidway(killAfter, [&](int fd) {
            f.openLedger();
            cache::Database db = f.openCache();
            cache::LedgerSync sync(
                db.handle(), f.client("HuaxiaBankMSP/officer1"), cache::Viewer::forMsp("HuaxiaBankMSP"));
            sync.maxBlocksPerCommit = 1;
            sync.catchUp([fd](std::uint64_t, std::uint64_t) { return write(fd, "b", 1) == 1; });
            close(fd); // done before the kill: the parent stops waiting
            for (;;)
                pause(); // done: wait to be killed
        });
        EXPECT_TRUE(killed);
        cache::Database db = f.openCache();
        f.openLedger();
        client::Client &reader = f.client("HuaxiaBankMSP/officer1");
        cache::LedgerSync sync(db.handle(), reader, cache::Viewer::forMsp("HuaxiaBankMSP"));
        EXPECT_GE(sync.height(), static_cast<std::uint64_t>(killAfter)) << "the child's blocks were lost";
        sync.catchUp();
        EXPECT_EQ(sync.height(), reader.chainInfo("lc").height());
        EXPECT_EQ(cachedRecords(db), ledgerRecords(reader, cache::Viewer::forMsp("HuaxiaBankMSP")));
        EXPECT_EQ(scalar(db, "SELECT count(*) FROM lc_event"), 18); // 12 issues + 6 advices, none twice
        f.closeLedger();
    }
}

TEST(CacheOutbox, KilledMidSendEveryActionReachesTheLedgerExactlyOnce)
{
    CacheLedgerFixture f;
    const std::string maker = "HuaxiaBankMSP/officer1";
    for (const auto stage : { cache::OutboxSender::Stage::Sending, cache::OutboxSender::Stage::HandedToOrderer,
             cache::OutboxSender::Stage::Settled }) {
        SCOPED_TRACE(static_cast<int>(stage));
        f.removeCache();
        std::vector<std::string> txIds;
        {
            cache::Database db = f.openCache();
            cache::Outbox outbox(db.handle());
            for (int i = 0; i < 6; ++i) {
                lianxin::lc::LcAction action;
                *action.mutable_issue()->mutable_lc()
                    = validTerms("HX-S" + std::to_string(static_cast<int>(stage)) + "-" + std::to_string(i),
                        "HuaxiaBankMSP", "DongfangBankMSP");
                const auto entry = cache::lcDraftEntry(f.client(maker), maker, action);
                txIds.push_back(entry.proposal.txId);
                outbox.add(entry);
            }
        }
        f.closeLedger();
        const bool killed = killMidway(3, [&](int fd) {
            f.openLedger();
            cache::Database db = f.openCache();
            cache::OutboxSender sender(db.handle(), [&](const std::string &label) { return &f.client(label); });
            sender.observer = [&](const cache::OutboxEntry &, cache::OutboxSender::Stage at) {
                if (at == stage && write(fd, "s", 1) != 1)
                    _exit(1);
            };
            sender.sendPending();
            close(fd);
            for (;;)
                pause();
        });
        EXPECT_TRUE(killed);
        f.openLedger();
        cache::Database db = f.openCache();
        cache::OutboxSender sender(db.handle(), [&](const std::string &label) { return &f.client(label); });
        const auto report = sender.sendPending();
        EXPECT_FALSE(report.ledgerUnavailable) << report.lastError;
        cache::Outbox outbox(db.handle());
        EXPECT_EQ(outbox.unsettledCount(), 0);
        for (const std::string &txId : txIds) {
            const auto entry = outbox.byTransactionId(txId);
            ASSERT_TRUE(entry);
            EXPECT_EQ(entry->status, OutboxStatus::Committed) << entry->reasonCode << " " << entry->reasonMessage;
            const auto status = f.client(maker).transactionStatus("lc", txId);
            ASSERT_TRUE(status);
            EXPECT_EQ(status->code, protos::VALID);
        }
        // Each action once: one pending draft per entry, no more.
        const auto drafts = client::LcWorkflow(f.client("HuaxiaBankMSP/checker1")).drafts();
        int ours = 0;
        for (const auto &draft : drafts.drafts())
            ours += std::count(txIds.begin(), txIds.end(), draft.id()) > 0 ? 1 : 0;
        EXPECT_EQ(ours, 6);
        EXPECT_EQ(drafts.drafts_size(), 6 * (static_cast<int>(stage) + 1));
    }
}

TEST(CacheOutbox, QueuesWhileTheLedgerIsUnavailableAndSendsWhenItReturns)
{
    CacheLedgerFixture f;
    cache::Database db = f.openCache();
    const std::string maker = "HuaxiaBankMSP/officer1";
    cache::Outbox outbox(db.handle());
    cache::OutboxSender sender(db.handle(), [&](const std::string &label) { return &f.client(label); });
    f.ledger().down = true;
    for (int i = 0; i < 3; ++i) {
        lianxin::lc::LcAction action;
        *action.mutable_issue()->mutable_lc()
            = validTerms("HX-Q" + std::to_string(i), "HuaxiaBankMSP", "DongfangBankMSP");
        outbox.add(cache::lcDraftEntry(f.client(maker), maker, action)); // signing needs no ledger
    }
    auto report = sender.sendPending();
    EXPECT_TRUE(report.ledgerUnavailable);
    EXPECT_EQ(outbox.unsettledCount(), 3);
    EXPECT_EQ(outbox.unsettled().front().reasonCode, "LEDGER_UNREACHABLE");
    f.ledger().down = false;
    report = sender.sendPending();
    EXPECT_FALSE(report.ledgerUnavailable);
    EXPECT_EQ(report.settled, 3);
    EXPECT_EQ(outbox.unsettledCount(), 0);
    EXPECT_EQ(client::LcWorkflow(f.client("HuaxiaBankMSP/checker1")).drafts().drafts_size(), 3);
}

TEST(CacheOutbox, ARejectionIsKeptWithItsReasonAndNotRetried)
{
    CacheLedgerFixture f;
    f.issue("HX-0001", "HuaxiaBankMSP", "DongfangBankMSP", false);
    cache::Database db = f.openCache();
    const std::string stranger = "NanhaiBankMSP/officer1";
    lianxin::lc::LcAction advise;
    advise.mutable_advise()->set_lc_no("HX-0001");
    cache::Outbox outbox(db.handle());
    const auto id = outbox.add(cache::lcDraftEntry(f.client(stranger), stranger, advise));
    cache::OutboxSender sender(db.handle(), [&](const std::string &label) { return &f.client(label); });
    EXPECT_EQ(sender.sendPending().rejected, 1);
    const auto entries = outbox.recent(10);
    ASSERT_EQ(entries.size(), 1U);
    EXPECT_EQ(entries[0].id, id);
    EXPECT_EQ(entries[0].status, OutboxStatus::Rejected);
    EXPECT_EQ(entries[0].reasonCode, "LC_WRONG_BANK");
    EXPECT_FALSE(entries[0].reasonMessage.empty());
    EXPECT_EQ(sender.sendPending().rejected, 0); // final: not sent again
}

TEST(CacheOutbox, AnApprovedIssueIsNotarizedOnTrustAfterwards)
{
    CacheLedgerFixture f;
    cache::Database db = f.openCache();
    const std::string maker = "HuaxiaBankMSP/officer1";
    const std::string checker = "HuaxiaBankMSP/checker1";
    cache::Outbox outbox(db.handle());
    cache::OutboxSender sender(
        db.handle(), [&](const std::string &label) { return &f.client(label); }, cache::lcFollowUps);
    lianxin::lc::LcAction action;
    *action.mutable_issue()->mutable_lc() = validTerms("HX-N1", "HuaxiaBankMSP", "DongfangBankMSP");
    const auto draft = cache::lcDraftEntry(f.client(maker), maker, action);
    outbox.add(draft);
    sender.sendPending();
    outbox.add(cache::lcApprovalEntry(f.client(checker), checker, draft.proposal.txId, "HX-N1"));
    const auto report = sender.sendPending();
    EXPECT_EQ(report.followUps, 1);
    EXPECT_EQ(outbox.unsettledCount(), 0);
    const Bytes original = client::LcWorkflow(f.client(checker)).originalRecord("HX-N1");
    lianxin::trust::NotaryRecord record;
    ASSERT_TRUE(record.ParseFromString(
        f.client(checker).evaluate("trust", "notary", "Verify", { crypto::sha256(original) }).payload()));
    ASSERT_EQ(record.entries_size(), 1);
    EXPECT_EQ(record.entries(0).lc_no(), "HX-N1");
    EXPECT_EQ(record.entries(0).submitting_msp(), "HuaxiaBankMSP");
    EXPECT_EQ(sender.sendPending().followUps, 0); // owed once
}

TEST(CacheOutbox, EntriesOfALockedIdentityWait)
{
    CacheLedgerFixture f;
    cache::Database db = f.openCache();
    const std::string maker = "HuaxiaBankMSP/officer1";
    cache::Outbox outbox(db.handle());
    lianxin::lc::LcAction action;
    *action.mutable_issue()->mutable_lc() = validTerms("HX-L1", "HuaxiaBankMSP", "DongfangBankMSP");
    outbox.add(cache::lcDraftEntry(f.client(maker), maker, action));
    cache::OutboxSender sender(db.handle(), noClient);
    sender.sendPending();
    EXPECT_EQ(outbox.unsettledCount(), 1);
}

} // namespace lx::test

namespace lx::test {

TEST(CacheOutbox, TheBackgroundSenderRetriesUntilTheLedgerIsBack)
{
    CacheLedgerFixture f;
    cache::Database db = f.openCache();
    const std::string maker = "HuaxiaBankMSP/officer1";
    cache::Outbox outbox(db.handle());
    f.ledger().down = true;
    lianxin::lc::LcAction action;
    *action.mutable_issue()->mutable_lc() = validTerms("HX-BG1", "HuaxiaBankMSP", "DongfangBankMSP");
    outbox.add(cache::lcDraftEntry(f.client(maker), maker, action));

    // The sender's own connection, as the workstation gives it one.
    cache::Database senderDb = f.openCache();
    cache::OutboxSender sender(senderDb.handle(), [&](const std::string &label) { return &f.client(label); });
    sender.maxBackoff = std::chrono::milliseconds(200);
    std::mutex mutex;
    std::condition_variable cv;
    int unavailablePasses = 0;
    int settled = 0;
    sender.start([&](const cache::SendReport &report) {
        std::lock_guard lock(mutex);
        unavailablePasses += report.ledgerUnavailable ? 1 : 0;
        settled += report.settled;
        cv.notify_all();
    });
    {
        std::unique_lock lock(mutex);
        ASSERT_TRUE(cv.wait_for(lock, std::chrono::seconds(10), [&] { return unavailablePasses >= 2; }))
            << "the sender did not retry on its own";
    }
    f.ledger().down = false; // no wake(): the backoff alone must bring it back
    {
        std::unique_lock lock(mutex);
        ASSERT_TRUE(cv.wait_for(lock, std::chrono::seconds(10), [&] { return settled == 1; }));
    }
    sender.stop();
    EXPECT_EQ(outbox.unsettledCount(), 0);
    EXPECT_EQ(client::LcWorkflow(f.client("HuaxiaBankMSP/checker1")).drafts().drafts_size(), 1);
}

} // namespace lx::test

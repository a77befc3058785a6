#include "CacheLedgerFixture.h"

#include "cache/CacheSchema.h"
#include "common/LcTestData.h"

#include "crypto/Random.h"
#include "ledgerclient/Clock.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/LcWorkflow.h"
#include "ledgerclient/Sandbox.h"

#include <gtest/gtest.h>

namespace lx::test {

namespace {

const char *const kPassphrase = "cache ledger passphrase";

} // namespace

void FlakyLedger::check() const
{
    if (down)
        throw client::LedgerError(client::LedgerError::Kind::Unavailable, "LEDGER_UNREACHABLE",
            "The ledger cannot be reached (test: network down).");
}

gateway::EvaluateResponse FlakyLedger::evaluate(const gateway::EvaluateRequest &request)
{
    check();
    return m_inner->evaluate(request);
}

gateway::EndorseResponse FlakyLedger::endorse(const gateway::EndorseRequest &request)
{
    check();
    return m_inner->endorse(request);
}

void FlakyLedger::submit(const gateway::SubmitRequest &request)
{
    check();
    m_inner->submit(request);
}

gateway::CommitStatusResponse FlakyLedger::commitStatus(const gateway::SignedCommitStatusRequest &request)
{
    check();
    return m_inner->commitStatus(request);
}

std::unique_ptr<client::Subscription> FlakyLedger::deliver(std::uint64_t fromHeight, SignedSeek seek,
    std::function<void(const common::Block &)> onBlock, StreamError onError)
{
    check();
    return m_inner->deliver(fromHeight, std::move(seek), std::move(onBlock), std::move(onError));
}

std::unique_ptr<client::Subscription> FlakyLedger::chaincodeEvents(std::uint64_t fromHeight,
    SignedEventsRequest request, std::function<void(const gateway::ChaincodeEventsResponse &)> onEvents,
    StreamError onError)
{
    check();
    return m_inner->chaincodeEvents(fromHeight, std::move(request), std::move(onEvents), std::move(onError));
}

CacheLedgerFixture::CacheLedgerFixture()
    : m_dir(std::filesystem::temp_directory_path() / ("lianxin-cache-" + toHex(crypto::randomBytes(6))))
    , m_cacheKey(crypto::randomBytes(32))
{
    client::initSandbox(m_dir, kPassphrase);
    m_wallet = std::make_unique<client::Wallet>(client::Wallet::open(client::walletDir(m_dir), kPassphrase));
    openLedger();
}

CacheLedgerFixture::~CacheLedgerFixture()
{
    closeLedger();
    std::error_code ignored;
    std::filesystem::remove_all(m_dir, ignored);
}

void CacheLedgerFixture::openLedger()
{
    m_flaky = std::make_shared<FlakyLedger>(client::openEmbeddedLedger(client::consortiumDir(m_dir)));
}

void CacheLedgerFixture::closeLedger()
{
    m_clients.clear();
    m_flaky.reset();
}

client::Client &CacheLedgerFixture::client(const std::string &label)
{
    auto &slot = m_clients[label];
    if (!slot) {
        slot = std::make_unique<client::Client>(m_flaky, m_wallet->identity(label));
        slot->setClock(client::chinaDateClock(std::chrono::year { 2026 } / 9 / 1));
    }
    return *slot;
}

cache::Database CacheLedgerFixture::openCache()
{
    cache::Database db = cache::Database::open(m_dir / "cache.db", m_cacheKey, {});
    cache::createCacheSchema(db.handle());
    return db;
}

void CacheLedgerFixture::removeCache()
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        std::filesystem::remove(m_dir / (std::string("cache.db") + suffix));
}

void CacheLedgerFixture::issue(
    const std::string &lcNo, const std::string &issuing, const std::string &advising, bool advise)
{
    lianxin::lc::LcAction action;
    *action.mutable_issue()->mutable_lc() = validTerms(lcNo, issuing, advising);
    client::LcWorkflow maker(client(issuing + "/officer1"));
    client::LcWorkflow checker(client(issuing + "/checker1"));
    checker.approve(maker.submitDraft(action));
    if (advise) {
        lianxin::lc::LcAction adviseAction;
        adviseAction.mutable_advise()->set_lc_no(lcNo);
        client::LcWorkflow adviser(client(advising + "/officer1"));
        client::LcWorkflow adviserChecker(client(advising + "/checker1"));
        adviserChecker.approve(adviser.submitDraft(adviseAction));
    }
}

} // namespace lx::test

#pragma once

#include "cache/Database.h"

#include "ledgerclient/Client.h"
#include "ledgerclient/Ledger.h"
#include "ledgerclient/Wallet.h"

#include "lianxin/lc.pb.h"

#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

namespace lx::test {

// A ledger that can be taken down: every call fails as Unavailable while
// down, as a gateway does when the network is away.
class FlakyLedger : public client::Ledger
{
public:
    explicit FlakyLedger(std::shared_ptr<client::Ledger> inner) : m_inner(std::move(inner)) { }
    std::atomic<bool> down { false };

    gateway::EvaluateResponse evaluate(const gateway::EvaluateRequest &request) override;
    gateway::EndorseResponse endorse(const gateway::EndorseRequest &request) override;
    void submit(const gateway::SubmitRequest &request) override;
    gateway::CommitStatusResponse commitStatus(const gateway::SignedCommitStatusRequest &request) override;
    std::unique_ptr<client::Subscription> deliver(std::uint64_t fromHeight, SignedSeek seek,
        std::function<void(const common::Block &)> onBlock, StreamError onError) override;
    std::unique_ptr<client::Subscription> chaincodeEvents(std::uint64_t fromHeight, SignedEventsRequest request,
        std::function<void(const gateway::ChaincodeEventsResponse &)> onEvents, StreamError onError) override;

private:
    void check() const;
    std::shared_ptr<client::Ledger> m_inner;
};

// A sandbox consortium in a temp folder, its ledger (openLedger/closeLedger,
// so a forked child can own it alone), clients dated 2026-09-01, and an
// encrypted cache file beside it.
class CacheLedgerFixture
{
public:
    CacheLedgerFixture();
    ~CacheLedgerFixture();

    void openLedger();
    void closeLedger();
    client::Client &client(const std::string &label); // "HuaxiaBankMSP/officer1"
    FlakyLedger &ledger() { return *m_flaky; }

    cache::Database openCache();
    void removeCache(); // the cache file and its companions
    const std::filesystem::path &dir() const { return m_dir; }

    // Issues lcNo from issuing to advising directly through the contract
    // (maker then checker), and advises it when advise is set.
    void issue(const std::string &lcNo, const std::string &issuing, const std::string &advising, bool advise);

private:
    std::filesystem::path m_dir;
    std::unique_ptr<client::Wallet> m_wallet;
    std::shared_ptr<FlakyLedger> m_flaky;
    std::map<std::string, std::unique_ptr<client::Client>> m_clients;
    Bytes m_cacheKey;
};

} // namespace lx::test

#pragma once

#include "ledger/BlockStore.h"
#include "ledger/ChannelConfig.h"
#include "ledger/Msp.h"
#include "ledger/StateDb.h"
#include "ledger/Validator.h"

#include "common/common.pb.h"
#include "ledger/rwset/rwset.pb.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace lx::ledger {

struct CommitResult
{
    int validationCode = 0; // protos::TxValidationCode
    std::uint64_t blockNumber = 0;
};

struct OrdererSettings
{
    std::size_t maxTransactionsPerBlock = 500;
    std::chrono::milliseconds batchTimeout{20};
};

struct NodeSigner
{
    crypto::PrivateKey key;
    Bytes serializedIdentity;
};

// One channel of the embedded consortium: its orderer (cuts blocks by
// count or time and signs them), its committing peer (validates, stores
// private data with its owner, appends the block, applies the state) and
// the listeners that follow new blocks.
class Channel
{
public:
    // Read-only, the channel serves queries and blocks as they were at open
    // (state replayed in memory when behind the blocks) and orders nothing:
    // submit() throws LedgerError(Unavailable, "LEDGER_READ_ONLY").
    Channel(std::string id, const std::filesystem::path &dir, ContractLookup contracts, NodeSigner orderer,
            OrdererSettings settings, Access access = Access::ReadWrite);
    ~Channel();
    Channel(const Channel &) = delete;
    Channel &operator=(const Channel &) = delete;

    const std::string &id() const { return m_id; }
    // The MSPs of the configuration in force (they change with a
    // configuration block); a snapshot that stays valid while held.
    std::shared_ptr<const MspRegistry> msps() const;
    // The configuration in force and the number of the block that set it.
    std::shared_ptr<const ChannelConfig> config() const;
    std::uint64_t lastConfigBlock() const;
    const StateDb &state() const { return *m_state; }
    const BlockStore &blocks() const { return *m_blocks; }
    // A member's private store, opened on first use (most organizations
    // never write private data on most channels); nullptr for non-members.
    PrivateStore *privateStore(const std::string &mspId) const;
    std::uint64_t height() const { return m_blocks->height(); }

    // Private read-write sets from endorsement, until their transaction
    // commits (Fabric's transient store).
    void putTransient(const std::string &txId, rwset::TxPvtReadWriteSet set);

    // Queues an endorsed, signed transaction for ordering. Its signatures
    // and endorsement policy are checked here, on the caller's thread, so
    // the orderer's serial path only orders, resolves MVCC and commits. The
    // future is fulfilled when its block is committed.
    std::shared_future<CommitResult> submit(const common::Envelope &envelope, const std::string &txId);
    // Queues a CONFIG_UPDATE transaction (docs/channel-configuration.md).
    // It is judged here against the configuration in force (throws
    // LedgerError(Rejected, CONFIG_UPDATE_REFUSED) naming the problem) and
    // again when ordered; the orderer then cuts a block of its CONFIG
    // transaction alone (carrying the update, signed by the orderer), and
    // from that block on the channel's MSPs and policies are the new
    // configuration's. txId is the update's channel header tx_id, which the
    // CONFIG transaction keeps.
    std::shared_future<CommitResult> submitConfigUpdate(const common::Envelope &envelope, const std::string &txId);
    // Committed: its result; queued: waits; unknown: waits up to timeout for
    // it to appear. nullopt on timeout.
    std::optional<CommitResult> waitForCommit(const std::string &txId, std::chrono::milliseconds timeout);

    // Waits until height() > height or timeout; false on timeout.
    bool waitForHeight(std::uint64_t height, std::chrono::milliseconds timeout) const;

    // Throws the LedgerError that made the channel stop (its state failed a
    // check or could not be committed after its block was appended): from
    // then on it neither endorses nor commits, so a damaged state never
    // leads to a new block. Reopening the ledger checks the state again.
    void checkUsable() const;

private:
    void recover();
    void ordererLoop();
    // A transaction waiting to be ordered: its bytes and the outcome of the
    // state-independent checks (signatures, policy), made on arrival.
    struct Queued
    {
        std::string txId; // from the channel header, as the submitter waits on it
        Bytes envelope;
        ParsedTransaction checked;
        bool configUpdate = false; // ordered in a block of its own
    };
    std::shared_future<CommitResult> enqueue(Queued queued);
    void setConfig(const common::ConfigEnvelope &envelope, std::uint64_t blockNumber);
    void cutBlock(std::vector<Queued> batch);
    void markBroken(const std::exception_ptr &error);

    std::string m_id;
    Access m_access;
    ContractLookup m_contracts;
    NodeSigner m_orderer;
    OrdererSettings m_settings;
    std::unique_ptr<BlockStore> m_blocks;
    std::unique_ptr<StateDb> m_state;
    std::filesystem::path m_privateDir;
    mutable std::mutex m_privateMutex;
    mutable std::map<std::string, std::unique_ptr<PrivateStore>> m_private;
    mutable std::mutex m_configMutex; // guards the three below
    std::shared_ptr<const ChannelConfig> m_config;
    std::shared_ptr<const MspRegistry> m_msps;
    std::uint64_t m_lastConfig = 0;
    Bytes m_commitHash; // COMMIT_HASH of the tip (empty before block 1)
    mutable std::mutex m_brokenMutex;
    std::exception_ptr m_broken;

    std::mutex m_transientMutex;
    std::unordered_map<std::string, rwset::TxPvtReadWriteSet> m_transient;

    mutable std::mutex m_queueMutex;
    mutable std::condition_variable m_queueCv;   // new work or stop
    mutable std::condition_variable m_commitCv;  // a block was committed
    std::deque<Queued> m_queue;
    std::unordered_map<std::string, std::shared_ptr<std::promise<CommitResult>>> m_pending;
    std::unordered_map<std::string, std::shared_future<CommitResult>> m_pendingFutures;
    bool m_stop = false;
    std::thread m_ordererThread;
};

} // namespace lx::ledger

#include "ledger/Channel.h"

#include "ledger/BlockHash.h"
#include "ledger/BlockSigning.h"
#include "ledger/ConfigUpdate.h"
#include "ledger/DataFolder.h"
#include "ledger/LedgerError.h"

#include "peer/transaction.pb.h"

namespace lx::ledger {

Channel::Channel(std::string id, const std::filesystem::path &dir, ContractLookup contracts, NodeSigner orderer,
                 OrdererSettings settings, Access access)
    : m_id(std::move(id)), m_access(access), m_contracts(std::move(contracts)), m_orderer(std::move(orderer)),
      m_settings(settings)
{
    m_privateDir = dir / "private";
    if (access == Access::ReadOnly) {
        // The state's snapshot first, then the blocks: the writer appends a
        // block before it commits its state, so the blocks seen are never
        // behind the state seen, and recover() replays the difference.
        m_state = std::make_unique<StateDb>(dir / "state.db", access);
        m_blocks = std::make_unique<BlockStore>(dir / "blocks.dat", access);
    } else {
        m_blocks = std::make_unique<BlockStore>(dir / "blocks.dat", access);
        m_state = std::make_unique<StateDb>(dir / "state.db", access);
        createOwnerOnlyDirectories(m_privateDir);
    }
    const auto genesis = m_blocks->block(0);
    if (!genesis)
        throw LedgerError(LedgerError::Kind::DataInvalid, "GENESIS_MISSING",
                          "channel " + m_id + " has no genesis block");
    // The configuration in force: the one of the block the tip names as
    // its last configuration (the orderer writes it into every block).
    std::uint64_t lastConfig = 0;
    if (m_blocks->height() > 1)
        if (const auto tip = m_blocks->block(m_blocks->height() - 1))
            lastConfig = ChannelConfig::lastConfigIndex(*tip).value_or(0);
    const auto configBlock = lastConfig == 0 ? genesis : m_blocks->block(lastConfig);
    try {
        if (!configBlock)
            throw LedgerError(LedgerError::Kind::DataInvalid, "CONFIG_INVALID", "the block cannot be read");
        setConfig(ChannelConfig::envelopeOf(*configBlock), lastConfig);
    } catch (const LedgerError &e) {
        throw LedgerError(LedgerError::Kind::DataInvalid, lastConfig == 0 ? "GENESIS_INVALID" : "CONFIG_INVALID",
            "channel " + m_id + ", configuration block " + std::to_string(lastConfig) + ": " + e.what());
    }
    recover();
    if (access == Access::ReadWrite)
        m_ordererThread = std::thread([this] { ordererLoop(); });
}

Channel::~Channel()
{
    {
        std::lock_guard lock(m_queueMutex);
        m_stop = true;
    }
    m_queueCv.notify_all();
    if (m_ordererThread.joinable())
        m_ordererThread.join();
    // Anyone still waiting hears that the ledger went away.
    for (auto &[txId, promise] : m_pending)
        promise->set_exception(std::make_exception_ptr(
            LedgerError(LedgerError::Kind::Unavailable, "LEDGER_CLOSED", "the ledger closed before " + txId + " was ordered")));
}

void Channel::setConfig(const common::ConfigEnvelope &envelope, std::uint64_t blockNumber)
{
    auto config = std::make_shared<const ChannelConfig>(envelope);
    auto msps = std::make_shared<const MspRegistry>(MspRegistry::fromConfig(envelope));
    std::lock_guard lock(m_configMutex);
    m_config = std::move(config);
    m_msps = std::move(msps);
    m_lastConfig = blockNumber;
}

std::shared_ptr<const MspRegistry> Channel::msps() const
{
    std::lock_guard lock(m_configMutex);
    return m_msps;
}

std::shared_ptr<const ChannelConfig> Channel::config() const
{
    std::lock_guard lock(m_configMutex);
    return m_config;
}

std::uint64_t Channel::lastConfigBlock() const
{
    std::lock_guard lock(m_configMutex);
    return m_lastConfig;
}

void Channel::recover()
{
    const std::uint64_t height = m_blocks->height();
    // Private rows of a block that never reached the block store (a
    // reader only hides them).
    for (const std::string &msp : msps()->memberMspIds())
        if (std::filesystem::exists(m_privateDir / (msp + ".db")))
            privateStore(msp)->rollbackTo(height);
    const auto readBlock = [&](std::uint64_t n) {
        auto block = m_blocks->block(n);
        if (!block)
            throw LedgerError(LedgerError::Kind::DataInvalid, "BLOCK_UNREADABLE",
                              "block " + std::to_string(n) + " of channel " + m_id + " cannot be read");
        return std::move(*block);
    };
    const std::uint64_t savepoint = m_state->savepoint();
    if (savepoint > height)
        throw LedgerError(LedgerError::Kind::DataInvalid, "STATE_AHEAD",
            "the state of channel " + m_id + " is at block " + std::to_string(savepoint)
                + " but the chain ends at block " + std::to_string(height - 1));
    m_commitHash = savepoint > 1 ? blockCommitHash(readBlock(savepoint - 1)) : Bytes();
    // State behind the blocks: replay what was validated already (a reader
    // in memory only), checking each block's commit hash so that a
    // validation code changed in the block file is not applied (a state
    // rebuilt from blocks replays all).
    for (std::uint64_t n = savepoint; n < height; ++n) {
        const common::Block block = readBlock(n);
        BlockOutcome outcome = replayBlock(block, m_id);
        if (n > 0) {
            const Bytes stored = blockCommitHash(block);
            const Bytes computed
                = commitHash(blockTransactionsFilter(block), commitUpdateBytes(outcome, n), m_commitHash);
            if (!stored.empty() && stored != computed)
                throw LedgerError(LedgerError::Kind::DataInvalid, "COMMIT_HASH_MISMATCH",
                    "block " + std::to_string(n) + " of channel " + m_id
                        + ": its commit hash does not match its validation codes and writes"
                          " (run `lianxin-cli ledger verify` to name the transaction)");
            m_commitHash = stored;
        }
        m_state->commit(outcome.stateBatch);
    }
}

void Channel::checkUsable() const
{
    std::lock_guard lock(m_brokenMutex);
    if (m_broken)
        std::rethrow_exception(m_broken);
}

void Channel::markBroken(const std::exception_ptr &error)
{
    std::lock_guard lock(m_brokenMutex);
    if (m_broken)
        return;
    try {
        std::rethrow_exception(error);
    } catch (const LedgerError &e) {
        const auto kind = e.kind() == LedgerError::Kind::DataInvalid ? LedgerError::Kind::DataInvalid
                                                                     : LedgerError::Kind::Unavailable;
        m_broken = std::make_exception_ptr(
            LedgerError(kind, e.kind() == LedgerError::Kind::DataInvalid ? e.reasonCode() : "STATE_BEHIND",
                "channel " + m_id + " stopped committing: " + e.what() + " (reopen the ledger)"));
    } catch (const std::exception &e) {
        m_broken = std::make_exception_ptr(LedgerError(LedgerError::Kind::Unavailable, "STATE_BEHIND",
            "channel " + m_id + " stopped committing: " + e.what() + " (reopen the ledger)"));
    }
}

PrivateStore *Channel::privateStore(const std::string &mspId) const
{
    std::lock_guard lock(m_privateMutex);
    const auto it = m_private.find(mspId);
    if (it != m_private.end())
        return it->second.get();
    if (!msps()->isMember(mspId))
        return nullptr;
    auto store = std::make_unique<PrivateStore>(m_privateDir / (mspId + ".db"), m_access);
    if (m_access == Access::ReadOnly)
        store->hideFrom(m_blocks->height());
    return m_private.emplace(mspId, std::move(store)).first->second.get();
}

void Channel::putTransient(const std::string &txId, rwset::TxPvtReadWriteSet set)
{
    std::lock_guard lock(m_transientMutex);
    m_transient[txId] = std::move(set);
}

std::shared_future<CommitResult> Channel::submit(const common::Envelope &envelope, const std::string &txId)
{
    checkUsable();
    if (m_access == Access::ReadOnly)
        throw LedgerError(LedgerError::Kind::Unavailable, "LEDGER_READ_ONLY",
                          "the ledger is open for reading only; channel " + m_id + " takes no transactions here");
    Queued queued{txId, envelope.SerializeAsString(), {}};
    queued.checked = parseTransaction(queued.envelope, m_id, msps().get(), &m_contracts);
    return enqueue(std::move(queued));
}

std::shared_future<CommitResult> Channel::submitConfigUpdate(const common::Envelope &envelope, const std::string &txId)
{
    checkUsable();
    if (m_access == Access::ReadOnly)
        throw LedgerError(LedgerError::Kind::Unavailable, "LEDGER_READ_ONLY",
                          "the ledger is open for reading only; channel " + m_id + " takes no transactions here");
    // Judged now for an answer at once, and again when ordered (another
    // update may be ordered first).
    (void)nextConfiguration(*config(), m_id, envelope);
    Queued queued{txId, envelope.SerializeAsString(), {}};
    queued.configUpdate = true;
    return enqueue(std::move(queued));
}

std::shared_future<CommitResult> Channel::enqueue(Queued queued)
{
    const std::string txId = queued.txId;
    std::lock_guard lock(m_queueMutex);
    if (m_stop)
        throw LedgerError(LedgerError::Kind::Unavailable, "LEDGER_CLOSED", "the ledger is closing");
    const auto existing = m_pendingFutures.find(txId);
    if (existing != m_pendingFutures.end())
        return existing->second; // resubmission of a queued transaction: same outcome
    auto promise = std::make_shared<std::promise<CommitResult>>();
    std::shared_future<CommitResult> future = promise->get_future().share();
    m_pending.emplace(txId, promise);
    m_pendingFutures.emplace(txId, future);
    m_queue.push_back(std::move(queued));
    if (m_queue.size() == 1 || m_queue.size() >= m_settings.maxTransactionsPerBlock)
        m_queueCv.notify_all();
    return future;
}

std::optional<CommitResult> Channel::waitForCommit(const std::string &txId, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::shared_future<CommitResult> future;
    {
        std::unique_lock lock(m_queueMutex);
        while (true) {
            if (const auto rec = m_state->transaction(txId))
                return CommitResult{rec->validationCode, rec->block};
            const auto it = m_pendingFutures.find(txId);
            if (it != m_pendingFutures.end()) {
                future = it->second;
                break;
            }
            if (m_commitCv.wait_until(lock, deadline) == std::cv_status::timeout)
                return std::nullopt;
        }
    }
    if (future.wait_until(deadline) != std::future_status::ready)
        return std::nullopt;
    return future.get();
}

bool Channel::waitForHeight(std::uint64_t height, std::chrono::milliseconds timeout) const
{
    std::unique_lock lock(m_queueMutex);
    return m_commitCv.wait_for(lock, timeout, [&] { return m_blocks->height() > height || m_stop; })
        && m_blocks->height() > height;
}

void Channel::ordererLoop()
{
    std::unique_lock lock(m_queueMutex);
    while (true) {
        m_queueCv.wait(lock, [&] { return m_stop || !m_queue.empty(); });
        if (m_queue.empty())
            return; // stopping with nothing queued
        const auto deadline = std::chrono::steady_clock::now() + m_settings.batchTimeout;
        m_queueCv.wait_until(lock, deadline,
                             [&] { return m_stop || m_queue.size() >= m_settings.maxTransactionsPerBlock; });
        // A configuration update is ordered in a block of its own, as
        // Fabric's orderer cuts one.
        std::vector<Queued> batch;
        while (!m_queue.empty() && batch.size() < m_settings.maxTransactionsPerBlock) {
            const bool config = m_queue.front().configUpdate;
            if (config && !batch.empty())
                break;
            batch.push_back(std::move(m_queue.front()));
            m_queue.pop_front();
            if (config)
                break;
        }
        lock.unlock();
        cutBlock(std::move(batch));
        lock.lock();
    }
}

void Channel::cutBlock(std::vector<Queued> batch)
{
    // Ordering: number, chain, data hash, orderer signature.
    common::Block block;
    const std::uint64_t number = m_blocks->height();
    block.mutable_header()->set_number(number);
    block.mutable_header()->set_previous_hash(m_blocks->tipHash());
    std::vector<std::string> txIds;
    std::vector<ParsedTransaction> checked;
    for (Queued &q : batch)
        txIds.push_back(q.txId);
    std::exception_ptr failure;
    std::optional<common::ConfigEnvelope> nextConfig;
    if (batch.size() == 1 && batch.front().configUpdate) {
        // The update against the configuration in force now; the block
        // carries the orderer's CONFIG transaction with the result.
        try {
            common::Envelope update;
            update.ParseFromString(batch.front().envelope);
            nextConfig = nextConfiguration(*config(), m_id, update);
            (void)ChannelConfig(*nextConfig); // its MSPs must be readable before it is in force
            block.mutable_data()->add_data(
                configTransaction(m_id, *nextConfig, m_orderer.key, m_orderer.serializedIdentity, batch.front().txId)
                    .SerializeAsString());
            ParsedTransaction tx;
            tx.code = protos::VALID;
            tx.txId = batch.front().txId;
            checked.push_back(std::move(tx));
        } catch (...) {
            failure = std::current_exception();
        }
    } else {
        for (Queued &q : batch) {
            block.mutable_data()->add_data(q.envelope);
            checked.push_back(std::move(q.checked));
        }
    }
    if (!failure) {
        block.mutable_header()->set_data_hash(blockDataHash(block.data()));
        signBlock(block, m_orderer.key, m_orderer.serializedIdentity, nextConfig ? number : lastConfigBlock());
    }
    BlockOutcome outcome;
    bool stateDamaged = false;
    try {
        if (failure)
            std::rethrow_exception(failure);
        checkUsable();
        // Validation and commit, as each member's committing peer does.
        const TransientLookup transient = [this](const std::string &txId) -> std::optional<rwset::TxPvtReadWriteSet> {
            std::lock_guard lock(m_transientMutex);
            const auto it = m_transient.find(txId);
            if (it == m_transient.end())
                return std::nullopt;
            return it->second;
        };
        outcome = resolveBlock(block, std::move(checked), *m_state, transient);
        const Bytes filter(outcome.codes.begin(), outcome.codes.end());
        block.mutable_metadata()->set_metadata(common::TRANSACTIONS_FILTER, filter);
        const Bytes nextCommitHash
            = commitHash(filter, commitUpdateBytes(outcome, block.header().number()), m_commitHash);
        setBlockCommitHash(block, nextCommitHash);
        // Private data first and durably, so a crash after the block append
        // never leaves a valid transaction without its private values.
        for (auto &[msp, writes] : outcome.privateWrites)
            if (PrivateStore *store = privateStore(msp))
                store->commit(writes);
        // The state commits before the block counts: if it fails (a full
        // disk), the block is cut off again and nothing changed. The commit
        // hash advances only once the block counts.
        m_blocks->append(block, [&] {
            try {
                m_state->commit(outcome.stateBatch);
            } catch (const LedgerError &e) {
                stateDamaged = e.kind() == LedgerError::Kind::DataInvalid;
                throw;
            }
        });
        m_commitHash = nextCommitHash;
        if (nextConfig)
            setConfig(*nextConfig, number);
    } catch (...) {
        failure = std::current_exception();
        // A damaged state, or a block that could not be cut back after a
        // failed write or state commit (it may be left in the block file
        // without its state): the next block would be validated against a
        // state that is not the chain's. Stop until the ledger is reopened
        // (which checks the state, cuts a torn tail or replays the block).
        if (stateDamaged || m_blocks->strayRecord())
            markBroken(failure);
        // Whatever reached a private store for this block is not on the chain.
        std::lock_guard privateLock(m_privateMutex);
        for (auto &[msp, store] : m_private) {
            try {
                store->rollbackTo(m_blocks->height());
            } catch (...) {
            }
        }
    }
    {
        std::lock_guard lock(m_transientMutex);
        for (const auto &txId : txIds)
            m_transient.erase(txId);
    }
    std::lock_guard lock(m_queueMutex);
    for (std::size_t i = 0; i < txIds.size(); ++i) {
        const auto it = m_pending.find(txIds[i]);
        if (it == m_pending.end())
            continue;
        if (failure)
            it->second->set_exception(failure);
        else
            it->second->set_value(CommitResult{outcome.codes[i], block.header().number()});
        m_pending.erase(it);
        m_pendingFutures.erase(txIds[i]);
    }
    m_commitCv.notify_all();
}

} // namespace lx::ledger

#include "cache/LedgerSync.h"

#include "cache/CacheError.h"
#include "cache/DraftMirror.h"
#include "cache/LcRecords.h"
#include "cache/Outbox.h"
#include "cache/ProductRecords.h"
#include "cache/Statement.h"

#include "chaincode/Stub.h"
#include "chaincode/lc/LcStateMachine.h"
#include "ledger/BlockHash.h"
#include "ledger/ChainVerifier.h"
#include "ledger/Validator.h"
#include "ledgerclient/LcWorkflow.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace lx::cache {

Viewer Viewer::forMsp(const std::string &mspId)
{
    return Viewer { mspId, mspId == chaincode::kRegulatorMsp || mspId == chaincode::kSecretariatMsp };
}

bool mayView(const Viewer &viewer, const lianxin::lc::LetterOfCredit &lc)
{
    if (viewer.seesEverything)
        return true;
    for (const std::string *bank : { &lc.issuing_bank_msp(), &lc.advising_bank_msp(), &lc.nominated_bank_msp(),
             &lc.confirming_bank_msp(), &lc.negotiating_bank_msp(), &lc.transferring_bank_msp() }) {
        if (*bank == viewer.mspId)
            return true;
    }
    return false;
}

LedgerSync::LedgerSync(sqlite3 *db, client::Client &client, Viewer viewer, client::DeskWorkflow::Product product)
    : LedgerSync(db, client, std::move(viewer), std::vector { std::move(product) })
{
}

LedgerSync::LedgerSync(
    sqlite3 *db, client::Client &client, Viewer viewer, std::vector<client::DeskWorkflow::Product> products)
    : m_db(db)
    , m_client(client)
    , m_viewer(std::move(viewer))
    , m_products(std::move(products))
    , m_writer(std::make_unique<LcWriter>(db))
    , m_records(std::make_unique<ProductWriter>(db))
{
    if (m_products.empty())
        throw std::invalid_argument("a ledger sync follows at least one product");
    for (const auto &product : m_products)
        if (product.channel != m_products.front().channel)
            throw std::invalid_argument("a ledger sync follows the products of one channel");
}

LedgerSync::~LedgerSync()
{
    stop();
}

void LedgerSync::createSchema(sqlite3 *db)
{
    execute(db,
        "CREATE TABLE IF NOT EXISTS sync_checkpoint("
        " channel TEXT PRIMARY KEY, height INTEGER NOT NULL, tip_hash BLOB NOT NULL);");
}

std::uint64_t LedgerSync::height()
{
    Statement query(m_db, "SELECT height FROM sync_checkpoint WHERE channel = ?1");
    query.bind(1, m_channel);
    return query.step() ? static_cast<std::uint64_t>(query.integer(0)) : 0;
}

void LedgerSync::ensureVerifier()
{
    if (m_verifier)
        return;
    m_verifier = std::make_unique<ledger::ChainVerifier>(
        m_channel, ledger::ContractLookup {}, ledger::ChainVerifier::Depth::Blocks);
    Statement query(m_db, "SELECT height, tip_hash FROM sync_checkpoint WHERE channel = ?1");
    query.bind(1, m_channel);
    if (!query.step() || query.integer(0) <= 0)
        return;
    const auto height = static_cast<std::uint64_t>(query.integer(0));
    const Bytes tipHash = query.blob(1);
    // On a Fabric channel the configuration in force at the checkpoint may
    // be a later CONFIG block's: the checkpoint's tip (the block whose hash
    // the cache verified) names it.
    std::optional<common::Block> lastConfig;
    if (height > 1) {
        const common::Block tip = m_client.block(m_channel, height - 1);
        const auto index = ledger::ChannelConfig::lastConfigIndex(tip);
        if (ledger::blockHeaderHash(tip.header()) == tipHash && index && *index > 0 && *index < height)
            lastConfig = *index == height - 1 ? tip : m_client.block(m_channel, *index);
    }
    m_verifier->resume(m_client.block(m_channel, 0), height, tipHash, lastConfig ? &*lastConfig : nullptr);
}

AppliedBlocks LedgerSync::apply(const std::vector<common::Block> &blocks)
{
    AppliedBlocks out;
    if (blocks.empty())
        return out;
    ensureVerifier();
    out.fromBlock = blocks.front().header().number();
    out.toBlock = blocks.back().header().number();
    const std::string ownCollection = chaincode::implicitCollection(m_viewer.mspId);
    Outbox outbox(m_db);
    try {
        Transaction transaction(m_db);
        Statement checkpoint(
            m_db, "INSERT OR REPLACE INTO sync_checkpoint(channel, height, tip_hash) VALUES(?1, ?2, ?3)");
        for (const common::Block &block : blocks) {
            if (const auto problem = m_verifier->feed(block))
                throw CacheError(CacheError::Kind::Tampered,
                    "Block " + std::to_string(problem->blockNumber) + " of channel " + m_channel
                        + " from the ledger fails verification (" + problem->reason
                        + "); the cache stays at the last good block.");
            const std::uint64_t number = block.header().number();
            const Bytes &filter = block.metadata().metadata_size() > common::TRANSACTIONS_FILTER
                ? block.metadata().metadata(common::TRANSACTIONS_FILTER)
                : Bytes();
            for (int i = 0; number > 0 && i < block.data().data_size(); ++i) {
                const ledger::ParsedTransaction tx
                    = ledger::parseTransaction(block.data().data(i), m_channel, nullptr, nullptr);
                const auto code = static_cast<protos::TxValidationCode>(static_cast<unsigned char>(filter[i]));
                ++out.transactions;
                Bytes written; // what an approval returned: the record it wrote
                const bool ours = std::any_of(m_products.begin(), m_products.end(),
                    [&](const client::DeskWorkflow::Product &p) { return p.contract == tx.chaincode; });
                if (code == protos::VALID && tx.code == protos::VALID && ours) {
                    written = tx.chaincode == client::LcWorkflow::kContract
                        ? applyLcWrites(tx, number, out)
                        : applyRecordWrites(tx, number, i, out);
                    for (const auto &[collection, hashed] : tx.hashed)
                        out.draftsChanged
                            = out.draftsChanged || (collection == ownCollection && hashed.hashed_writes_size() > 0);
                }
                if (!tx.txId.empty() && code != protos::DUPLICATE_TXID)
                    out.outboxSettled += outbox.settle(tx.txId, code, number, written) ? 1 : 0;
            }
            checkpoint.bind(1, m_channel).bind(2, static_cast<std::int64_t>(number + 1));
            checkpoint.bindBlob(3, m_verifier->previousHash()).run();
        }
        transaction.commit();
    } catch (...) {
        m_verifier.reset(); // it ran ahead of what was committed; resume from the checkpoint next time
        throw;
    }
    if (out.draftsChanged)
        refreshDrafts();
    return out;
}

Bytes LedgerSync::applyLcWrites(const ledger::ParsedTransaction &tx, std::uint64_t block, AppliedBlocks &out)
{
    Bytes first;
    for (const auto &write : tx.kv.writes()) {
        lianxin::lc::LetterOfCredit lc;
        if (write.is_delete() || write.key().rfind(chaincode::lc::kLcPrefix, 0) != 0
            || !lc.ParseFromString(write.value()))
            continue;
        if (first.empty())
            first = write.value();
        if (mayView(m_viewer, lc)) {
            m_writer->upsert(lc, block, tx.txId);
            out.lcNos.push_back(lc.lc_no());
        }
    }
    return first;
}

Bytes LedgerSync::applyRecordWrites(
    const ledger::ParsedTransaction &tx, std::uint64_t block, int txNumber, AppliedBlocks &out)
{
    Bytes first;
    for (const auto &write : tx.kv.writes()) {
        if (write.is_delete()) {
            m_records->remove(m_channel, write.key(), block, txNumber, tx.txId);
        } else {
            if (first.empty())
                first = write.value();
            if (!mayViewRecord(m_viewer, m_channel, write.key(), write.value()))
                continue;
            m_records->upsert(m_channel, write.key(), write.value(), block, txNumber, tx.txId);
        }
        out.recordKeys.push_back(write.key());
    }
    return first;
}

void LedgerSync::refreshDrafts()
{
    if (m_viewer.seesEverything)
        return; // drafts belong to banks
    for (const auto &product : m_products) {
        if (product.contract == client::LcWorkflow::kContract) {
            client::LcWorkflow workflow(m_client);
            DraftMirror(m_db).replace(m_viewer.mspId, workflow.drafts());
        } else {
            // A channel without this product's contract has no drafts.
            const auto drafts = client::DeskWorkflow(m_client, product).draftsIfServed();
            DraftMirror(m_db).replace(product, m_viewer.mspId, drafts.value_or(lianxin::desk::DraftList {}));
        }
    }
}

std::uint64_t LedgerSync::catchUp(const std::function<bool(std::uint64_t, std::uint64_t)> &progress)
{
    const std::uint64_t target = m_client.chainInfo(m_channel).height();
    const std::uint64_t start = height();
    // One Deliver stream rather than a signed query per block; the stream's
    // thread waits while a few groups are queued, so memory stays bounded
    // however long the chain.
    struct Queue
    {
        std::mutex mutex;
        std::condition_variable cv;
        std::deque<common::Block> blocks;
        bool closing = false;
    } queue;
    const std::size_t maxQueued = 4 * maxBlocksPerCommit;
    std::unique_ptr<client::Subscription> stream;
    if (start < target) {
        stream = m_client.subscribeBlocks(m_channel, start, [&queue, target, maxQueued](const common::Block &block) {
            std::unique_lock lock(queue.mutex);
            if (block.header().number() >= target)
                return;
            queue.cv.wait(lock, [&] { return queue.closing || queue.blocks.size() < maxQueued; });
            if (queue.closing)
                return;
            queue.blocks.push_back(block);
            queue.cv.notify_all();
        });
    }
    const auto closeStream = [&] {
        {
            std::lock_guard lock(queue.mutex);
            queue.closing = true;
        }
        queue.cv.notify_all();
        stream.reset();
    };
    std::uint64_t next = start;
    try {
        while (next < target) {
            std::vector<common::Block> group;
            {
                std::unique_lock lock(queue.mutex);
                if (!queue.cv.wait_for(lock, std::chrono::seconds(30), [&] { return !queue.blocks.empty(); }))
                    throw client::LedgerError(client::LedgerError::Kind::Unavailable, "DELIVER_STALLED",
                        "The ledger stopped sending blocks of channel " + m_channel + " at block "
                            + std::to_string(next) + ".");
                while (!queue.blocks.empty() && group.size() < maxBlocksPerCommit) {
                    group.push_back(std::move(queue.blocks.front()));
                    queue.blocks.pop_front();
                }
            }
            queue.cv.notify_all();
            apply(group);
            next = group.back().header().number() + 1;
            if (progress && !progress(next - start, target - start))
                break;
        }
    } catch (...) {
        closeStream();
        throw;
    }
    closeStream();
    if (start == 0)
        refreshDrafts();
    return next - start;
}

void LedgerSync::start(
    std::function<void(const AppliedBlocks &)> onApplied, std::function<void(const std::string &)> onError)
{
    stop();
    m_stop = false;
    m_streamError.clear();
    m_thread = std::thread(
        [this, onApplied = std::move(onApplied), onError = std::move(onError)] { follow(onApplied, onError); });
}

void LedgerSync::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void LedgerSync::follow(
    std::function<void(const AppliedBlocks &)> onApplied, std::function<void(const std::string &)> onError)
{
    std::unique_ptr<client::Subscription> subscription;
    try {
        // Deliver calls back on the backend's thread: queue, apply here.
        subscription = m_client.subscribeBlocks(
            m_channel, height(),
            [this](const common::Block &block) {
                {
                    std::lock_guard lock(m_mutex);
                    m_incoming.push_back(block);
                }
                m_cv.notify_all();
            },
            [this](const client::LedgerError &e) {
                // A break the stream reconnects from by itself needs
                // nothing; one it gave up on ends the sync, reported.
                if (e.kind() == client::LedgerError::Kind::Unavailable)
                    return;
                {
                    std::lock_guard lock(m_mutex);
                    m_streamError = e.reasonCode() + ": " + e.what();
                }
                m_cv.notify_all();
            });
    } catch (const std::exception &e) {
        if (onError)
            onError(e.what());
        return;
    }
    while (true) {
        std::vector<common::Block> group;
        {
            std::unique_lock lock(m_mutex);
            m_cv.wait(lock, [this] { return m_stop || !m_incoming.empty() || !m_streamError.empty(); });
            if (m_stop)
                return;
            if (m_incoming.empty()) {
                const std::string error = std::exchange(m_streamError, {});
                lock.unlock();
                if (onError)
                    onError(error);
                return;
            }
            while (!m_incoming.empty() && group.size() < maxBlocksPerCommit) {
                group.push_back(std::move(m_incoming.front()));
                m_incoming.pop_front();
            }
        }
        try {
            const AppliedBlocks applied = apply(group);
            if (onApplied)
                onApplied(applied);
        } catch (const std::exception &e) {
            if (onError)
                onError(e.what());
            return;
        }
    }
}

} // namespace lx::cache

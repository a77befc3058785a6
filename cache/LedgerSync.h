#pragma once

#include "ledgerclient/Client.h"
#include "ledgerclient/DeskWorkflow.h"

#include "common/common.pb.h"
#include "lianxin/lc.pb.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

struct sqlite3;

namespace lx::ledger {
class ChainVerifier;
struct ParsedTransaction;
} // namespace lx::ledger

namespace lx::cache {

class LcWriter;
class ProductWriter;

// Whose workstation this is: a bank sees the L/Cs it is a party to; the
// regulator and the secretariat see every one.
struct Viewer
{
    std::string mspId;
    bool seesEverything = false;

    static Viewer forMsp(const std::string &mspId);
};
bool mayView(const Viewer &viewer, const lianxin::lc::LetterOfCredit &lc);
// Whether the viewer's cache keeps a product record (ProductRecords.h):
// the parties to a guarantee, everyone for the forfaiting market and the
// quote board; the regulator and the secretariat everything.
bool mayViewRecord(const Viewer &viewer, const std::string &channel, const std::string &key, const Bytes &value);

struct AppliedBlocks
{
    std::uint64_t fromBlock = 0;
    std::uint64_t toBlock = 0; // inclusive
    int transactions = 0;
    std::vector<std::string> lcNos; // L/Cs written (and visible)
    std::vector<std::string> recordKeys; // product records written or deleted (and visible)
    int outboxSettled = 0;
    bool draftsChanged = false;
};

// Follows one channel's products into the cache: the lc channel's L/Cs
// (LcRecords.h), or another product's records (ProductRecords.h). Each block is verified (number,
// header hash chain, data hash, the orderer's signature, the transactions
// filter; the committing peer checked every transaction) and applied
// together with the checkpoint in one SQLite transaction, so after a crash
// the sync resumes at the checkpoint with no gap and no block twice.
// Writes of valid transactions to "lc/<no>" become L/C rows (if the viewer
// may see them), writes of another product's contract its records;
// transactions of the outbox settle their entries; a write
// to the viewer's private collection refreshes the draft mirror.
//
// catchUp() runs on the calling thread; start() follows live blocks on the
// sync's own thread. The connection and the client are used by whichever
// runs; never both at once.
class LedgerSync
{
public:
    LedgerSync(sqlite3 *db, client::Client &client, Viewer viewer,
        client::DeskWorkflow::Product product = client::DeskWorkflow::products().front());
    // Every product of one channel (trust: the quote board and KYC), one
    // checkpoint for the channel.
    LedgerSync(sqlite3 *db, client::Client &client, Viewer viewer, std::vector<client::DeskWorkflow::Product> products);
    ~LedgerSync();
    LedgerSync(const LedgerSync &) = delete;
    LedgerSync &operator=(const LedgerSync &) = delete;

    static void createSchema(sqlite3 *db);

    // The next block to apply.
    std::uint64_t height();

    // Applies every block up to the ledger's height at the call.
    // progress(applied, total) returning false stops early (what was
    // applied stays). Throws CacheError(Tampered) when a block fails
    // verification, client::LedgerError when the ledger is unavailable.
    std::uint64_t catchUp(const std::function<bool(std::uint64_t, std::uint64_t)> &progress = {});

    // Verifies and applies blocks in order, atomically with the checkpoint.
    AppliedBlocks apply(const std::vector<common::Block> &blocks);

    const std::vector<client::DeskWorkflow::Product> &products() const { return m_products; }

    // Reloads the viewer's drafts from the ledger (ListDrafts).
    void refreshDrafts();

    void start(std::function<void(const AppliedBlocks &)> onApplied, std::function<void(const std::string &)> onError);
    void stop();

    // Blocks per SQLite transaction while catching up: one fsync per group.
    std::size_t maxBlocksPerCommit = 64;

private:
    void ensureVerifier();
    // The record written first (an approval's answer), for the outbox.
    Bytes applyLcWrites(const ledger::ParsedTransaction &tx, std::uint64_t block, AppliedBlocks &out);
    Bytes applyRecordWrites(const ledger::ParsedTransaction &tx, std::uint64_t block, int txNumber, AppliedBlocks &out);
    void follow(std::function<void(const AppliedBlocks &)> onApplied, std::function<void(const std::string &)> onError);

    sqlite3 *m_db;
    client::Client &m_client;
    Viewer m_viewer;
    std::vector<client::DeskWorkflow::Product> m_products; // all on one channel
    const std::string &m_channel = m_products.front().channel;
    std::unique_ptr<ledger::ChainVerifier> m_verifier;
    std::unique_ptr<LcWriter> m_writer;
    std::unique_ptr<ProductWriter> m_records;

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<common::Block> m_incoming;
    bool m_stop = false;
    std::string m_streamError; // the block stream gave up (not a break it retries)
};

} // namespace lx::cache

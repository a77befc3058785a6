#pragma once

#include "chaincode/Stub.h"
#include "crypto/Bytes.h"
#include "ledger/Access.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace lx::ledger {

struct Height
{
    std::uint64_t block = 0;
    std::uint64_t tx = 0;
    bool operator==(const Height &) const = default;
};

struct VersionedValue
{
    Bytes value;
    Height version;
};

struct TxRecord
{
    std::uint64_t block = 0;
    std::uint64_t txNumber = 0;
    int validationCode = 0;
};

// One channel's world state, key history and transaction index. Every
// committed key is held in memory (ordered, for range queries) and persisted
// in SQLite; the block store is the truth, and the state carries a savepoint
// (the next block to apply) so that a crash between block append and state
// commit is repaired by replaying blocks.
//
// Damage is reported, never served: SQLite reporting corruption (a damaged
// page, not a database) throws LedgerError(DataInvalid, STATE_DAMAGED) at
// open (PRAGMA quick_check runs first) or at read time, never a shorter
// result. The state also carries a digest (meta 'digest': the sum modulo
// 2^256 of SHA-256 over every key's namespace, key, value and version and
// every transaction record), kept with each commit and recomputed at open;
// a state edited outside LianXin throws DataInvalid (STATE_TAMPERED) at
// open. `lianxin-cli ledger verify state` names the keys.
//
// Read-only, the file is read as one snapshot at open (a missing file is an
// empty state) and never written: the same damage and digest checks run on
// that snapshot, and commit() then applies a replayed block in memory only
// (the digest too), so a reader whose snapshot is behind the blocks catches
// up without touching the writer's files.
class StateDb
{
public:
    // Verification opens a state without checking its digest, to compare
    // it key by key with the blocks.
    enum class Open { Checked, ForVerification };
    // Throws LedgerError(Unavailable, "DISK_FULL" | "STATE_DB") or
    // LedgerError(DataInvalid, "STATE_DAMAGED" | "STATE_TAMPERED").
    explicit StateDb(const std::filesystem::path &file, Access access = Access::ReadWrite,
                     Open mode = Open::Checked);
    ~StateDb();
    StateDb(const StateDb &) = delete;
    StateDb &operator=(const StateDb &) = delete;

    std::optional<VersionedValue> get(const std::string &ns, const std::string &key) const;
    std::vector<std::pair<std::string, VersionedValue>> range(const std::string &ns, const std::string &startKey,
                                                              const std::string &endKey) const;
    std::vector<chaincode::HistoryEntry> history(const std::string &ns, const std::string &key) const;
    std::optional<TxRecord> transaction(const std::string &txId) const;

    // The next block number the state expects (0 for an empty ledger).
    std::uint64_t savepoint() const;

    // Every live key in (namespace, key) order, and every transaction record.
    void forEachKey(
        const std::function<void(const std::string &ns, const std::string &key, const VersionedValue &value)> &visit)
        const;
    void forEachTransaction(const std::function<void(const std::string &txId, const TxRecord &record)> &visit) const;

    struct Write
    {
        std::string ns;
        std::string key;
        bool isDelete = false;
        Bytes value;
        Height version;
        std::string txId;
        std::int64_t timestampSeconds = 0;
    };
    struct Batch
    {
        std::uint64_t blockNumber = 0;
        std::vector<Write> writes; // in transaction order
        std::vector<std::pair<std::string, TxRecord>> transactions;
    };
    // Applies one block atomically, with its savepoint. On failure (a full
    // disk: LedgerError(Unavailable, "DISK_FULL")) nothing changed.
    void commit(const Batch &batch);

private:
    void exec(const char *sql);
    sqlite3_stmt *prepare(const char *sql);
    static std::string mapKey(const std::string &ns, const std::string &key);
    void prepareWrites();
    void applyInMemory(const Batch &batch, const std::array<unsigned char, 32> &digest);

    std::filesystem::path m_file;
    Access m_access;
    sqlite3 *m_db = nullptr;
    mutable std::mutex m_dbMutex; // guards the connection and statements
    sqlite3_stmt *m_upsert = nullptr;
    sqlite3_stmt *m_delete = nullptr;
    sqlite3_stmt *m_history = nullptr;
    sqlite3_stmt *m_tx = nullptr;
    sqlite3_stmt *m_savepointStmt = nullptr;
    sqlite3_stmt *m_historyQuery = nullptr;

    mutable std::shared_mutex m_memMutex; // guards the in-memory maps
    std::map<std::string, VersionedValue> m_state;
    std::unordered_map<std::string, TxRecord> m_txs;
    std::uint64_t m_savepoint = 0;
    std::array<unsigned char, 32> m_digest {};
    sqlite3_stmt *m_digestStmt = nullptr;
    // Read-only: the file's savepoint at open, and the history of blocks
    // replayed in memory after it (newest last).
    std::uint64_t m_fileSavepoint = 0;
    std::map<std::string, std::vector<chaincode::HistoryEntry>> m_replayedHistory;
};

// One organization's private data for one channel: only that
// organization's peer holds it. An append-only log keyed by the height of
// the transaction that wrote it, so that rows of a block that never reached
// the block store can be rolled back.
//
// Read-only, the file is never written (a missing file is an empty store)
// and rows at or above hideFrom()'s height stay unseen: private data is
// stored before its block is appended, so a reader must not see rows of a
// block that is not on its view of the chain yet.
class PrivateStore
{
public:
    explicit PrivateStore(const std::filesystem::path &file, Access access = Access::ReadWrite);
    ~PrivateStore();
    PrivateStore(const PrivateStore &) = delete;
    PrivateStore &operator=(const PrivateStore &) = delete;

    std::optional<VersionedValue> get(const std::string &ns, const std::string &collection,
                                      const std::string &key) const;
    // The live keys of one collection in [startKey, endKey) (empty endKey:
    // no end), latest version of each, in key order.
    std::vector<std::pair<std::string, VersionedValue>> range(const std::string &ns, const std::string &collection,
                                                              const std::string &startKey,
                                                              const std::string &endKey) const;

    struct Write
    {
        std::string ns;
        std::string collection;
        std::string key;
        bool isDelete = false;
        Bytes value;
        Height version;
    };
    // Durable (synchronous=FULL) before the block that carries the hashes is
    // appended. Rows of the same or later blocks left by an earlier failed
    // step are removed in the same transaction. On failure nothing changed.
    void commit(const std::vector<Write> &writes);
    // Removes rows of blocks >= height (they never reached the block store).
    // If that fails (a full disk), the rows are hidden until the next
    // commit or open removes them, and the error is thrown.
    void rollbackTo(std::uint64_t height);
    // Rows of blocks >= height are not seen by get() and range().
    void hideFrom(std::uint64_t height);

private:
    std::filesystem::path m_file;
    Access m_access;
    sqlite3 *m_db = nullptr;
    mutable std::mutex m_mutex;
    std::int64_t m_hiddenFrom; // rows of blocks >= this are not seen
};

} // namespace lx::ledger

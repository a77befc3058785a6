#include "ledger/StateDb.h"

#include "ledger/LedgerError.h"

#include <sqlite3.h>

namespace lx::ledger {

namespace {

[[noreturn]] void fail(sqlite3 *db, const std::string &what)
{
    throw LedgerError(LedgerError::Kind::Unavailable, "STATE_DB",
                      what + ": " + (db ? sqlite3_errmsg(db) : "no database"));
}

sqlite3 *openDb(const std::filesystem::path &file)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        nullptr)
        != SQLITE_OK) {
        const std::string why = db ? sqlite3_errmsg(db) : "out of memory";
        sqlite3_close(db);
        throw LedgerError(LedgerError::Kind::Unavailable, "STATE_DB", "cannot open " + file.string() + ": " + why);
    }
    sqlite3_busy_timeout(db, 5000);
    return db;
}

void execSql(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string why = error ? error : "unknown error";
        sqlite3_free(error);
        throw LedgerError(LedgerError::Kind::Unavailable, "STATE_DB", std::string("SQL failed: ") + why);
    }
}

void bindText(sqlite3_stmt *st, int index, const std::string &text)
{
    sqlite3_bind_text(st, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
}

void bindBlob(sqlite3_stmt *st, int index, const Bytes &blob)
{
    sqlite3_bind_blob(st, index, blob.data(), static_cast<int>(blob.size()), SQLITE_STATIC);
}

Bytes columnBlob(sqlite3_stmt *st, int index)
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(st, index));
    return data ? Bytes(data, static_cast<std::size_t>(sqlite3_column_bytes(st, index))) : Bytes();
}

std::string columnText(sqlite3_stmt *st, int index)
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(st, index));
    return data ? std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(st, index))) : std::string();
}

void stepDone(sqlite3 *db, sqlite3_stmt *st)
{
    if (sqlite3_step(st) != SQLITE_DONE) {
        sqlite3_reset(st);
        fail(db, "write failed");
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
}

} // namespace

StateDb::StateDb(const std::filesystem::path &file)
{
    m_db = openDb(file);
    // The block store is the truth: a state commit lost to a crash is
    // replayed from blocks, so NORMAL synchronisation is enough here.
    exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
         "CREATE TABLE IF NOT EXISTS state(ns TEXT NOT NULL, key TEXT NOT NULL, value BLOB NOT NULL,"
         " block INTEGER NOT NULL, tx INTEGER NOT NULL, PRIMARY KEY(ns, key)) WITHOUT ROWID;"
         "CREATE TABLE IF NOT EXISTS history(ns TEXT NOT NULL, key TEXT NOT NULL, block INTEGER NOT NULL,"
         " tx INTEGER NOT NULL, txid TEXT NOT NULL, ts INTEGER NOT NULL, is_delete INTEGER NOT NULL, value BLOB,"
         " PRIMARY KEY(ns, key, block, tx)) WITHOUT ROWID;"
         "CREATE TABLE IF NOT EXISTS txs(txid TEXT PRIMARY KEY, block INTEGER NOT NULL, tx INTEGER NOT NULL,"
         " code INTEGER NOT NULL) WITHOUT ROWID;"
         "CREATE TABLE IF NOT EXISTS meta(k TEXT PRIMARY KEY, v INTEGER NOT NULL) WITHOUT ROWID;");
    m_upsert = prepare("INSERT INTO state(ns, key, value, block, tx) VALUES(?1, ?2, ?3, ?4, ?5)"
                       " ON CONFLICT(ns, key) DO UPDATE SET value=excluded.value, block=excluded.block, tx=excluded.tx");
    m_delete = prepare("DELETE FROM state WHERE ns=?1 AND key=?2");
    m_history = prepare("INSERT OR REPLACE INTO history(ns, key, block, tx, txid, ts, is_delete, value)"
                        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    // The first transaction with an ID is its fate; a later copy (marked
    // DUPLICATE_TXID) must not overwrite it in the index.
    m_tx = prepare("INSERT OR IGNORE INTO txs(txid, block, tx, code) VALUES(?1, ?2, ?3, ?4)");
    m_savepointStmt = prepare("INSERT OR REPLACE INTO meta(k, v) VALUES('savepoint', ?1)");
    m_historyQuery = prepare("SELECT txid, block, tx, ts, is_delete, value FROM history WHERE ns=?1 AND key=?2"
                             " ORDER BY block DESC, tx DESC");

    sqlite3_stmt *st = prepare("SELECT ns, key, value, block, tx FROM state");
    while (sqlite3_step(st) == SQLITE_ROW) {
        VersionedValue v{columnBlob(st, 2),
                         {static_cast<std::uint64_t>(sqlite3_column_int64(st, 3)),
                          static_cast<std::uint64_t>(sqlite3_column_int64(st, 4))}};
        m_state.emplace(mapKey(columnText(st, 0), columnText(st, 1)), std::move(v));
    }
    sqlite3_finalize(st);
    st = prepare("SELECT txid, block, tx, code FROM txs");
    while (sqlite3_step(st) == SQLITE_ROW)
        m_txs.emplace(columnText(st, 0), TxRecord{static_cast<std::uint64_t>(sqlite3_column_int64(st, 1)),
                                                  static_cast<std::uint64_t>(sqlite3_column_int64(st, 2)),
                                                  sqlite3_column_int(st, 3)});
    sqlite3_finalize(st);
    st = prepare("SELECT v FROM meta WHERE k='savepoint'");
    if (sqlite3_step(st) == SQLITE_ROW)
        m_savepoint = static_cast<std::uint64_t>(sqlite3_column_int64(st, 0));
    sqlite3_finalize(st);
}

StateDb::~StateDb()
{
    for (sqlite3_stmt *st : {m_upsert, m_delete, m_history, m_tx, m_savepointStmt, m_historyQuery})
        sqlite3_finalize(st);
    sqlite3_close(m_db);
}

void StateDb::exec(const char *sql)
{
    execSql(m_db, sql);
}

sqlite3_stmt *StateDb::prepare(const char *sql)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) != SQLITE_OK)
        fail(m_db, "prepare failed");
    return st;
}

std::string StateDb::mapKey(const std::string &ns, const std::string &key)
{
    std::string k;
    k.reserve(ns.size() + 1 + key.size());
    k += ns;
    k.push_back('\0');
    k += key;
    return k;
}

std::optional<VersionedValue> StateDb::get(const std::string &ns, const std::string &key) const
{
    std::shared_lock lock(m_memMutex);
    const auto it = m_state.find(mapKey(ns, key));
    if (it == m_state.end())
        return std::nullopt;
    return it->second;
}

std::vector<std::pair<std::string, VersionedValue>> StateDb::range(const std::string &ns, const std::string &startKey,
                                                                   const std::string &endKey) const
{
    std::vector<std::pair<std::string, VersionedValue>> out;
    const std::string prefix = mapKey(ns, {});
    std::shared_lock lock(m_memMutex);
    for (auto it = m_state.lower_bound(mapKey(ns, startKey)); it != m_state.end(); ++it) {
        if (it->first.compare(0, prefix.size(), prefix) != 0)
            break;
        std::string key = it->first.substr(prefix.size());
        if (!endKey.empty() && key >= endKey)
            break;
        out.emplace_back(std::move(key), it->second);
    }
    return out;
}

std::vector<chaincode::HistoryEntry> StateDb::history(const std::string &ns, const std::string &key) const
{
    std::vector<chaincode::HistoryEntry> out;
    std::lock_guard lock(m_dbMutex);
    bindText(m_historyQuery, 1, ns);
    bindText(m_historyQuery, 2, key);
    while (sqlite3_step(m_historyQuery) == SQLITE_ROW) {
        chaincode::HistoryEntry e;
        e.txId = columnText(m_historyQuery, 0);
        e.blockNumber = static_cast<std::uint64_t>(sqlite3_column_int64(m_historyQuery, 1));
        e.txNumber = static_cast<std::uint64_t>(sqlite3_column_int64(m_historyQuery, 2));
        e.timestampSeconds = sqlite3_column_int64(m_historyQuery, 3);
        e.isDelete = sqlite3_column_int(m_historyQuery, 4) != 0;
        e.value = columnBlob(m_historyQuery, 5);
        out.push_back(std::move(e));
    }
    sqlite3_reset(m_historyQuery);
    sqlite3_clear_bindings(m_historyQuery);
    return out;
}

std::optional<TxRecord> StateDb::transaction(const std::string &txId) const
{
    std::shared_lock lock(m_memMutex);
    const auto it = m_txs.find(txId);
    if (it == m_txs.end())
        return std::nullopt;
    return it->second;
}

std::uint64_t StateDb::savepoint() const
{
    std::shared_lock lock(m_memMutex);
    return m_savepoint;
}

void StateDb::commit(const Batch &batch)
{
    {
        std::lock_guard lock(m_dbMutex);
        exec("BEGIN IMMEDIATE");
        try {
            for (const Write &w : batch.writes) {
                if (w.isDelete) {
                    bindText(m_delete, 1, w.ns);
                    bindText(m_delete, 2, w.key);
                    stepDone(m_db, m_delete);
                } else {
                    bindText(m_upsert, 1, w.ns);
                    bindText(m_upsert, 2, w.key);
                    bindBlob(m_upsert, 3, w.value);
                    sqlite3_bind_int64(m_upsert, 4, static_cast<sqlite3_int64>(w.version.block));
                    sqlite3_bind_int64(m_upsert, 5, static_cast<sqlite3_int64>(w.version.tx));
                    stepDone(m_db, m_upsert);
                }
                bindText(m_history, 1, w.ns);
                bindText(m_history, 2, w.key);
                sqlite3_bind_int64(m_history, 3, static_cast<sqlite3_int64>(w.version.block));
                sqlite3_bind_int64(m_history, 4, static_cast<sqlite3_int64>(w.version.tx));
                bindText(m_history, 5, w.txId);
                sqlite3_bind_int64(m_history, 6, w.timestampSeconds);
                sqlite3_bind_int(m_history, 7, w.isDelete ? 1 : 0);
                bindBlob(m_history, 8, w.value);
                stepDone(m_db, m_history);
            }
            for (const auto &[txId, rec] : batch.transactions) {
                bindText(m_tx, 1, txId);
                sqlite3_bind_int64(m_tx, 2, static_cast<sqlite3_int64>(rec.block));
                sqlite3_bind_int64(m_tx, 3, static_cast<sqlite3_int64>(rec.txNumber));
                sqlite3_bind_int(m_tx, 4, rec.validationCode);
                stepDone(m_db, m_tx);
            }
            sqlite3_bind_int64(m_savepointStmt, 1, static_cast<sqlite3_int64>(batch.blockNumber + 1));
            stepDone(m_db, m_savepointStmt);
            exec("COMMIT");
        } catch (...) {
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
    }
    std::unique_lock lock(m_memMutex);
    for (const Write &w : batch.writes) {
        if (w.isDelete)
            m_state.erase(mapKey(w.ns, w.key));
        else
            m_state[mapKey(w.ns, w.key)] = VersionedValue{w.value, w.version};
    }
    for (const auto &[txId, rec] : batch.transactions)
        m_txs.emplace(txId, rec); // a duplicate keeps its first (valid) record
    m_savepoint = batch.blockNumber + 1;
}

PrivateStore::PrivateStore(const std::filesystem::path &file)
{
    m_db = openDb(file);
    execSql(m_db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                  "CREATE TABLE IF NOT EXISTS pvt(ns TEXT NOT NULL, coll TEXT NOT NULL, key TEXT NOT NULL,"
                  " block INTEGER NOT NULL, tx INTEGER NOT NULL, is_delete INTEGER NOT NULL, value BLOB,"
                  " PRIMARY KEY(ns, coll, key, block, tx)) WITHOUT ROWID;"
                  "CREATE INDEX IF NOT EXISTS pvt_block ON pvt(block);");
}

PrivateStore::~PrivateStore()
{
    sqlite3_close(m_db);
}

std::optional<VersionedValue> PrivateStore::get(const std::string &ns, const std::string &collection,
                                                const std::string &key) const
{
    std::lock_guard lock(m_mutex);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(m_db,
                       "SELECT is_delete, value, block, tx FROM pvt WHERE ns=?1 AND coll=?2 AND key=?3"
                       " ORDER BY block DESC, tx DESC LIMIT 1",
                       -1, &st, nullptr);
    bindText(st, 1, ns);
    bindText(st, 2, collection);
    bindText(st, 3, key);
    std::optional<VersionedValue> out;
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == 0)
        out = VersionedValue{columnBlob(st, 1),
                             {static_cast<std::uint64_t>(sqlite3_column_int64(st, 2)),
                              static_cast<std::uint64_t>(sqlite3_column_int64(st, 3))}};
    sqlite3_finalize(st);
    return out;
}

std::vector<std::pair<std::string, VersionedValue>> PrivateStore::range(const std::string &ns,
                                                                       const std::string &collection,
                                                                       const std::string &startKey,
                                                                       const std::string &endKey) const
{
    std::lock_guard lock(m_mutex);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(m_db,
                       "SELECT key, is_delete, value, block, tx FROM pvt WHERE ns=?1 AND coll=?2 AND key>=?3"
                       " AND (?4='' OR key<?4) ORDER BY key, block DESC, tx DESC",
                       -1, &st, nullptr);
    bindText(st, 1, ns);
    bindText(st, 2, collection);
    bindText(st, 3, startKey);
    bindText(st, 4, endKey);
    std::vector<std::pair<std::string, VersionedValue>> out;
    std::string previous;
    bool first = true;
    while (sqlite3_step(st) == SQLITE_ROW) {
        std::string key = columnBlob(st, 0);
        if (!first && key == previous)
            continue; // an older version of the key just seen
        first = false;
        previous = key;
        if (sqlite3_column_int(st, 1) != 0)
            continue;
        out.emplace_back(std::move(key),
                         VersionedValue{columnBlob(st, 2),
                                        {static_cast<std::uint64_t>(sqlite3_column_int64(st, 3)),
                                         static_cast<std::uint64_t>(sqlite3_column_int64(st, 4))}});
    }
    sqlite3_finalize(st);
    return out;
}

void PrivateStore::commit(const std::vector<Write> &writes)
{
    if (writes.empty())
        return;
    std::lock_guard lock(m_mutex);
    execSql(m_db, "BEGIN IMMEDIATE");
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(m_db,
                       "INSERT OR REPLACE INTO pvt(ns, coll, key, block, tx, is_delete, value)"
                       " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                       -1, &st, nullptr);
    try {
        for (const Write &w : writes) {
            bindText(st, 1, w.ns);
            bindText(st, 2, w.collection);
            bindText(st, 3, w.key);
            sqlite3_bind_int64(st, 4, static_cast<sqlite3_int64>(w.version.block));
            sqlite3_bind_int64(st, 5, static_cast<sqlite3_int64>(w.version.tx));
            sqlite3_bind_int(st, 6, w.isDelete ? 1 : 0);
            bindBlob(st, 7, w.value);
            stepDone(m_db, st);
        }
        sqlite3_finalize(st);
        execSql(m_db, "COMMIT");
    } catch (...) {
        sqlite3_finalize(st);
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

void PrivateStore::rollbackTo(std::uint64_t height)
{
    std::lock_guard lock(m_mutex);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(m_db, "DELETE FROM pvt WHERE block >= ?1", -1, &st, nullptr);
    sqlite3_bind_int64(st, 1, static_cast<sqlite3_int64>(height));
    const int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        fail(m_db, "rollback failed");
}

} // namespace lx::ledger

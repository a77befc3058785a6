#include "ledger/StateDb.h"

#include "crypto/Hash.h"
#include "ledger/DataFolder.h"
#include "ledger/LedgerError.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <sqlite3.h>

namespace lx::ledger {

namespace {

bool isDamage(int code)
{
    code &= 0xff;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

std::string damagedMessage(const std::filesystem::path &file, const std::string &why)
{
    return file.string() + " is damaged (" + why
        + "); the blocks are intact: move it aside and reopen to rebuild it from them";
}

// One mapping of SQLite's failures, with the file named: a damaged file is
// data invalid (exit 5), never a shorter answer; a full disk (SQLITE_FULL,
// or an I/O error whose cause was ENOSPC) has one reason code and one
// message everywhere; anything else leaves the ledger unavailable.
[[noreturn]] void fail(sqlite3 *db, const std::filesystem::path &file, const std::string &what, int code)
{
    if (isDamage(code))
        throw LedgerError(LedgerError::Kind::DataInvalid, "STATE_DAMAGED",
                          damagedMessage(file, what + ": " + (db ? sqlite3_errmsg(db) : "?")));
    if ((code & 0xff) == SQLITE_FULL
        || (db && (code & 0xff) == SQLITE_IOERR && isNoSpaceErrno(sqlite3_system_errno(db))))
        throw LedgerError(LedgerError::Kind::Unavailable, "DISK_FULL", diskFullMessage(file.parent_path()));
    throw LedgerError(LedgerError::Kind::Unavailable, "STATE_DB",
                      what + " in " + file.string() + ": " + (db ? sqlite3_errmsg(db) : "no database"));
}

[[noreturn]] void fail(sqlite3 *db, const std::filesystem::path &file, const std::string &what)
{
    fail(db, file, what, db ? sqlite3_extended_errcode(db) : SQLITE_ERROR);
}

// After a loop of sqlite3_step: SQLITE_DONE or an error, never a silent end.
void checkDone(sqlite3 *db, const std::filesystem::path &file, int rc, const std::string &what)
{
    if (rc != SQLITE_DONE)
        fail(db, file, what, rc);
}

// A file: URI for the path, percent-encoded so it stays a path.
std::string fileUri(const std::filesystem::path &file, const char *query)
{
    static const char *hex = "0123456789ABCDEF";
    std::string uri = "file:";
    for (const unsigned char c : file.string()) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
            uri.push_back(static_cast<char>(c));
        } else {
            uri.push_back('%');
            uri.push_back(hex[c >> 4]);
            uri.push_back(hex[c & 15]);
        }
    }
    return uri + query;
}

// Read-only and no file yet: an empty store in memory, so a reader never
// creates a file in the writer's folder. Read-only with no (or an empty)
// -wal file: every committed page is in the database file itself (SQLite
// removes the WAL when the last connection closes), so it is opened
// immutable, which needs no -shm file (a reader on a full disk could not
// create one) and writes nothing. A writer that starts later writes to its
// WAL, not to the file, until a checkpoint (1000 pages); a short-lived
// reader has read its snapshot long before.
sqlite3 *openDb(const std::filesystem::path &file, Access access, bool inMemory)
{
    sqlite3 *db = nullptr;
    int flags = SQLITE_OPEN_FULLMUTEX;
    std::string name = file.string();
    std::error_code ec;
    if (inMemory) {
        name = ":memory:";
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    } else if (access == Access::ReadOnly) {
        flags |= SQLITE_OPEN_READONLY;
        const std::filesystem::path wal = file.string() + "-wal";
        if (!std::filesystem::exists(wal, ec) || std::filesystem::file_size(wal, ec) == 0) {
            name = fileUri(file, "?immutable=1");
            flags |= SQLITE_OPEN_URI;
        }
    } else {
        // 0600 before SQLite sees it: its -wal and -shm files take this mode.
        createOwnerOnlyFile(file);
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    }
    if (sqlite3_open_v2(name.c_str(), &db, flags, nullptr) != SQLITE_OK) {
        const std::string why = db ? sqlite3_errmsg(db) : "out of memory";
        sqlite3_close(db);
        throw LedgerError(LedgerError::Kind::Unavailable, "STATE_DB", "cannot open " + file.string() + ": " + why);
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    return db;
}

void execSql(sqlite3 *db, const std::filesystem::path &file, const char *sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        sqlite3_free(error);
        fail(db, file, "SQL failed", rc);
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

void stepDone(sqlite3 *db, const std::filesystem::path &file, sqlite3_stmt *st)
{
    const int rc = sqlite3_step(st);
    if (rc != SQLITE_DONE) {
        sqlite3_reset(st);
        fail(db, file, "write failed", rc);
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
}

// PRAGMA quick_check: every page of the file is read and checked (b-tree
// structure, record formats), so a damaged page anywhere surfaces at open.
// It reads only, so a reader runs it on its snapshot too.
void quickCheck(sqlite3 *db, const std::filesystem::path &file)
{
    sqlite3_stmt *st = nullptr;
    int rc = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &st, nullptr);
    if (rc != SQLITE_OK)
        fail(db, file, "integrity check", rc);
    std::string problems;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
        const std::string line = text ? text : "";
        if (line != "ok" && problems.size() < 300)
            problems += (problems.empty() ? "" : "; ") + line;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        fail(db, file, "integrity check", rc);
    if (!problems.empty())
        throw LedgerError(LedgerError::Kind::DataInvalid, "STATE_DAMAGED", damagedMessage(file, problems));
}

using Digest = std::array<unsigned char, 32>;

void appendPart(std::string &out, std::string_view part)
{
    const auto size = static_cast<std::uint32_t>(part.size());
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<char>(size >> (8 * i)));
    out += part;
}

Bytes keyEntryHash(const std::string &ns, const std::string &key, const VersionedValue &v)
{
    std::string entry = "S";
    appendPart(entry, ns);
    appendPart(entry, key);
    appendPart(entry, v.value);
    appendPart(entry, std::to_string(v.version.block) + ":" + std::to_string(v.version.tx));
    return crypto::sha256(entry);
}

Bytes txEntryHash(const std::string &txId, const TxRecord &r)
{
    std::string entry = "T";
    appendPart(entry, txId);
    appendPart(
        entry, std::to_string(r.block) + ":" + std::to_string(r.txNumber) + ":" + std::to_string(r.validationCode));
    return crypto::sha256(entry);
}

// The digest is a sum modulo 2^256 (little-endian), so keys can be added
// and taken away one at a time, in any order.
void addTo(Digest &digest, const Bytes &hash)
{
    unsigned carry = 0;
    for (std::size_t i = 0; i < digest.size(); ++i) {
        const unsigned sum = digest[i] + static_cast<unsigned char>(hash[i]) + carry;
        digest[i] = static_cast<unsigned char>(sum);
        carry = sum >> 8;
    }
}

void subtractFrom(Digest &digest, const Bytes &hash)
{
    int borrow = 0;
    for (std::size_t i = 0; i < digest.size(); ++i) {
        const int diff = digest[i] - static_cast<unsigned char>(hash[i]) - borrow;
        digest[i] = static_cast<unsigned char>(diff & 0xff);
        borrow = diff < 0 ? 1 : 0;
    }
}

sqlite3_stmt *preparePrivate(sqlite3 *db, const std::filesystem::path &file, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    if (rc != SQLITE_OK)
        fail(db, file, "prepare failed", rc);
    return st;
}

} // namespace

constexpr const char *kStateSchema =
    "CREATE TABLE IF NOT EXISTS state(ns TEXT NOT NULL, key TEXT NOT NULL, value BLOB NOT NULL,"
    " block INTEGER NOT NULL, tx INTEGER NOT NULL, PRIMARY KEY(ns, key)) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS history(ns TEXT NOT NULL, key TEXT NOT NULL, block INTEGER NOT NULL,"
    " tx INTEGER NOT NULL, txid TEXT NOT NULL, ts INTEGER NOT NULL, is_delete INTEGER NOT NULL, value BLOB,"
    " PRIMARY KEY(ns, key, block, tx)) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS txs(txid TEXT PRIMARY KEY, block INTEGER NOT NULL, tx INTEGER NOT NULL,"
    " code INTEGER NOT NULL) WITHOUT ROWID;"
    "CREATE TABLE IF NOT EXISTS meta(k TEXT PRIMARY KEY, v INTEGER NOT NULL) WITHOUT ROWID;";

StateDb::StateDb(const std::filesystem::path &file, Access access, Open mode)
    : m_file(file), m_access(access)
{
    const bool reading = access == Access::ReadOnly;
    std::error_code ec;
    const bool inMemory = reading && !std::filesystem::exists(file, ec);
    m_db = openDb(file, access, inMemory);
    // No destructor runs when the constructor throws: release the
    // connection and statements here.
    struct Release
    {
        StateDb *self;
        bool done = false;
        ~Release()
        {
            if (done)
                return;
            for (sqlite3_stmt *st : { self->m_upsert, self->m_delete, self->m_history, self->m_tx,
                     self->m_savepointStmt, self->m_historyQuery, self->m_digestStmt })
                sqlite3_finalize(st);
            sqlite3_close(self->m_db);
            self->m_db = nullptr;
        }
    } release { this };
    if (!reading) {
        quickCheck(m_db, m_file);
        // The block store is the truth: a state commit lost to a crash is
        // replayed from blocks, so NORMAL synchronisation is enough here.
        exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
    }
    if (!reading || inMemory)
        exec(kStateSchema);
    m_historyQuery = prepare("SELECT txid, block, tx, ts, is_delete, value FROM history WHERE ns=?1 AND key=?2"
                             " ORDER BY block DESC, tx DESC");
    if (!reading)
        prepareWrites();

    // One snapshot: a writer in another process may commit between the
    // reads below. A reader checks the file on that snapshot (an empty
    // state in memory has nothing to check).
    exec("BEGIN");
    if (reading && !inMemory)
        quickCheck(m_db, m_file);
    Digest computed {};
    sqlite3_stmt *st = prepare("SELECT ns, key, value, block, tx FROM state");
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        VersionedValue v{columnBlob(st, 2),
                         {static_cast<std::uint64_t>(sqlite3_column_int64(st, 3)),
                          static_cast<std::uint64_t>(sqlite3_column_int64(st, 4))}};
        const std::string ns = columnText(st, 0);
        const std::string key = columnText(st, 1);
        addTo(computed, keyEntryHash(ns, key, v));
        m_state.emplace(mapKey(ns, key), std::move(v));
    }
    sqlite3_finalize(st);
    checkDone(m_db, m_file, rc, "reading the state");
    st = prepare("SELECT txid, block, tx, code FROM txs");
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const std::string txId = columnText(st, 0);
        const TxRecord rec { static_cast<std::uint64_t>(sqlite3_column_int64(st, 1)),
            static_cast<std::uint64_t>(sqlite3_column_int64(st, 2)), sqlite3_column_int(st, 3) };
        addTo(computed, txEntryHash(txId, rec));
        m_txs.emplace(txId, rec);
    }
    sqlite3_finalize(st);
    checkDone(m_db, m_file, rc, "reading the transaction index");
    st = prepare("SELECT v FROM meta WHERE k='savepoint'");
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        m_savepoint = static_cast<std::uint64_t>(sqlite3_column_int64(st, 0));
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW)
        checkDone(m_db, m_file, rc, "reading the savepoint");
    st = prepare("SELECT v FROM meta WHERE k='digest'");
    rc = sqlite3_step(st);
    const std::optional<Bytes> stored = rc == SQLITE_ROW ? std::optional<Bytes>(columnBlob(st, 0)) : std::nullopt;
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW)
        checkDone(m_db, m_file, rc, "reading the state digest");
    exec("COMMIT");
    m_fileSavepoint = m_savepoint;
    m_digest = computed;
    const Bytes computedBytes(computed.begin(), computed.end());
    if (!stored) {
        // A state written before digests were kept: it is taken as it is
        // (`ledger verify state` checks it against the blocks). A reader
        // keeps the digest in memory only.
        if (!reading) {
            bindBlob(m_digestStmt, 1, computedBytes);
            stepDone(m_db, m_file, m_digestStmt);
        }
    } else if (*stored != computedBytes && mode == Open::Checked) {
        throw LedgerError(LedgerError::Kind::DataInvalid, "STATE_TAMPERED",
            file.string()
                + " was changed outside LianXin: its keys, values or transaction records"
                  " no longer match its digest (`lianxin-cli ledger verify state` names"
                  " them; move the file aside and reopen to rebuild it from the blocks)");
    }
    release.done = true;
}

void StateDb::prepareWrites()
{
    m_upsert = prepare("INSERT INTO state(ns, key, value, block, tx) VALUES(?1, ?2, ?3, ?4, ?5)"
                       " ON CONFLICT(ns, key) DO UPDATE SET value=excluded.value, block=excluded.block, tx=excluded.tx");
    m_delete = prepare("DELETE FROM state WHERE ns=?1 AND key=?2");
    m_history = prepare("INSERT OR REPLACE INTO history(ns, key, block, tx, txid, ts, is_delete, value)"
                        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    // The first transaction with an ID is its fate; a later copy (marked
    // DUPLICATE_TXID) must not overwrite it in the index.
    m_tx = prepare("INSERT OR IGNORE INTO txs(txid, block, tx, code) VALUES(?1, ?2, ?3, ?4)");
    m_savepointStmt = prepare("INSERT OR REPLACE INTO meta(k, v) VALUES('savepoint', ?1)");
    m_digestStmt = prepare("INSERT OR REPLACE INTO meta(k, v) VALUES('digest', ?1)");
}

StateDb::~StateDb()
{
    for (sqlite3_stmt *st : { m_upsert, m_delete, m_history, m_tx, m_savepointStmt, m_historyQuery, m_digestStmt })
        sqlite3_finalize(st);
    sqlite3_close(m_db);
}

void StateDb::exec(const char *sql)
{
    execSql(m_db, m_file, sql);
}

sqlite3_stmt *StateDb::prepare(const char *sql)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) != SQLITE_OK)
        fail(m_db, m_file, "prepare failed");
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
    std::uint64_t fileLimit = UINT64_MAX;
    if (m_access == Access::ReadOnly) {
        // Blocks replayed in memory first (newest first), then the file's
        // rows up to the snapshot; rows the writer committed since are not
        // on this reader's view of the chain.
        std::shared_lock lock(m_memMutex);
        fileLimit = m_fileSavepoint;
        const auto it = m_replayedHistory.find(mapKey(ns, key));
        if (it != m_replayedHistory.end())
            out.assign(it->second.rbegin(), it->second.rend());
    }
    std::lock_guard lock(m_dbMutex);
    bindText(m_historyQuery, 1, ns);
    bindText(m_historyQuery, 2, key);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(m_historyQuery)) == SQLITE_ROW) {
        chaincode::HistoryEntry e;
        e.txId = columnText(m_historyQuery, 0);
        e.blockNumber = static_cast<std::uint64_t>(sqlite3_column_int64(m_historyQuery, 1));
        e.txNumber = static_cast<std::uint64_t>(sqlite3_column_int64(m_historyQuery, 2));
        e.timestampSeconds = sqlite3_column_int64(m_historyQuery, 3);
        e.isDelete = sqlite3_column_int(m_historyQuery, 4) != 0;
        e.value = columnBlob(m_historyQuery, 5);
        if (e.blockNumber < fileLimit)
            out.push_back(std::move(e));
    }
    sqlite3_reset(m_historyQuery);
    sqlite3_clear_bindings(m_historyQuery);
    checkDone(m_db, m_file, rc, "reading the history of " + key);
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

void StateDb::forEachKey(
    const std::function<void(const std::string &, const std::string &, const VersionedValue &)> &visit) const
{
    std::shared_lock lock(m_memMutex);
    for (const auto &[k, v] : m_state) {
        const auto zero = k.find('\0');
        visit(k.substr(0, zero), k.substr(zero + 1), v);
    }
}

void StateDb::forEachTransaction(const std::function<void(const std::string &, const TxRecord &)> &visit) const
{
    std::shared_lock lock(m_memMutex);
    for (const auto &[txId, rec] : m_txs)
        visit(txId, rec);
}

void StateDb::commit(const Batch &batch)
{
    // The digest after this block: each key's old entry out, its new one in.
    Digest digest;
    {
        std::shared_lock lock(m_memMutex);
        digest = m_digest;
        std::unordered_map<std::string, std::optional<VersionedValue>> touched;
        for (const Write &w : batch.writes) {
            const std::string k = mapKey(w.ns, w.key);
            auto it = touched.find(k);
            if (it == touched.end()) {
                const auto current = m_state.find(k);
                it = touched
                         .emplace(k,
                             current == m_state.end() ? std::nullopt : std::optional<VersionedValue>(current->second))
                         .first;
            }
            if (it->second)
                subtractFrom(digest, keyEntryHash(w.ns, w.key, *it->second));
            it->second
                = w.isDelete ? std::nullopt : std::optional<VersionedValue>(VersionedValue { w.value, w.version });
            if (it->second)
                addTo(digest, keyEntryHash(w.ns, w.key, *it->second));
        }
        std::unordered_map<std::string, bool> seen;
        for (const auto &[txId, rec] : batch.transactions)
            if (!m_txs.count(txId) && seen.emplace(txId, true).second)
                addTo(digest, txEntryHash(txId, rec));
    }
    if (m_access == Access::ReadOnly) {
        // A reader catching up with blocks appended after its snapshot: in
        // memory only, the digest too.
        {
            std::unique_lock lock(m_memMutex);
            for (const Write &w : batch.writes)
                m_replayedHistory[mapKey(w.ns, w.key)].push_back(chaincode::HistoryEntry{
                    w.txId, w.version.block, w.version.tx, w.timestampSeconds, w.isDelete, w.value});
        }
        applyInMemory(batch, digest);
        return;
    }
    {
        std::lock_guard lock(m_dbMutex);
        exec("BEGIN IMMEDIATE");
        try {
            for (const Write &w : batch.writes) {
                if (w.isDelete) {
                    bindText(m_delete, 1, w.ns);
                    bindText(m_delete, 2, w.key);
                    stepDone(m_db, m_file, m_delete);
                } else {
                    bindText(m_upsert, 1, w.ns);
                    bindText(m_upsert, 2, w.key);
                    bindBlob(m_upsert, 3, w.value);
                    sqlite3_bind_int64(m_upsert, 4, static_cast<sqlite3_int64>(w.version.block));
                    sqlite3_bind_int64(m_upsert, 5, static_cast<sqlite3_int64>(w.version.tx));
                    stepDone(m_db, m_file, m_upsert);
                }
                bindText(m_history, 1, w.ns);
                bindText(m_history, 2, w.key);
                sqlite3_bind_int64(m_history, 3, static_cast<sqlite3_int64>(w.version.block));
                sqlite3_bind_int64(m_history, 4, static_cast<sqlite3_int64>(w.version.tx));
                bindText(m_history, 5, w.txId);
                sqlite3_bind_int64(m_history, 6, w.timestampSeconds);
                sqlite3_bind_int(m_history, 7, w.isDelete ? 1 : 0);
                bindBlob(m_history, 8, w.value);
                stepDone(m_db, m_file, m_history);
            }
            for (const auto &[txId, rec] : batch.transactions) {
                bindText(m_tx, 1, txId);
                sqlite3_bind_int64(m_tx, 2, static_cast<sqlite3_int64>(rec.block));
                sqlite3_bind_int64(m_tx, 3, static_cast<sqlite3_int64>(rec.txNumber));
                sqlite3_bind_int(m_tx, 4, rec.validationCode);
                stepDone(m_db, m_file, m_tx);
            }
            sqlite3_bind_int64(m_savepointStmt, 1, static_cast<sqlite3_int64>(batch.blockNumber + 1));
            stepDone(m_db, m_file, m_savepointStmt);
            const Bytes digestBytes(digest.begin(), digest.end());
            bindBlob(m_digestStmt, 1, digestBytes);
            stepDone(m_db, m_file, m_digestStmt);
            exec("COMMIT");
        } catch (...) {
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
    }
    applyInMemory(batch, digest);
}

void StateDb::applyInMemory(const Batch &batch, const std::array<unsigned char, 32> &digest)
{
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
    m_digest = digest;
}

PrivateStore::PrivateStore(const std::filesystem::path &file, Access access)
    : m_file(file), m_access(access), m_hiddenFrom(INT64_MAX)
{
    const bool reading = access == Access::ReadOnly;
    std::error_code ec;
    const bool inMemory = reading && !std::filesystem::exists(file, ec);
    m_db = openDb(file, access, inMemory);
    try {
        if (!inMemory)
            quickCheck(m_db, m_file);
        if (!reading)
            execSql(m_db, m_file, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
        if (!reading || inMemory)
            execSql(m_db, m_file,
                    "CREATE TABLE IF NOT EXISTS pvt(ns TEXT NOT NULL, coll TEXT NOT NULL, key TEXT NOT NULL,"
                    " block INTEGER NOT NULL, tx INTEGER NOT NULL, is_delete INTEGER NOT NULL, value BLOB,"
                    " PRIMARY KEY(ns, coll, key, block, tx)) WITHOUT ROWID;"
                    "CREATE INDEX IF NOT EXISTS pvt_block ON pvt(block);");
    } catch (...) {
        sqlite3_close(m_db);
        throw;
    }
}

PrivateStore::~PrivateStore()
{
    sqlite3_close(m_db);
}

void PrivateStore::hideFrom(std::uint64_t height)
{
    std::lock_guard lock(m_mutex);
    m_hiddenFrom = std::min<std::int64_t>(m_hiddenFrom, static_cast<std::int64_t>(height));
}

std::optional<VersionedValue> PrivateStore::get(const std::string &ns, const std::string &collection,
                                                const std::string &key) const
{
    std::lock_guard lock(m_mutex);
    sqlite3_stmt *st = preparePrivate(m_db, m_file,
        "SELECT is_delete, value, block, tx FROM pvt WHERE ns=?1 AND coll=?2 AND key=?3"
        " AND block < ?4 ORDER BY block DESC, tx DESC LIMIT 1");
    bindText(st, 1, ns);
    bindText(st, 2, collection);
    bindText(st, 3, key);
    sqlite3_bind_int64(st, 4, m_hiddenFrom);
    std::optional<VersionedValue> out;
    const int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW && sqlite3_column_int(st, 0) == 0)
        out = VersionedValue{columnBlob(st, 1),
                             {static_cast<std::uint64_t>(sqlite3_column_int64(st, 2)),
                              static_cast<std::uint64_t>(sqlite3_column_int64(st, 3))}};
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW)
        checkDone(m_db, m_file, rc, "reading private data");
    return out;
}

std::vector<std::pair<std::string, VersionedValue>> PrivateStore::range(const std::string &ns,
                                                                       const std::string &collection,
                                                                       const std::string &startKey,
                                                                       const std::string &endKey) const
{
    std::lock_guard lock(m_mutex);
    sqlite3_stmt *st = preparePrivate(m_db, m_file,
        "SELECT key, is_delete, value, block, tx FROM pvt WHERE ns=?1 AND coll=?2 AND key>=?3"
        " AND (?4='' OR key<?4) AND block < ?5 ORDER BY key, block DESC, tx DESC");
    bindText(st, 1, ns);
    bindText(st, 2, collection);
    bindText(st, 3, startKey);
    bindText(st, 4, endKey);
    sqlite3_bind_int64(st, 5, m_hiddenFrom);
    std::vector<std::pair<std::string, VersionedValue>> out;
    std::string previous;
    bool first = true;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
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
    checkDone(m_db, m_file, rc, "reading private data");
    return out;
}

void PrivateStore::commit(const std::vector<Write> &writes)
{
    if (writes.empty())
        return;
    if (m_access == Access::ReadOnly)
        throw LedgerError(LedgerError::Kind::Unavailable, "LEDGER_READ_ONLY",
                          "the private store " + m_file.string() + " is open for reading only");
    std::int64_t firstBlock = INT64_MAX;
    for (const Write &w : writes)
        firstBlock = std::min<std::int64_t>(firstBlock, static_cast<std::int64_t>(w.version.block));
    std::lock_guard lock(m_mutex);
    execSql(m_db, m_file, "BEGIN IMMEDIATE");
    sqlite3_stmt *st = nullptr;
    try {
        // Rows of a block that failed earlier and could not be removed then.
        st = preparePrivate(m_db, m_file, "DELETE FROM pvt WHERE block >= ?1");
        sqlite3_bind_int64(st, 1, firstBlock);
        stepDone(m_db, m_file, st);
        sqlite3_finalize(st);
        st = nullptr;
        st = preparePrivate(m_db, m_file,
            "INSERT OR REPLACE INTO pvt(ns, coll, key, block, tx, is_delete, value)"
            " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        for (const Write &w : writes) {
            bindText(st, 1, w.ns);
            bindText(st, 2, w.collection);
            bindText(st, 3, w.key);
            sqlite3_bind_int64(st, 4, static_cast<sqlite3_int64>(w.version.block));
            sqlite3_bind_int64(st, 5, static_cast<sqlite3_int64>(w.version.tx));
            sqlite3_bind_int(st, 6, w.isDelete ? 1 : 0);
            bindBlob(st, 7, w.value);
            stepDone(m_db, m_file, st);
        }
        // Finalized once: a COMMIT that fails (a full disk) lands in the
        // handler below, which must not finalize it again.
        sqlite3_finalize(st);
        st = nullptr;
        execSql(m_db, m_file, "COMMIT");
    } catch (...) {
        sqlite3_finalize(st);
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    m_hiddenFrom = INT64_MAX;
}

void PrivateStore::rollbackTo(std::uint64_t height)
{
    std::lock_guard lock(m_mutex);
    if (m_access == Access::ReadOnly) {
        m_hiddenFrom = std::min<std::int64_t>(m_hiddenFrom, static_cast<std::int64_t>(height));
        return;
    }
    sqlite3_stmt *st = preparePrivate(m_db, m_file, "DELETE FROM pvt WHERE block >= ?1");
    sqlite3_bind_int64(st, 1, static_cast<sqlite3_int64>(height));
    const int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE) {
        m_hiddenFrom = std::min<std::int64_t>(m_hiddenFrom, static_cast<std::int64_t>(height));
        fail(m_db, m_file, "rollback failed", rc);
    }
}

} // namespace lx::ledger

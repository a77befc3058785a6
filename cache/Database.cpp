#include "cache/Database.h"

#include "cache/CacheError.h"
#include "cache/EncryptedVfs.h"
#include "cache/Statement.h"

#include <sqlite3.h>
#include <string>

namespace lx::cache {

CacheError::Kind cacheErrorKind(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return CacheError::Kind::Busy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return CacheError::Kind::Corrupt;
    case SQLITE_IOERR:
        return (sqliteCode == SQLITE_IOERR_DATA) ? CacheError::Kind::Tampered : CacheError::Kind::Io;
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return CacheError::Kind::Io;
    default:
        return CacheError::Kind::Invalid;
    }
}

namespace {

// A file: URI carries the key token to every file SQLite opens for this
// database (WAL included), so the path is percent-encoded to stay a path.
std::string fileUri(const std::filesystem::path &file, std::uint64_t token)
{
    static const char *hex = "0123456789ABCDEF";
    std::string uri = "file:";
    for (const unsigned char c : file.string()) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' || c == '-'
            || c == '_' || c == '.' || c == '~') {
            uri.push_back(static_cast<char>(c));
        } else {
            uri.push_back('%');
            uri.push_back(hex[c >> 4]);
            uri.push_back(hex[c & 15]);
        }
    }
    return uri + "?lxkey=" + std::to_string(token);
}

std::int64_t pragmaInteger(sqlite3 *db, const char *sql)
{
    Statement statement(db, sql);
    return statement.step() ? statement.integer(0) : 0;
}

// Page size and reserved tail can only be chosen before page 1 exists; the
// VFS refuses to write a page 1 that does not declare them.
void prepareEncryptedFile(sqlite3 *db, const Database::Options &options)
{
    if (pragmaInteger(db, "PRAGMA page_count") == 0) {
        int reserve = EncryptedVfs::kReservedBytes;
        if (sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) != SQLITE_OK)
            throw CacheError(CacheError::Kind::Io, "cannot reserve page space for the cache's encryption");
    }
    int current = -1;
    sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &current);
    if (current != EncryptedVfs::kReservedBytes || pragmaInteger(db, "PRAGMA page_size") != options.pageSize)
        throw CacheError(CacheError::Kind::Corrupt,
            "the cache file does not have the encrypted layout; delete it and LianXin will resync from the ledger");
}

// Any journal mode but WAL would put page images in a rollback journal,
// which the VFS cannot encrypt; refuse the switch with a clear reason.
int refuseOtherJournalModes(void *, int action, const char *pragma, const char *value, const char *, const char *)
{
    if (action == SQLITE_PRAGMA && pragma && value && sqlite3_stricmp(pragma, "journal_mode") == 0
        && sqlite3_stricmp(value, "wal") != 0)
        return SQLITE_DENY;
    return SQLITE_OK;
}

} // namespace

Database Database::open(const std::filesystem::path &file, const Bytes &dataKey, const Options &options)
{
    std::uint64_t token = 0;
    std::string name = file.string();
    const char *vfs = nullptr;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX;
    if (options.encrypted) {
        vfs = EncryptedVfs::name();
        token = EncryptedVfs::addKey(dataKey, options.pageSize);
        name = fileUri(file, token);
        flags |= SQLITE_OPEN_URI;
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(name.c_str(), &db, flags, vfs);
    Database out(db, token);
    if (rc != SQLITE_OK) {
        const std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        // Opening reads page 1: a wrong key or an altered header is Tampered, not Io.
        const int code = db ? sqlite3_extended_errcode(db) : rc;
        throw CacheError(cacheErrorKind(code), "cannot open the cache " + file.string() + ": " + message);
    }
    // Statement and execute() map codes to CacheError kinds; Tampered needs
    // SQLITE_IOERR_DATA, which only the extended codes tell apart.
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    const std::string pageSize = "PRAGMA page_size=" + std::to_string(options.pageSize) + ";";
    out.exec(pageSize.c_str());
    if (options.encrypted) {
        prepareEncryptedFile(db, options);
        // mmap would let SQLite read pages without the VFS decrypting them.
        out.exec("PRAGMA mmap_size=0;");
    }
    // A fresh file is switched to WAL before its first table, so no rollback
    // journal ever holds a page image (the VFS refuses them anyway).
    {
        Statement walMode(db, "PRAGMA journal_mode=WAL");
        if (!walMode.step() || walMode.text(0) != "wal")
            throw CacheError(CacheError::Kind::Io, "the cache " + file.string() + " cannot use write-ahead logging");
    }
    if (options.encrypted)
        sqlite3_set_authorizer(db, refuseOtherJournalModes, nullptr);
    const std::string cache = "PRAGMA cache_size=-" + std::to_string(options.cacheKiB) + ";";
    out.exec("PRAGMA synchronous=FULL; PRAGMA temp_store=MEMORY;");
    out.exec(cache.c_str());
    return out;
}

void Database::close() noexcept
{
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    if (m_keyToken != 0)
        EncryptedVfs::releaseKey(m_keyToken);
    m_keyToken = 0;
}

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept : m_db(other.m_db), m_keyToken(other.m_keyToken)
{
    other.m_db = nullptr;
    other.m_keyToken = 0;
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_keyToken = other.m_keyToken;
        other.m_db = nullptr;
        other.m_keyToken = 0;
    }
    return *this;
}

void Database::exec(const char *sql)
{
    execute(m_db, sql);
}

} // namespace lx::cache

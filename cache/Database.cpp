#include "cache/Database.h"

#include "cache/CacheError.h"
#include "cache/Statement.h"

#include <sqlite3.h>

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

Database Database::open(const std::filesystem::path &file, const Bytes &, const Options &)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(
        file.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        sqlite3_close(db);
        throw CacheError(cacheErrorKind(rc), "cannot open the cache " + file.string() + ": " + message);
    }
    sqlite3_busy_timeout(db, 5000);
    Database out(db);
    out.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA temp_store=MEMORY;");
    return out;
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

Database::Database(Database &&other) noexcept : m_db(other.m_db)
{
    other.m_db = nullptr;
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = other.m_db;
        other.m_db = nullptr;
    }
    return *this;
}

void Database::exec(const char *sql)
{
    execute(m_db, sql);
}

} // namespace lx::cache

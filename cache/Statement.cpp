#include "cache/Statement.h"

#include "cache/CacheError.h"

#include <sqlite3.h>

namespace lx::cache {

namespace {

[[noreturn]] void fail(sqlite3 *db, int rc, std::string_view what)
{
    const std::string message = std::string(what) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    throw CacheError(cacheErrorKind(rc), message);
}

} // namespace

Statement::Statement(sqlite3 *db, std::string_view sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_statement, nullptr);
    if (rc != SQLITE_OK)
        fail(db, rc, "cannot prepare \"" + std::string(sql.substr(0, 60)) + "\"");
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement::Statement(Statement &&other) noexcept : m_db(other.m_db), m_statement(other.m_statement)
{
    other.m_statement = nullptr;
}

Statement &Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement &Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindBlob(int index, std::string_view bytes)
{
    sqlite3_bind_blob(m_statement, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(m_db, rc, "query failed");
}

void Statement::run()
{
    step();
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

std::string Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column))) : std::string();
}

std::string_view Statement::textView(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)))
             : std::string_view();
}

Bytes Statement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return p ? Bytes(p, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column))) : Bytes();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

void execute(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const std::string message = error ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        throw CacheError(cacheErrorKind(rc), message);
    }
}

Transaction::Transaction(sqlite3 *db) : m_db(db)
{
    execute(db, "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_open)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    execute(m_db, "COMMIT");
    m_open = false;
}

} // namespace lx::cache

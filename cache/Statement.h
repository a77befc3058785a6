#pragma once

#include "crypto/Bytes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace lx::cache {

// One prepared SQLite statement, finalized on destruction. Binding indexes
// start at 1, column indexes at 0, as in SQLite. Errors throw CacheError
// with SQLite's message.
class Statement
{
public:
    Statement(sqlite3 *db, std::string_view sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, std::string_view text);
    Statement &bindBlob(int index, std::string_view bytes);
    Statement &bindNull(int index);

    // True while a row is available; false when done. Throws on errors.
    bool step();
    // Steps once and resets: for statements without rows.
    void run();
    // Clears bindings and rewinds, ready for reuse.
    void reset();

    std::int64_t integer(int column) const;
    std::string text(int column) const;
    // The text without a copy: valid until the next step, reset or destruction.
    std::string_view textView(int column) const;
    Bytes blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

// Runs statements without results ("BEGIN IMMEDIATE", schema); throws CacheError.
void execute(sqlite3 *db, const char *sql);

// BEGIN IMMEDIATE .. COMMIT; rolls back if destroyed before commit().
class Transaction
{
public:
    explicit Transaction(sqlite3 *db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    sqlite3 *m_db;
    bool m_open = true;
};

} // namespace lx::cache

#pragma once

#include "lianxin/lc.pb.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

struct sqlite3;

namespace lx::cache {

class Statement;

// The L/C tables of the cache: one row per L/C with the columns the lists
// sort and filter by (dates as days since 1970-01-01) and the record as the
// ledger holds it; one row per history entry (the timeline); one row per
// presented document (hash, and its content once attached).
void createLcSchema(sqlite3 *db);

// Writes L/C records; statements are prepared once per connection, so a
// sync applying 500-transaction blocks does not re-parse SQL.
class LcWriter
{
public:
    explicit LcWriter(sqlite3 *db);
    ~LcWriter();
    LcWriter(const LcWriter &) = delete;
    LcWriter &operator=(const LcWriter &) = delete;

    // The L/C as written by transaction txId in block; its events and
    // documents follow (attached document content is kept).
    void upsert(const lianxin::lc::LetterOfCredit &lc, std::uint64_t block, const std::string &txId);

private:
    sqlite3 *m_db;
    std::unique_ptr<Statement> m_upsert;
    std::unique_ptr<Statement> m_event;
    std::unique_ptr<Statement> m_document;
};

std::optional<lianxin::lc::LetterOfCredit> loadLetterOfCredit(sqlite3 *db, const std::string &lcNo);

} // namespace lx::cache

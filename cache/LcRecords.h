#pragma once

#include "lianxin/lc.pb.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace lx::cache {

class Statement;

// The L/C tables of the cache, version kLcSchemaVersion (meta table, key
// "lc_schema_version"): one row per L/C with the columns the lists sort and
// filter by (dates as days since 1970-01-01, NULL when unset) and the record
// as the ledger holds it; lc_fts, a trigram full-text index over the L/C
// number, party names and goods, kept in step by triggers so it commits
// with the row; one row per presentation (deadlines, maturities: the
// worklist and the maturity ladder read them without parsing records); one
// row per history entry (the timeline); one row per presented document
// (hash, and its content once attached). Idempotent; migrates a schema-3
// cache in place; throws CacheError (Invalid) on any other version.
inline constexpr int kLcSchemaVersion = 5;
void createLcSchema(sqlite3 *db);

// Writes L/C records; statements are prepared once per connection, so a
// sync applying 500-transaction blocks does not re-parse SQL. The caller
// owns the transaction.
class LcWriter
{
public:
    explicit LcWriter(sqlite3 *db);
    ~LcWriter();
    LcWriter(const LcWriter &) = delete;
    LcWriter &operator=(const LcWriter &) = delete;

    // The L/C as written by transaction txId in block; its presentations,
    // events and documents follow (attached document content is kept).
    void upsert(const lianxin::lc::LetterOfCredit &lc, std::uint64_t block, const std::string &txId);

private:
    void prepare();

    sqlite3 *m_db;
    std::unique_ptr<Statement> m_upsert;
    std::unique_ptr<Statement> m_clearPresentations;
    std::unique_ptr<Statement> m_presentation;
    std::unique_ptr<Statement> m_clearEvents;
    std::unique_ptr<Statement> m_event;
    std::unique_ptr<Statement> m_document;
};

// One L/C, for callers writing a single record; bulk writers keep an LcWriter.
void upsertLetterOfCredit(
    sqlite3 *db, const lianxin::lc::LetterOfCredit &lc, std::uint64_t block, const std::string &txId);

std::optional<lianxin::lc::LetterOfCredit> loadLetterOfCredit(sqlite3 *db, const std::string &lcNo);

// One ledger transaction in an L/C's history, with the block it was
// committed in (0 while not known).
struct LcTimelineEntry
{
    int seq = 0;
    std::string action;
    std::string txId;
    std::uint64_t block = 0;
    std::optional<int> date; // days since 1970-01-01
    std::string bank;
    std::string maker;
    std::string checker;
    std::string summary;
};
std::vector<LcTimelineEntry> lcTimeline(sqlite3 *db, const std::string &lcNo);

// Days since 1970-01-01 of a proto date; nullopt when unset or not a real day.
std::optional<int> epochDays(const lianxin::lc::Date &date);

} // namespace lx::cache

#include "cache/ProductRecords.h"

#include "cache/Statement.h"

namespace lx::cache {

namespace {

ProductRecord recordFrom(const Statement &row)
{
    return ProductRecord { row.text(0), row.text(1), row.text(2), row.blob(3),
        static_cast<std::uint64_t>(row.integer(4)), row.text(5) };
}

constexpr const char *kColumns = "SELECT channel, key, kind, value, block, tx_id FROM product_record";

} // namespace

void createProductSchema(sqlite3 *db)
{
    execute(db,
        "CREATE TABLE IF NOT EXISTS product_record("
        " channel TEXT NOT NULL, key TEXT NOT NULL, kind TEXT NOT NULL, value BLOB NOT NULL,"
        " block INTEGER NOT NULL, tx_id TEXT NOT NULL, PRIMARY KEY(channel, key)) WITHOUT ROWID;"
        "CREATE INDEX IF NOT EXISTS product_record_by_kind ON product_record(channel, kind, key);"
        "CREATE TABLE IF NOT EXISTS product_change("
        " channel TEXT NOT NULL, key TEXT NOT NULL, block INTEGER NOT NULL, tx_number INTEGER NOT NULL,"
        " tx_id TEXT NOT NULL, is_delete INTEGER NOT NULL, PRIMARY KEY(channel, key, block, tx_number))"
        " WITHOUT ROWID;");
}

std::string recordKind(const std::string &key)
{
    return key.substr(0, key.find('/'));
}

ProductWriter::ProductWriter(sqlite3 *db) : m_db(db) { }

ProductWriter::~ProductWriter() = default;

void ProductWriter::change(const std::string &channel, const std::string &key, std::uint64_t block, int txNumber,
    const std::string &txId, bool isDelete)
{
    if (!m_change)
        m_change = std::make_unique<Statement>(m_db,
            "INSERT OR REPLACE INTO product_change(channel, key, block, tx_number, tx_id, is_delete)"
            " VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    m_change->bind(1, channel)
        .bind(2, key)
        .bind(3, static_cast<std::int64_t>(block))
        .bind(4, txNumber)
        .bind(5, txId)
        .bind(6, isDelete ? 1 : 0)
        .run();
}

void ProductWriter::upsert(const std::string &channel, const std::string &key, const Bytes &value, std::uint64_t block,
    int txNumber, const std::string &txId)
{
    if (!m_upsert)
        m_upsert = std::make_unique<Statement>(m_db,
            "INSERT OR REPLACE INTO product_record(channel, key, kind, value, block, tx_id)"
            " VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    m_upsert->bind(1, channel)
        .bind(2, key)
        .bind(3, recordKind(key))
        .bindBlob(4, value)
        .bind(5, static_cast<std::int64_t>(block))
        .bind(6, txId)
        .run();
    change(channel, key, block, txNumber, txId, false);
}

void ProductWriter::remove(
    const std::string &channel, const std::string &key, std::uint64_t block, int txNumber, const std::string &txId)
{
    if (!m_delete)
        m_delete = std::make_unique<Statement>(m_db, "DELETE FROM product_record WHERE channel = ?1 AND key = ?2");
    m_delete->bind(1, channel).bind(2, key).run();
    change(channel, key, block, txNumber, txId, true);
}

std::optional<ProductRecord> loadProductRecord(sqlite3 *db, const std::string &channel, const std::string &key)
{
    Statement query(db, std::string(kColumns) + " WHERE channel = ?1 AND key = ?2");
    query.bind(1, channel).bind(2, key);
    if (!query.step())
        return std::nullopt;
    return recordFrom(query);
}

std::vector<ProductRecord> productRecords(sqlite3 *db, const std::string &channel, const std::string &kind)
{
    Statement query(db, std::string(kColumns) + " WHERE channel = ?1 AND kind = ?2 ORDER BY key");
    query.bind(1, channel).bind(2, kind);
    std::vector<ProductRecord> out;
    while (query.step())
        out.push_back(recordFrom(query));
    return out;
}

std::vector<RecordChange> productChanges(sqlite3 *db, const std::string &channel, const std::string &key)
{
    Statement query(db,
        "SELECT tx_id, block, tx_number, is_delete FROM product_change WHERE channel = ?1 AND key = ?2"
        " ORDER BY block, tx_number");
    query.bind(1, channel).bind(2, key);
    std::vector<RecordChange> out;
    while (query.step())
        out.push_back({ query.text(0), static_cast<std::uint64_t>(query.integer(1)), static_cast<int>(query.integer(2)),
            query.integer(3) != 0 });
    return out;
}

} // namespace lx::cache

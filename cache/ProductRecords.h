#pragma once

#include "crypto/Bytes.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace lx::cache {

class Statement;

// The records of the products beside the L/C (forfaiting claims, listings,
// quotes and deals; guarantees; the unified quote board), as their
// contracts keep them in the world state: one row per state key the
// viewer may see, with its kind (the key's first segment: "claim",
// "deal", "guarantee", ...), the value as committed and the transaction
// and block that wrote it; and every committed change of each key (the
// record's timeline, with blocks). Product models parse the values with
// their own messages. Idempotent schema creation.
void createProductSchema(sqlite3 *db);

struct ProductRecord
{
    std::string channel;
    std::string key;
    std::string kind;
    Bytes value;
    std::uint64_t block = 0;
    std::string txId;
};

struct RecordChange
{
    std::string txId;
    std::uint64_t block = 0;
    int txNumber = 0; // position in the block
    bool isDelete = false;
};

// "deal/D-1" -> "deal"; a key without '/' is its own kind.
std::string recordKind(const std::string &key);

// Writes records; statements prepared once per connection. The caller owns
// the transaction.
class ProductWriter
{
public:
    explicit ProductWriter(sqlite3 *db);
    ~ProductWriter();
    ProductWriter(const ProductWriter &) = delete;
    ProductWriter &operator=(const ProductWriter &) = delete;

    void upsert(const std::string &channel, const std::string &key, const Bytes &value, std::uint64_t block,
        int txNumber, const std::string &txId);
    void remove(
        const std::string &channel, const std::string &key, std::uint64_t block, int txNumber, const std::string &txId);

private:
    void change(const std::string &channel, const std::string &key, std::uint64_t block, int txNumber,
        const std::string &txId, bool isDelete);

    sqlite3 *m_db;
    std::unique_ptr<Statement> m_upsert;
    std::unique_ptr<Statement> m_delete;
    std::unique_ptr<Statement> m_change;
};

std::optional<ProductRecord> loadProductRecord(sqlite3 *db, const std::string &channel, const std::string &key);
// Every record of one kind on a channel, in key order.
std::vector<ProductRecord> productRecords(sqlite3 *db, const std::string &channel, const std::string &kind);
// Oldest first.
std::vector<RecordChange> productChanges(sqlite3 *db, const std::string &channel, const std::string &key);

} // namespace lx::cache

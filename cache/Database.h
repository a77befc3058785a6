#pragma once

#include "crypto/Bytes.h"

#include <cstdint>
#include <filesystem>

struct sqlite3;

namespace lx::cache {

// One connection to the cache file: WAL, synchronous FULL (a committed
// transaction survives a power cut), temp_store MEMORY. Encrypted files go
// through EncryptedVfs (docs/encrypted-cache.md). Move-only; several
// connections to one file (a writer, readers on other threads) are fine.
class Database
{
public:
    struct Options
    {
        // false only for the benchmark's plain-SQLite baseline: same code path, no VFS.
        bool encrypted = true;
        // Fixed up front: page 1 is encrypted too, so the VFS cannot read it from the header.
        int pageSize = 4096;
        // Page cache per connection, KiB: holds a full scan of 1,000,000 L/C rows.
        int cacheKiB = 64 * 1024;
    };

    static Database open(const std::filesystem::path &file, const Bytes &dataKey, const Options &options);
    ~Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *handle() const { return m_db; }
    void exec(const char *sql);

private:
    Database(sqlite3 *db, std::uint64_t keyToken) : m_db(db), m_keyToken(keyToken) { }
    void close() noexcept;

    sqlite3 *m_db = nullptr;
    std::uint64_t m_keyToken = 0; // EncryptedVfs key registration, 0 for plain files
};

} // namespace lx::cache

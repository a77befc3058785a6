#pragma once

#include "crypto/Bytes.h"

#include <filesystem>

struct sqlite3;

namespace lx::cache {

// One connection to the cache file: WAL, synchronous FULL (a committed
// transaction survives a power cut), temp_store MEMORY. Move-only.
class Database
{
public:
    struct Options
    {
        bool encrypted = true;
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
    explicit Database(sqlite3 *db) : m_db(db) { }
    sqlite3 *m_db = nullptr;
};

} // namespace lx::cache

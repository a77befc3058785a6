#pragma once

#include "cache/Database.h"

#include "crypto/Bytes.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace lx::cache {

// The workstation's cache for one bank (its file holds only what that bank
// may see): "<dataDir>/cache/<MSPID>.db", its WAL, and the key file beside
// it. Opening unlocks the key file with the user's passphrase (creating
// both on first use) and prepares the schema; every thread then takes its
// own connection with connect(). The data key is wiped on destruction.
class LocalCache
{
public:
    struct Paths
    {
        std::filesystem::path database;
        std::filesystem::path keyFile;
    };
    static Paths pathsFor(const std::filesystem::path &dataDir, const std::string &mspId);

    // Throws CacheError: WrongPassphrase, Tampered, Corrupt, Io.
    static LocalCache open(const std::filesystem::path &dataDir, const std::string &mspId, std::string_view passphrase);
    ~LocalCache();
    LocalCache(LocalCache &&) noexcept;
    LocalCache &operator=(LocalCache &&) = delete;
    LocalCache(const LocalCache &) = delete;
    LocalCache &operator=(const LocalCache &) = delete;

    Database connect() const;
    // Rewraps the data key; the database is not rewritten.
    void changePassphrase(std::string_view oldPassphrase, std::string_view newPassphrase);
    const Paths &paths() const { return m_paths; }

private:
    LocalCache(Paths paths, Bytes dataKey) : m_paths(std::move(paths)), m_dataKey(std::move(dataKey)) { }

    Paths m_paths;
    Bytes m_dataKey;
};

} // namespace lx::cache

#include "cache/LocalCache.h"

#include "cache/CacheError.h"
#include "cache/CacheKey.h"
#include "cache/CacheSchema.h"
#include "ledger/DataFolder.h"
#include "ledger/LedgerError.h"

#include <openssl/crypto.h>

namespace lx::cache {

LocalCache::Paths LocalCache::pathsFor(const std::filesystem::path &dataDir, const std::string &mspId)
{
    const std::filesystem::path dir = dataDir / "cache";
    return Paths { dir / (mspId + ".db"), dir / (mspId + ".db.key") };
}

LocalCache LocalCache::open(const std::filesystem::path &dataDir, const std::string &mspId, std::string_view passphrase)
{
    Paths paths = pathsFor(dataDir, mspId);
    std::error_code error;
    // The cache folder and files are the owner's only (0700, 0600), whatever
    // the umask; SQLite gives -wal and -shm the database file's mode.
    try {
        ledger::createOwnerOnlyDirectories(paths.database.parent_path());
        ledger::createOwnerOnlyFile(paths.database);
    } catch (const ledger::LedgerError &e) {
        throw CacheError(CacheError::Kind::Io, e.what());
    }
    // A database without its key file cannot be read by anyone: start over.
    const bool fresh = !std::filesystem::exists(paths.keyFile);
    if (fresh) {
        for (const char *suffix : { "", "-wal", "-shm" })
            std::filesystem::remove(paths.database.string() + suffix, error);
        try {
            ledger::createOwnerOnlyFile(paths.database);
        } catch (const ledger::LedgerError &e) {
            throw CacheError(CacheError::Kind::Io, e.what());
        }
    }
    Bytes key = fresh ? CacheKey::create(paths.keyFile, passphrase) : CacheKey::unlock(paths.keyFile, passphrase);
    LocalCache cache(std::move(paths), std::move(key));
    Database db = cache.connect();
    createCacheSchema(db.handle());
    return cache;
}

LocalCache::~LocalCache()
{
    if (!m_dataKey.empty())
        OPENSSL_cleanse(m_dataKey.data(), m_dataKey.size());
}

LocalCache::LocalCache(LocalCache &&other) noexcept
    : m_paths(std::move(other.m_paths)), m_dataKey(std::move(other.m_dataKey))
{
    other.m_dataKey.clear();
}

Database LocalCache::connect() const
{
    return Database::open(m_paths.database, m_dataKey, {});
}

void LocalCache::changePassphrase(std::string_view oldPassphrase, std::string_view newPassphrase)
{
    CacheKey::changePassphrase(m_paths.keyFile, oldPassphrase, newPassphrase);
}

} // namespace lx::cache

// The workstation's cache per bank: created on first use, unlocked by the
// user's passphrase afterwards, the passphrase changed without losing data.
#include "cache/LocalCache.h"

#include "cache/CacheError.h"
#include "cache/Outbox.h"
#include "cache/Statement.h"

#include "crypto/Random.h"

#include <fstream>
#include <gtest/gtest.h>
#include <sys/stat.h>

namespace lx::test {

namespace {

struct Folder
{
    std::filesystem::path path
        = std::filesystem::temp_directory_path() / ("lianxin-localcache-" + toHex(crypto::randomBytes(6)));
    ~Folder()
    {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
};

std::int64_t outboxRows(const cache::LocalCache &cache)
{
    cache::Database db = cache.connect();
    cache::Statement count(db.handle(), "SELECT count(*) FROM outbox");
    count.step();
    return count.integer(0);
}

void expectKind(const std::function<void()> &call, cache::CacheError::Kind kind)
{
    try {
        call();
        ADD_FAILURE() << "no CacheError";
    } catch (const cache::CacheError &e) {
        EXPECT_EQ(e.kind(), kind) << e.what();
    }
}

} // namespace

TEST(LocalCache, CreatedOnceThenUnlockedByThePassphrase)
{
    Folder folder;
    {
        cache::LocalCache cache = cache::LocalCache::open(folder.path, "HuaxiaBankMSP", "first passphrase");
        cache::Database db = cache.connect();
        cache::Outbox(db.handle())
            .add({ "HuaxiaBankMSP/officer1", "SubmitDraft", "HX-1", "Issue HX-1",
                { "lc", "tx-0001", "signed proposal bytes" } });
    }
    const auto paths = cache::LocalCache::pathsFor(folder.path, "HuaxiaBankMSP");
    ASSERT_TRUE(std::filesystem::exists(paths.database));
    ASSERT_TRUE(std::filesystem::exists(paths.keyFile));
    std::ifstream raw(paths.database, std::ios::binary);
    std::string head(16, '\0');
    raw.read(head.data(), 16);
    EXPECT_NE(head, std::string("SQLite format 3\0", 16)) << "the file is not encrypted";

    expectKind([&] { cache::LocalCache::open(folder.path, "HuaxiaBankMSP", "wrong passphrase"); },
        cache::CacheError::Kind::WrongPassphrase);
    cache::LocalCache again = cache::LocalCache::open(folder.path, "HuaxiaBankMSP", "first passphrase");
    EXPECT_EQ(outboxRows(again), 1);

    again.changePassphrase("first passphrase", "second passphrase");
    expectKind([&] { cache::LocalCache::open(folder.path, "HuaxiaBankMSP", "first passphrase"); },
        cache::CacheError::Kind::WrongPassphrase);
    EXPECT_EQ(outboxRows(cache::LocalCache::open(folder.path, "HuaxiaBankMSP", "second passphrase")), 1);

    // Another bank on the same workstation has a cache of its own.
    EXPECT_EQ(outboxRows(cache::LocalCache::open(folder.path, "DongfangBankMSP", "second passphrase")), 0);
    EXPECT_NE(cache::LocalCache::pathsFor(folder.path, "DongfangBankMSP").database, paths.database);
}

// The cache folder and every file in it (database, its WAL and index, the
// key file) are the owner's only, whatever the umask.
TEST(LocalCache, FilesAreOwnerOnlyWhateverTheUmask)
{
    Folder folder;
    const mode_t previous = ::umask(022);
    {
        cache::LocalCache cache = cache::LocalCache::open(folder.path, "HuaxiaBankMSP", "first passphrase");
        cache::Database db = cache.connect(); // open, so its -wal and -shm exist
        db.exec("CREATE TABLE probe(x); INSERT INTO probe VALUES(1);");
        int files = 0;
        for (const auto &entry : std::filesystem::recursive_directory_iterator(folder.path)) {
            const auto perms = entry.status().permissions();
            EXPECT_EQ(perms & (std::filesystem::perms::group_all | std::filesystem::perms::others_all),
                std::filesystem::perms::none)
                << entry.path() << " is readable by others";
            files += entry.is_regular_file() ? 1 : 0;
        }
        EXPECT_GE(files, 3) << "database, key and WAL";
    }
    ::umask(previous);
}

} // namespace lx::test

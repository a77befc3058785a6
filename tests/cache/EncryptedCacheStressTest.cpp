// The encrypted cache under a crash, a large sort and concurrent readers;
// logs the cost of encryption against plain SQLite.
#include "EncryptedCacheSupport.h"
#include "cache/CacheError.h"
#include "cache/Database.h"
#include "cache/Statement.h"

#include "crypto/Random.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <gtest/gtest.h>
#include <set>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace lx::cache {
namespace {

using namespace test;

TEST(EncryptedCacheStress, CommittedTransactionsSurviveSigkill)
{
    TempFolder folder;
    const auto file = folder.path() / "cache.db";
    const Bytes key = crypto::randomBytes(32);
    {
        Database db = Database::open(file, key, {});
        createLcTable(db);
    }
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::close(fds[0]);
        try {
            Database db = Database::open(file, key, {});
            for (int i = 0;; ++i) {
                insertLcRows(db, i * 3, 3);
                if (::write(fds[1], &i, sizeof i) != sizeof i)
                    ::_exit(2);
            }
        } catch (...) {
            ::_exit(3);
        }
    }
    ::close(fds[1]);
    std::set<int> committed;
    int value = 0;
    while (committed.size() < 300 && ::read(fds[0], &value, sizeof value) == sizeof value)
        committed.insert(value);
    ::kill(child, SIGKILL);
    while (::read(fds[0], &value, sizeof value) == sizeof value)
        committed.insert(value);
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the writer stopped by itself: " << status;
    ASSERT_GE(committed.size(), 300u);

    Database db = Database::open(file, key, {});
    Statement check(db.handle(), "PRAGMA integrity_check");
    ASSERT_TRUE(check.step());
    EXPECT_EQ(check.text(0), "ok");
    Statement find(db.handle(), "SELECT count(*) FROM lc WHERE id BETWEEN ? AND ?");
    for (const int i : committed) {
        find.bind(1, std::int64_t { i * 3 }).bind(2, std::int64_t { i * 3 + 2 });
        ASSERT_TRUE(find.step());
        ASSERT_EQ(find.integer(0), 3) << "transaction " << i << " was reported committed";
        find.reset();
    }
}

// Files this process has open in `folder`, deleted or not: SQLite unlinks
// its temp files right after opening them, so listing the folder is not enough.
int openFilesIn(const std::filesystem::path &folder)
{
    int count = 0;
    for (const auto &entry : std::filesystem::directory_iterator("/proc/self/fd")) {
        std::error_code error;
        const auto target = std::filesystem::read_symlink(entry.path(), error);
        if (!error && target.string().rfind(folder.string(), 0) == 0)
            ++count;
    }
    return count;
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(EncryptedCacheStress, LargeSortSpillsNothingAndCostIsLogged)
{
    constexpr int kRows = 200000;
    TempFolder folder;
    TempFolder tempFiles;
    const Bytes key = crypto::randomBytes(32);
    double seconds[2][4] = {};
    int spilled[2] = {};
    for (const bool encrypted : { true, false }) {
        const auto file = folder.path() / (encrypted ? "enc.db" : "plain.db");
        // A small page cache forces the sorter past memory, where it would spill.
        Database db = Database::open(file, key, { .encrypted = encrypted, .cacheKiB = 2048 });
        const std::string tempDirectory = "PRAGMA temp_store_directory='" + tempFiles.path().string() + "'";
        db.exec(tempDirectory.c_str());
        if (!encrypted)
            db.exec("PRAGMA temp_store=FILE"); // the control: proves the check sees a spill
        createLcTable(db);
        auto start = std::chrono::steady_clock::now();
        for (int first = 0; first < kRows; first += 20000)
            insertLcRows(db, first, 20000);
        seconds[encrypted][0] = secondsSince(start);

        start = std::chrono::steady_clock::now();
        EXPECT_GT(queryInteger(db, "SELECT sum(amount) + sum(length(note)) FROM lc"), 0);
        seconds[encrypted][1] = secondsSince(start);

        start = std::chrono::steady_clock::now();
        Statement sorted(db.handle(), "SELECT sort_key, note FROM lc ORDER BY sort_key DESC, note");
        std::int64_t previous = INT64_MAX;
        int rows = 0;
        while (sorted.step()) {
            if (rows == 0)
                spilled[encrypted] = openFilesIn(tempFiles.path());
            ASSERT_LE(sorted.integer(0), previous);
            previous = sorted.integer(0);
            ++rows;
        }
        seconds[encrypted][2] = secondsSince(start);
        EXPECT_EQ(rows, kRows);
        db.exec("PRAGMA temp_store_directory=''");

        // With the default page cache a second scan is served from memory: decryption is paid once.
        Database fresh = Database::open(file, key, { .encrypted = encrypted });
        queryInteger(fresh, "SELECT sum(amount) + sum(length(note)) FROM lc");
        start = std::chrono::steady_clock::now();
        queryInteger(fresh, "SELECT sum(amount) + sum(length(note)) FROM lc");
        seconds[encrypted][3] = secondsSince(start);
    }
    EXPECT_EQ(spilled[1], 0) << "the encrypted cache opened temp files";
    EXPECT_GT(spilled[0], 0) << "plain SQLite with temp_store=FILE should have spilled; the check is blind";
    EXPECT_TRUE(std::filesystem::is_empty(tempFiles.path()));
    std::printf("[ timing ] %d rows: insert enc %.3f s plain %.3f s (x%.2f); full-scan aggregate enc %.3f s plain "
                "%.3f s (x%.2f); sort enc %.3f s plain(temp file) %.3f s; warm scan enc %.3f s plain %.3f s\n",
        kRows, seconds[1][0], seconds[0][0], seconds[1][0] / seconds[0][0], seconds[1][1], seconds[0][1],
        seconds[1][1] / seconds[0][1], seconds[1][2], seconds[0][2], seconds[1][3], seconds[0][3]);
}

TEST(EncryptedCacheStress, OneWriterAndReadersConcurrently)
{
    TempFolder folder;
    const auto file = folder.path() / "cache.db";
    const Bytes key = crypto::randomBytes(32);
    Database writer = Database::open(file, key, {});
    createLcTable(writer);
    std::atomic<bool> done { false };
    std::atomic<int> failures { 0 };
    std::atomic<int> reads { 0 };
    std::vector<std::thread> readers;
    for (int r = 0; r < 2; ++r) {
        readers.emplace_back([&] {
            try {
                Database reader = Database::open(file, key, {});
                std::int64_t seen = 0;
                while (!done.load()) {
                    const std::int64_t count = queryInteger(reader, "SELECT count(*) FROM lc");
                    // Each transaction adds 10 rows: a reader sees whole transactions, never fewer rows.
                    if (count < seen || count % 10 != 0)
                        ++failures;
                    seen = count;
                    ++reads;
                }
            } catch (const CacheError &error) {
                ADD_FAILURE() << error.what();
                ++failures;
            }
        });
    }
    for (int i = 0; i < 300; ++i)
        insertLcRows(writer, i * 10, 10);
    done = true;
    for (auto &thread : readers)
        thread.join();
    EXPECT_EQ(failures.load(), 0);
    EXPECT_GT(reads.load(), 10);
    EXPECT_EQ(queryInteger(writer, "SELECT count(*) FROM lc"), 3000);
}

} // namespace
} // namespace lx::cache

// WAL recovery through the encrypted VFS: an altered frame is tampering,
// a torn last write is cut, and queued outbox actions survive either way
// or are reported, never silently dropped (docs/encrypted-cache.md).
#include "EncryptedCacheSupport.h"
#include "cache/CacheError.h"
#include "cache/Database.h"
#include "cache/Outbox.h"
#include "cache/Statement.h"

#include "crypto/Random.h"

#include <functional>
#include <gtest/gtest.h>
#include <optional>
#include <string>

namespace lx::cache {
namespace {

using namespace test;

constexpr std::size_t kPage = 4096;
constexpr std::size_t kFrame = 24 + kPage;
constexpr std::size_t kWalHeader = 32;

std::size_t frameCount(const Bytes &wal)
{
    return (wal.size() - kWalHeader) / kFrame;
}

std::uint32_t bigEndian32(const Bytes &bytes, std::size_t at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data() + at);
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3];
}

bool isCommitFrame(const Bytes &wal, std::size_t frame)
{
    return bigEndian32(wal, kWalHeader + frame * kFrame + 4) != 0;
}

// A cache whose WAL holds committed L/C rows and queued outbox actions,
// never checkpointed; copies of its files are what a crash (or a thief)
// leaves on disk.
class WalRecoveryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db.emplace(Database::open(m_folder.path() / "cache.db", m_key, {}));
        m_db->exec("PRAGMA wal_autocheckpoint=0");
        createLcTable(*m_db);
        Outbox::createSchema(m_db->handle());
        insertLcRows(*m_db, 0, 100);
        m_db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        for (int i = 0; i < 12; ++i) {
            insertLcRows(*m_db, 100 + 20 * i, 20);
            queueAction(i);
        }
    }

    void queueAction(int i)
    {
        Outbox(m_db->handle())
            .add({ "HuaxiaBankMSP/officer1", "SubmitDraft", lcNumber(i), "Issue " + lcNumber(i),
                { "lc", "tx-" + std::to_string(i) + "-" + toHex(crypto::randomBytes(8)), crypto::randomBytes(900) } });
    }

    // The live files as they are now, into `name`/cache.db and -wal (no -shm:
    // the next open recovers from the WAL itself).
    std::filesystem::path snapshot(const std::string &name, const std::function<void(Bytes &)> &editWal = {})
    {
        const auto dir = m_folder.path() / name;
        std::filesystem::create_directories(dir);
        writeFile(dir / "cache.db", readFile(m_folder.path() / "cache.db"));
        Bytes wal = readFile(m_folder.path() / "cache.db-wal");
        if (editWal)
            editWal(wal);
        writeFile(dir / "cache.db-wal", wal);
        return dir / "cache.db";
    }

    struct Counts
    {
        std::int64_t rows = -1;
        std::int64_t queued = -1;
    };
    Counts countsOf(const std::filesystem::path &file)
    {
        Database db = Database::open(file, m_key, {});
        return { queryInteger(db, "SELECT count(*) FROM lc"), Outbox(db.handle()).unsettledCount() };
    }

    // The CacheError opening and reading `file` raises, or nullopt with the
    // rows that came back.
    std::optional<CacheError> errorOpening(const std::filesystem::path &file, Counts *counts = nullptr)
    {
        try {
            const Counts found = countsOf(file);
            if (counts)
                *counts = found;
        } catch (const CacheError &error) {
            return error;
        }
        return std::nullopt;
    }

    void expectTampered(const std::filesystem::path &file, const std::string &where)
    {
        Counts counts;
        const auto error = errorOpening(file, &counts);
        ASSERT_TRUE(error.has_value()) << where << ": opened with " << counts.rows << " of 340 rows and "
                                       << counts.queued << " of 12 queued actions";
        EXPECT_EQ(error->kind(), CacheError::Kind::Tampered) << where << ": " << error->what();
        EXPECT_NE(std::string(error->what()).find("changed outside LianXin"), std::string::npos) << error->what();
    }

    TempFolder m_folder;
    Bytes m_key = crypto::randomBytes(32);
    std::optional<Database> m_db;
};

TEST_F(WalRecoveryTest, TheLiveCacheHoldsEveryRowAndActionInItsWal)
{
    const Bytes wal = readFile(m_folder.path() / "cache.db-wal");
    ASSERT_GE(frameCount(wal), 24u);
    EXPECT_EQ(countsOf(snapshot("copy")).rows, 340);
    EXPECT_EQ(countsOf(snapshot("copy")).queued, 12);
}

TEST_F(WalRecoveryTest, FlippedByteInACommittedFramesPageIsTamperingNotFewerRows)
{
    const std::size_t frames = frameCount(readFile(m_folder.path() / "cache.db-wal"));
    // The first frame, a few in the middle, and the last frame before the final commit.
    for (const std::size_t frame : { std::size_t { 0 }, std::size_t { 1 }, frames / 3, frames / 2, frames - 2 }) {
        const auto file = snapshot(
            "frame" + std::to_string(frame), [&](Bytes &wal) { wal[kWalHeader + frame * kFrame + 24 + 1234] ^= 0x10; });
        expectTampered(file, "page byte of frame " + std::to_string(frame));
        const auto error = errorOpening(file);
        ASSERT_TRUE(error);
        EXPECT_NE(std::string(error->what()).find("in WAL frame " + std::to_string(frame + 1)), std::string::npos)
            << error->what();
    }
    // Several frames at once, as in the report.
    expectTampered(snapshot("several",
                       [&](Bytes &wal) {
                           for (std::size_t frame = 2; frame + 1 < frameCount(wal); frame += 5)
                               wal[kWalHeader + frame * kFrame + 24 + 4000] ^= 0x01;
                       }),
        "several frames");
    // The nonce and tag in the reserved tail are covered as well.
    expectTampered(
        snapshot("tag", [&](Bytes &wal) { wal[kWalHeader + 3 * kFrame + 24 + kPage - 20] ^= 0x01; }), "tag of frame 3");
}

TEST_F(WalRecoveryTest, AlteredFrameHeaderOrWalHeaderIsTampering)
{
    const std::size_t middle = frameCount(readFile(m_folder.path() / "cache.db-wal")) / 2;
    const std::size_t at = kWalHeader + middle * kFrame;
    expectTampered(snapshot("pgno", [&](Bytes &wal) { wal[at + 3] ^= 0x01; }), "page number");
    expectTampered(snapshot("commit", [&](Bytes &wal) { wal[at + 7] ^= 0x01; }), "commit size");
    expectTampered(snapshot("salt", [&](Bytes &wal) { wal[at + 9] ^= 0x01; }), "salt");
    expectTampered(snapshot("checksum", [&](Bytes &wal) { wal[at + 23] ^= 0x01; }), "checksum");
    for (const std::size_t byte : { 3, 11, 19, 30 })
        expectTampered(snapshot("header" + std::to_string(byte), [&](Bytes &wal) { wal[byte] ^= 0x01; }),
            "WAL header byte " + std::to_string(byte));
}

// SQLite's WAL checksum over `size` bytes, chained from `sum`, in the byte
// order the WAL header's magic names.
void walChecksum(const Bytes &wal, const unsigned char *data, std::size_t size, std::uint32_t sum[2])
{
    const bool bigEndian = bigEndian32(wal, 0) & 1;
    auto word = [&](const unsigned char *p) {
        return bigEndian
            ? (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | p[3]
            : (std::uint32_t(p[3]) << 24) | (std::uint32_t(p[2]) << 16) | (std::uint32_t(p[1]) << 8) | p[0];
    };
    for (std::size_t i = 0; i < size; i += 8) {
        sum[0] += word(data + i) + sum[1];
        sum[1] += word(data + i + 4) + sum[0];
    }
}

// A forged frame inside the committed part of the log: its page zeroed and
// its header's checksums recomputed so that SQLite would take the zeros for
// the page if the VFS handed them over.
TEST_F(WalRecoveryTest, ForgedFrameWithMatchingChecksumsIsTampering)
{
    for (const std::size_t frame : { std::size_t { 0 }, std::size_t { 4 } }) {
        const auto file = snapshot("forged" + std::to_string(frame), [&](Bytes &wal) {
            const std::size_t at = kWalHeader + frame * kFrame;
            std::fill(wal.begin() + static_cast<std::ptrdiff_t>(at + 24),
                wal.begin() + static_cast<std::ptrdiff_t>(at + kFrame), '\0');
            // The chain starts from the WAL header's checksum or the previous frame's.
            const std::size_t previous = frame == 0 ? 24 : at - kFrame + 16;
            std::uint32_t sum[2] = { bigEndian32(wal, previous), bigEndian32(wal, previous + 4) };
            auto *bytes = reinterpret_cast<unsigned char *>(wal.data());
            walChecksum(wal, bytes + at, 8, sum);
            walChecksum(wal, bytes + at + 24, kPage, sum);
            for (int i = 0; i < 4; ++i) {
                bytes[at + 16 + i] = static_cast<unsigned char>(sum[0] >> (24 - 8 * i));
                bytes[at + 20 + i] = static_cast<unsigned char>(sum[1] >> (24 - 8 * i));
            }
        });
        expectTampered(file, "forged frame " + std::to_string(frame));
    }
}

TEST_F(WalRecoveryTest, TornLastWriteIsCutAndEveryCommittedRowAndActionSurvives)
{
    const Bytes committed = readFile(m_folder.path() / "cache.db-wal");
    // The transaction a crash interrupts: several frames, then its commit.
    insertLcRows(*m_db, 1000, 60);
    const Bytes longer = readFile(m_folder.path() / "cache.db-wal");
    ASSERT_GT(longer.size(), committed.size() + 3 * kFrame);
    const std::size_t first = frameCount(committed);
    const std::size_t last = frameCount(longer) - 1;
    ASSERT_TRUE(isCommitFrame(longer, last));

    struct Crash
    {
        const char *what;
        std::function<void(Bytes &)> edit;
    };
    const std::vector<Crash> crashes {
        { "cut in the first new frame's page", [&](Bytes &wal) { wal.resize(committed.size() + 24 + 2000); } },
        { "cut in a frame header", [&](Bytes &wal) { wal.resize(committed.size() + 2 * kFrame + 10); } },
        { "cut in the commit frame", [&](Bytes &wal) { wal.resize(wal.size() - 1500); } },
        { "commit frame's page half written (zeros past the durable end)",
            [&](Bytes &wal) { std::fill(wal.end() - 2048, wal.end(), '\0'); } },
        { "commit frame's header written, its page never",
            [&](Bytes &wal) { std::fill(wal.end() - static_cast<std::ptrdiff_t>(kPage), wal.end(), '\0'); } },
        { "last frame of a longer write half written, commit not reached",
            [&](Bytes &wal) {
                wal.resize(kWalHeader + last * kFrame);
                std::fill(wal.end() - 1000, wal.end(), '\0');
            } },
    };
    for (const Crash &crash : crashes) {
        Counts counts;
        const auto error = errorOpening(snapshot("crash", crash.edit), &counts);
        EXPECT_FALSE(error) << crash.what << ": " << (error ? error->what() : "");
        EXPECT_EQ(counts.rows, 340) << crash.what;
        EXPECT_EQ(counts.queued, 12) << crash.what;
    }
    EXPECT_GT(last, first);
    // Untouched, the longer log has the interrupted transaction too.
    const Counts whole = countsOf(snapshot("whole"));
    EXPECT_EQ(whole.rows, 400);
    EXPECT_EQ(whole.queued, 12);
}

// After a checkpoint the next writer starts the WAL over with new salts; the
// older frames behind the new ones are not tampering, and a crash between
// a new frame's header and its page (the old page still there) is a torn write.
TEST_F(WalRecoveryTest, ReusedWalWithOlderFramesBehindRecoversWithoutAlarm)
{
    m_db->exec("PRAGMA wal_checkpoint(PASSIVE)");
    const Bytes before = readFile(m_folder.path() / "cache.db-wal");
    queueAction(50);
    const Bytes reused = readFile(m_folder.path() / "cache.db-wal");
    ASSERT_EQ(reused.size(), before.size()) << "the WAL was restarted in place";
    ASSERT_NE(reused.substr(16, 8), before.substr(16, 8)) << "new salts";
    Counts counts;
    auto error = errorOpening(snapshot("reused"), &counts);
    EXPECT_FALSE(error) << error->what();
    EXPECT_EQ(counts.rows, 340);
    EXPECT_EQ(counts.queued, 13);

    // The first frame after the restarted log's commit is where the next write goes.
    std::size_t next = 0;
    while (!isCommitFrame(reused, next))
        ++next;
    ++next;
    const Bytes committed = reused;
    queueAction(51);
    const Bytes after = readFile(m_folder.path() / "cache.db-wal");
    error = errorOpening(snapshot("stale page",
                             [&](Bytes &wal) {
                                 wal = committed;
                                 const std::size_t at = kWalHeader + next * kFrame;
                                 wal.replace(at, 24, after.substr(at, 24));
                             }),
        &counts);
    EXPECT_FALSE(error) << error->what();
    EXPECT_EQ(counts.rows, 340);
    EXPECT_EQ(counts.queued, 13);
}

} // namespace
} // namespace lx::cache

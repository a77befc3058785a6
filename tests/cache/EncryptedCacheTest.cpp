// The encrypted cache: nothing readable on disk, passphrase and key file,
// tampering detected (docs/encrypted-cache.md).
#include "EncryptedCacheSupport.h"
#include "cache/CacheError.h"
#include "cache/CacheKey.h"
#include "cache/Database.h"
#include "cache/Statement.h"

#include "crypto/Random.h"

#include <functional>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <vector>

namespace lx::cache {
namespace {

using namespace test;

constexpr int kPage = 4096;

std::vector<std::string> secrets()
{
    std::string little, big;
    for (int i = 0; i < 8; ++i) {
        little.push_back(static_cast<char>((kAmount >> (8 * i)) & 0xff));
        big.push_back(static_cast<char>((kAmount >> (56 - 8 * i)) & 0xff));
    }
    // SQLite's record format stores 123456789 as a 4-byte big-endian integer.
    return { lcNumber(123), std::string(kApplicant), std::string(kBeneficiary), std::string(kDocumentMarker),
        std::to_string(kAmount), little, big, big.substr(4) };
}

// Every secret found in any file of the folder (database, WAL, shm, key...).
std::vector<std::string> leaks(const std::filesystem::path &folder)
{
    std::vector<std::string> found;
    for (const auto &entry : std::filesystem::directory_iterator(folder)) {
        const Bytes content = readFile(entry.path());
        for (const std::string &secret : secrets())
            if (content.find(secret) != Bytes::npos)
                found.push_back(entry.path().filename().string() + ": " + toHex(secret));
    }
    return found;
}

CacheError::Kind errorOf(const std::function<void()> &action, std::string *message = nullptr)
{
    try {
        action();
    } catch (const CacheError &error) {
        if (message)
            *message = error.what();
        return error.kind();
    }
    ADD_FAILURE() << "no CacheError";
    return CacheError::Kind::Invalid;
}

TEST(EncryptedCache, FilesHoldNoBusinessDataWhilePlainSqliteDoes)
{
    const Bytes key = crypto::randomBytes(32);
    for (const bool encrypted : { true, false }) {
        TempFolder folder;
        const auto file = folder.path() / "cache.db";
        Database db = Database::open(file, key, { .encrypted = encrypted });
        db.exec("PRAGMA wal_autocheckpoint=0");
        createLcTable(db);
        insertLcRows(db, 0, 5000);
        ASSERT_GT(std::filesystem::file_size(file.string() + "-wal"), 100000u) << "the data must still be in the WAL";
        const auto found = leaks(folder.path());
        if (encrypted) {
            EXPECT_TRUE(found.empty()) << found.front();
        } else {
            EXPECT_EQ(found.size(), secrets().size() - 2) << "the scan must see plaintext (all but the int64 forms)";
        }
        EXPECT_EQ(queryInteger(db, "SELECT count(*) FROM lc WHERE amount = 123456789"), 715);
    }
}

TEST(EncryptedCache, WrongPassphraseIsRefusedRightOneOpens)
{
    TempFolder folder;
    const auto file = folder.path() / "cache.db";
    const Bytes dataKey = CacheKey::create(keyFileFor(file), "正確的口令 correct horse", kFastScrypt);
    {
        Database db = Database::open(file, dataKey, {});
        createLcTable(db);
        insertLcRows(db, 0, 100);
    }
    std::string message;
    EXPECT_EQ(errorOf([&] { CacheKey::unlock(keyFileFor(file), "wrong horse"); }, &message),
        CacheError::Kind::WrongPassphrase);
    EXPECT_NE(message.find("passphrase"), std::string::npos) << message;
    EXPECT_EQ(errorOf([&] { CacheKey::create(keyFileFor(file), "x", kFastScrypt); }), CacheError::Kind::Invalid);
    const Bytes unlocked = CacheKey::unlock(keyFileFor(file), "正確的口令 correct horse");
    EXPECT_EQ(unlocked, dataKey);
    Database db = Database::open(file, unlocked, {});
    EXPECT_EQ(queryInteger(db, "SELECT count(*) FROM lc"), 100);
}

TEST(EncryptedCache, AnotherDataKeyCannotReadTheFile)
{
    TempFolder folder;
    const auto file = folder.path() / "cache.db";
    {
        Database db = Database::open(file, crypto::randomBytes(32), {});
        createLcTable(db);
    }
    std::string message;
    EXPECT_EQ(errorOf(
                  [&] {
                      Database db = Database::open(file, crypto::randomBytes(32), {});
                      queryInteger(db, "SELECT count(*) FROM lc");
                  },
                  &message),
        CacheError::Kind::Tampered)
        << message;
}

TEST(EncryptedCache, OnlyWalJournalModeIsAllowed)
{
    TempFolder folder;
    Database db = Database::open(folder.path() / "cache.db", crypto::randomBytes(32), {});
    createLcTable(db);
    EXPECT_EQ(errorOf([&] { db.exec("PRAGMA journal_mode=DELETE"); }), CacheError::Kind::Invalid);
    EXPECT_EQ(errorOf([&] { db.exec("PRAGMA journal_mode=memory"); }), CacheError::Kind::Invalid);
    db.exec("PRAGMA journal_mode=WAL");
    insertLcRows(db, 0, 10);
    EXPECT_FALSE(std::filesystem::exists(folder.path() / "cache.db-journal"));
}

TEST(EncryptedCache, VfsRefusesPageImagesInARollbackJournal)
{
    TempFolder folder;
    const Bytes key = crypto::randomBytes(32);
    Database db = Database::open(folder.path() / "cache.db", key, {});
    createLcTable(db);
    insertLcRows(db, 0, 200);
    // Second line of defence: without the authorizer, a rollback journal
    // still never receives a page.
    sqlite3_set_authorizer(db.handle(), nullptr, nullptr);
    // Leaving WAL rewrites page 1 through the journal, so the switch itself fails.
    EXPECT_EQ(errorOf([&] {
        db.exec("PRAGMA journal_mode=DELETE");
        db.exec("UPDATE lc SET note = 'x'");
    }),
        CacheError::Kind::Io);
    EXPECT_TRUE(leaks(folder.path()).empty());
    EXPECT_EQ(queryInteger(db, "SELECT count(*) FROM lc WHERE note <> 'x'"), 200);
    Database again = Database::open(folder.path() / "cache.db", key, {});
    EXPECT_EQ(queryInteger(again, "SELECT count(*) FROM lc"), 200);
}

class TamperTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Database db = Database::open(file(), m_key, {});
        createLcTable(db);
        insertLcRows(db, 0, 2000);
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    std::filesystem::path file() const { return m_folder.path() / "cache.db"; }
    CacheError::Kind scanError(std::string *message = nullptr)
    {
        return errorOf(
            [&] {
                Database db = Database::open(file(), m_key, {});
                queryInteger(db, "SELECT sum(length(note)) + sum(amount) FROM lc");
            },
            message);
    }

    TempFolder m_folder;
    Bytes m_key = crypto::randomBytes(32);
};

TEST_F(TamperTest, FlippedByteInTheMainFileIsReportedWithThePage)
{
    Bytes content = readFile(file());
    ASSERT_GT(content.size(), 10u * kPage);
    content[5 * kPage + 777] ^= 0x01;
    writeFile(file(), content);
    std::string message;
    EXPECT_EQ(scanError(&message), CacheError::Kind::Tampered);
    EXPECT_NE(message.find("changed outside LianXin at page 6"), std::string::npos) << message;
}

TEST_F(TamperTest, SwappedPagesAreDetected)
{
    Bytes content = readFile(file());
    const Bytes page4 = content.substr(3 * kPage, kPage);
    content.replace(3 * kPage, kPage, content.substr(4 * kPage, kPage));
    content.replace(4 * kPage, kPage, page4);
    writeFile(file(), content);
    EXPECT_EQ(scanError(), CacheError::Kind::Tampered);
}

TEST_F(TamperTest, FlippedByteInAWalFrameIsNeverServed)
{
    Database writer = Database::open(file(), m_key, {});
    writer.exec("PRAGMA wal_autocheckpoint=0");
    writer.exec("UPDATE lc SET note = note || ' amended'");
    const auto wal = file().string() + "-wal";
    Bytes content = readFile(wal);
    const std::size_t frame = 24 + kPage;
    ASSERT_GT(content.size(), 32 + 3 * frame);
    for (std::size_t at = 32 + 24 + 500; at < content.size(); at += frame)
        content[at] ^= 0x80;
    writeFile(wal, content);
    // A fresh connection reads pages from the WAL (the writer's shared index says where).
    std::string message;
    EXPECT_EQ(scanError(&message), CacheError::Kind::Tampered);
    EXPECT_NE(message.find("delete it and LianXin will resync"), std::string::npos) << message;
}

// A WAL none of whose frames checks out: no authentic commit frame proves
// any of them complete, so recovery cuts the log at the first one, as it
// would a torn write, and opens on the last good state; no page is served
// unauthenticated. A bad frame before an authentic commit is tampering
// (WalRecoveryTest).
TEST_F(TamperTest, DamagedWalFramesAreDroppedAtRecovery)
{
    {
        Database writer = Database::open(file(), m_key, {});
        writer.exec("PRAGMA wal_autocheckpoint=0");
        writer.exec("UPDATE lc SET note = 'amended'");
        // Copies taken while the WAL is live, as a crash would leave them.
        std::filesystem::create_directories(m_folder.path() / "copy");
        for (const char *suffix : { "", "-wal" }) {
            Bytes content = readFile(file().string() + suffix);
            if (*suffix)
                for (std::size_t at = 32 + 24 + 500; at < content.size(); at += 24 + kPage)
                    content[at] ^= 0x80;
            writeFile(m_folder.path() / "copy" / (std::string("cache.db") + suffix), content);
        }
    }
    Database copy = Database::open(m_folder.path() / "copy" / "cache.db", m_key, {});
    EXPECT_EQ(queryInteger(copy, "SELECT count(*) FROM lc WHERE note = 'amended'"), 0);
    EXPECT_EQ(queryInteger(copy, "SELECT count(*) FROM lc"), 2000);
}

TEST(EncryptedCache, PassphraseChangeRewrapsTheKeyAndSurvivesALeftoverTempFile)
{
    TempFolder folder;
    const auto file = folder.path() / "cache.db";
    const auto keyFile = keyFileFor(file);
    const Bytes dataKey = CacheKey::create(keyFile, "old passphrase", kFastScrypt);
    {
        Database db = Database::open(file, dataKey, {});
        createLcTable(db);
        insertLcRows(db, 0, 50);
    }
    // A change that crashed before its rename leaves a partial temp file.
    writeFile(keyFile.string() + ".tmp", "LXCACHEK half-written");
    EXPECT_EQ(CacheKey::unlock(keyFile, "old passphrase"), dataKey);
    CacheKey::changePassphrase(keyFile, "old passphrase", "新的口令", kFastScrypt);
    EXPECT_FALSE(std::filesystem::exists(keyFile.string() + ".tmp"));
    EXPECT_EQ(errorOf([&] { CacheKey::unlock(keyFile, "old passphrase"); }), CacheError::Kind::WrongPassphrase);
    EXPECT_EQ(errorOf([&] { CacheKey::changePassphrase(keyFile, "old passphrase", "x", kFastScrypt); }),
        CacheError::Kind::WrongPassphrase);
    const Bytes unlocked = CacheKey::unlock(keyFile, "新的口令");
    EXPECT_EQ(unlocked, dataKey);
    Database db = Database::open(file, unlocked, {});
    EXPECT_EQ(queryInteger(db, "SELECT count(*) FROM lc"), 50);
}

TEST(EncryptedCache, DamagedKeyFileIsCorruptNotWrongPassphrase)
{
    TempFolder folder;
    const auto keyFile = folder.path() / "cache.db.key";
    CacheKey::create(keyFile, "p", kFastScrypt);
    Bytes content = readFile(keyFile);
    writeFile(keyFile, content.substr(0, 40));
    EXPECT_EQ(errorOf([&] { CacheKey::unlock(keyFile, "p"); }), CacheError::Kind::Corrupt);
}

} // namespace
} // namespace lx::cache

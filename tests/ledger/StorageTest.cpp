// The ledger's files: a reader beside the writer, a second writer, a step
// that fails half-way (the state cannot commit) and a full disk.
#include "LedgerFixture.h"

#include "ledger/BlockStore.h"
#include "ledger/ChainVerifier.h"
#include "ledger/Genesis.h"
#include "ledgerclient/TransactionBuilder.h"

#include <fstream>
#include <sys/mount.h>
#include <unistd.h>

namespace lx::test {

class Storage : public LedgerFixture
{
protected:
    std::filesystem::path lcDir() const { return ledger::channelDir(m_consortiumDir, "lc"); }
    std::unique_ptr<ledger::Consortium> openReader() const
    {
        auto reader = std::make_unique<ledger::Consortium>(
            m_consortiumDir, ledger::OrdererSettings {}, ledger::Access::ReadOnly);
        reader->installContract("lc", std::make_shared<KvContract>());
        return reader;
    }
    // kv's get or pget through the consortium's query path, as a client's evaluate.
    std::string query(ledger::Consortium &on, const std::string &function, const std::string &key, int org = 0)
    {
        const auto proposal = client::buildSignedProposal(user(org), "lc", "kv", function, { key }, {});
        const auto response = on.evaluate(proposal.signedProposal);
        return response.status() == 200 ? response.payload() : "(status " + std::to_string(response.status()) + ")";
    }
};

TEST_F(Storage, ReaderBesideTheWriterServesQueriesAndWritesNothing)
{
    ASSERT_EQ(submit(user(0), "put", { "a", "1" }).validationCode, protos::VALID);
    ASSERT_EQ(submit(user(0), "pput", { "p" }, { { "value", "secret" } }).validationCode, protos::VALID);
    const auto reader = openReader(); // while the writer is open
    EXPECT_EQ(query(*reader, "get", "a"), "1");
    EXPECT_EQ(query(*reader, "pget", "p"), "secret");
    EXPECT_EQ(reader->channel("lc").height(), m_consortium->channel("lc").height());

    // The reader's view is the one it opened; the writer goes on.
    ASSERT_EQ(submit(user(0), "put", { "b", "2" }).validationCode, protos::VALID);
    EXPECT_EQ(query(*m_consortium, "get", "b"), "2");
    EXPECT_FALSE(reader->channel("lc").state().get("kv", "b"));
    EXPECT_EQ(query(*openReader(), "get", "b"), "2");

    try {
        reader->endorse(client::buildSignedProposal(user(0), "lc", "kv", "put", { "c", "3" }, {}).signedProposal);
        FAIL() << "a read-only ledger endorsed";
    } catch (const ledger::LedgerError &e) {
        EXPECT_EQ(e.reasonCode(), "LEDGER_READ_ONLY");
    }
}

// A reader whose state file is behind the blocks (or missing) replays them
// in memory; it creates no file and cuts no torn tail.
TEST_F(Storage, ReaderReplaysInMemoryAndLeavesTheFilesAlone)
{
    ASSERT_EQ(submit(user(0), "put", { "s", "42" }).validationCode, protos::VALID);
    ASSERT_EQ(submit(user(0), "put", { "s", "43" }).validationCode, protos::VALID);
    m_consortium.reset();
    for (const char *f : { "state.db", "state.db-wal", "state.db-shm" })
        std::filesystem::remove(lcDir() / f);
    {
        std::ofstream f(lcDir() / "blocks.dat", std::ios::app | std::ios::binary);
        f.write("LXB1\x40\x00\x00\x00", 8); // a record header cut short
    }
    const auto size = std::filesystem::file_size(lcDir() / "blocks.dat");

    const auto reader = openReader();
    const auto v = reader->channel("lc").state().get("kv", "s");
    ASSERT_TRUE(v);
    EXPECT_EQ(v->value, "43");
    const auto history = reader->channel("lc").state().history("kv", "s");
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history.front().value, "43");
    EXPECT_FALSE(std::filesystem::exists(lcDir() / "state.db")) << "a reader created the state file";
    EXPECT_EQ(std::filesystem::file_size(lcDir() / "blocks.dat"), size) << "a reader cut the torn tail";
}

// A reader whose state snapshot is behind the blocks checks the snapshot's
// digest, replays the rest in memory (the digest too) and writes nothing.
TEST_F(Storage, ReaderBehindItsSnapshotKeepsTheDigestInMemory)
{
    ASSERT_EQ(submit(user(0), "put", { "d", "1" }).validationCode, protos::VALID);
    m_consortium.reset();
    const auto copy = m_dataDir / "state-behind.db";
    std::filesystem::copy_file(lcDir() / "state.db", copy);
    openConsortium();
    ASSERT_EQ(submit(user(0), "put", { "d", "2" }).validationCode, protos::VALID);
    ASSERT_EQ(submit(user(0), "put", { "e", "3" }).validationCode, protos::VALID);
    m_consortium.reset();
    for (const char *f : { "state.db-wal", "state.db-shm" })
        std::filesystem::remove(lcDir() / f);
    std::filesystem::copy_file(copy, lcDir() / "state.db", std::filesystem::copy_options::overwrite_existing);
    const auto read = [](const std::filesystem::path &file) {
        std::ifstream f(file, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(f), {});
    };
    const std::string before = read(lcDir() / "state.db");

    {
        const auto reader = openReader();
        EXPECT_EQ(query(*reader, "get", "d"), "2");
        EXPECT_EQ(query(*reader, "get", "e"), "3");
        EXPECT_EQ(reader->channel("lc").state().savepoint(), reader->channel("lc").height());
    }
    EXPECT_EQ(read(lcDir() / "state.db"), before) << "a reader wrote to the state file";
    // The writer replays the same blocks into the file, and the digest it
    // stores is the one the next open checks.
    openConsortium();
    EXPECT_EQ(query(*m_consortium, "get", "d"), "2");
    m_consortium.reset();
    EXPECT_NO_THROW(openConsortium());
}

TEST_F(Storage, SecondWriterIsToldWhoHasTheLedger)
{
    try {
        ledger::Consortium second(m_consortiumDir);
        FAIL() << "the same ledger opened twice for writing";
    } catch (const ledger::LedgerError &e) {
        EXPECT_EQ(e.reasonCode(), "LEDGER_IN_USE");
        EXPECT_NE(std::string(e.what()).find("(pid " + std::to_string(::getpid()) + ")"), std::string::npos)
            << e.what();
        EXPECT_NE(std::string(e.what()).find("open for writing by"), std::string::npos) << e.what();
    }
    // Readers are not writers.
    EXPECT_NO_THROW(openReader());
}

// The state cannot take a block (a full disk): the block is cut off again,
// so the file, the height and the tip are as before.
TEST_F(Storage, BlockIsCutBackWhenTheStepAfterItFails)
{
    m_consortium.reset();
    const auto file = lcDir() / "blocks.dat";
    ledger::BlockStore store(file);
    const auto height = store.height();
    const auto tip = store.tipHash();
    const auto size = std::filesystem::file_size(file);
    common::Block next = *store.block(height - 1);
    next.mutable_header()->set_number(height);
    EXPECT_THROW(store.append(next,
                     [] { throw ledger::LedgerError(ledger::LedgerError::Kind::Unavailable, "DISK_FULL", "full"); }),
        ledger::LedgerError);
    EXPECT_EQ(store.height(), height);
    EXPECT_EQ(store.tipHash(), tip);
    EXPECT_EQ(std::filesystem::file_size(file), size);
}

// On a small file system (a tmpfs; needs root): writing until the disk is
// full gives DISK_FULL, leaves height, state and private data as they were,
// and once space is freed the same open ledger commits again.
TEST_F(Storage, FullDiskFailsCleanlyAndRecoversWhenSpaceIsFreed)
{
    const auto mnt = m_dataDir / "small";
    std::filesystem::create_directories(mnt);
    if (::mount("tmpfs", mnt.c_str(), "tmpfs", 0, "size=4m") != 0)
        GTEST_SKIP() << "mounting a small tmpfs needs root; the disk-full test runs as root in CI";
    struct Unmount
    {
        std::filesystem::path dir;
        ~Unmount() { ::umount2(dir.c_str(), MNT_DETACH); }
    } unmount { mnt };
    m_consortium.reset();
    std::filesystem::copy(m_consortiumDir, mnt / "consortium", std::filesystem::copy_options::recursive);
    m_consortiumDir = mnt / "consortium";
    openConsortium();

    // Fill the disk, leaving 1 MiB.
    const auto space = std::filesystem::space(mnt);
    const auto filler = mnt / "filler";
    {
        std::ofstream f(filler, std::ios::binary);
        const std::string chunk(4096, 'x');
        for (std::uintmax_t i = 0; i + 256 < space.available / chunk.size(); ++i)
            f.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    }
    std::string reason;
    std::uint64_t heightBefore = 0;
    int written = 0;
    for (int i = 0; i < 2000 && reason.empty(); ++i) {
        heightBefore = m_consortium->channel("lc").height();
        try {
            const auto endorsed
                = endorse(user(0), "pput", { "k" + std::to_string(i) }, { { "value", std::string(3000, 'v') } });
            order(client::signTransaction(user(0), endorsed.preparedTransaction));
            ++written;
        } catch (const ledger::LedgerError &e) {
            reason = e.reasonCode();
            EXPECT_NE(std::string(e.what()).find(mnt.string()), std::string::npos) << e.what();
            EXPECT_EQ(e.kind(), ledger::LedgerError::Kind::Unavailable);
            // Nothing of the failed step is visible.
            EXPECT_EQ(m_consortium->channel("lc").height(), heightBefore);
            EXPECT_EQ(query(*m_consortium, "pget", "k" + std::to_string(i)), "(status 404)");
        }
    }
    ASSERT_EQ(reason, "DISK_FULL") << "after " << written << " writes";
    EXPECT_GT(written, 0);

    std::filesystem::remove(filler);
    EXPECT_EQ(submit(user(0), "pput", { "after" }, { { "value", "ok" } }).validationCode, protos::VALID);
    EXPECT_EQ(query(*m_consortium, "pget", "after"), "ok");
    EXPECT_EQ(query(*m_consortium, "pget", "k0").size(), 3000u) << "a value written before the disk was full";

    m_consortium.reset();
    const auto problem = ledger::ChainVerifier::verifyFile(ledger::channelDir(m_consortiumDir, "lc") / "blocks.dat",
        "lc", [kv = std::make_shared<KvContract>()](const std::string &name) -> const chaincode::Contract * {
            return name == "kv" ? kv.get() : nullptr;
        });
    EXPECT_FALSE(problem) << problem->reason;
    openConsortium();
    EXPECT_EQ(m_consortium->channel("lc").state().savepoint(), m_consortium->channel("lc").height());
    EXPECT_EQ(query(*m_consortium, "pget", "after"), "ok");
}

} // namespace lx::test

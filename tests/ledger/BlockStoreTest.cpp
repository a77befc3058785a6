#include "LedgerFixture.h"

#include "ledger/BlockStore.h"
#include "ledger/ChainVerifier.h"
#include "ledger/Genesis.h"

#include <csignal>
#include <fstream>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

namespace lx::test {

class Durability : public LedgerFixture
{
protected:
    std::filesystem::path blockFile() const { return ledger::channelDir(m_consortiumDir, "lc") / "blocks.dat"; }
    ledger::ContractLookup contracts()
    {
        return [kv = std::make_shared<KvContract>()](const std::string &name) -> const chaincode::Contract * {
            return name == "kv" ? kv.get() : nullptr;
        };
    }
};

TEST_F(Durability, CleanChainVerifies)
{
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(submit(user(i), "put", {"v" + std::to_string(i), "x"}).validationCode, protos::VALID);
    m_consortium.reset();
    std::uint64_t verified = 0;
    std::vector<std::pair<std::uint64_t, std::uint64_t>> steps;
    const auto problem = ledger::ChainVerifier::verifyFile(blockFile(), "lc", contracts(), &verified,
                                                           [&](std::uint64_t done, std::uint64_t total) {
                                                               steps.emplace_back(done, total);
                                                               return true;
                                                           });
    EXPECT_FALSE(problem) << problem->reason;
    EXPECT_EQ(verified, 4u);
    ASSERT_EQ(steps.size(), 4u);
    EXPECT_EQ(steps.front(), std::make_pair(std::uint64_t{1}, std::uint64_t{4}));
    EXPECT_EQ(steps.back(), std::make_pair(std::uint64_t{4}, std::uint64_t{4}));

    // Cancelling from the progress callback stops the walk.
    std::uint64_t partial = 0;
    ledger::ChainVerifier::verifyFile(blockFile(), "lc", contracts(), &partial,
                                      [](std::uint64_t done, std::uint64_t) { return done < 2; });
    EXPECT_EQ(partial, 2u);
}

TEST_F(Durability, FlippedByteIsFoundAndNamed)
{
    for (int i = 0; i < 3; ++i)
        ASSERT_EQ(submit(user(0), "put", {"w" + std::to_string(i), "x"}).validationCode, protos::VALID);
    m_consortium.reset();
    std::vector<Bytes> blocks;
    ASSERT_FALSE(ledger::BlockStore::scanRecords(blockFile(), &blocks));
    ASSERT_EQ(blocks.size(), 4u);
    std::uint64_t offset = 0;
    for (int i = 0; i < 2; ++i)
        offset += 12 + blocks[static_cast<std::size_t>(i)].size();
    offset += 12 + blocks[2].size() / 2;
    {
        std::fstream f(blockFile(), std::ios::in | std::ios::out | std::ios::binary);
        f.seekg(static_cast<std::streamoff>(offset));
        char c = 0;
        f.read(&c, 1);
        c ^= 0x20;
        f.seekp(static_cast<std::streamoff>(offset));
        f.write(&c, 1);
    }
    const auto problem = ledger::ChainVerifier::verifyFile(blockFile(), "lc", contracts());
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->blockNumber, 2u) << problem->reason;
}

TEST_F(Durability, TornTailIsCutOnOpen)
{
    ASSERT_EQ(submit(user(0), "put", {"t", "1"}).validationCode, protos::VALID);
    const auto height = m_consortium->channel("lc").height();
    m_consortium.reset();
    {
        std::ofstream f(blockFile(), std::ios::app | std::ios::binary);
        f.write("LXB1\x40\x00\x00\x00", 8); // a record header cut short
    }
    openConsortium();
    EXPECT_EQ(m_consortium->channel("lc").height(), height);
    EXPECT_EQ(submit(user(0), "put", {"t2", "1"}).validationCode, protos::VALID);
}

TEST_F(Durability, LostStateIsReplayedFromBlocks)
{
    ASSERT_EQ(submit(user(0), "put", {"s", "42"}).validationCode, protos::VALID);
    m_consortium.reset();
    const auto dir = ledger::channelDir(m_consortiumDir, "lc");
    for (const char *f : {"state.db", "state.db-wal", "state.db-shm"})
        std::filesystem::remove(dir / f);
    openConsortium();
    const auto v = m_consortium->channel("lc").state().get("kv", "s");
    ASSERT_TRUE(v);
    EXPECT_EQ(v->value, "42");
}

// A process committing a stream of transactions is killed with SIGKILL;
// every transaction it had seen acknowledged is on the reopened ledger and
// the chain verifies.
TEST_F(Durability, KillDuringCommitsLosesNothingAcknowledged)
{
    m_consortium.reset();
    const auto ackFile = m_dataDir / "acks.txt";
    const auto who = user(0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        try {
            openConsortium();
            FILE *acks = std::fopen(ackFile.c_str(), "w");
            for (int i = 0;; ++i) {
                const auto r = submit(who, "put", {"kill" + std::to_string(i), std::string(200, 'v')});
                if (r.validationCode == protos::VALID) {
                    std::fprintf(acks, "kill%d\n", i);
                    std::fflush(acks);
                    fdatasync(fileno(acks));
                }
            }
        } catch (...) {
        }
        _exit(1);
    }
    // Let it commit for a while, then pull the plug.
    for (int waited = 0; waited < 200; ++waited) {
        usleep(20000);
        std::ifstream in(ackFile);
        int lines = 0;
        for (std::string line; std::getline(in, line);)
            ++lines;
        if (lines >= 40)
            break;
    }
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);

    std::set<std::string> acked;
    {
        std::ifstream in(ackFile);
        for (std::string line; std::getline(in, line);)
            acked.insert(line);
    }
    ASSERT_GE(acked.size(), 10u);
    openConsortium();
    for (const std::string &key : acked)
        EXPECT_TRUE(m_consortium->channel("lc").state().get("kv", key)) << key << " was acknowledged but is lost";
    m_consortium.reset();
    const auto problem = ledger::ChainVerifier::verifyFile(blockFile(), "lc", contracts());
    EXPECT_FALSE(problem) << problem->reason;
}

} // namespace lx::test

namespace lx::test {

// Two writers on one chain would fork it: the second open is refused.
TEST_F(Durability, SecondOpenOfTheSameLedgerIsRefused)
{
    try {
        ledger::Consortium second(m_consortiumDir);
        FAIL() << "the same ledger opened twice";
    } catch (const ledger::LedgerError &e) {
        EXPECT_EQ(e.kind(), ledger::LedgerError::Kind::Unavailable);
        EXPECT_EQ(e.reasonCode(), "LEDGER_IN_USE");
    }
    // The first keeps working, and once it closes the ledger opens again.
    EXPECT_EQ(submit(user(0), "put", {"lock", "1"}).validationCode, protos::VALID);
    openConsortium();
    EXPECT_TRUE(m_consortium->channel("lc").state().get("kv", "lock"));
}

} // namespace lx::test

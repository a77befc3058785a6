// Issue 14 items 3-5: validation codes protected by the commit hash chain
// and re-validation, a world state that is checked before it is served,
// and blocks checked before they are served.
#include "LedgerFixture.h"

#include "crypto/Hash.h"
#include "ledger/BlockHash.h"
#include "ledger/BlockStore.h"
#include "ledger/ChainVerifier.h"
#include "ledger/Genesis.h"
#include "ledger/StateDb.h"
#include "ledgerclient/TransactionBuilder.h"

#include "common/common.pb.h"

#include <fstream>
#include <future>
#include <sqlite3.h>

namespace lx::test {

namespace {

struct Record
{
    std::uint64_t payloadOffset = 0;
    Bytes payload;
};

std::vector<Record> readRecords(const std::filesystem::path &file)
{
    std::vector<Record> out;
    std::uint64_t offset = 0;
    ledger::BlockStore::forEachRecord(file, [&](std::uint64_t, const Bytes &raw) {
        out.push_back({ offset + 12, raw });
        offset += 12 + raw.size();
        return true;
    });
    return out;
}

// Rewrites block n in place; the edit must keep its size, so the record's
// framing (length and the CRC over the length) stays valid.
void rewriteBlock(const std::filesystem::path &file, std::uint64_t n, const std::function<void(common::Block &)> &edit)
{
    const auto records = readRecords(file);
    ASSERT_LT(n, records.size());
    common::Block block;
    ASSERT_TRUE(block.ParseFromString(records[n].payload));
    edit(block);
    const Bytes bytes = block.SerializeAsString();
    ASSERT_EQ(bytes.size(), records[n].payload.size());
    std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(records[n].payloadOffset));
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

void setFilterCode(common::Block &block, std::size_t tx, std::uint8_t code)
{
    Bytes filter = block.metadata().metadata(common::TRANSACTIONS_FILTER);
    filter[tx] = static_cast<char>(code);
    block.mutable_metadata()->set_metadata(common::TRANSACTIONS_FILTER, filter);
}

void execSql(const std::filesystem::path &file, const std::string &sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    const std::string why = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << why;
}

} // namespace

class Integrity : public LedgerFixture
{
protected:
    std::filesystem::path channelDir() const { return ledger::channelDir(m_consortiumDir, "lc"); }
    std::filesystem::path blockFile() const { return channelDir() / "blocks.dat"; }
    ledger::ContractLookup contracts()
    {
        return [kv = std::make_shared<KvContract>()](const std::string &name) -> const chaincode::Contract * {
            return name == "kv" ? kv.get() : nullptr;
        };
    }
    // Many puts in few blocks: endorsed first, then submitted together.
    void putMany(int count, const std::string &prefix, std::size_t valueSize)
    {
        const auto who = user(0);
        std::vector<std::shared_future<ledger::CommitResult>> pending;
        for (int i = 0; i < count; ++i) {
            const auto endorsed = endorse(who, "put", { prefix + std::to_string(i), std::string(valueSize, 'v') });
            pending.push_back(m_consortium->submit(client::signTransaction(who, endorsed.preparedTransaction)));
        }
        for (auto &p : pending)
            ASSERT_EQ(p.get().validationCode, protos::VALID);
    }
    // A block whose first transaction is VALID and a later one that lost an
    // MVCC race; returns the VALID one's block.
    std::uint64_t commitValidAndConflict()
    {
        const auto who = user(0);
        EXPECT_EQ(submit(who, "put", { "k", "0" }).validationCode, protos::VALID);
        const auto first = endorse(who, "readput", { "k", "1" });
        const auto second = endorse(who, "readput", { "k", "2" });
        const auto r1 = order(client::signTransaction(who, first.preparedTransaction));
        EXPECT_EQ(r1.validationCode, protos::VALID);
        EXPECT_EQ(
            order(client::signTransaction(who, second.preparedTransaction)).validationCode, protos::MVCC_READ_CONFLICT);
        return r1.blockNumber;
    }
};

// Fabric's definition, worked by hand for one write of "a" = "1" by
// transaction 0 of block 1 in namespace kv: KVWrite{namespace 1: "kv",
// key 3: "a", value 5: "1", version_bytes 6: 01 01 00} (15 bytes) inside Updates
// field 1, then SHA-256(varint(1) || filter 00 || updates || "").
TEST_F(Integrity, CommitHashFollowsFabricsDefinition)
{
    ledger::BlockOutcome outcome;
    outcome.codes = { protos::VALID };
    ledger::ParsedTransaction tx;
    tx.code = protos::VALID;
    tx.chaincode = "kv";
    auto *w = tx.kv.add_writes();
    w->set_key("a");
    w->set_value("1");
    outcome.transactions.push_back(tx);
    const Bytes kvWrite = Bytes("\x0a\x02kv\x1a\x01"
                                "a"
                                "\x2a\x01"
                                "1"
                                "\x32\x03\x01\x01\x00",
        15);
    const Bytes updates = Bytes("\x0a\x0f", 2) + kvWrite;
    EXPECT_EQ(toHex(ledger::commitUpdateBytes(outcome, 1)), toHex(updates));
    EXPECT_EQ(ledger::commitHash(Bytes(1, '\0'), updates, {}), crypto::sha256(Bytes("\x01\x00", 2) + updates));
}

TEST_F(Integrity, EveryBlockAfterGenesisCarriesAChainedCommitHash)
{
    commitValidAndConflict();
    m_consortium.reset();
    const auto records = readRecords(blockFile());
    ASSERT_GE(records.size(), 4u);
    Bytes previous;
    for (std::size_t n = 0; n < records.size(); ++n) {
        common::Block block;
        ASSERT_TRUE(block.ParseFromString(records[n].payload));
        if (n == 0) {
            EXPECT_TRUE(ledger::blockCommitHash(block).empty());
            continue;
        }
        const auto outcome = ledger::replayBlock(block, "lc");
        const Bytes expected = ledger::commitHash(
            ledger::blockTransactionsFilter(block), ledger::commitUpdateBytes(outcome, n), previous);
        EXPECT_EQ(toHex(ledger::blockCommitHash(block)), toHex(expected)) << "block " << n;
        previous = expected;
    }
}

// The tester's case: a VALID code turned into MVCC_READ_CONFLICT in the
// block file passed `ledger verify`. Now verification names the block and
// the transaction, and a state rebuilt from the blocks refuses it.
TEST_F(Integrity, ChangedValidationCodeIsNamed)
{
    const std::uint64_t k = commitValidAndConflict();
    m_consortium.reset();
    rewriteBlock(blockFile(), k, [](common::Block &b) { setFilterCode(b, 0, protos::MVCC_READ_CONFLICT); });

    const auto problem = ledger::ChainVerifier::verifyFile(blockFile(), "lc", contracts());
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->blockNumber, k);
    EXPECT_NE(problem->reason.find("transaction 0"), std::string::npos) << problem->reason;
    EXPECT_NE(problem->reason.find("marked MVCC_READ_CONFLICT but validates as VALID"), std::string::npos)
        << problem->reason;

    // A follower verifying blocks only (no re-validation) sees it through
    // the commit hash.
    ledger::ChainVerifier follower("lc", {}, ledger::ChainVerifier::Depth::Blocks);
    std::optional<ledger::ChainProblem> seen;
    ledger::BlockStore::forEachRecord(blockFile(), [&](std::uint64_t, const Bytes &raw) {
        seen = follower.feed(raw);
        return !seen;
    });
    ASSERT_TRUE(seen);
    EXPECT_EQ(seen->blockNumber, k);
    EXPECT_NE(seen->reason.find("commit hash"), std::string::npos) << seen->reason;

    // Rebuilding the state from the blocks stops at that block.
    for (const char *f : { "state.db", "state.db-wal", "state.db-shm" })
        std::filesystem::remove(channelDir() / f);
    try {
        openConsortium();
        FAIL() << "a state was rebuilt from a block whose codes were changed";
    } catch (const ledger::LedgerError &e) {
        EXPECT_EQ(e.kind(), ledger::LedgerError::Kind::DataInvalid);
        EXPECT_EQ(e.reasonCode(), "COMMIT_HASH_MISMATCH");
        EXPECT_NE(std::string(e.what()).find("block " + std::to_string(k)), std::string::npos) << e.what();
    }
}

// The other direction: an MVCC loser marked VALID is named too.
TEST_F(Integrity, InvalidMarkedValidIsNamed)
{
    commitValidAndConflict();
    m_consortium.reset();
    const auto records = readRecords(blockFile());
    const std::uint64_t last = records.size() - 1;
    rewriteBlock(blockFile(), last, [](common::Block &b) { setFilterCode(b, 0, protos::VALID); });
    const auto problem = ledger::ChainVerifier::verifyFile(blockFile(), "lc", contracts());
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->blockNumber, last);
    EXPECT_NE(problem->reason.find("marked valid but fails: MVCC_READ_CONFLICT"), std::string::npos) << problem->reason;
}

// An edited value in state.db was served as if it were on the chain.
TEST_F(Integrity, EditedStateValueIsRefusedAndNamed)
{
    ASSERT_EQ(submit(user(0), "put", { "amount", "100" }).validationCode, protos::VALID);
    ASSERT_EQ(submit(user(0), "put", { "other", "1" }).validationCode, protos::VALID);
    m_consortium.reset();
    execSql(channelDir() / "state.db", "UPDATE state SET value=x'393939' WHERE ns='kv' AND key='amount'");

    try {
        openConsortium();
        FAIL() << "an edited state was opened; amount reads "
               << m_consortium->channel("lc").state().get("kv", "amount")->value;
    } catch (const ledger::LedgerError &e) {
        EXPECT_EQ(e.kind(), ledger::LedgerError::Kind::DataInvalid);
        EXPECT_EQ(e.reasonCode(), "STATE_TAMPERED");
    }
    // A reader checks its snapshot the same way.
    try {
        ledger::Consortium reader(m_consortiumDir, ledger::OrdererSettings {}, ledger::Access::ReadOnly);
        FAIL() << "a reader opened an edited state";
    } catch (const ledger::LedgerError &e) {
        EXPECT_EQ(e.kind(), ledger::LedgerError::Kind::DataInvalid);
        EXPECT_EQ(e.reasonCode(), "STATE_TAMPERED") << e.what();
    }

    // Verification names the key, and only that key.
    ledger::StateDb stored(channelDir() / "state.db", ledger::Access::ReadWrite, ledger::StateDb::Open::ForVerification);
    std::vector<ledger::StateDifference> differences;
    const auto problem
        = ledger::ChainVerifier::verifyFile(blockFile(), "lc", contracts(), [&](const ledger::ChainVerifier &v) {
              if (v.blocksVerified() == stored.savepoint())
                  differences = ledger::compareState(v.replayedState(), stored);
              return true;
          });
    EXPECT_FALSE(problem) << problem->reason;
    ASSERT_EQ(differences.size(), 1u);
    EXPECT_EQ(differences[0].ns, "kv");
    EXPECT_EQ(differences[0].key, "amount");
    EXPECT_NE(differences[0].what.find("value differs"), std::string::npos) << differences[0].what;
}

// A deleted row (a shorter list) and a changed transaction code are named
// as well.
TEST_F(Integrity, DeletedKeyAndChangedIndexAreNamed)
{
    const auto endorsed = endorse(user(0), "put", { "gone", "1" });
    ASSERT_EQ(order(client::signTransaction(user(0), endorsed.preparedTransaction)).validationCode, protos::VALID);
    m_consortium.reset();
    execSql(channelDir() / "state.db",
        "DELETE FROM state WHERE key='gone'; UPDATE txs SET code=11 WHERE txid='" + endorsed.txId + "'");
    EXPECT_THROW(openConsortium(), ledger::LedgerError);
    ledger::StateDb stored(channelDir() / "state.db", ledger::Access::ReadWrite, ledger::StateDb::Open::ForVerification);
    std::vector<ledger::StateDifference> differences;
    ledger::ChainVerifier::verifyFile(blockFile(), "lc", contracts(), [&](const ledger::ChainVerifier &v) {
        if (v.blocksVerified() == stored.savepoint())
            differences = ledger::compareState(v.replayedState(), stored);
        return true;
    });
    ASSERT_EQ(differences.size(), 2u);
    EXPECT_EQ(differences[0].key, "gone");
    EXPECT_NE(differences[0].what.find("missing"), std::string::npos);
    EXPECT_EQ(differences[1].key, endorsed.txId);
    EXPECT_NE(differences[1].what.find("MVCC_READ_CONFLICT stored, VALID per the blocks"), std::string::npos)
        << differences[1].what;
}

// A damaged page: SQLite reports corruption, the ledger reports data
// invalid at open (never a shorter state) and writes no block.
TEST_F(Integrity, DamagedStatePageIsDataInvalidAndWritesNoBlock)
{
    putMany(300, "page", 200);
    m_consortium.reset();
    const auto db = channelDir() / "state.db";
    ASSERT_FALSE(std::filesystem::exists(channelDir() / "state.db-wal")
        && std::filesystem::file_size(channelDir() / "state.db-wal") > 0);
    const auto size = std::filesystem::file_size(db);
    ASSERT_GE(size, 16u * 4096u);
    {
        std::fstream f(db, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(static_cast<std::streamoff>((size / 4096 / 2) * 4096 + 100));
        const std::string garbage(1500, '\x5a');
        f.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
    const auto blocksBefore = std::filesystem::file_size(blockFile());
    try {
        openConsortium();
        FAIL() << "a damaged state opened with "
               << m_consortium->channel("lc").state().range("kv", "page", "pagf").size() << " of 300 keys";
    } catch (const ledger::LedgerError &e) {
        EXPECT_EQ(e.kind(), ledger::LedgerError::Kind::DataInvalid) << e.what();
        EXPECT_EQ(e.reasonCode(), "STATE_DAMAGED") << e.what();
    }
    EXPECT_EQ(std::filesystem::file_size(blockFile()), blocksBefore);
    // A reader runs quick_check on its (immutable) snapshot too.
    try {
        ledger::StateDb state(db, ledger::Access::ReadOnly);
        FAIL() << "a reader opened a damaged state with " << state.range("kv", "page", "pagf").size() << " of 300 keys";
    } catch (const ledger::LedgerError &e) {
        EXPECT_EQ(e.kind(), ledger::LedgerError::Kind::DataInvalid) << e.what();
        EXPECT_EQ(e.reasonCode(), "STATE_DAMAGED") << e.what();
    }
    // Not a database at all is the same.
    {
        std::ofstream f(db, std::ios::binary | std::ios::trunc);
        f << std::string(8192, 'x');
    }
    try {
        ledger::StateDb state(db);
        FAIL() << "garbage opened as a state";
    } catch (const ledger::LedgerError &e) {
        EXPECT_EQ(e.kind(), ledger::LedgerError::Kind::DataInvalid) << e.what();
    }
}

// Blocks are checked before they are served: a changed transaction byte
// (data hash mismatch) and a rewritten header (consistent in itself, but no
// longer what the next block chains to) are refused, naming the block.
TEST_F(Integrity, AlteredBlocksAreNotServed)
{
    for (int i = 0; i < 5; ++i)
        ASSERT_EQ(submit(user(0), "put", { "b" + std::to_string(i), "x" }).validationCode, protos::VALID);
    m_consortium.reset();
    rewriteBlock(blockFile(), 2, [](common::Block &b) {
        Bytes tx = b.data().data(0);
        tx[tx.size() / 2] ^= 0x01;
        b.mutable_data()->set_data(0, tx);
    });
    rewriteBlock(blockFile(), 3, [](common::Block &b) {
        Bytes tx = b.data().data(0);
        tx[tx.size() / 2] ^= 0x01;
        b.mutable_data()->set_data(0, tx);
        b.mutable_header()->set_data_hash(ledger::blockDataHash(b.data()));
    });
    openConsortium();
    const auto &store = m_consortium->channel("lc").blocks();
    EXPECT_TRUE(ledger::readCheckedBlock(store, 1, "lc"));
    EXPECT_TRUE(ledger::readCheckedBlock(store, 5, "lc")); // the tip, checked against the verified tip hash
    EXPECT_FALSE(ledger::readCheckedBlock(store, 6, "lc"));
    for (const std::uint64_t n : { 2u, 3u }) {
        try {
            ledger::readCheckedBlock(store, n, "lc");
            FAIL() << "altered block " << n << " served";
        } catch (const ledger::LedgerError &e) {
            EXPECT_EQ(e.kind(), ledger::LedgerError::Kind::DataInvalid);
            EXPECT_EQ(e.reasonCode(), "BLOCK_ALTERED");
            EXPECT_NE(std::string(e.what()).find("block " + std::to_string(n) + " of channel lc"), std::string::npos)
                << e.what();
        }
    }
}

} // namespace lx::test

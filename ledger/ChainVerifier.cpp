#include "ledger/ChainVerifier.h"

#include "ledger/BlockHash.h"
#include "ledger/BlockSigning.h"
#include "ledger/BlockStore.h"
#include "ledger/LedgerError.h"
#include "ledger/StateDb.h"

#include "common/common.pb.h"
#include "peer/transaction.pb.h"

namespace lx::ledger {

ChainVerifier::ChainVerifier(std::string channelId, ContractLookup contracts, Depth depth)
    : m_channelId(std::move(channelId)), m_contracts(std::move(contracts)), m_depth(depth)
{
}

void ChainVerifier::resume(const common::Block &genesis, std::uint64_t next, Bytes previousHash)
{
    m_commitHash = next <= 1 ? std::optional<Bytes>(Bytes()) : std::nullopt;
    if (genesis.header().number() != 0)
        throw LedgerError(LedgerError::Kind::DataInvalid, "NOT_GENESIS", "resume needs block 0 of the channel");
    m_msps.emplace(MspRegistry::fromGenesis(genesis));
    m_next = next;
    m_previousHash = std::move(previousHash);
}

std::optional<ChainProblem> ChainVerifier::feed(const Bytes &rawBlock)
{
    common::Block block;
    if (!block.ParseFromString(rawBlock) || !block.has_header())
        return ChainProblem { m_next, "not a common.Block" };
    return feed(block);
}

std::optional<ChainProblem> ChainVerifier::feed(const common::Block &block)
{
    const std::uint64_t n = m_next;
    const auto problem = [n](std::string reason) { return ChainProblem { n, std::move(reason) }; };
    if (!block.has_header())
        return problem("not a common.Block");
    if (block.header().number() != n)
        return problem("carries number " + std::to_string(block.header().number()));
    if (block.header().previous_hash() != m_previousHash)
        return problem("previous hash does not match the header hash of block " + std::to_string(n - 1));
    if (blockDataHash(block.data()) != block.header().data_hash())
        return problem("data hash does not match its transactions");

    if (n == 0) {
        try {
            m_msps.emplace(MspRegistry::fromGenesis(block));
        } catch (const std::exception &e) {
            return problem(e.what());
        }
    }
    // The orderer's signature: its identity must belong to the orderer MSP.
    common::Metadata signatures;
    bool signedByOrderer = false;
    if (block.metadata().metadata_size() > common::SIGNATURES
        && signatures.ParseFromString(block.metadata().metadata(common::SIGNATURES))) {
        for (const auto &sig : signatures.signatures()) {
            common::SignatureHeader header;
            if (!header.ParseFromString(sig.signature_header()))
                continue;
            const auto orderer = m_msps->identity(header.creator());
            if (orderer && orderer->mspId == m_msps->ordererMspId() && orderer->hasOu("orderer")
                && verifyBlockSignature(block, orderer->publicKey)) {
                signedByOrderer = true;
                break;
            }
        }
    }
    if (!signedByOrderer)
        return problem("orderer signature missing or invalid");

    const int count = block.data().data_size();
    const Bytes filter = blockTransactionsFilter(block);
    if (filter.size() != static_cast<std::size_t>(count))
        return problem("transactions filter has " + std::to_string(filter.size()) + " entries for "
            + std::to_string(count) + " transactions");
    if (n > 0) {
        const auto codeName = [](int code) {
            const std::string name = protos::TxValidationCode_Name(static_cast<protos::TxValidationCode>(code));
            return name.empty() ? "code " + std::to_string(code) : name;
        };
        BlockOutcome outcome;
        if (m_depth == Depth::Transactions) {
            // Validate every transaction again, in order, against the state
            // the earlier blocks produce; the codes must be the block's.
            std::vector<ParsedTransaction> checked;
            checked.reserve(static_cast<std::size_t>(count));
            for (int i = 0; i < count; ++i)
                checked.push_back(parseTransaction(block.data().data(i), m_channelId, &*m_msps, &m_contracts));
            outcome = resolveBlock(block, std::move(checked), m_replay, {});
            for (int i = 0; i < count; ++i) {
                const int marked = static_cast<unsigned char>(filter[static_cast<std::size_t>(i)]);
                const int actual = outcome.codes[static_cast<std::size_t>(i)];
                if (marked == actual)
                    continue;
                const std::string &txId = outcome.transactions[static_cast<std::size_t>(i)].txId;
                if (marked == protos::VALID)
                    return problem("transaction " + std::to_string(i) + " (" + txId
                        + ") is marked valid but fails: " + codeName(actual));
                return problem("transaction " + std::to_string(i) + " (" + txId + ") is marked " + codeName(marked)
                    + " but validates as " + codeName(actual));
            }
        } else {
            outcome = replayBlock(block, m_channelId);
        }
        // The commit hash chains the validation codes and the writes they
        // let through; the header hash does not cover them.
        const Bytes stored = blockCommitHash(block);
        if (stored.empty())
            return problem("carries no commit hash (COMMIT_HASH metadata); its validation codes are unprotected");
        if (m_commitHash && commitHash(filter, commitUpdateBytes(outcome, n), *m_commitHash) != stored)
            return problem("commit hash does not match its validation codes and writes");
        m_commitHash = stored;
        if (m_depth == Depth::Transactions)
            m_replay.apply(outcome.stateBatch);
    }
    m_transactions += static_cast<std::uint64_t>(count);
    m_previousHash = blockHeaderHash(block.header());
    ++m_next;
    return std::nullopt;
}

std::optional<ChainProblem> ChainVerifier::verifyFile(const std::filesystem::path &blockFile,
    const std::string &channelId, ContractLookup contracts, std::uint64_t *blocksVerified,
    const std::function<bool(std::uint64_t, std::uint64_t)> &progress)
{
    // A first pass reads only the record headers, for the progress total.
    std::uint64_t total = 0;
    if (progress)
        BlockStore::forEachRecord(blockFile, {}, &total);
    std::uint64_t verified = 0;
    const auto problem = verifyFile(blockFile, channelId, std::move(contracts), [&](const ChainVerifier &verifier) {
        verified = verifier.blocksVerified();
        return !progress || progress(verified, total);
    });
    if (blocksVerified)
        *blocksVerified = verified;
    return problem;
}

std::optional<ChainProblem> ChainVerifier::verifyFile(const std::filesystem::path &blockFile,
    const std::string &channelId, ContractLookup contracts,
    const std::function<bool(const ChainVerifier &)> &afterBlock)
{
    ChainVerifier verifier(channelId, std::move(contracts));
    std::optional<ChainProblem> problem;
    const auto framing = BlockStore::forEachRecord(blockFile, [&](std::uint64_t, const Bytes &raw) {
        problem = verifier.feed(raw);
        return !problem && (!afterBlock || afterBlock(verifier));
    });
    if (!problem && framing)
        problem = ChainProblem { framing->blockNumber, framing->reason };
    return problem;
}

std::optional<common::Block> readCheckedBlock(
    const BlockStore &store, std::uint64_t number, const std::string &channelId)
{
    const std::uint64_t height = store.height();
    if (number >= height)
        return std::nullopt;
    const auto altered = [&](const std::string &why) {
        return LedgerError(LedgerError::Kind::DataInvalid, "BLOCK_ALTERED",
            "block " + std::to_string(number) + " of channel " + channelId + " " + why
                + "; it is not served (run `lianxin-cli ledger verify`)");
    };
    auto block = store.block(number);
    if (!block || !block->has_header())
        throw altered("cannot be parsed");
    if (block->header().number() != number)
        throw altered("carries number " + std::to_string(block->header().number()));
    if (blockDataHash(block->data()) != block->header().data_hash())
        throw altered("has a data hash that does not match its transactions");
    Bytes expected;
    if (number + 1 < height) {
        const auto next = store.block(number + 1);
        if (!next || !next->has_header())
            throw altered("cannot be checked: block " + std::to_string(number + 1) + " cannot be parsed");
        expected = next->header().previous_hash();
    } else {
        expected = store.tipHash();
    }
    if (blockHeaderHash(block->header()) != expected)
        throw altered(number + 1 < height
                ? "has a header that does not match block " + std::to_string(number + 1) + "'s previous hash"
                : "has a header that does not match the tip verified at open");
    return block;
}

std::vector<StateDifference> compareState(const ReplayedState &expected, const StateDb &stored)
{
    std::vector<StateDifference> out;
    const auto split = [](const std::string &mapKey) {
        const auto zero = mapKey.find('\0');
        return std::make_pair(
            mapKey.substr(0, zero), zero == std::string::npos ? std::string() : mapKey.substr(zero + 1));
    };
    const auto version = [](const Height &h) { return std::to_string(h.block) + ":" + std::to_string(h.tx); };
    std::map<std::string, VersionedValue> actual;
    stored.forEachKey([&](const std::string &ns, const std::string &key, const VersionedValue &value) {
        std::string k = ns;
        k.push_back('\0');
        k += key;
        actual.emplace(std::move(k), value);
    });
    for (const auto &[mapKey, value] : expected.entries()) {
        const auto [ns, key] = split(mapKey);
        const auto it = actual.find(mapKey);
        if (it == actual.end()) {
            out.push_back(
                { ns, key, "missing from the stored state (the blocks wrote it at " + version(value.version) + ")" });
            continue;
        }
        if (it->second.value != value.value)
            out.push_back({ ns, key, "value differs from the one written at " + version(value.version) });
        if (!(it->second.version == value.version))
            out.push_back({ ns, key,
                "version " + version(it->second.version) + " stored, " + version(value.version) + " per the blocks" });
        actual.erase(it);
    }
    for (const auto &[mapKey, value] : actual) {
        const auto [ns, key] = split(mapKey);
        out.push_back({ ns, key, "in the stored state but not written by any valid transaction (or deleted since)" });
    }
    std::map<std::string, TxRecord> transactions;
    stored.forEachTransaction([&](const std::string &txId, const TxRecord &rec) { transactions.emplace(txId, rec); });
    const auto codeName
        = [](int code) { return protos::TxValidationCode_Name(static_cast<protos::TxValidationCode>(code)); };
    for (const auto &[txId, rec] : expected.transactions()) {
        const auto it = transactions.find(txId);
        if (it == transactions.end()) {
            out.push_back({ "", txId, "transaction missing from the stored index" });
            continue;
        }
        if (it->second.block != rec.block || it->second.txNumber != rec.txNumber)
            out.push_back({ "", txId,
                "transaction indexed at block " + std::to_string(it->second.block) + " tx "
                    + std::to_string(it->second.txNumber) + ", the blocks have it at block " + std::to_string(rec.block)
                    + " tx " + std::to_string(rec.txNumber) });
        if (it->second.validationCode != rec.validationCode)
            out.push_back({ "", txId,
                "validation code " + codeName(it->second.validationCode) + " stored, " + codeName(rec.validationCode)
                    + " per the blocks" });
        transactions.erase(it);
    }
    for (const auto &[txId, rec] : transactions)
        out.push_back({ "", txId, "transaction in the stored index but in no block" });
    return out;
}

} // namespace lx::ledger

#include "ledger/ChainVerifier.h"

#include "ledger/BlockHash.h"
#include "ledger/BlockSigning.h"
#include "ledger/BlockStore.h"
#include "ledger/LedgerError.h"

#include "common/common.pb.h"
#include "peer/transaction.pb.h"

namespace lx::ledger {

ChainVerifier::ChainVerifier(std::string channelId, ContractLookup contracts, Depth depth)
    : m_channelId(std::move(channelId)), m_contracts(std::move(contracts)), m_depth(depth)
{
}

void ChainVerifier::resume(const common::Block &genesis, std::uint64_t next, Bytes previousHash)
{
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
    const Bytes filter = block.metadata().metadata_size() > common::TRANSACTIONS_FILTER
        ? block.metadata().metadata(common::TRANSACTIONS_FILTER)
        : Bytes();
    if (filter.size() != static_cast<std::size_t>(count))
        return problem("transactions filter has " + std::to_string(filter.size()) + " entries for "
            + std::to_string(count) + " transactions");
    if (n > 0 && m_depth == Depth::Transactions) {
        for (int i = 0; i < count; ++i) {
            if (static_cast<unsigned char>(filter[static_cast<std::size_t>(i)]) != protos::VALID)
                continue;
            const ParsedTransaction tx = parseTransaction(block.data().data(i), m_channelId, &*m_msps, &m_contracts);
            if (tx.code != protos::VALID)
                return problem("transaction " + std::to_string(i) + " (" + tx.txId + ") is marked valid but fails: "
                    + protos::TxValidationCode_Name(static_cast<protos::TxValidationCode>(tx.code)));
        }
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
    ChainVerifier verifier(channelId, std::move(contracts));
    std::optional<ChainProblem> problem;
    const auto framing = BlockStore::forEachRecord(blockFile, [&](std::uint64_t, const Bytes &raw) {
        problem = verifier.feed(raw);
        return !problem && (!progress || progress(verifier.blocksVerified(), total));
    });
    if (blocksVerified)
        *blocksVerified = verifier.blocksVerified();
    if (!problem && framing)
        problem = ChainProblem { framing->blockNumber, framing->reason };
    return problem;
}

} // namespace lx::ledger

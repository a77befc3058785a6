#pragma once

#include "ledger/Msp.h"
#include "ledger/Validator.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace lx::ledger {

struct ChainProblem
{
    std::uint64_t blockNumber = 0;
    std::string reason;
};

// Re-verifies a channel's chain block by block, as any member can: framing,
// numbering, the header hash chain, each data hash, the orderer's signature,
// the transactions filter, and for every transaction the filter marks valid
// its creator signature, transaction ID, endorsement signatures and the
// contract's endorsement policy. The genesis block provides the MSPs.
//
// A follower that trusts the committing peer's per-transaction checks (the
// local cache's sync) verifies at Depth::Blocks: everything above except the
// per-transaction signatures and policies, one signature check per block.
class ChainVerifier
{
public:
    enum class Depth { Blocks, Transactions };

    ChainVerifier(std::string channelId, ContractLookup contracts, Depth depth = Depth::Transactions);

    // Continues a chain verified earlier up to block next - 1, whose header
    // hash was previousHash; the genesis block provides the MSPs again.
    // Throws LedgerError(DataInvalid) when genesis is not a genesis block.
    void resume(const common::Block &genesis, std::uint64_t next, Bytes previousHash);

    // Feeds the next block; returns the first problem found.
    std::optional<ChainProblem> feed(const Bytes &rawBlock);
    std::optional<ChainProblem> feed(const common::Block &block);
    // The header hash of the last block accepted.
    const Bytes &previousHash() const { return m_previousHash; }

    std::uint64_t blocksVerified() const { return m_next; }
    std::uint64_t transactionsVerified() const { return m_transactions; }

    // Verifies a block file (the embedded block store). progress(done, total)
    // is called every block.
    static std::optional<ChainProblem> verifyFile(const std::filesystem::path &blockFile, const std::string &channelId,
        ContractLookup contracts, std::uint64_t *blocksVerified = nullptr,
        const std::function<bool(std::uint64_t, std::uint64_t)> &progress = {});

private:
    std::string m_channelId;
    ContractLookup m_contracts;
    Depth m_depth;
    std::optional<MspRegistry> m_msps;
    std::uint64_t m_next = 0;
    std::uint64_t m_transactions = 0;
    Bytes m_previousHash;
};

} // namespace lx::ledger

#pragma once

#include "ledger/ChannelConfig.h"
#include "ledger/Msp.h"
#include "ledger/Validator.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

namespace lx::ledger {

class BlockStore;
class StateDb;

struct ChainProblem
{
    std::uint64_t blockNumber = 0;
    std::string reason;
};

// Re-verifies a channel's chain block by block, as any member can: framing,
// numbering, the header hash chain, each data hash, the orderer's signature,
// the transactions filter and the COMMIT_HASH chain over the validation
// codes and writes (from block 1 on). At Depth::Transactions it validates
// every transaction again, as the committing peer did: creator signature,
// transaction ID, endorsement signatures, the contract's endorsement policy,
// then duplicates, MVCC read versions and phantom reads against the state
// replayed in memory from the earlier blocks; any code that differs from
// the block's filter is named. The genesis block provides the MSPs.
//
// A follower that trusts the committing peer's per-transaction checks (the
// local cache's sync) verifies at Depth::Blocks: everything above except the
// per-transaction validation, one signature check per block. After resume()
// the first block's commit hash is taken as given (its predecessor's is not
// known) and the chain of commit hashes is checked from there.
//
// Blocks a Fabric network made (a genesis configuration that has the
// /Channel/Orderer/BlockValidation policy: configtxgen's) are verified as
// Fabric's peers verify what they receive (docs/fabric-block-verification.md):
// the configuration in force, block to block, gives the MSPs (roots,
// intermediates, admins, NodeOUs) and the BlockValidation policy the
// orderer's signature over value || signature_header || ASN.1 header must
// satisfy; each later CONFIG block must follow from the configuration in
// force (sequence, its update's write set, the changed elements'
// mod_policies) and then replaces it; the last-config index of every block
// is checked. The genesis block is the trust root (Fabric's orderer does
// not sign it). At Depth::Transactions each transaction is rechecked as far
// as a member can without the chaincode definitions: creator and endorser
// certificates and signatures, transaction ID, proposal hash, duplicates,
// MVCC and phantom reads; what cannot be rechecked is named in
// notVerified(), never silently accepted.
class ChainVerifier
{
public:
    enum class Depth { Blocks, Transactions };

    ChainVerifier(std::string channelId, ContractLookup contracts, Depth depth = Depth::Transactions);

    // Continues a chain verified earlier up to block next - 1, whose header
    // hash was previousHash; the genesis block provides the MSPs again.
    // Throws LedgerError(DataInvalid) when genesis is not a genesis block.
    // On a Fabric chain lastConfig, when given, is the CONFIG block in force
    // at next - 1 (OrdererBlockMetadata.last_config of that block): its
    // configuration replaces the genesis block's.
    void resume(const common::Block &genesis, std::uint64_t next, Bytes previousHash,
        const common::Block *lastConfig = nullptr);

    // Feeds the next block; returns the first problem found.
    std::optional<ChainProblem> feed(const Bytes &rawBlock);
    std::optional<ChainProblem> feed(const common::Block &block);
    // The header hash of the last block accepted.
    const Bytes &previousHash() const { return m_previousHash; }

    std::uint64_t blocksVerified() const { return m_next; }
    // True once block 0 showed a Fabric channel configuration.
    bool isFabricChain() const { return m_fabric; }
    // What was accepted without being verified, each named once (the
    // genesis block as trust root, endorsement policies not rechecked, ...).
    const std::vector<std::string> &notVerified() const { return m_notVerified; }
    std::uint64_t transactionsVerified() const { return m_transactions; }
    // At Depth::Transactions: the world state and transaction index the
    // verified blocks produce.
    const ReplayedState &replayedState() const { return m_replay; }

    // Verifies a block file (the embedded block store). progress(done, total)
    // is called every block.
    static std::optional<ChainProblem> verifyFile(const std::filesystem::path &blockFile, const std::string &channelId,
        ContractLookup contracts, std::uint64_t *blocksVerified = nullptr,
        const std::function<bool(std::uint64_t, std::uint64_t)> &progress = {});
    // The same with the verifier at hand after each block: afterBlock(verifier)
    // returns false to stop early.
    static std::optional<ChainProblem> verifyFile(const std::filesystem::path &blockFile, const std::string &channelId,
        ContractLookup contracts, const std::function<bool(const ChainVerifier &)> &afterBlock);

private:
    std::optional<ChainProblem> feedFabric(const common::Block &block);
    void note(const std::string &what);

    std::string m_channelId;
    ContractLookup m_contracts;
    Depth m_depth;
    std::optional<MspRegistry> m_msps;
    // A Fabric chain: the configuration in force and the block that set it.
    bool m_fabric = false;
    std::optional<ChannelConfig> m_config;
    std::uint64_t m_lastConfig = 0;
    std::vector<std::string> m_notVerified;
    // At Depth::Transactions on a Fabric chain: every key's version (public
    // and hashed) and every transaction ID, for duplicates and MVCC.
    std::map<std::string, Height> m_versions; // "P" ns NUL key, "H" ns NUL collection NUL key hash
    std::unordered_set<std::string> m_txIds;
    std::uint64_t m_next = 0;
    std::uint64_t m_transactions = 0;
    Bytes m_previousHash;
    std::optional<Bytes> m_commitHash = Bytes(); // nullopt after resume(): not known
    ReplayedState m_replay;
};

// Reads block number of a store for serving it (qscc, the CLI, the
// explorer) and checks it cheaply first: it parses, carries its number, its
// data hash matches its transactions, and its header hash matches the next
// block's previous hash (for the last block: the tip hash the store
// verified at open). Throws LedgerError(DataInvalid, BLOCK_ALTERED) naming
// the block otherwise; nullopt when there is no such block.
std::optional<common::Block> readCheckedBlock(
    const BlockStore &store, std::uint64_t number, const std::string &channelId);

// A key (or transaction record) on which a stored state and the state
// replayed from the blocks disagree.
struct StateDifference
{
    std::string ns; // namespace ("" for the transaction index)
    std::string key; // the key, or the transaction ID
    std::string what;
};
// Compares a channel's stored state (every live key with value and version,
// and the transaction index) with the state replayed from its blocks.
std::vector<StateDifference> compareState(const ReplayedState &expected, const StateDb &stored);

} // namespace lx::ledger

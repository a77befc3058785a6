#pragma once

#include "chaincode/Contract.h"
#include "ledger/Msp.h"
#include "ledger/StateDb.h"
#include "ledger/rwset/kvrwset/kv_rwset.pb.h"
#include "ledger/rwset/rwset.pb.h"

#include "common/common.pb.h"
#include "peer/chaincode_event.pb.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lx::ledger {

// Fabric's transaction ID: hex(SHA-256(nonce || creator)).
std::string transactionId(const Bytes &nonce, const Bytes &creator);

// Fabric's proposal hash: SHA-256(channel header || signature header ||
// chaincode proposal payload), binding an endorsement to one proposal.
Bytes proposalHash(const common::Header &header, const Bytes &chaincodeProposalPayload);

using ContractLookup = std::function<const chaincode::Contract *(const std::string &name)>;
using TransientLookup = std::function<std::optional<rwset::TxPvtReadWriteSet>(const std::string &txId)>;

// What one transaction of a block carries, once parsed.
struct ParsedTransaction
{
    int code = 0; // protos::TxValidationCode
    std::string txId;
    std::int64_t timestampSeconds = 0;
    std::string chaincode;
    kvrwset::KVRWSet kv;
    std::vector<std::pair<std::string, kvrwset::HashedRWSet>> hashed; // by collection
    std::map<std::string, Bytes> privateHashes; // collection -> pvt_rwset_hash
    std::optional<protos::ChaincodeEvent> event;
};

// Parses one envelope of a block. With checks, it also verifies the creator
// signature, the transaction ID, the proposal hash, every endorsement
// signature and the contract's endorsement policy, and sets the first
// failing validation code.
ParsedTransaction parseTransaction(
    const Bytes &envelopeBytes, const std::string &channelId, const MspRegistry *msps, const ContractLookup *contracts);

// What validation reads of a world state: a key's version, the versions of
// a key range, whether a transaction ID is on the ledger already. The
// committing peer reads its StateDb; a verifier replaying the chain reads a
// ReplayedState.
class StateView
{
public:
    virtual ~StateView() = default;
    virtual std::optional<Height> version(const std::string &ns, const std::string &key) const = 0;
    // Keys of ns in [start, end) (empty end: no end) with their versions.
    virtual std::map<std::string, Height> versions(
        const std::string &ns, const std::string &start, const std::string &end) const = 0;
    virtual bool hasTransaction(const std::string &txId) const = 0;
};

// A channel's world state and transaction index rebuilt in memory from its
// blocks (the same batches StateDb::commit applies), for re-validating a
// chain and for comparing the stored state with what the blocks say.
class ReplayedState : public StateView
{
public:
    std::optional<Height> version(const std::string &ns, const std::string &key) const override;
    std::map<std::string, Height> versions(
        const std::string &ns, const std::string &start, const std::string &end) const override;
    bool hasTransaction(const std::string &txId) const override { return m_txs.count(txId) != 0; }

    void apply(const StateDb::Batch &batch);

    // Keyed by namespace '\0' key, in that order.
    const std::map<std::string, VersionedValue> &entries() const { return m_state; }
    const std::map<std::string, TxRecord> &transactions() const { return m_txs; }

private:
    std::map<std::string, VersionedValue> m_state;
    std::map<std::string, TxRecord> m_txs;
};

struct BlockOutcome
{
    std::vector<std::uint8_t> codes;
    std::vector<ParsedTransaction> transactions;
    StateDb::Batch stateBatch;
    std::map<std::string, std::vector<PrivateStore::Write>> privateWrites; // by owning MSP
};

// Validates a block as a committing peer does: signatures and policies in
// parallel, then duplicate IDs, MVCC read versions and phantom reads in
// order against the state plus the block's earlier valid transactions.
BlockOutcome validateBlock(const common::Block &block, const std::string &channelId, const MspRegistry &msps,
    const StateDb &state, const ContractLookup &contracts, const TransientLookup &transient, unsigned threads);

// Phase 2 alone, for transactions already checked one by one with
// parseTransaction (the embedded orderer checks each on arrival, on the
// submitter's thread): duplicates, MVCC and phantom reads, in block order.
BlockOutcome resolveBlock(const common::Block &block, std::vector<ParsedTransaction> checked, const StateDb &state,
    const TransientLookup &transient);
BlockOutcome resolveBlock(const common::Block &block, std::vector<ParsedTransaction> checked, const StateView &state,
    const TransientLookup &transient);

// Rebuilds the outcome of an already validated block from its
// TRANSACTIONS_FILTER (crash recovery replays blocks this way).
BlockOutcome replayBlock(const common::Block &block, const std::string &channelId);

// Fabric's commit hash (kvledger addBlockCommitHash), kept in the block's
// COMMIT_HASH metadata from block 1 on: SHA-256 over
//   varint(len(filter)) || filter || updateBytes || previous commit hash
// where filter is the TRANSACTIONS_FILTER (one validation code per
// transaction) and updateBytes is commitUpdateBytes of the block's outcome.
// The previous commit hash is empty for block 1. It chains the validation
// results, which lie outside the header hash, from block to block.
Bytes commitHash(const Bytes &filter, const Bytes &updateBytes, const Bytes &previousCommitHash);
// Fabric's deterministic bytes of a block's update batch (txmgr.Updates):
// the last write of every key by a transaction marked VALID, public writes
// of a namespace first, then its collections' hashed writes, namespaces,
// collections and keys each in byte order; each a txmgr.KVWrite with the
// namespace set on a namespace's first entry and the collection on a
// collection's first, the key (a private key's SHA-256 for hashed writes),
// is_delete, the value (value hash) unless deleted, and the version as two
// order-preserving var-uints (block, transaction).
Bytes commitUpdateBytes(const BlockOutcome &outcome, std::uint64_t blockNumber);
// The same from a block's writes by its VALID transactions in block order
// (a later write of a key replaces an earlier one), any number of
// namespaces per transaction as Fabric's transactions have them. A
// collection's write carries the key's hash and the value's hash.
struct BatchWrite
{
    std::string ns;
    std::string collection; // empty for a public write
    Bytes key;
    bool isDelete = false;
    Bytes value;
    Height version;
};
Bytes commitUpdateBytes(const std::vector<BatchWrite> &writes);

} // namespace lx::ledger

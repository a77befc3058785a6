#pragma once

#include "chaincode/Contract.h"
#include "ledger/Msp.h"
#include "ledger/StateDb.h"

#include "common/common.pb.h"
#include "ledger/rwset/kvrwset/kv_rwset.pb.h"
#include "ledger/rwset/rwset.pb.h"
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
    std::map<std::string, Bytes> privateHashes;                        // collection -> pvt_rwset_hash
    std::optional<protos::ChaincodeEvent> event;
};

// Parses one envelope of a block. With checks, it also verifies the creator
// signature, the transaction ID, the proposal hash, every endorsement
// signature and the contract's endorsement policy, and sets the first
// failing validation code.
ParsedTransaction parseTransaction(const Bytes &envelopeBytes, const std::string &channelId,
                                   const MspRegistry *msps, const ContractLookup *contracts);

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
                           const StateDb &state, const ContractLookup &contracts, const TransientLookup &transient,
                           unsigned threads);

// Phase 2 alone, for transactions already checked one by one with
// parseTransaction (the embedded orderer checks each on arrival, on the
// submitter's thread): duplicates, MVCC and phantom reads, in block order.
BlockOutcome resolveBlock(const common::Block &block, std::vector<ParsedTransaction> checked, const StateDb &state,
                          const TransientLookup &transient);

// Rebuilds the outcome of an already validated block from its
// TRANSACTIONS_FILTER (crash recovery replays blocks this way).
BlockOutcome replayBlock(const common::Block &block, const std::string &channelId);

} // namespace lx::ledger

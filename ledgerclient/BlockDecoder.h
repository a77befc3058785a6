#pragma once

#include "crypto/Bytes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace common {
class Block;
}

namespace lx::ledger {
class MspRegistry;
}

namespace lx::client {

// What a block's header says, as the CLI prints it and the ledger explorer
// lists it. Fabric blocks carry no time of their own: timestampSeconds is
// the first transaction's channel header time (0 for an empty block).
struct BlockSummary
{
    std::uint64_t number = 0;
    std::string previousHashHex;
    std::string dataHashHex;
    int transactionCount = 0;
    std::int64_t timestampSeconds = 0;
    // Set (and nothing else but number) when the ledger refused to serve
    // the block as altered: the ledger's message naming what is wrong.
    std::string problem;
};

BlockSummary summarizeBlock(const common::Block &block);

// Fabric's TxValidationCode name ("VALID", "MVCC_READ_CONFLICT", ...).
std::string validationCodeName(int code);

struct DecodedRead
{
    std::string key;
    bool existed = false; // an absent version: the key did not exist when read
    std::uint64_t versionBlock = 0;
    std::uint64_t versionTx = 0;
};

struct DecodedWrite
{
    std::string key;
    bool isDelete = false;
    Bytes value;
};

// A private collection appears on the chain only as hashes.
struct DecodedCollection
{
    std::string name;
    Bytes privateRwsetHash;
    int hashedReads = 0;
    int hashedWrites = 0;
};

struct DecodedNamespace
{
    std::string name;
    std::vector<DecodedRead> reads;
    std::vector<DecodedWrite> writes;
    std::vector<DecodedCollection> collections;
};

// One envelope of a block, decoded for reading (not validated: the
// validation code is the one the committing peer wrote in the block's
// transactions filter).
struct DecodedTransaction
{
    int index = 0;
    std::string txId;
    std::string type; // HeaderType name, e.g. ENDORSER_TRANSACTION
    std::string channel;
    std::int64_t timestampSeconds = 0;
    int validationCode = 0; // protos::TxValidationCode
    std::string chaincode;
    std::string function;
    std::vector<Bytes> args; // after the function name
    std::string creatorMspId;
    std::string creatorCommonName;
    std::vector<std::string> endorserMspIds;
    // nullopt when no MSPs were given to check against, or when there is no
    // signature to check (a Fabric genesis block's configuration envelope).
    std::optional<bool> creatorSignatureValid;
    std::optional<bool> endorserSignaturesValid; // all of them, and at least one
    int responseStatus = 0;
    std::string responseMessage;
    std::vector<DecodedNamespace> rwset;
    std::string problem; // what could not be decoded, if anything
};

// Decodes every transaction of a block. With msps (the channel's, from its
// genesis block) it also checks the creator's signature over the payload
// and each endorser's signature over the proposal response.
std::vector<DecodedTransaction> decodeTransactions(const common::Block &block, const ledger::MspRegistry *msps);

} // namespace lx::client

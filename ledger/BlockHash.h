#pragma once

#include "crypto/Bytes.h"

namespace common {
class Block;
class BlockHeader;
class BlockData;
} // namespace common

namespace lx::ledger {

// Fabric hashes a block header as SHA-256 over the DER encoding of
// SEQUENCE { INTEGER number, OCTET STRING previous_hash, OCTET STRING data_hash }.
Bytes blockHeaderDer(const common::BlockHeader &header);
Bytes blockHeaderHash(const common::BlockHeader &header);
// SHA-256 over the concatenation of every entry of BlockData.data.
Bytes blockDataHash(const common::BlockData &data);

// The block's TRANSACTIONS_FILTER (empty when it has none).
Bytes blockTransactionsFilter(const common::Block &block);
// The value of the block's COMMIT_HASH metadata (a serialized
// common.Metadata whose value is the hash); empty when it has none.
Bytes blockCommitHash(const common::Block &block);
void setBlockCommitHash(common::Block &block, const Bytes &commitHash);

} // namespace lx::ledger

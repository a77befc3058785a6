#pragma once

#include "crypto/Bytes.h"

namespace common {
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

} // namespace lx::ledger

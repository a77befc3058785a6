#pragma once

#include "crypto/Bytes.h"
#include "crypto/EcKey.h"

#include <cstdint>

namespace common {
class Block;
}

namespace lx::ledger {

// The orderer's signature over a block, as Fabric writes it: metadata
// [SIGNATURES] holds Metadata{value = OrdererBlockMetadata{last_config},
// signatures = [MetadataSignature{signature_header, signature}]} where the
// signature covers value || signature_header || blockHeaderDer(header).
// Resizes the metadata to the five BlockMetadataIndex entries if needed and
// keeps the other entries as they are. The header must be final.
// lastConfigIndex is the number of the block holding the channel's current
// configuration (0 until the configuration changes).
void signBlock(common::Block &block, const crypto::PrivateKey &ordererKey, const Bytes &ordererSerializedIdentity,
               std::uint64_t lastConfigIndex = 0);

// True when metadata[SIGNATURES] carries at least one signature that
// verifies under ordererKey for this block's header.
bool verifyBlockSignature(const common::Block &block, const crypto::PublicKey &ordererKey);

} // namespace lx::ledger

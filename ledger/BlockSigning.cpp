#include "ledger/BlockSigning.h"

#include "crypto/Random.h"
#include "ledger/BlockHash.h"

#include "common/common.pb.h"

namespace lx::ledger {

namespace {

constexpr int kMetadataEntries = 5; // common.BlockMetadataIndex: SIGNATURES .. COMMIT_HASH
constexpr std::size_t kNonceBytes = 24;

} // namespace

void signBlock(common::Block &block, const crypto::PrivateKey &ordererKey, const Bytes &ordererSerializedIdentity,
               std::uint64_t lastConfigIndex)
{
    auto *metadata = block.mutable_metadata()->mutable_metadata();
    while (metadata->size() < kMetadataEntries)
        metadata->Add();

    common::OrdererBlockMetadata ordererMetadata;
    ordererMetadata.mutable_last_config()->set_index(lastConfigIndex);

    common::SignatureHeader signatureHeader;
    signatureHeader.set_creator(ordererSerializedIdentity);
    signatureHeader.set_nonce(crypto::randomBytes(kNonceBytes));

    common::Metadata signatures;
    signatures.set_value(ordererMetadata.SerializeAsString());
    auto *signature = signatures.add_signatures();
    signature->set_signature_header(signatureHeader.SerializeAsString());
    // Sign the exact bytes stored in the block, so a verifier concatenates
    // what it reads instead of re-serializing anything.
    signature->set_signature(ordererKey.sign(signatures.value() + signature->signature_header() +
                                             blockHeaderDer(block.header())));

    metadata->Mutable(common::SIGNATURES)->assign(signatures.SerializeAsString());
}

bool verifyBlockSignature(const common::Block &block, const crypto::PublicKey &ordererKey)
{
    if (block.metadata().metadata_size() <= common::SIGNATURES)
        return false;
    common::Metadata signatures;
    if (!signatures.ParseFromString(block.metadata().metadata(common::SIGNATURES)))
        return false;
    const Bytes headerDer = blockHeaderDer(block.header());
    for (const auto &signature : signatures.signatures()) {
        if (ordererKey.verify(signatures.value() + signature.signature_header() + headerDer, signature.signature()))
            return true;
    }
    return false;
}

} // namespace lx::ledger

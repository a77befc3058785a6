#include "ledger/BlockHash.h"

#include "crypto/Hash.h"

#include "common/common.pb.h"

namespace lx::ledger {

namespace {

void appendDerLength(Bytes &out, std::size_t length)
{
    if (length < 0x80) {
        out.push_back(static_cast<char>(length));
        return;
    }
    Bytes digits;
    while (length > 0) {
        digits.insert(digits.begin(), static_cast<char>(length & 0xff));
        length >>= 8;
    }
    out.push_back(static_cast<char>(0x80 | digits.size()));
    out += digits;
}

void appendTlv(Bytes &out, unsigned char tag, const Bytes &content)
{
    out.push_back(static_cast<char>(tag));
    appendDerLength(out, content.size());
    out += content;
}

// Minimal two's-complement big-endian encoding of a non-negative integer,
// as Go's encoding/asn1 writes a *big.Int.
Bytes derIntegerContent(std::uint64_t value)
{
    Bytes content;
    do {
        content.insert(content.begin(), static_cast<char>(value & 0xff));
        value >>= 8;
    } while (value > 0);
    if (static_cast<unsigned char>(content.front()) & 0x80)
        content.insert(content.begin(), '\0');
    return content;
}

} // namespace

Bytes blockHeaderDer(const common::BlockHeader &header)
{
    Bytes body;
    appendTlv(body, 0x02, derIntegerContent(header.number()));
    appendTlv(body, 0x04, header.previous_hash());
    appendTlv(body, 0x04, header.data_hash());
    Bytes out;
    appendTlv(out, 0x30, body);
    return out;
}

Bytes blockHeaderHash(const common::BlockHeader &header)
{
    return crypto::sha256(blockHeaderDer(header));
}

Bytes blockDataHash(const common::BlockData &data)
{
    crypto::Sha256 hash;
    for (const auto &entry : data.data())
        hash.update(entry);
    return hash.finish();
}

Bytes blockTransactionsFilter(const common::Block &block)
{
    return block.metadata().metadata_size() > common::TRANSACTIONS_FILTER
        ? block.metadata().metadata(common::TRANSACTIONS_FILTER)
        : Bytes();
}

Bytes blockCommitHash(const common::Block &block)
{
    if (block.metadata().metadata_size() <= common::COMMIT_HASH)
        return {};
    common::Metadata metadata;
    if (!metadata.ParseFromString(block.metadata().metadata(common::COMMIT_HASH)))
        return {};
    return metadata.value();
}

void setBlockCommitHash(common::Block &block, const Bytes &commitHash)
{
    auto *metadata = block.mutable_metadata();
    while (metadata->metadata_size() <= common::COMMIT_HASH)
        metadata->add_metadata();
    common::Metadata value;
    value.set_value(commitHash);
    metadata->set_metadata(common::COMMIT_HASH, value.SerializeAsString());
}

} // namespace lx::ledger

#include "ledgerclient/AuditPackage.h"

#include "chaincode/Stub.h"
#include "chaincode/lc/LcDates.h"
#include "crypto/Hash.h"
#include "ledger/BlockHash.h"
#include "ledger/ChainVerifier.h"
#include "ledger/ChannelConfig.h"
#include "ledger/LedgerError.h"
#include "ledger/Msp.h"

#include "common/common.pb.h"
#include "msp/identities.pb.h"

#include <algorithm>
#include <ctime>

namespace lx::client {

namespace {

using chaincode::calendar::Date;

// A block's day: its latest transaction's timestamp in China time; nullopt
// for a block whose transactions carry none.
std::optional<Date> blockDay(const common::Block &block)
{
    std::int64_t latest = 0;
    for (const auto &data : block.data().data()) {
        common::Envelope envelope;
        common::Payload payload;
        common::ChannelHeader header;
        if (envelope.ParseFromString(data) && payload.ParseFromString(envelope.payload())
            && header.ParseFromString(payload.header().channel_header()))
            latest = std::max<std::int64_t>(latest, header.timestamp().seconds());
    }
    if (latest == 0)
        return std::nullopt;
    return chaincode::lc::chinaDate(latest);
}

std::string dayText(Date day)
{
    return chaincode::lc::text(chaincode::lc::protoDate(day));
}

[[noreturn]] void refuse(const std::string &code, const std::string &message)
{
    throw LedgerError(LedgerError::Kind::Rejected, code, message);
}

} // namespace

lianxin::audit::AuditPackage exportAuditPackage(Client &regulator, const std::string &channel, Date from, Date to)
{
    if (regulator.identity().mspId() != chaincode::kRegulatorMsp)
        refuse("AUDIT_NOT_REGULATOR", "An audit package is the regulator's: sign in as a user of "
                + std::string(chaincode::kRegulatorMsp) + ".");
    if (from > to)
        refuse("AUDIT_PERIOD_INVALID", "The period starts (" + dayText(from) + ") after it ends (" + dayText(to) + ").");
    const std::uint64_t height = regulator.chainInfo(channel).height();
    // The blocks of the period: from the first made in it to the last made
    // in it, every block between (a client's clock may put a block between
    // them on another day).
    // Each block is read once: the genesis block and the one before the
    // first are kept from the walk.
    std::optional<std::uint64_t> first, last;
    std::vector<common::Block> blocks;
    common::Block genesis, previous;
    for (std::uint64_t n = 0; n < height; ++n) {
        common::Block block = regulator.block(channel, n);
        const auto day = blockDay(block);
        const bool inPeriod = day && *day >= from && *day <= to;
        if (!first && inPeriod)
            first = n;
        if (inPeriod)
            last = n;
        if (n == 0)
            genesis = block;
        if (first)
            blocks.push_back(std::move(block));
        else
            previous = std::move(block);
    }
    if (!first || !last)
        refuse("AUDIT_PERIOD_EMPTY", "Channel " + channel + " has no block made from " + dayText(from) + " to "
                + dayText(to) + ".");
    blocks.resize(static_cast<std::size_t>(*last - *first + 1));

    lianxin::audit::AuditPackage package;
    package.set_genesis_block(genesis.SerializeAsString());
    lianxin::audit::AuditManifest manifest;
    manifest.set_channel(channel);
    *manifest.mutable_from() = chaincode::lc::protoDate(from);
    *manifest.mutable_to() = chaincode::lc::protoDate(to);
    manifest.set_first_block(*first);
    manifest.set_last_block(*last);
    manifest.set_genesis_sha256(crypto::sha256(package.genesis_block()));
    // The configuration the first block is judged by: the one its
    // predecessor names (Fabric's and the embedded orderer's last_config).
    std::uint64_t configNumber = 0;
    if (*first > 0) {
        manifest.set_previous_hash(ledger::blockHeaderHash(previous.header()));
        configNumber = ledger::ChannelConfig::lastConfigIndex(previous).value_or(0);
    }
    manifest.set_config_block(configNumber);
    if (configNumber > 0) {
        package.set_config_block(regulator.block(channel, configNumber).SerializeAsString());
        manifest.set_config_sha256(crypto::sha256(package.config_block()));
    } else {
        manifest.set_config_sha256(manifest.genesis_sha256());
    }
    std::uint64_t transactions = 0;
    for (const common::Block &block : blocks) {
        *package.add_blocks() = block.SerializeAsString();
        manifest.add_block_sha256(crypto::sha256(package.blocks(package.blocks_size() - 1)));
        transactions += static_cast<std::uint64_t>(block.data().data_size());
    }
    manifest.set_transactions(transactions);
    manifest.set_created_seconds(static_cast<std::int64_t>(std::time(nullptr)));
    manifest.set_exporter(regulator.identity().serialized());
    package.set_manifest(manifest.SerializeAsString());
    package.set_signature(regulator.identity().sign(package.manifest()));
    return package;
}

AuditVerification verifyAuditPackage(const lianxin::audit::AuditPackage &package)
{
    AuditVerification out;
    const auto fail = [&out](std::string problem) {
        out.problem = std::move(problem);
        return out;
    };
    lianxin::audit::AuditManifest manifest;
    if (!manifest.ParseFromString(package.manifest()) || manifest.channel().empty())
        return fail("manifest: it cannot be read");
    out.manifest = manifest;

    // The configuration the package is judged by, named by the manifest.
    if (crypto::sha256(package.genesis_block()) != manifest.genesis_sha256())
        return fail("genesis block: its SHA-256 is not the manifest's");
    common::Block genesis;
    if (!genesis.ParseFromString(package.genesis_block()) || genesis.header().number() != 0)
        return fail("genesis block: it is not block 0");
    const bool fromGenesis = manifest.config_block() == 0;
    if (!fromGenesis && crypto::sha256(package.config_block()) != manifest.config_sha256())
        return fail("configuration block " + std::to_string(manifest.config_block())
            + ": its SHA-256 is not the manifest's");
    common::Block configBlock;
    if (!fromGenesis
        && (!configBlock.ParseFromString(package.config_block())
            || configBlock.header().number() != manifest.config_block()))
        return fail("configuration block: it is not block " + std::to_string(manifest.config_block()));

    // The signer: an identity of the regulator's MSP, under that configuration.
    try {
        const common::ConfigEnvelope envelope = ledger::ChannelConfig::envelopeOf(fromGenesis ? genesis : configBlock);
        ledger::MspRegistry msps = ledger::MspRegistry::fromConfig(envelope);
        msps.setCheckValidityDates(false); // a package stays verifiable after its signer's certificate expired
        msp::SerializedIdentity exporter;
        exporter.ParseFromString(manifest.exporter());
        const auto identity = msps.identity(manifest.exporter());
        if (!identity || exporter.mspid() != chaincode::kRegulatorMsp)
            return fail("manifest: it is not signed by an identity of " + std::string(chaincode::kRegulatorMsp)
                + " known to the channel");
        if (!identity->publicKey.verify(package.manifest(), package.signature()))
            return fail("manifest: its signature does not verify");
    } catch (const std::exception &e) {
        return fail(std::string("configuration: ") + e.what());
    }

    // The blocks: as the manifest names them, chained and signed.
    const auto count = static_cast<std::uint64_t>(package.blocks_size());
    if (count == 0 || count != manifest.last_block() - manifest.first_block() + 1
        || count != static_cast<std::uint64_t>(manifest.block_sha256_size()))
        return fail("manifest: it names blocks " + std::to_string(manifest.first_block()) + " to "
            + std::to_string(manifest.last_block()) + ", the package holds " + std::to_string(count));
    ledger::ChainVerifier verifier(manifest.channel(), {}, ledger::ChainVerifier::Depth::Blocks);
    try {
        if (manifest.first_block() > 0)
            verifier.resume(genesis, manifest.first_block(), manifest.previous_hash(), fromGenesis ? nullptr : &configBlock);
    } catch (const std::exception &e) {
        return fail(std::string("genesis block: ") + e.what());
    }
    std::optional<Date> firstDay, lastDay;
    for (int i = 0; i < package.blocks_size(); ++i) {
        const std::uint64_t number = manifest.first_block() + static_cast<std::uint64_t>(i);
        const Bytes &raw = package.blocks(i);
        if (crypto::sha256(raw) != manifest.block_sha256(i))
            return fail("block " + std::to_string(number) + ": its SHA-256 is not the manifest's");
        common::Block block;
        if (!block.ParseFromString(raw))
            return fail("block " + std::to_string(number) + ": it cannot be read");
        if (const auto problem = verifier.feed(block))
            return fail("block " + std::to_string(problem->blockNumber) + ": " + problem->reason);
        if (i == 0)
            firstDay = blockDay(block);
        lastDay = blockDay(block);
    }
    const auto from = chaincode::lc::civil(manifest.from());
    const auto to = chaincode::lc::civil(manifest.to());
    if (!from || !to || !firstDay || !lastDay || *firstDay < *from || *lastDay > *to)
        return fail("period: the blocks were not made from " + chaincode::lc::text(manifest.from()) + " to "
            + chaincode::lc::text(manifest.to()));
    return out;
}

} // namespace lx::client

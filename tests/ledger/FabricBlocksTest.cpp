// Real blocks a Fabric 2.5.5 network made (tests/data/fabric-blocks, captured
// by tests/fabric/capture-blocks.sh): every channel verifies as Fabric's
// peers verify blocks, and one byte altered anywhere is named by its block.

#include "crypto/Certificate.h"
#include "crypto/EcKey.h"
#include "ledger/BlockHash.h"
#include "ledger/ChainVerifier.h"
#include "ledger/ChannelConfig.h"
#include "ledger/FabricTransaction.h"
#include "ledger/Validator.h"
#include "ledgerclient/BlockDecoder.h"

#include "common/common.pb.h"
#include "common/configtx.pb.h"
#include "msp/identities.pb.h"
#include "msp/msp_config.pb.h"
#include "peer/transaction.pb.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace fs = std::filesystem;
using namespace lx;
using ledger::ChainVerifier;

namespace {

std::vector<common::Block> loadChannel(const std::string &channel)
{
    std::vector<common::Block> blocks;
    const fs::path dir = fs::path(LIANXIN_FABRIC_BLOCKS) / channel;
    for (std::uint64_t n = 0;; ++n) {
        std::ifstream file(dir / (std::to_string(n) + ".block"), std::ios::binary);
        if (!file)
            break;
        std::stringstream bytes;
        bytes << file.rdbuf();
        common::Block block;
        EXPECT_TRUE(block.ParseFromString(bytes.str())) << channel << " block " << n;
        blocks.push_back(std::move(block));
    }
    return blocks;
}

struct Verified
{
    std::optional<ledger::ChainProblem> problem;
    std::uint64_t blocks = 0;
    std::vector<std::string> notVerified;
    bool fabric = false;
};

Verified run(const std::string &channel, const std::vector<common::Block> &blocks,
    ChainVerifier::Depth depth = ChainVerifier::Depth::Transactions)
{
    ChainVerifier verifier(channel, ledger::ContractLookup {}, depth);
    Verified out;
    for (const auto &block : blocks) {
        out.problem = verifier.feed(Bytes(block.SerializeAsString()));
        if (out.problem)
            break;
    }
    out.blocks = verifier.blocksVerified();
    out.notVerified = verifier.notVerified();
    out.fabric = verifier.isFabricChain();
    return out;
}

bool mentions(const std::vector<std::string> &notes, const std::string &part)
{
    return std::any_of(
        notes.begin(), notes.end(), [&](const std::string &n) { return n.find(part) != std::string::npos; });
}

// The first block after the genesis block that holds a valid transaction
// of one of our contracts (one that writes its own namespace).
std::uint64_t contractBlock(const std::string &channel, const std::vector<common::Block> &blocks)
{
    for (std::uint64_t n = 1; n < blocks.size(); ++n) {
        const Bytes filter = ledger::blockTransactionsFilter(blocks[n]);
        for (int i = 0; i < blocks[n].data().data_size(); ++i) {
            const auto tx = ledger::parseFabricTransaction(blocks[n].data().data(i), channel, nullptr);
            if (filter[static_cast<std::size_t>(i)] != protos::VALID)
                continue;
            for (const auto &ns : tx.rwset)
                if (ns.name == tx.chaincode && ns.name != "_lifecycle" && ns.kv.writes_size() > 0)
                    return n;
        }
    }
    return 0;
}

class FabricBlocks : public ::testing::TestWithParam<std::string>
{
};

} // namespace

TEST_P(FabricBlocks, EveryBlockVerifiesAtBothDepthsAndTheGenesisIsNamedAsTrustRoot)
{
    const auto blocks = loadChannel(GetParam());
    ASSERT_GE(blocks.size(), 3u);
    for (const auto depth : { ChainVerifier::Depth::Transactions, ChainVerifier::Depth::Blocks }) {
        const Verified v = run(GetParam(), blocks, depth);
        ASSERT_FALSE(v.problem) << "block " << v.problem->blockNumber << ": " << v.problem->reason;
        EXPECT_EQ(v.blocks, blocks.size());
        EXPECT_TRUE(v.fabric);
        EXPECT_TRUE(mentions(v.notVerified, "trust root"));
    }
    const Verified deep = run(GetParam(), blocks);
    EXPECT_TRUE(mentions(deep.notVerified, "endorsement policies of valid transactions"));
}

INSTANTIATE_TEST_SUITE_P(Channels, FabricBlocks, ::testing::Values("trust", "lc", "forfaiting", "guarantee"));

TEST(FabricBlocksContent, TheCapturedChainsHoldConfigUpdatesLifecycleContractsAndInvalidTransactions)
{
    // What the tests below rely on: the captured chains are not trivial.
    for (const std::string channel : { "trust", "lc" }) {
        const auto blocks = loadChannel(channel);
        int configs = 0, lifecycle = 0, contract = 0, policyFailures = 0, mvcc = 0, hashed = 0;
        for (std::size_t n = 1; n < blocks.size(); ++n) {
            configs += ledger::ChannelConfig::isConfigBlock(blocks[n]);
            const Bytes filter = ledger::blockTransactionsFilter(blocks[n]);
            for (int i = 0; i < blocks[n].data().data_size(); ++i) {
                const auto tx = ledger::parseFabricTransaction(blocks[n].data().data(i), channel, nullptr);
                lifecycle += tx.chaincode == "_lifecycle";
                for (const auto &ns : tx.rwset) {
                    contract += ns.name != "_lifecycle" && ns.kv.writes_size() > 0;
                    hashed += !ns.hashed.empty() && ns.name != "_lifecycle";
                }
                policyFailures += filter[static_cast<std::size_t>(i)] == protos::ENDORSEMENT_POLICY_FAILURE;
                mvcc += filter[static_cast<std::size_t>(i)] == protos::MVCC_READ_CONFLICT;
            }
        }
        EXPECT_EQ(configs, 1) << channel << ": one anchor-peer update";
        EXPECT_GT(lifecycle, 0) << channel;
        EXPECT_GT(contract, 0) << channel;
        if (channel == "lc") {
            EXPECT_GT(policyFailures, 0) << channel;
            EXPECT_GT(mvcc, 0) << channel;
            EXPECT_GT(hashed, 0) << channel << ": drafts in implicit collections";
        }
    }
}

namespace {

// Alters a block of a channel's chain and expects the verifier to name it.
void expectNamed(const std::string &channel, std::uint64_t n, const std::function<void(common::Block &)> &alter,
    const std::string &why, ChainVerifier::Depth depth = ChainVerifier::Depth::Transactions)
{
    auto blocks = loadChannel(channel);
    ASSERT_LT(n, blocks.size());
    alter(blocks[n]);
    const Verified v = run(channel, blocks, depth);
    ASSERT_TRUE(v.problem) << why << ": accepted";
    EXPECT_EQ(v.problem->blockNumber, n) << why << ": " << v.problem->reason;
}

void flip(std::string *bytes, std::size_t at)
{
    ASSERT_LT(at, bytes->size());
    (*bytes)[at] = static_cast<char>((*bytes)[at] ^ 0x01);
}

common::Metadata signaturesOf(const common::Block &block)
{
    common::Metadata m;
    EXPECT_TRUE(m.ParseFromString(block.metadata().metadata(common::SIGNATURES)));
    return m;
}

} // namespace

TEST(FabricBlocksAltered, OneByteOfAHeaderDataSignatureOrMetadataIsNamedByItsBlock)
{
    const auto blocks = loadChannel("lc");
    const std::uint64_t n = contractBlock("lc", blocks);
    ASSERT_GT(n, 0u);
    expectNamed(
        "lc", n, [](common::Block &b) { flip(b.mutable_header()->mutable_data_hash(), 3); }, "header");
    expectNamed(
        "lc", n, [](common::Block &b) { flip(b.mutable_header()->mutable_previous_hash(), 0); }, "previous hash");
    expectNamed(
        "lc", n,
        [](common::Block &b) {
            std::string *tx = b.mutable_data()->mutable_data(0);
            flip(tx, tx->size() / 2);
        },
        "data");
    expectNamed(
        "lc", n,
        [](common::Block &b) {
            common::Metadata m = signaturesOf(b);
            flip(m.mutable_signatures(0)->mutable_signature(), 10);
            *b.mutable_metadata()->mutable_metadata(common::SIGNATURES) = m.SerializeAsString();
        },
        "orderer signature");
    expectNamed(
        "lc", n,
        [](common::Block &b) {
            common::Metadata m = signaturesOf(b);
            flip(m.mutable_value(), m.value().size() - 1);
            *b.mutable_metadata()->mutable_metadata(common::SIGNATURES) = m.SerializeAsString();
        },
        "signed metadata value");
    // A valid transaction marked as malformed: named by the recheck itself
    // (before the commit hash).
    {
        auto altered = loadChannel("lc");
        (*altered[n].mutable_metadata()->mutable_metadata(common::TRANSACTIONS_FILTER))[0]
            = static_cast<char>(protos::BAD_PAYLOAD);
        const Verified v = run("lc", altered);
        ASSERT_TRUE(v.problem);
        EXPECT_EQ(v.problem->blockNumber, n);
        EXPECT_NE(v.problem->reason.find("is marked BAD_PAYLOAD but passes that check"), std::string::npos)
            << v.problem->reason;
    }
    for (const auto depth : { ChainVerifier::Depth::Transactions, ChainVerifier::Depth::Blocks }) {
        expectNamed(
            "lc", n,
            [](common::Block &b) {
                std::string *filter = b.mutable_metadata()->mutable_metadata(common::TRANSACTIONS_FILTER);
                (*filter)[0] = static_cast<char>(protos::MVCC_READ_CONFLICT);
            },
            "validation code", depth);
        expectNamed(
            "lc", n, [](common::Block &b) { flip(b.mutable_metadata()->mutable_metadata(common::COMMIT_HASH), 5); },
            "commit hash", depth);
    }
}

TEST(FabricBlocksAltered, AnOrdererSignatureByAnIdentityOutsideTheOrdererOrganizationIsNamed)
{
    const auto blocks = loadChannel("trust");
    const std::uint64_t n = contractBlock("trust", blocks);
    ASSERT_GT(n, 0u);
    // A member's peer (its certificate is on the chain, as an endorser).
    Bytes memberPeer;
    {
        common::Envelope env;
        common::Payload payload;
        protos::Transaction tx;
        protos::ChaincodeActionPayload action;
        ASSERT_TRUE(env.ParseFromString(blocks[n].data().data(0)) && payload.ParseFromString(env.payload())
            && tx.ParseFromString(payload.data()) && action.ParseFromString(tx.actions(0).payload()));
        memberPeer = action.action().endorsements(0).endorser();
    }
    // A key and certificate of our own making that claims the orderer's MSP.
    const crypto::PrivateKey caKey = crypto::PrivateKey::generate();
    const crypto::Certificate ca = crypto::makeSelfSignedCa(caKey, { "CN", "", "Impostor", {}, "ca" }, 30);
    const crypto::PrivateKey key = crypto::PrivateKey::generate();
    const crypto::Certificate cert = crypto::issueCertificate(
        ca, caKey, key.publicKey(), { "CN", "", "Impostor", { "orderer" }, "orderer0" }, false, 30);
    msp::SerializedIdentity impostor;
    impostor.set_mspid(signaturesOf(blocks[1]).signatures_size() ? [&] {
        common::SignatureHeader h;
        h.ParseFromString(signaturesOf(blocks[1]).signatures(0).signature_header());
        msp::SerializedIdentity id;
        id.ParseFromString(h.creator());
        return id.mspid();
    }() : std::string("OrdererMSP"));
    impostor.set_id_bytes(cert.toPem());

    for (const Bytes &creator : { memberPeer, Bytes(impostor.SerializeAsString()) }) {
        expectNamed(
            "trust", n,
            [&](common::Block &b) {
                common::Metadata m = signaturesOf(b);
                common::SignatureHeader header;
                header.set_creator(creator);
                header.set_nonce("0123456789abcdef01234567");
                auto *sig = m.mutable_signatures(0);
                sig->set_signature_header(header.SerializeAsString());
                sig->set_signature(key.sign(m.value() + sig->signature_header() + ledger::blockHeaderDer(b.header())));
                *b.mutable_metadata()->mutable_metadata(common::SIGNATURES) = m.SerializeAsString();
            },
            "signed by an outsider");
    }
}

TEST(FabricBlocksConfig, TheAnchorPeerUpdateFollowsFromTheGenesisAndABrokenChangeIsRefused)
{
    const auto blocks = loadChannel("trust");
    std::uint64_t c = 0;
    for (std::uint64_t n = 1; n < blocks.size() && !c; ++n)
        if (ledger::ChannelConfig::isConfigBlock(blocks[n]))
            c = n;
    ASSERT_GT(c, 0u);
    const ledger::ChannelConfig genesis(ledger::ChannelConfig::envelopeOf(blocks[0]));
    const common::ConfigEnvelope update = ledger::ChannelConfig::envelopeOf(blocks[c]);
    EXPECT_EQ(genesis.checkSuccessor(update, "trust"), "");

    // A sequence that skips.
    common::ConfigEnvelope skipped = update;
    skipped.mutable_config()->set_sequence(update.config().sequence() + 1);
    EXPECT_NE(genesis.checkSuccessor(skipped, "trust").find("sequence"), std::string::npos);

    // A change the update does not write: the orderer organization's MSP.
    common::ConfigEnvelope smuggled = update;
    auto &orderer = (*smuggled.mutable_config()->mutable_channel_group()->mutable_groups())["Orderer"];
    auto &org = orderer.mutable_groups()->begin()->second;
    (*org.mutable_values())["MSP"].set_value(org.values().at("MSP").value() + "x");
    EXPECT_NE(genesis.checkSuccessor(smuggled, "trust").find("does not write"), std::string::npos)
        << genesis.checkSuccessor(smuggled, "trust");

    // The update without its admin's signature.
    common::ConfigEnvelope unsigned_ = update;
    common::Payload payload;
    common::ConfigUpdateEnvelope updateEnvelope;
    ASSERT_TRUE(
        payload.ParseFromString(update.last_update().payload()) && updateEnvelope.ParseFromString(payload.data()));
    ASSERT_GT(updateEnvelope.signatures_size(), 0);
    updateEnvelope.clear_signatures();
    payload.set_data(updateEnvelope.SerializeAsString());
    unsigned_.mutable_last_update()->set_payload(payload.SerializeAsString());
    EXPECT_NE(genesis.checkSuccessor(unsigned_, "trust").find("not authorized"), std::string::npos)
        << genesis.checkSuccessor(unsigned_, "trust");

    // In the chain: the configuration block with its transaction altered
    // is named by its number.
    expectNamed(
        "trust", c, [](common::Block &b) { flip(b.mutable_data()->mutable_data(0), 40); }, "config data");
}

TEST(FabricBlocksDecoded, EveryTransactionOfEveryChannelDecodesWithItsSignaturesChecked)
{
    // What `ledger block`, `ledger tx`, the explorer and the timeline show.
    for (const std::string channel : { "trust", "lc", "forfaiting", "guarantee" }) {
        const auto blocks = loadChannel(channel);
        const ledger::ChannelConfig config(ledger::ChannelConfig::envelopeOf(blocks.at(0)));
        int configs = 0, lifecycle = 0, ours = 0;
        for (const auto &block : blocks) {
            const client::BlockSummary summary = client::summarizeBlock(block);
            EXPECT_EQ(summary.number, block.header().number());
            EXPECT_EQ(summary.transactionCount, block.data().data_size());
            for (const auto &tx : client::decodeTransactions(block, &config.msps())) {
                const std::string where
                    = channel + " block " + std::to_string(block.header().number()) + " tx " + std::to_string(tx.index);
                EXPECT_EQ(tx.problem, "") << where;
                EXPECT_EQ(tx.channel, channel) << where;
                if (block.header().number() > 0) {
                    EXPECT_FALSE(tx.creatorMspId.empty()) << where;
                    EXPECT_EQ(tx.creatorSignatureValid, std::optional<bool>(true)) << where;
                } else {
                    // configtxgen's genesis envelope has no creator: nothing
                    // to check, which is not a signature that fails.
                    EXPECT_EQ(tx.creatorSignatureValid, std::nullopt) << where;
                }
                if (tx.type == "CONFIG") {
                    ++configs;
                    continue;
                }
                EXPECT_EQ(tx.type, "ENDORSER_TRANSACTION") << where;
                EXPECT_EQ(tx.endorserSignaturesValid, std::optional<bool>(true)) << where;
                EXPECT_FALSE(tx.function.empty()) << where;
                EXPECT_FALSE(tx.rwset.empty()) << where;
                (tx.chaincode == "_lifecycle" ? lifecycle : ours) += 1;
            }
        }
        EXPECT_GE(configs, 1) << channel;
        EXPECT_GT(lifecycle, 0) << channel;
        EXPECT_GT(ours, 0) << channel;
    }
}
TEST(FabricBlocksParsed, EveryValidTransactionOfOursParsesWithItsWritesForTheCacheSync)
{
    // The cache's sync (cache/LedgerSync) reads each valid transaction's
    // writes with ledger::parseTransaction: Fabric's endorsers add reads of
    // the chaincode's definition (namespace _lifecycle) to every read-write
    // set, which must not make the transaction unreadable.
    for (const std::string channel : { "trust", "lc", "forfaiting", "guarantee" }) {
        const auto blocks = loadChannel(channel);
        int writing = 0;
        for (std::size_t n = 1; n < blocks.size(); ++n) {
            const Bytes filter = ledger::blockTransactionsFilter(blocks[n]);
            for (int i = 0; i < blocks[n].data().data_size(); ++i) {
                if (filter[static_cast<std::size_t>(i)] != protos::VALID)
                    continue;
                const auto fabric = ledger::parseFabricTransaction(blocks[n].data().data(i), channel, nullptr);
                if (fabric.type != common::ENDORSER_TRANSACTION)
                    continue;
                const auto tx = ledger::parseTransaction(blocks[n].data().data(i), channel, nullptr, nullptr);
                const std::string where = channel + " block " + std::to_string(n) + " tx " + std::to_string(i);
                EXPECT_EQ(tx.code, protos::VALID) << where;
                EXPECT_EQ(tx.chaincode, fabric.chaincode) << where;
                for (const auto &ns : fabric.rwset)
                    if (ns.name == fabric.chaincode) {
                        EXPECT_EQ(tx.kv.writes_size(), ns.kv.writes_size()) << where;
                        EXPECT_EQ(tx.hashed.size(), ns.hashed.size()) << where;
                        writing += fabric.chaincode != "_lifecycle" && ns.kv.writes_size() > 0;
                    }
            }
        }
        EXPECT_GT(writing, 0) << channel;
    }
}

namespace {

// A genesis block of one CONFIG transaction whose configuration has one
// application organization (msp) and one orderer organization.
common::Block genesisWith(const msp::FabricMSPConfig &member, const msp::FabricMSPConfig &orderer)
{
    common::ConfigEnvelope config;
    auto *groups = config.mutable_config()->mutable_channel_group()->mutable_groups();
    const auto put = [](common::ConfigGroup &group, const msp::FabricMSPConfig &fabric) {
        msp::MSPConfig mspConfig;
        mspConfig.set_config(fabric.SerializeAsString());
        (*group.mutable_values())["MSP"].set_value(mspConfig.SerializeAsString());
    };
    put((*(*groups)["Application"].mutable_groups())[member.name()], member);
    put((*(*groups)["Orderer"].mutable_groups())[orderer.name()], orderer);
    common::Payload payload;
    common::ChannelHeader header;
    header.set_type(common::CONFIG);
    payload.mutable_header()->set_channel_header(header.SerializeAsString());
    payload.set_data(config.SerializeAsString());
    common::Envelope envelope;
    envelope.set_payload(payload.SerializeAsString());
    common::Block block;
    block.mutable_header();
    block.mutable_data()->add_data(envelope.SerializeAsString());
    return block;
}

Bytes serialized(const std::string &mspId, const crypto::Certificate &cert)
{
    msp::SerializedIdentity id;
    id.set_mspid(mspId);
    id.set_id_bytes(cert.toPem());
    return id.SerializeAsString();
}

} // namespace

TEST(FabricMsp, IdentitiesIssuedByAnIntermediateCaAndNodeOuRolesAreJudgedAsFabricsMspDoes)
{
    const auto rootKey = crypto::PrivateKey::generate();
    const auto root = crypto::makeSelfSignedCa(rootKey, { "CN", "", "Bank", {}, "ca.bank" }, 30);
    const auto midKey = crypto::PrivateKey::generate();
    const auto mid
        = crypto::issueCertificate(root, rootKey, midKey.publicKey(), { "CN", "", "Bank", {}, "ica.bank" }, true, 30);
    const auto leafKey = crypto::PrivateKey::generate();
    const auto peer = crypto::issueCertificate(
        mid, midKey, leafKey.publicKey(), { "CN", "", "Bank", { "peer" }, "peer0" }, false, 30);
    const auto client = crypto::issueCertificate(
        root, rootKey, leafKey.publicKey(), { "CN", "", "Bank", { "client" }, "user1" }, false, 30);
    const auto otherKey = crypto::PrivateKey::generate();
    const auto other = crypto::makeSelfSignedCa(otherKey, { "CN", "", "Other", {}, "ca.other" }, 30);
    const auto stranger = crypto::issueCertificate(
        other, otherKey, leafKey.publicKey(), { "CN", "", "Other", { "peer" }, "peer9" }, false, 30);

    msp::FabricMSPConfig bank;
    bank.set_name("BankMSP");
    bank.add_root_certs(root.toPem());
    bank.add_intermediate_certs(mid.toPem());
    auto *ous = bank.mutable_fabric_node_ous();
    ous->set_enable(true);
    ous->mutable_peer_ou_identifier()->set_organizational_unit_identifier("peer");
    ous->mutable_client_ou_identifier()->set_organizational_unit_identifier("client");
    ous->mutable_admin_ou_identifier()->set_organizational_unit_identifier("admin");
    ous->mutable_orderer_ou_identifier()->set_organizational_unit_identifier("orderer");
    msp::FabricMSPConfig ordering;
    ordering.set_name("OrdererMSP");
    ordering.add_root_certs(other.toPem());

    const ledger::MspRegistry msps = ledger::MspRegistry::fromGenesis(genesisWith(bank, ordering));
    const auto peerId = msps.identity(serialized("BankMSP", peer));
    ASSERT_TRUE(peerId) << "an identity issued by the MSP's intermediate CA";
    EXPECT_TRUE(msps.hasRole(*peerId, ledger::MspRole::Peer));
    EXPECT_FALSE(msps.hasRole(*peerId, ledger::MspRole::Client));
    EXPECT_TRUE(msps.hasRole(*peerId, ledger::MspRole::Member));
    const auto clientId = msps.identity(serialized("BankMSP", client));
    ASSERT_TRUE(clientId);
    EXPECT_TRUE(msps.hasRole(*clientId, ledger::MspRole::Client));
    EXPECT_FALSE(msps.identity(serialized("BankMSP", stranger))) << "another CA's certificate under BankMSP";
    EXPECT_TRUE(msps.identity(serialized("OrdererMSP", stranger)));
    EXPECT_TRUE(msps.isOrderer("OrdererMSP"));
    EXPECT_EQ(msps.ordererMspIds(), std::vector<std::string> { "OrdererMSP" });

    // Without NodeOUs only member (and listed admins) can be satisfied.
    ous->set_enable(false);
    bank.add_admins(client.toPem());
    const ledger::MspRegistry plain = ledger::MspRegistry::fromGenesis(genesisWith(bank, ordering));
    const auto peerPlain = plain.identity(serialized("BankMSP", peer));
    ASSERT_TRUE(peerPlain);
    EXPECT_FALSE(plain.hasRole(*peerPlain, ledger::MspRole::Peer));
    EXPECT_TRUE(plain.hasRole(*plain.identity(serialized("BankMSP", client)), ledger::MspRole::Admin));

    // What Fabric's MSP would also enforce is named, not ignored.
    EXPECT_TRUE(
        ledger::ChannelConfig(ledger::ChannelConfig::envelopeOf(genesisWith(bank, ordering))).unchecked().empty());
    bank.add_revocation_list("-----BEGIN X509 CRL-----\n-----END X509 CRL-----\n");
    const ledger::ChannelConfig withCrl(ledger::ChannelConfig::envelopeOf(genesisWith(bank, ordering)));
    ASSERT_EQ(withCrl.unchecked().size(), 1u);
    EXPECT_NE(withCrl.unchecked().front().find("BankMSP's certificate revocation lists"), std::string::npos);
}

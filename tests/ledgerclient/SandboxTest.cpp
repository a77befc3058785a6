#include "TempDir.h"

#include "crypto/Certificate.h"
#include "crypto/Hash.h"
#include "ledger/BlockHash.h"
#include "ledger/BlockSigning.h"
#include "ledger/BlockStore.h"
#include "ledger/Genesis.h"
#include "ledger/LedgerError.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/Sandbox.h"
#include "ledger/Msp.h"
#include "ledgerclient/BlockDecoder.h"
#include "ledgerclient/Wallet.h"

#include "common/common.pb.h"
#include "common/configtx.pb.h"
#include "msp/identities.pb.h"
#include "lianxin/trust.pb.h"
#include "msp/msp_config.pb.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <thread>

using namespace lx;
using namespace lx::client;
namespace fs = std::filesystem;

namespace {

const std::string kPass = "sandbox passphrase";

std::string readAll(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

unsigned modeOf(const fs::path &path)
{
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 ? (st.st_mode & 0777) : 0;
}

crypto::Certificate certAt(const fs::path &path) { return crypto::Certificate::fromPem(readAll(path)); }

} // namespace

// One sandbox for the whole suite: generating it is the expensive part.
class Sandbox : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<test::TempDir>();
        const auto start = std::chrono::steady_clock::now();
        initSandbox(s_dir->path(), kPass);
        const auto elapsed = std::chrono::steady_clock::now() - start;
        std::cout << "[ timing   ] initSandbox took "
                  << std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() << " ms\n";
    }
    static void TearDownTestSuite() { s_dir.reset(); }

    static fs::path data() { return s_dir->path(); }
    static fs::path consortium() { return consortiumDir(data()); }

    static std::unique_ptr<test::TempDir> s_dir;
};

std::unique_ptr<test::TempDir> Sandbox::s_dir;

TEST_F(Sandbox, DefaultSpecHasSevenMembersAndFourChannels)
{
    const SandboxSpec spec = defaultSandbox();
    ASSERT_EQ(spec.orgs.size(), 7u);
    EXPECT_EQ(std::count_if(spec.orgs.begin(), spec.orgs.end(), [](const auto &o) { return o.kind == "bank"; }), 5);
    EXPECT_EQ(spec.channels, (std::vector<std::string>{"trust", "lc", "forfaiting", "guarantee"}));
    std::set<std::string> ids;
    for (const auto &org : spec.orgs) {
        EXPECT_TRUE(ids.insert(org.mspId).second) << org.mspId;
        EXPECT_FALSE(org.nameZh.empty());
        for (const auto &user : org.users)
            EXPECT_TRUE(roleFromName(user.role)) << user.role;
    }
}

TEST_F(Sandbox, CreatesOrganizationsNodesAndCas)
{
    EXPECT_TRUE(sandboxExists(data()));
    const SandboxSpec spec = defaultSandbox();
    for (const auto &org : spec.orgs) {
        const fs::path caDir = consortium() / "cas" / org.mspId;
        const crypto::Certificate ca = certAt(caDir / "ca-cert.pem");
        EXPECT_TRUE(ca.isCa());
        EXPECT_TRUE(ca.isIssuedBy(ca));
        EXPECT_EQ(ca.subject().organization, org.name);
        EXPECT_EQ(modeOf(caDir / "ca-key.pem"), 0600u);

        const fs::path peer = ledger::peerDir(consortium(), org.mspId);
        const crypto::Certificate peerCert = certAt(peer / "peer-cert.pem");
        EXPECT_TRUE(peerCert.isIssuedBy(ca)) << org.mspId;
        EXPECT_FALSE(peerCert.isCa());
        EXPECT_EQ(peerCert.subject().organizationalUnits, std::vector<std::string>{"peer"});
        EXPECT_EQ(modeOf(peer / "peer-key.pem"), 0600u);
        EXPECT_EQ(readAll(peer / "peer-msp.txt"), org.mspId + "\n");
        // The peer's key file holds the key of its certificate.
        EXPECT_EQ(crypto::PrivateKey::fromPem(readAll(peer / "peer-key.pem")).publicKey().toDer(),
                  peerCert.publicKey().toDer());
    }
    // A peer does not chain to another organization's CA.
    EXPECT_FALSE(certAt(ledger::peerDir(consortium(), "HuaxiaBankMSP") / "peer-cert.pem")
                     .isIssuedBy(certAt(consortium() / "cas" / "DongfangBankMSP" / "ca-cert.pem")));

    const crypto::Certificate ordererCa = certAt(consortium() / "cas" / "OrdererMSP" / "ca-cert.pem");
    const crypto::Certificate orderer = certAt(ledger::ordererDir(consortium()) / "orderer-cert.pem");
    EXPECT_TRUE(orderer.isIssuedBy(ordererCa));
    EXPECT_EQ(orderer.subject().organizationalUnits, std::vector<std::string>{"orderer"});
    EXPECT_EQ(modeOf(ledger::ordererDir(consortium()) / "orderer-key.pem"), 0600u);
    EXPECT_EQ(readAll(ledger::ordererDir(consortium()) / "orderer-msp.txt"), "OrdererMSP\n");
}

TEST_F(Sandbox, WalletHoldsEveryUserWithRoleFromCertificate)
{
    const SandboxSpec spec = defaultSandbox();
    const auto entries = Wallet::listEntries(walletDir(data()));
    std::map<std::string, WalletEntry> byLabel;
    for (const auto &entry : entries)
        byLabel[entry.label] = entry;

    std::size_t users = 0;
    for (const auto &org : spec.orgs) {
        const crypto::Certificate ca = certAt(consortium() / "cas" / org.mspId / "ca-cert.pem");
        for (const auto &user : org.users) {
            ++users;
            const auto it = byLabel.find(org.mspId + "/" + user.user);
            ASSERT_NE(it, byLabel.end()) << org.mspId << "/" << user.user;
            const WalletEntry &entry = it->second;
            EXPECT_EQ(entry.mspId, org.mspId);
            EXPECT_EQ(entry.displayName, user.displayName);

            const crypto::Certificate cert = crypto::Certificate::fromPem(entry.certPem);
            EXPECT_TRUE(cert.isIssuedBy(ca));
            EXPECT_EQ(cert.subject().commonName, user.user);
            const auto ous = cert.subject().organizationalUnits;
            EXPECT_EQ(roleName(entry.role), user.role);
            if (user.role == "admin") {
                // Fabric's NodeOUs: an administrator is an admin, not also a client.
                EXPECT_EQ(ous, std::vector<std::string>{"admin"});
                continue;
            }
            ASSERT_EQ(ous.size(), 2u);
            EXPECT_EQ(ous[0], "client");
            EXPECT_EQ(roleFromName(ous[1]), entry.role);
        }
    }
    EXPECT_EQ(entries.size(), users);

    const Wallet wallet = Wallet::open(walletDir(data()), kPass);
    const SigningIdentity auditor = wallet.identity("RegulatorMSP/auditor1");
    const Bytes signature = auditor.sign("read all channels");
    EXPECT_TRUE(crypto::Certificate::fromPem(auditor.certPem()).publicKey().verify("read all channels", signature));
}

// Fabric's MSP refuses an identity with NodeOUs on unless it carries exactly
// one of the four node OUs.
TEST_F(Sandbox, EveryIdentityCarriesExactlyOneNodeOu)
{
    const std::set<std::string> nodeOus{"client", "peer", "admin", "orderer"};
    const auto countNodeOus = [&](const crypto::Certificate &cert) {
        const auto ous = cert.subject().organizationalUnits;
        return std::count_if(ous.begin(), ous.end(), [&](const std::string &ou) { return nodeOus.count(ou) > 0; });
    };
    std::size_t identities = 0;
    for (const auto &entry : Wallet::listEntries(walletDir(data()))) {
        EXPECT_EQ(countNodeOus(crypto::Certificate::fromPem(entry.certPem)), 1) << entry.label;
        ++identities;
    }
    for (const auto &org : defaultSandbox().orgs) {
        EXPECT_EQ(countNodeOus(certAt(ledger::peerDir(consortium(), org.mspId) / "peer-cert.pem")), 1) << org.mspId;
        ++identities;
    }
    EXPECT_EQ(countNodeOus(certAt(ledger::ordererDir(consortium()) / "orderer-cert.pem")), 1);
    EXPECT_GT(identities, 7u);
    EXPECT_EQ(sandboxUserOus("admin"), std::vector<std::string>{"admin"});
    EXPECT_EQ(sandboxUserOus("checker"), (std::vector<std::string>{"client", "checker"}));
}

TEST_F(Sandbox, EveryChannelHasASignedGenesisBlock)
{
    const SandboxSpec spec = defaultSandbox();
    const crypto::PublicKey ordererKey =
        certAt(ledger::ordererDir(consortium()) / "orderer-cert.pem").publicKey();

    for (const auto &channel : spec.channels) {
        SCOPED_TRACE(channel);
        const fs::path dir = ledger::channelDir(consortium(), channel);
        ASSERT_TRUE(fs::exists(dir / "blocks.dat")); // BlockStore would create a missing file
        EXPECT_TRUE(fs::is_directory(dir / "private"));
        ledger::BlockStore store(dir / "blocks.dat");
        // The trust channel also carries the member registrations.
        if (channel == "trust")
            ASSERT_GE(store.height(), 2u);
        else
            ASSERT_EQ(store.height(), 1u);
        const auto block = store.block(0);
        ASSERT_TRUE(block);

        EXPECT_EQ(block->header().number(), 0u);
        EXPECT_TRUE(block->header().previous_hash().empty());
        EXPECT_EQ(block->header().data_hash(), ledger::blockDataHash(block->data()));
        ASSERT_EQ(block->metadata().metadata_size(), 5);
        EXPECT_EQ(block->metadata().metadata(common::TRANSACTIONS_FILTER), std::string(1, '\0'));
        EXPECT_TRUE(ledger::verifyBlockSignature(*block, ordererKey));

        // The signature covers the header: a changed header fails.
        common::Block tampered = *block;
        tampered.mutable_header()->set_number(1);
        EXPECT_FALSE(ledger::verifyBlockSignature(tampered, ordererKey));
        // And it is the orderer's, not anyone's.
        EXPECT_FALSE(ledger::verifyBlockSignature(*block, crypto::PrivateKey::generate().publicKey()));

        common::Metadata signatures;
        ASSERT_TRUE(signatures.ParseFromString(block->metadata().metadata(common::SIGNATURES)));
        common::OrdererBlockMetadata ordererMetadata;
        ASSERT_TRUE(ordererMetadata.ParseFromString(signatures.value()));
        EXPECT_EQ(ordererMetadata.last_config().index(), 0u);

        ASSERT_EQ(block->data().data_size(), 1);
        common::Envelope envelope;
        ASSERT_TRUE(envelope.ParseFromString(block->data().data(0)));
        EXPECT_TRUE(ordererKey.verify(envelope.payload(), envelope.signature()));
        common::Payload payload;
        ASSERT_TRUE(payload.ParseFromString(envelope.payload()));
        common::ChannelHeader channelHeader;
        ASSERT_TRUE(channelHeader.ParseFromString(payload.header().channel_header()));
        EXPECT_EQ(channelHeader.type(), common::CONFIG);
        EXPECT_EQ(channelHeader.channel_id(), channel);
        common::SignatureHeader signatureHeader;
        ASSERT_TRUE(signatureHeader.ParseFromString(payload.header().signature_header()));
        EXPECT_EQ(signatureHeader.nonce().size(), 24u);
        EXPECT_EQ(channelHeader.tx_id(),
                  toHex(crypto::sha256(signatureHeader.nonce() + signatureHeader.creator())));
        msp::SerializedIdentity creator;
        ASSERT_TRUE(creator.ParseFromString(signatureHeader.creator()));
        EXPECT_EQ(creator.mspid(), "OrdererMSP");

        common::ConfigEnvelope config;
        ASSERT_TRUE(config.ParseFromString(payload.data()));
        const auto &groups = config.config().channel_group().groups();
        ASSERT_TRUE(groups.count("Application"));
        const auto &application = groups.at("Application").groups();
        EXPECT_EQ(application.size(), spec.orgs.size());
        for (const auto &org : spec.orgs) {
            ASSERT_TRUE(application.count(org.mspId)) << org.mspId;
            msp::MSPConfig mspConfig;
            ASSERT_TRUE(mspConfig.ParseFromString(application.at(org.mspId).values().at("MSP").value()));
            EXPECT_EQ(mspConfig.type(), 0);
            msp::FabricMSPConfig fabric;
            ASSERT_TRUE(fabric.ParseFromString(mspConfig.config()));
            EXPECT_EQ(fabric.name(), org.mspId);
            ASSERT_EQ(fabric.root_certs_size(), 1);
            EXPECT_EQ(fabric.root_certs(0), readAll(consortium() / "cas" / org.mspId / "ca-cert.pem"));
            EXPECT_TRUE(fabric.fabric_node_ous().enable());
            EXPECT_EQ(fabric.fabric_node_ous().client_ou_identifier().organizational_unit_identifier(), "client");
            EXPECT_EQ(fabric.fabric_node_ous().orderer_ou_identifier().organizational_unit_identifier(), "orderer");
        }
        ASSERT_TRUE(groups.count("Orderer"));
        EXPECT_EQ(groups.at("Orderer").groups().size(), 1u);
        EXPECT_TRUE(groups.at("Orderer").groups().count("OrdererMSP"));
    }
}

// The decoder behind the ledger explorer and an L/C's timeline: the member
// registrations on trust verify against the channel's members, and a
// transaction whose creator signature was altered does not.
TEST_F(Sandbox, DecodedTransactionsVerifyAndAnAlteredSignatureDoesNot)
{
    ledger::BlockStore store(ledger::channelDir(consortium(), "trust") / "blocks.dat");
    const auto genesis = store.block(0);
    const auto registrations = store.block(1);
    ASSERT_TRUE(genesis && registrations);
    const ledger::MspRegistry msps = ledger::MspRegistry::fromGenesis(*genesis);

    const auto decoded = client::decodeTransactions(*registrations, &msps);
    ASSERT_FALSE(decoded.empty());
    for (const auto &tx : decoded) {
        SCOPED_TRACE(tx.txId);
        EXPECT_TRUE(tx.problem.empty()) << tx.problem;
        EXPECT_FALSE(tx.creatorMspId.empty());
        EXPECT_EQ(tx.creatorSignatureValid, std::optional<bool>(true));
        EXPECT_EQ(tx.endorserSignaturesValid, std::optional<bool>(true));
        EXPECT_FALSE(tx.endorserMspIds.empty());
    }
    // Without the members nothing is claimed either way.
    EXPECT_FALSE(client::decodeTransactions(*registrations, nullptr).front().creatorSignatureValid.has_value());

    common::Block altered = *registrations;
    common::Envelope envelope;
    ASSERT_TRUE(envelope.ParseFromString(altered.data().data(0)));
    std::string signature = envelope.signature();
    ASSERT_FALSE(signature.empty());
    signature.back() = static_cast<char>(signature.back() ^ 0x01);
    envelope.set_signature(signature);
    *altered.mutable_data()->mutable_data(0) = envelope.SerializeAsString();
    const auto forged = client::decodeTransactions(altered, &msps);
    EXPECT_EQ(forged.front().creatorSignatureValid, std::optional<bool>(false));
    EXPECT_EQ(forged.front().txId, decoded.front().txId); // the same transaction, read but not believed
}

TEST_F(Sandbox, RefusesToRunTwice)
{
    const std::string walletBefore = readAll(walletDir(data()) / "wallet.json");
    try {
        initSandbox(data(), "another passphrase");
        FAIL() << "a second sandbox was created";
    } catch (const LedgerError &e) {
        EXPECT_EQ(e.kind(), LedgerError::Kind::Rejected);
        EXPECT_EQ(e.reasonCode(), "SANDBOX_EXISTS");
    }
    EXPECT_EQ(readAll(walletDir(data()) / "wallet.json"), walletBefore);
}

TEST_F(Sandbox, ExistingChannelIsRefused)
{
    const fs::path ordererDir = ledger::ordererDir(consortium());
    const ledger::NodeIdentity orderer{"OrdererMSP", readAll(ordererDir / "orderer-cert.pem"),
                                       readAll(ordererDir / "orderer-key.pem")};
    const ledger::OrgConfig ordererOrg{"OrdererMSP", readAll(consortium() / "cas" / "OrdererMSP" / "ca-cert.pem")};
    const ledger::OrgConfig member{"HuaxiaBankMSP",
                                   readAll(consortium() / "cas" / "HuaxiaBankMSP" / "ca-cert.pem")};
    const Bytes before = readAll(ledger::channelDir(consortium(), "lc") / "blocks.dat");
    try {
        ledger::createChannel(consortium(), "lc", {member}, ordererOrg, orderer);
        FAIL() << "channel created twice";
    } catch (const ledger::LedgerError &e) {
        EXPECT_EQ(e.reasonCode(), "CHANNEL_EXISTS");
    }
    EXPECT_EQ(readAll(ledger::channelDir(consortium(), "lc") / "blocks.dat"), before);

    // A new channel with a subset of members is fine.
    ledger::createChannel(consortium(), "bilateral", {member}, ordererOrg, orderer);
    ledger::BlockStore store(ledger::channelDir(consortium(), "bilateral") / "blocks.dat");
    EXPECT_EQ(store.height(), 1u);
    EXPECT_THROW(ledger::createChannel(consortium(), "../escape", {member}, ordererOrg, orderer),
                 ledger::LedgerError);
}

TEST(SandboxFresh, NotThereUntilCreated)
{
    test::TempDir dir;
    EXPECT_FALSE(sandboxExists(dir.path()));
    EXPECT_EQ(walletDir(dir.path()), dir.path() / "wallet");
    EXPECT_EQ(consortiumDir(dir.path()), dir.path() / "consortium");
}

TEST(SandboxFresh, FailedRunLeavesNothingBehind)
{
    test::TempDir dir;
    SandboxSpec spec = defaultSandbox();
    spec.orgs.resize(1);
    spec.channels = {"trust", "Not A Channel"};
    EXPECT_THROW(initSandbox(dir.path(), kPass, spec), LedgerError);
    EXPECT_FALSE(sandboxExists(dir.path()));
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), {}), 0);

    spec.channels = {"trust"};
    initSandbox(dir.path(), kPass, spec);
    EXPECT_TRUE(sandboxExists(dir.path()));
    EXPECT_EQ(Wallet::listEntries(walletDir(dir.path())).size(), spec.orgs[0].users.size());
}

// The registry on the trust channel, read and written through the Ledger
// interface as any workstation does.
TEST_F(Sandbox, TrustRegistryListsEveryMemberThroughTheLedgerInterface)
{
    const Wallet wallet = Wallet::open(walletDir(data()), kPass);
    const auto ledger = openEmbeddedLedger(consortium());
    Client officer(ledger, wallet.identity("HuaxiaBankMSP/officer1"));

    lianxin::trust::MemberList list;
    ASSERT_TRUE(list.ParseFromString(officer.evaluate("trust", "registry", "ListMembers", {}).payload()));
    std::set<std::string> ids;
    for (const auto &m : list.members()) {
        ids.insert(m.msp_id());
        EXPECT_FALSE(m.name_zh().empty());
        EXPECT_EQ(m.status(), lianxin::trust::Member::ACTIVE);
    }
    EXPECT_EQ(ids.size(), defaultSandbox().orgs.size());
    EXPECT_TRUE(ids.count("RegulatorMSP"));

    const auto history = officer.history("trust", "registry", "member/HuaxiaBankMSP");
    ASSERT_EQ(history.size(), 1u);
    EXPECT_GE(history[0].blockNumber, 1u);
    const auto tx = officer.transaction("trust", history[0].txId);
    EXPECT_EQ(tx.validationcode(), protos::VALID);

    // Only the secretariat's administrator registers members.
    lianxin::trust::Member intruder;
    intruder.set_msp_id("IntruderMSP");
    intruder.set_name("Intruder");
    try {
        officer.submit("trust", "registry", "RegisterMember", {intruder.SerializeAsString()});
        FAIL() << "a bank officer registered a member";
    } catch (const LedgerError &e) {
        EXPECT_EQ(e.kind(), LedgerError::Kind::Rejected);
        EXPECT_EQ(e.reasonCode(), "REGISTRY_NOT_SECRETARIAT_ADMIN");
    }

    // Blocks arrive from height 0 up to the tip, in order.
    const auto height = officer.chainInfo("trust").height();
    std::mutex mutex;
    std::condition_variable cv;
    std::vector<std::uint64_t> seen;
    auto subscription = officer.subscribeBlocks("trust", 0, [&](const common::Block &block) {
        std::lock_guard lock(mutex);
        seen.push_back(block.header().number());
        cv.notify_all();
    });
    std::unique_lock lock(mutex);
    ASSERT_TRUE(cv.wait_for(lock, std::chrono::seconds(10), [&] { return seen.size() >= height; }));
    for (std::uint64_t i = 0; i < height; ++i)
        EXPECT_EQ(seen[i], i);
}

// A subscriber may drop its stream from inside its own callback: nothing
// more is delivered and the stream's thread ends by itself, holding what it
// uses (under valgrind or ASan the old stream read its freed stop flag).
TEST_F(Sandbox, AStreamDroppedFromItsOwnCallbackEndsCleanly)
{
    const Wallet wallet = Wallet::open(walletDir(data()), kPass);
    std::unique_ptr<Subscription> subscription;
    std::mutex mutex;
    std::condition_variable cv;
    std::vector<std::uint64_t> seen;
    {
        Client officer(openEmbeddedLedger(consortium()), wallet.identity("HuaxiaBankMSP/officer1"));
        std::lock_guard lock(mutex);
        subscription = officer.subscribeBlocks("trust", 0, [&](const common::Block &block) {
            std::lock_guard inner(mutex);
            seen.push_back(block.header().number());
            if (block.header().number() == 1)
                subscription.reset();
            cv.notify_all();
        });
    } // the client and its ledger handle go; the stream keeps the consortium
    std::unique_lock lock(mutex);
    ASSERT_TRUE(cv.wait_for(lock, std::chrono::seconds(10), [&] { return seen.size() >= 2; }));
    lock.unlock();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    lock.lock();
    EXPECT_EQ(seen, (std::vector<std::uint64_t> { 0, 1 }));
    EXPECT_FALSE(subscription);
}

// Chaincode events from height 0: one MemberRegistered per sandbox member,
// each carrying the member record, grouped by block.
TEST_F(Sandbox, ChaincodeEventsReplayFromAGivenHeight)
{
    const Wallet wallet = Wallet::open(walletDir(data()), kPass);
    Client auditor(openEmbeddedLedger(consortium()), wallet.identity("RegulatorMSP/auditor1"));
    std::mutex mutex;
    std::condition_variable cv;
    std::set<std::string> registered;
    std::uint64_t lastBlock = 0;
    bool ordered = true;
    auto subscription = auditor.subscribeChaincodeEvents(
        "trust", "registry", 0, [&](const gateway::ChaincodeEventsResponse &response) {
            std::lock_guard lock(mutex);
            ordered = ordered && response.block_number() >= lastBlock && response.block_number() >= 1;
            lastBlock = response.block_number();
            for (const auto &event : response.events()) {
                lianxin::trust::Member member;
                if (event.event_name() == "MemberRegistered" && member.ParseFromString(event.payload()))
                    registered.insert(member.msp_id());
            }
            cv.notify_all();
        });
    std::unique_lock lock(mutex);
    const std::size_t members = defaultSandbox().orgs.size();
    ASSERT_TRUE(cv.wait_for(lock, std::chrono::seconds(10), [&] { return registered.size() >= members; }));
    EXPECT_EQ(registered.size(), members);
    EXPECT_TRUE(ordered);

    // Starting above the registrations yields none of them.
    const auto height = auditor.chainInfo("trust").height();
    std::atomic<int> late{0};
    auto after = auditor.subscribeChaincodeEvents("trust", "registry", height,
                                                  [&](const gateway::ChaincodeEventsResponse &) { ++late; });
    lock.unlock();
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    EXPECT_EQ(late.load(), 0);
}

// fuzz_seeds DATA_DIR CORPUS_DIR
//
// Makes the sandbox the fuzzers share (DATA_DIR, passphrase kPassphrase),
// commits one transaction on the trust channel, and writes a small seed
// corpus per target under CORPUS_DIR/<target>/: real blocks, block files,
// envelopes, signed proposals, identities, wallet files and sealed data,
// all signed by this sandbox's keys. Run the targets with
// LIANXIN_FUZZ_SANDBOX=DATA_DIR so that they know the same keys. Nothing
// binary is checked in: scripts/fuzz.sh runs this into the build folder.

#include "FuzzSupport.h"

#include "cache/CacheKey.h"

#include "crypto/Aead.h"
#include "crypto/Certificate.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "ledger/Consortium.h"
#include "ledger/Genesis.h"
#include "ledgerclient/GovernanceWorkflow.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/TransactionBuilder.h"
#include "ledgerclient/Wallet.h"

#include "lianxin/trust.pb.h"
#include "peer/transaction.pb.h"
#include "lianxin/wallet.pb.h"

#include <google/protobuf/util/json_util.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

using namespace lx;
namespace fs = std::filesystem;

namespace {

constexpr const char *kAdmin = "SecretariatMSP/admin1";
constexpr const char *kOfficer = "HuaxiaBankMSP/officer1";

fs::path g_corpus;
std::size_t g_seeds = 0;

void seed(const std::string &target, const std::string &name, std::string_view bytes)
{
    const fs::path dir = g_corpus / target;
    fs::create_directories(dir);
    fuzz::writeFile(dir / name, bytes);
    ++g_seeds;
}

Bytes member(const std::string &mspId, const std::string &name, const std::string &nameZh)
{
    lianxin::trust::Member m;
    m.set_msp_id(mspId);
    m.set_name(name);
    m.set_name_zh(nameZh);
    m.set_kind(lianxin::trust::Member::BANK);
    m.set_tier(1);
    m.set_swift_bic("HXTBCNSH");
    m.set_cnaps_code("313100000013");
    return m.SerializeAsString();
}

std::string walletJson(const lianxin::wallet::WalletFile &file)
{
    std::string json;
    google::protobuf::util::JsonPrintOptions options;
    options.add_whitespace = true;
    options.preserve_proto_field_names = true;
    if (!google::protobuf::util::MessageToJsonString(file, &json, options).ok())
        fuzz::fail("cannot encode a wallet file");
    return json;
}

// The secretariat's proposal to admit a bank the sandbox does not define
// (its founding members are registered and the charter sealed).
Bytes admission(const std::string &mspId, const std::string &name, const std::string &nameZh)
{
    lianxin::trust::Member applicant;
    applicant.ParseFromString(member(mspId, name, nameZh));
    // Its CA, as its application carries it (docs/channel-configuration.md).
    crypto::DistinguishedName ca;
    ca.country = "CN";
    ca.organization = name;
    ca.commonName = "ca." + mspId;
    applicant.add_root_certs_pem(crypto::makeSelfSignedCa(crypto::PrivateKey::generate(), ca, 365).toPem());
    return client::admissionProposal(applicant, {lianxin::trust::LINE_LC}, crypto::sha256(mspId + " application"),
                                     crypto::sha256(mspId + " agreement"))
        .SerializeAsString();
}

// Commits the proposal to admit a bank the sandbox does not define; returns
// the signed envelope, and in *pending one endorsed but never submitted.
Bytes commitOnce(const fs::path &dataDir, const client::SigningIdentity &admin, Bytes *pending)
{
    ledger::OrdererSettings settings;
    settings.batchTimeout = std::chrono::milliseconds(5);
    ledger::Consortium consortium(client::consortiumDir(dataDir), settings);
    consortium.installStandardContracts();

    const auto endorseSigned = [&](const Bytes &proposalBytes) {
        const auto proposal =
            client::buildSignedProposal(admin, fuzz::kChannel, "registry", "Propose", {proposalBytes});
        const ledger::Endorsed endorsed = consortium.endorse(proposal.signedProposal);
        if (endorsed.result.status() != 200)
            fuzz::fail("Propose was rejected: " + endorsed.result.message());
        return client::signTransaction(admin, endorsed.preparedTransaction);
    };
    const common::Envelope envelope = endorseSigned(admission("HaixiaBankMSP", "Haixia Savings Bank", "海峡储蓄银行"));
    const ledger::CommitResult result = consortium.submit(envelope).get();
    if (result.validationCode != protos::VALID)
        fuzz::fail("the seed transaction was invalidated with code " + std::to_string(result.validationCode));
    *pending = endorseSigned(admission("LingnanBankMSP", "Lingnan Rural Bank", "岭南农村银行"))
                   .SerializeAsString();
    return envelope.SerializeAsString();
}

void proposals(const fuzz::Sandbox &sandbox, const std::string &committedTxId)
{
    const auto &admin = sandbox.byLabel(kAdmin).identity;
    const auto &officer = sandbox.byLabel(kOfficer).identity;
    const auto put = [](const std::string &name, const client::SignedProposalBuild &build) {
        seed("fuzz_proposal", name, build.signedProposal.SerializeAsString());
    };
    const std::string ch = fuzz::kChannel;
    put("register", client::buildSignedProposal(admin, ch, "registry", "RegisterMember",
                                                {member("XiangjiangBankMSP", "Xiangjiang Bank", "湘江银行")}));
    put("register_exists", client::buildSignedProposal(admin, ch, "registry", "RegisterMember",
                                                       {member("HuaxiaBankMSP", "Huaxia Trade Bank", "")}));
    put("register_forbidden", client::buildSignedProposal(officer, ch, "registry", "RegisterMember",
                                                          {member("BeiyuanBankMSP", "Beiyuan", "")}));
    put("register_transient", client::buildSignedProposal(admin, ch, "registry", "RegisterMember",
                                                          {member("X", "Y", "")}, {{"secret", "value"}}));
    put("propose", client::buildSignedProposal(admin, ch, "registry", "Propose",
                                               {admission("XiangjiangBankMSP", "Xiangjiang Bank", "湘江银行")}));
    put("vote", client::buildSignedProposal(admin, ch, "registry", "Vote", {"GOV-0001", "YES"}));
    put("list_proposals", client::buildSignedProposal(officer, ch, "registry", "ListProposals", {}));
    put("get_member", client::buildSignedProposal(officer, ch, "registry", "GetMember", {"HuaxiaBankMSP"}));
    put("list_members", client::buildSignedProposal(officer, ch, "registry", "ListMembers", {}));
    put("history", client::buildSignedProposal(officer, ch, "registry", "GetHistoryForKey",
                                               {"member/HuaxiaBankMSP"}));
    put("unknown_function", client::buildSignedProposal(officer, ch, "registry", "Nope", {"a", "b"}));
    put("qscc_info", client::buildSignedProposal(officer, ch, "qscc", "GetChainInfo", {ch}));
    put("qscc_block", client::buildSignedProposal(officer, ch, "qscc", "GetBlockByNumber", {ch, "1"}));
    put("qscc_tx", client::buildSignedProposal(officer, ch, "qscc", "GetTransactionByID", {ch, committedTxId}));
    put("qscc_block_by_tx", client::buildSignedProposal(officer, ch, "qscc", "GetBlockByTxID", {ch, committedTxId}));
    put("other_channel", client::buildSignedProposal(officer, "lc", "registry", "ListMembers", {}));
    put("peer_creator", client::buildSignedProposal(sandbox.byLabel("HuaxiaBankMSP/peer").identity, ch, "registry",
                                                    "ListMembers", {}));
}

void identities(const fuzz::Sandbox &sandbox)
{
    const auto &user = sandbox.byLabel(fuzz::kIdentityUser).identity;
    const crypto::Certificate cert = crypto::Certificate::fromPem(user.certPem());
    seed("fuzz_identity", "serialized_user", user.serialized());
    seed("fuzz_identity", "serialized_peer", sandbox.byLabel("HuaxiaBankMSP/peer").identity.serialized());
    seed("fuzz_identity", "serialized_orderer", sandbox.orderer().identity.serialized());
    seed("fuzz_identity", "cert_der", cert.toDer());
    seed("fuzz_identity", "cert_pem", user.certPem());
    seed("fuzz_identity", "public_key_der", cert.publicKey().toDer());
    seed("fuzz_identity", "signature", user.sign(fuzz::kIdentityMessage));
    seed("fuzz_identity", "private_key_pem", crypto::PrivateKey::generate().toPem());
}

void wallets(const fuzz::Sandbox &sandbox)
{
    // A wallet with cheap scrypt parameters, so that open() and identity()
    // get past the key derivation; its keys are sealed by hand the way
    // Wallet does it (verifier text and associated data as in Wallet.cpp).
    const fs::path caDir = sandbox.consortiumDir / "cas" / "HuaxiaBankMSP";
    const auto caCert = crypto::Certificate::fromPem(fuzz::readFile(caDir / "ca-cert.pem"));
    const auto caKey = crypto::PrivateKey::fromPem(fuzz::readFile(caDir / "ca-key.pem"));

    lianxin::wallet::WalletFile file;
    file.set_version(1);
    auto &kdf = *file.mutable_kdf();
    kdf.set_algorithm("scrypt");
    kdf.set_salt(crypto::randomBytes(16));
    kdf.set_n(16);
    kdf.set_r(1);
    kdf.set_p(1);
    crypto::ScryptParams params;
    params.n = kdf.n();
    params.r = kdf.r();
    params.p = kdf.p();
    const Bytes key = crypto::deriveKeyScrypt(fuzz::kPassphrase, kdf.salt(), params);
    file.set_verifier(crypto::aeadSeal(key, "LianXin wallet verifier v1", "lianxin.wallet/verifier"));
    const std::pair<const char *, const char *> users[] = {{"officer1", "officer"}, {"checker1", "checker"}};
    for (const auto &[user, role] : users) {
        const crypto::PrivateKey userKey = crypto::PrivateKey::generate();
        crypto::DistinguishedName dn;
        dn.country = "CN";
        dn.organization = "Huaxia Trade Bank";
        dn.organizationalUnits = {"client", role};
        dn.commonName = user;
        auto &entry = *file.add_entries();
        entry.set_label(std::string("HuaxiaBankMSP/") + user);
        entry.set_msp_id("HuaxiaBankMSP");
        entry.set_user(user);
        entry.set_role(role);
        entry.set_display_name("Wang Fang");
        entry.set_cert_pem(crypto::issueCertificate(caCert, caKey, userKey.publicKey(), dn, false, 30).toPem());
        entry.set_sealed_key(crypto::aeadSeal(key, userKey.toPem(), entry.label()));
    }
    seed("fuzz_wallet", "cheap_kdf.json", walletJson(file));
    // The same wallet after its first unlock: version 2 with its integrity
    // code (Wallet migrates version 1 files in place).
    {
        const fs::path dir = fuzz::scratchDir() / "seed-wallet-v2";
        fs::create_directories(dir);
        fuzz::writeFile(dir / "wallet.json", walletJson(file));
        (void)client::Wallet::open(dir, fuzz::kPassphrase);
        seed("fuzz_wallet", "cheap_kdf_v2.json", fuzz::readFile(dir / "wallet.json"));
        fs::remove_all(dir);
    }
    file.mutable_entries()->Clear();
    seed("fuzz_wallet", "empty.json", walletJson(file));

    // The sandbox's own wallet (default cost: listEntries only), two entries.
    lianxin::wallet::WalletFile real;
    google::protobuf::util::JsonParseOptions options;
    options.ignore_unknown_fields = true;
    if (!google::protobuf::util::JsonStringToMessage(
             fuzz::readFile(client::walletDir(sandbox.dataDir) / "wallet.json"), &real, options)
             .ok())
        fuzz::fail("cannot read the sandbox wallet");
    while (real.entries_size() > 2)
        real.mutable_entries()->RemoveLast();
    seed("fuzz_wallet", "sandbox.json", walletJson(real));
}

void aead()
{
    const Bytes key = crypto::sha256(fuzz::kAeadKeySeed);
    seed("fuzz_aead", "fixed_key", crypto::aeadSeal(key, "letter of credit", fuzz::kAeadAd));
    // [key length][key][ad length][ad][sealed]: a valid structured input.
    const Bytes ownKey = crypto::randomBytes(32);
    const std::string ad = "HuaxiaBankMSP/officer1";
    Bytes structured;
    structured.push_back(static_cast<char>(32));
    structured += ownKey;
    structured.push_back(static_cast<char>(ad.size()));
    structured += ad;
    structured += crypto::aeadSeal(ownKey, "-----BEGIN PRIVATE KEY-----", ad);
    seed("fuzz_aead", "structured", structured);
}

// Connection profiles (fuzz_profile): the test-network's JSON shape with an
// inline PEM, and YAML with a path the fuzzer resolves (tls/ca.crt beside it).
void profiles()
{
    const crypto::PrivateKey key = crypto::PrivateKey::generate();
    std::string pem;
    for (char c : crypto::makeSelfSignedCa(key, { "CN", "", "Org1", {}, "tlsca.org1" }, 30).toPem())
        pem += c == '\n' ? std::string("\\n") : std::string(1, c);
    seed("fuzz_profile", "inline.json",
        R"({"name": "test-network-org1", "version": "1.0.0", "client": {"organization": "Org1"},
 "organizations": {"Org1": {"mspid": "Org1MSP", "peers": ["peer0.org1.example.com"]}},
 "peers": {"peer0.org1.example.com": {"url": "grpcs://localhost:7051", "tlsCACerts": {"pem": ")"
            + pem + R"("},
   "grpcOptions": {"ssl-target-name-override": "peer0.org1.example.com"}}},
 "channels": {"mychannel": {}}}
)");
    seed("fuzz_profile", "paths.yaml",
        "name: lianxin-net\n"
        "client:\n  organization: HuaxiaBankMSP\n"
        "organizations:\n  HuaxiaBankMSP:\n    mspid: HuaxiaBankMSP\n    peers: [peer0.huaxia, peer1.huaxia]\n"
        "  DongfangBankMSP:\n    mspid: DongfangBankMSP\n"
        "peers:\n  peer0.huaxia:\n    url: grpcs://127.0.0.1:27090\n    tlsCACerts:\n      path: tls/ca.crt\n"
        "  peer1.huaxia:\n    url: grpc://[::1]:27091\n"
        "orderers:\n  orderer0:\n    url: grpcs://127.0.0.1:27050\n    tlsCACerts: {path: ./tls/../tls/ca.crt}\n"
        "channels:\n  lc: {}\n  trust: {}\n");
}

} // namespace

// A key file the fuzzer can open with its passphrase, at a cost it runs fast.
void cacheKeys(const fs::path &dataDir)
{
    const fs::path file = dataDir / "fuzz-cache.db.key";
    crypto::ScryptParams cheap;
    cheap.n = 1 << 10;
    cache::CacheKey::create(file, "fuzz passphrase", cheap);
    seed("fuzz_cachekey", "valid", fuzz::readFile(file));
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s DATA_DIR CORPUS_DIR\n", argv[0]);
        return 2;
    }
    const fs::path dataDir = argv[1];
    g_corpus = argv[2];
    try {
        if (client::sandboxExists(dataDir)) {
            std::fprintf(stderr, "%s holds a sandbox already; give an empty folder\n", dataDir.c_str());
            return 2;
        }
        client::initSandbox(dataDir, fuzz::kPassphrase);
        Bytes pending;
        Bytes committed;
        {
            const client::Wallet wallet = client::Wallet::open(client::walletDir(dataDir), fuzz::kPassphrase);
            committed = commitOnce(dataDir, wallet.identity(kAdmin), &pending);
        }
        ::setenv("LIANXIN_FUZZ_SANDBOX", dataDir.c_str(), 1);
        const fuzz::Sandbox &sandbox = fuzz::Sandbox::get();
        const auto &blocks = sandbox.trustBlocks; // genesis, the sandbox's registrations, ours
        if (blocks.size() < 2)
            fuzz::fail("expected the seed transaction's block on the trust channel");

        seed("fuzz_transaction", "committed", committed);
        seed("fuzz_transaction", "endorsed", pending);

        seed("fuzz_block", "genesis", blocks.front());
        seed("fuzz_block", "first", blocks[1]);
        seed("fuzz_block", "last", blocks.back());

        // Records: "LXB1" | u32 length | u32 CRC | block (BlockStore.h).
        const Bytes blockFile = fuzz::readFile(ledger::channelDir(sandbox.consortiumDir, fuzz::kChannel) / "blocks.dat");
        const std::size_t oneRecord = 12 + blocks[0].size();
        const std::size_t twoRecords = oneRecord + 12 + blocks[1].size();
        seed("fuzz_blockstore", "all_blocks", blockFile);
        seed("fuzz_blockstore", "genesis_only", blockFile.substr(0, oneRecord));
        seed("fuzz_blockstore", "two_blocks", blockFile.substr(0, twoRecords));
        seed("fuzz_blockstore", "torn_tail", blockFile.substr(0, twoRecords + 20));

        common::Envelope envelope;
        common::Payload payload;
        common::ChannelHeader channelHeader;
        envelope.ParseFromString(committed);
        payload.ParseFromString(envelope.payload());
        channelHeader.ParseFromString(payload.header().channel_header());
        proposals(sandbox, channelHeader.tx_id());
        identities(sandbox);
        wallets(sandbox);
        aead();
        cacheKeys(dataDir);
        profiles();
    } catch (const std::exception &e) {
        std::fprintf(stderr, "fuzz_seeds: %s\n", e.what());
        return 1;
    }
    std::printf("fuzz_seeds: %zu seeds in %s\n", g_seeds, g_corpus.c_str());
    return 0;
}

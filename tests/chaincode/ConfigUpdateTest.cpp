// The channel configuration updates of a passed admission in the registry
// contract on trust (docs/governance.md): the secretariat prepares the
// update that adds the admitted bank to a channel, the members' admins sign
// it, and the contract refuses an update that does more, or a signature
// that is not the caller's over those bytes.
#include "FakeStub.h"
#include "FoundingRegistry.h"

#include "chaincode/Registry.h"
#include "chaincode/trust/Governance.h"
#include "crypto/Certificate.h"
#include "crypto/EcKey.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "ledgerclient/SandboxCa.h"

#include "common/common.pb.h"
#include "common/configtx.pb.h"
#include "common/policies.pb.h"
#include "lianxin/governance.pb.h"
#include "lianxin/trust.pb.h"
#include "msp/identities.pb.h"
#include "msp/msp_config.pb.h"
#include "msp/msp_principal.pb.h"

#include <functional>
#include <gtest/gtest.h>
#include <map>

namespace lx::test {

using lianxin::trust::ConfigSignatureRecord;
using lianxin::trust::ConfigUpdateList;
using lianxin::trust::ConfigUpdateRecord;
using lianxin::trust::Member;
using lianxin::trust::Proposal;

namespace {

constexpr const char *kHuaxia = "HuaxiaBankMSP";
constexpr const char *kDongfang = "DongfangBankMSP";
constexpr const char *kChangjiang = "ChangjiangBankMSP";
constexpr const char *kNanhai = "NanhaiBankMSP";
constexpr const char *kBeiyuan = "BeiyuanBankMSP";
constexpr const char *kXiangjiang = "XiangjiangBankMSP";
constexpr const char *kLingnan = "LingnanBankMSP";
constexpr const char *kSecretariat = chaincode::kSecretariatMsp;
constexpr const char *kRegulator = chaincode::kRegulatorMsp;

// Monday 2026-12-07, 10:00 in China.
constexpr std::int64_t kMonday = 1796608800;

// The organizations of the test channels' Application group, each at
// version 0 under the group at version 1.
const std::vector<std::string> &channelOrganizations()
{
    static const std::vector<std::string> orgs { kHuaxia, kDongfang, kChangjiang, kNanhai, kBeiyuan, kRegulator,
        kSecretariat };
    return orgs;
}

common::ConfigPolicy signedBy(const std::string &mspId, common::MSPRole::MSPRoleType roleType)
{
    common::MSPRole role;
    role.set_msp_identifier(mspId);
    role.set_role(roleType);
    common::SignaturePolicyEnvelope envelope;
    auto *rule = envelope.mutable_rule()->mutable_n_out_of();
    rule->set_n(1);
    rule->add_rules()->set_signed_by(0);
    auto *principal = envelope.add_identities();
    principal->set_principal_classification(common::MSPPrincipal::ROLE);
    principal->set_principal(role.SerializeAsString());
    common::ConfigPolicy policy;
    policy.mutable_policy()->set_type(common::Policy::SIGNATURE);
    policy.mutable_policy()->set_value(envelope.SerializeAsString());
    policy.set_mod_policy("Admins");
    return policy;
}

msp::FabricMSPConfig fabricMsp(const std::string &mspId, const std::vector<std::string> &rootPems)
{
    msp::FabricMSPConfig fabric;
    fabric.set_name(mspId);
    for (const std::string &pem : rootPems)
        fabric.add_root_certs(pem);
    auto *ous = fabric.mutable_fabric_node_ous();
    ous->set_enable(true);
    ous->mutable_client_ou_identifier()->set_organizational_unit_identifier("client");
    ous->mutable_peer_ou_identifier()->set_organizational_unit_identifier("peer");
    ous->mutable_admin_ou_identifier()->set_organizational_unit_identifier("admin");
    ous->mutable_orderer_ou_identifier()->set_organizational_unit_identifier("orderer");
    return fabric;
}

void setMsp(common::ConfigGroup &group, const msp::FabricMSPConfig &fabric)
{
    msp::MSPConfig config;
    config.set_type(0);
    config.set_config(fabric.SerializeAsString());
    auto &value = (*group.mutable_values())["MSP"];
    value.set_value(config.SerializeAsString());
    value.set_mod_policy("Admins");
}

// An organization's group as configtxgen writes one: its MSP and its
// policies, each naming its own MSP.
common::ConfigGroup organization(const std::string &mspId, const std::vector<std::string> &rootPems)
{
    common::ConfigGroup group;
    setMsp(group, fabricMsp(mspId, rootPems));
    auto &policies = *group.mutable_policies();
    policies["Readers"] = signedBy(mspId, common::MSPRole::MEMBER);
    policies["Writers"] = signedBy(mspId, common::MSPRole::MEMBER);
    policies["Admins"] = signedBy(mspId, common::MSPRole::ADMIN);
    policies["Endorsement"] = signedBy(mspId, common::MSPRole::PEER);
    group.set_mod_policy("Admins");
    return group;
}

// The channel's Application group named by versions alone, as a read set
// names it.
common::ConfigGroup applicationVersions()
{
    common::ConfigGroup application;
    application.set_version(1);
    for (const std::string &org : channelOrganizations())
        (*application.mutable_groups())[org].set_version(0);
    for (const char *policy : { "Admins", "Readers", "Writers", "Endorsement", "LifecycleEndorsement" })
        (*application.mutable_policies())[policy].set_version(0);
    (*application.mutable_values())["Capabilities"].set_version(0);
    return application;
}

// The update adding org to the channel as configtxlator computes it, built
// by hand: the read set names /Channel/Application and its members at
// their versions, the write set the group one version on with the new
// organization's whole group.
common::ConfigUpdate additionOf(const std::string &channel, const std::string &mspId, const common::ConfigGroup &org)
{
    common::ConfigUpdate update;
    update.set_channel_id(channel);
    (*update.mutable_read_set()->mutable_groups())["Application"] = applicationVersions();
    common::ConfigGroup written = applicationVersions();
    written.set_version(2);
    written.set_mod_policy("Admins");
    (*written.mutable_groups())[mspId] = org;
    (*update.mutable_write_set()->mutable_groups())["Application"] = written;
    return update;
}

common::ConfigGroup &writtenApplication(common::ConfigUpdate &update)
{
    return (*update.mutable_write_set()->mutable_groups())["Application"];
}

struct Identity
{
    crypto::PrivateKey key;
    std::string certPem;
};

class ConfigUpdateTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        stub.setChannel("trust");
        stub.setTimestamp(kMonday);
        foundMembers(stub, registry);
        ASSERT_TRUE(secretariat({ "SealCharter" }).isOk());
        applicantRoot = testRootCertPem("Xiangjiang Rural Commercial Bank");
        proposalId = opened(admission(kXiangjiang, applicantRoot));
        for (const char *bank : { kHuaxia, kDongfang, kChangjiang, kNanhai })
            ASSERT_TRUE(admin(bank, { "Vote", proposalId, "YES" }).isOk()) << bank;
        Proposal p;
        p.ParseFromString(admin(kHuaxia, { "GetProposal", proposalId }).payload);
        ASSERT_EQ(p.status(), Proposal::PASSED);
    }

    chaincode::Response call(
        const std::string &msp, const std::string &user, std::vector<std::string> roles, std::vector<Bytes> args)
    {
        stub.setCaller(msp, user, std::move(roles));
        stub.setCall(std::move(args));
        return registry.invoke(stub);
    }
    chaincode::Response admin(const std::string &msp, std::vector<Bytes> args)
    {
        return call(msp, "admin1", { "admin" }, std::move(args));
    }
    chaincode::Response secretariat(std::vector<Bytes> args) { return admin(kSecretariat, std::move(args)); }

    // An admission to L/Cs and forfaiting: the bank joins trust, lc and
    // forfaiting.
    static Proposal admission(const std::string &mspId, const std::string &rootPem)
    {
        Proposal p;
        p.set_kind(Proposal::ADMIT_MEMBER);
        p.set_title("Admit " + mspId);
        Member *a = p.mutable_applicant();
        a->set_msp_id(mspId);
        a->set_name(mspId.substr(0, mspId.size() - 3));
        a->set_kind(Member::BANK);
        a->set_tier(3);
        a->add_root_certs_pem(rootPem);
        p.add_lines()->set_line(lianxin::trust::LINE_LC);
        p.add_lines()->set_line(lianxin::trust::LINE_FORFAITING);
        for (const auto &[type, file] : { std::pair { "MEMBERSHIP_APPLICATION", "application.pdf" },
                 std::pair { "MEMBERSHIP_AGREEMENT", "agreement.pdf" } }) {
            auto *m = p.add_materials();
            m->set_sha256(crypto::sha256(mspId + file));
            m->set_doc_type(type);
            m->set_file_name(file);
        }
        return p;
    }
    std::string opened(const Proposal &p)
    {
        const chaincode::Response r = secretariat({ "Propose", p.SerializeAsString() });
        EXPECT_TRUE(r.isOk()) << r.wireMessage();
        Proposal answer;
        answer.ParseFromString(r.payload);
        return answer.id();
    }

    common::ConfigUpdate validUpdate(const std::string &channel)
    {
        return additionOf(channel, kXiangjiang, organization(kXiangjiang, { applicantRoot }));
    }
    chaincode::Response prepare(const std::string &channel, const Bytes &update, const std::string &id = {})
    {
        ConfigUpdateRecord record;
        record.set_proposal_id(id.empty() ? proposalId : id);
        record.set_channel(channel);
        record.set_config_update(update);
        return secretariat({ "PrepareConfigUpdate", record.SerializeAsString() });
    }
    chaincode::Response prepare(const std::string &channel, const common::ConfigUpdate &update)
    {
        return prepare(channel, update.SerializeAsString());
    }
    ConfigUpdateRecord recorded(const std::string &channel)
    {
        const chaincode::Response r = admin(kHuaxia, { "GetConfigUpdate", proposalId, channel });
        EXPECT_TRUE(r.isOk()) << r.wireMessage();
        ConfigUpdateRecord record;
        record.ParseFromString(r.payload);
        return record;
    }

    // An identity of mspId issued by that organization's test CA.
    Identity identity(const std::string &mspId, const std::string &user, std::vector<std::string> ous = { "admin" })
    {
        auto ca = cas.find(mspId);
        if (ca == cas.end()) {
            crypto::PrivateKey key = crypto::PrivateKey::generate();
            crypto::Certificate cert = crypto::makeSelfSignedCa(key, client::sandboxName(mspId, {}, "ca." + mspId), 30);
            ca = cas.emplace(mspId, client::SandboxCa { key, cert }).first;
        }
        client::IssuedIdentity issued = client::issueSandboxIdentity(ca->second, std::move(ous), user);
        return { issued.key, issued.certPem };
    }
    // Fabric's ConfigSignature of update by who, recorded as mspId's.
    static ConfigSignatureRecord signatureOf(const Identity &who, const std::string &mspId, const Bytes &update)
    {
        msp::SerializedIdentity creator;
        creator.set_mspid(mspId);
        creator.set_id_bytes(who.certPem);
        common::SignatureHeader header;
        header.set_creator(creator.SerializeAsString());
        header.set_nonce(crypto::randomBytes(24));
        ConfigSignatureRecord signature;
        signature.set_signature_header(header.SerializeAsString());
        signature.set_signature(who.key.sign(signature.signature_header() + update));
        return signature;
    }
    chaincode::Response sign(const std::string &mspId, const std::string &user, const std::string &channel,
        const ConfigSignatureRecord &signature, std::vector<std::string> roles = { "admin" })
    {
        return call(
            mspId, user, std::move(roles), { "SignConfigUpdate", proposalId, channel, signature.SerializeAsString() });
    }
    // admin1 of mspId signs the update recorded for channel.
    chaincode::Response signAsAdmin(const std::string &mspId, const std::string &channel)
    {
        return sign(
            mspId, "admin1", channel, signatureOf(identity(mspId, "admin1"), mspId, recorded(channel).config_update()));
    }

    FakeStub stub;
    chaincode::Registry registry;
    std::string applicantRoot;
    std::string proposalId;
    std::map<std::string, client::SandboxCa> cas;
};

// What a refusal must leave as it was.
struct Unchanged
{
    explicit Unchanged(const FakeStub &stub) : m_stub(stub), m_state(stub.state), m_writes(stub.writes) { }
    bool operator()() const { return m_stub.state == m_state && m_stub.writes == m_writes; }

    const FakeStub &m_stub;
    std::map<std::string, Bytes> m_state;
    int m_writes;
};

} // namespace

TEST_F(ConfigUpdateTest, TheSecretariatRecordsTheUpdateThatAddsTheAdmittedBank)
{
    const Bytes update = validUpdate("lc").SerializeAsString();
    const chaincode::Response r = prepare("lc", update);
    ASSERT_TRUE(r.isOk()) << r.wireMessage();
    const std::string preparedTx = stub.txId();
    EXPECT_EQ(stub.events.back().first, "ConfigUpdatePrepared");
    EXPECT_TRUE(stub.state.count(chaincode::governance::kConfigUpdatePrefix + proposalId + "/lc"));

    const ConfigUpdateRecord record = recorded("lc");
    EXPECT_EQ(record.proposal_id(), proposalId);
    EXPECT_EQ(record.channel(), "lc");
    EXPECT_EQ(record.config_update(), update) << "the bytes every admin signs, as given";
    EXPECT_EQ(record.update_sha256(), crypto::sha256(update));
    EXPECT_EQ(record.new_msp(), kXiangjiang);
    EXPECT_EQ(record.prepared_by_msp(), kSecretariat);
    EXPECT_EQ(record.preparer(), "admin1");
    EXPECT_EQ(record.prepared_seconds(), kMonday);
    EXPECT_EQ(record.prepared_tx(), preparedTx);
    EXPECT_EQ(record.signatures_size(), 0);

    ASSERT_TRUE(prepare("trust", validUpdate("trust")).isOk()) << "trust: every member is on it";
    ASSERT_TRUE(prepare("forfaiting", validUpdate("forfaiting")).isOk()) << "the FORFAITING line's channel";
    ConfigUpdateList list;
    ASSERT_TRUE(list.ParseFromString(admin(kBeiyuan, { "ListConfigUpdates", proposalId }).payload));
    ASSERT_EQ(list.updates_size(), 3);
    EXPECT_EQ(list.updates(0).channel(), "forfaiting");
    EXPECT_EQ(list.updates(1).channel(), "lc");
    EXPECT_EQ(list.updates(2).channel(), "trust");
    ASSERT_TRUE(list.ParseFromString(admin(kBeiyuan, { "ListConfigUpdates", "GOV-0009" }).payload));
    EXPECT_EQ(list.updates_size(), 0);
    const chaincode::Response missing = admin(kHuaxia, { "GetConfigUpdate", proposalId, "guarantee" });
    EXPECT_EQ(missing.reasonCode, "GOV_CONFIG_UNKNOWN");
    EXPECT_EQ(missing.status, chaincode::NotFound);
}

TEST_F(ConfigUpdateTest, OnlyTheSecretariatsAdministratorPreparesAPassedAdmissionsUpdate)
{
    const Unchanged unchanged(stub);
    ConfigUpdateRecord record;
    record.set_proposal_id(proposalId);
    record.set_channel("lc");
    record.set_config_update(validUpdate("lc").SerializeAsString());
    const Bytes args = record.SerializeAsString();
    EXPECT_EQ(admin(kHuaxia, { "PrepareConfigUpdate", args }).reasonCode, "GOV_CONFIG_NOT_SECRETARIAT");
    EXPECT_EQ(call(kSecretariat, "officer1", { "client" }, { "PrepareConfigUpdate", args }).reasonCode,
        "GOV_CONFIG_NOT_SECRETARIAT");
    EXPECT_EQ(secretariat({ "PrepareConfigUpdate", "not a record" }).reasonCode, "BAD_ARGUMENTS");
    EXPECT_EQ(secretariat({ "PrepareConfigUpdate" }).reasonCode, "BAD_ARGUMENTS");
    EXPECT_EQ(prepare("lc", validUpdate("lc").SerializeAsString(), "GOV-0099").reasonCode, "GOV_PROPOSAL_UNKNOWN");
    EXPECT_EQ(prepare("guarantee", validUpdate("guarantee")).reasonCode, "GOV_CONFIG_CHANNEL_NOT_NEEDED")
        << "not admitted to guarantees";
    EXPECT_EQ(prepare("treasury", validUpdate("treasury")).reasonCode, "GOV_CONFIG_CHANNEL_NOT_NEEDED");
    EXPECT_EQ(prepare("lc", validUpdate("trust")).reasonCode, "GOV_CONFIG_UPDATE_INVALID") << "for another channel";
    EXPECT_EQ(prepare("lc", Bytes("\xff\xff\xff", 3)).reasonCode, "GOV_CONFIG_UPDATE_INVALID");
    EXPECT_TRUE(unchanged()) << "nothing written on a refusal";

    const std::string lingnanRoot = testRootCertPem("Lingnan Rural Bank");
    const std::string open = opened(admission(kLingnan, lingnanRoot));
    const Bytes lingnanUpdate = additionOf("lc", kLingnan, organization(kLingnan, { lingnanRoot })).SerializeAsString();
    const Unchanged whileOpen(stub);
    EXPECT_EQ(prepare("lc", lingnanUpdate, open).reasonCode, "GOV_CONFIG_NOT_ADMITTED") << "still open";
    EXPECT_TRUE(whileOpen());
    for (const char *bank : { kHuaxia, kDongfang })
        ASSERT_TRUE(admin(bank, { "Vote", open, "NO" }).isOk());
    const Unchanged rejected(stub);
    EXPECT_EQ(prepare("lc", lingnanUpdate, open).reasonCode, "GOV_CONFIG_NOT_ADMITTED") << "rejected";
    EXPECT_TRUE(rejected());
}

TEST_F(ConfigUpdateTest, AnUpdateThatDoesMoreThanAddTheBankIsRefused)
{
    const std::string otherRoot = testRootCertPem("Another CA");
    struct Tampering
    {
        const char *what;
        std::function<void(common::ConfigUpdate &)> change;
        const char *named; // in the message
    };
    const std::vector<Tampering> tamperings {
        { "changes another bank's group",
            [&](common::ConfigUpdate &u) {
                common::ConfigGroup huaxia = organization(kHuaxia, { otherRoot });
                huaxia.set_version(1);
                (*writtenApplication(u).mutable_groups())[kHuaxia] = huaxia;
            },
            "the group /Channel/Application/HuaxiaBankMSP (version 1 over 0)" },
        { "changes another bank's policy",
            [&](common::ConfigUpdate &u) {
                auto &policy = (*(*writtenApplication(u).mutable_groups())[kHuaxia].mutable_policies())["Admins"];
                policy = signedBy(kSecretariat, common::MSPRole::ADMIN);
                policy.set_version(1);
            },
            "the policy /Channel/Application/HuaxiaBankMSP/Admins" },
        { "adds a different bank",
            [&](common::ConfigUpdate &u) {
                auto &groups = *writtenApplication(u).mutable_groups();
                groups.erase(kXiangjiang);
                groups[kLingnan] = organization(kLingnan, { applicantRoot });
            },
            "does not add the group /Channel/Application/XiangjiangBankMSP" },
        { "adds a second bank",
            [&](common::ConfigUpdate &u) {
                (*writtenApplication(u).mutable_groups())[kLingnan] = organization(kLingnan, { otherRoot });
            },
            "adds the group /Channel/Application/LingnanBankMSP" },
        { "carries other root certificates",
            [&](common::ConfigUpdate &u) {
                setMsp((*writtenApplication(u).mutable_groups())[kXiangjiang], fabricMsp(kXiangjiang, { otherRoot }));
            },
            "root certificates of the MSP in /Channel/Application/XiangjiangBankMSP/MSP" },
        { "carries one root certificate more",
            [&](common::ConfigUpdate &u) {
                setMsp((*writtenApplication(u).mutable_groups())[kXiangjiang],
                    fabricMsp(kXiangjiang, { applicantRoot, otherRoot }));
            },
            "are not the 1 on XiangjiangBankMSP's member record" },
        { "names its MSP otherwise",
            [&](common::ConfigUpdate &u) {
                setMsp((*writtenApplication(u).mutable_groups())[kXiangjiang], fabricMsp(kLingnan, { applicantRoot }));
            },
            "is named LingnanBankMSP" },
        { "leaves NodeOUs off",
            [&](common::ConfigUpdate &u) {
                msp::FabricMSPConfig fabric = fabricMsp(kXiangjiang, { applicantRoot });
                fabric.mutable_fabric_node_ous()->set_enable(false);
                setMsp((*writtenApplication(u).mutable_groups())[kXiangjiang], fabric);
            },
            "NodeOUs" },
        { "lets the secretariat act for the new bank",
            [&](common::ConfigUpdate &u) {
                (*(*writtenApplication(u).mutable_groups())[kXiangjiang].mutable_policies())["Admins"]
                    = signedBy(kSecretariat, common::MSPRole::ADMIN);
            },
            "the policy /Channel/Application/XiangjiangBankMSP/Admins names SecretariatMSP" },
        { "removes a bank", [&](common::ConfigUpdate &u) { writtenApplication(u).mutable_groups()->erase(kBeiyuan); },
            "removes the group /Channel/Application/BeiyuanBankMSP" },
        { "drops a policy of the Application group",
            [&](common::ConfigUpdate &u) { writtenApplication(u).mutable_policies()->erase("Endorsement"); },
            "removes the policy /Channel/Application/Endorsement" },
        { "leaves the Application group's version",
            [&](common::ConfigUpdate &u) { writtenApplication(u).set_version(1); },
            "/Channel/Application at version 1 over 1" },
        { "changes the Application group's mod_policy",
            [&](common::ConfigUpdate &u) { writtenApplication(u).set_mod_policy("/Channel/Orderer/Admins"); },
            "mod_policy of /Channel/Application" },
        { "changes a channel policy",
            [&](common::ConfigUpdate &u) {
                (*u.mutable_read_set()->mutable_policies())["Admins"].set_version(0);
                (*u.mutable_write_set()->mutable_policies())["Admins"].set_version(1);
            },
            "the policy /Channel/Admins (version 1 over 0)" },
        { "writes a channel value it did not read",
            [&](common::ConfigUpdate &u) { (*u.mutable_write_set()->mutable_values())["BatchSize"].set_version(0); },
            "the value /Channel/BatchSize" },
        { "changes the orderer",
            [&](common::ConfigUpdate &u) {
                (*u.mutable_read_set()->mutable_groups())["Orderer"].set_version(0);
                (*u.mutable_write_set()->mutable_groups())["Orderer"].set_version(1);
            },
            "the group /Channel/Orderer" },
        { "finds the bank on the channel already",
            [&](common::ConfigUpdate &u) {
                (*(*u.mutable_read_set()->mutable_groups())["Application"].mutable_groups())[kXiangjiang].set_version(
                    0);
            },
            "holds /Channel/Application/XiangjiangBankMSP already" },
        { "writes the new group at another version",
            [&](common::ConfigUpdate &u) { (*writtenApplication(u).mutable_groups())[kXiangjiang].set_version(1); },
            "the new group /Channel/Application/XiangjiangBankMSP" },
        { "carries isolated data", [&](common::ConfigUpdate &u) { (*u.mutable_isolated_data())["seed"] = "x"; },
            "isolated data" },
        { "trusts another CA for the bank's TLS",
            [&](common::ConfigUpdate &u) {
                auto fabric = fabricMsp(kXiangjiang, { applicantRoot });
                fabric.add_tls_root_certs(otherRoot);
                setMsp((*writtenApplication(u).mutable_groups())[kXiangjiang], fabric);
            },
            "TLS root certificate" },
        { "lists an admin certificate",
            [&](common::ConfigUpdate &u) {
                auto fabric = fabricMsp(kXiangjiang, { applicantRoot });
                fabric.add_admins(otherRoot);
                setMsp((*writtenApplication(u).mutable_groups())[kXiangjiang], fabric);
            },
            "lists admins" },
        { "names an intermediate CA",
            [&](common::ConfigUpdate &u) {
                auto fabric = fabricMsp(kXiangjiang, { applicantRoot });
                fabric.add_intermediate_certs(otherRoot);
                setMsp((*writtenApplication(u).mutable_groups())[kXiangjiang], fabric);
            },
            "intermediate certificates" },
    };
    const Unchanged unchanged(stub);
    for (const Tampering &t : tamperings) {
        common::ConfigUpdate update = validUpdate("lc");
        t.change(update);
        const chaincode::Response r = prepare("lc", update);
        EXPECT_EQ(r.reasonCode, "GOV_CONFIG_UPDATE_INVALID") << t.what;
        EXPECT_NE(r.message.find(t.named), std::string::npos) << t.what << ": " << r.message;
    }
    EXPECT_TRUE(unchanged()) << "nothing written on a refusal";
    EXPECT_TRUE(prepare("lc", validUpdate("lc")).isOk());
}

TEST_F(ConfigUpdateTest, MembersAdminsSignInTurnOncePerMember)
{
    ASSERT_TRUE(prepare("lc", validUpdate("lc")).isOk());
    std::vector<std::string> txs;
    for (const char *msp : { kHuaxia, kSecretariat, kRegulator }) {
        const chaincode::Response r = signAsAdmin(msp, "lc");
        ASSERT_TRUE(r.isOk()) << msp << ": " << r.wireMessage();
        txs.push_back(stub.txId());
        EXPECT_EQ(stub.events.back().first, "ConfigUpdateSigned");
    }
    const ConfigUpdateRecord record = recorded("lc");
    ASSERT_EQ(record.signatures_size(), 3);
    const char *order[] = { kHuaxia, kSecretariat, kRegulator };
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(record.signatures(i).msp_id(), order[i]);
        EXPECT_EQ(record.signatures(i).signer(), "admin1");
        EXPECT_EQ(record.signatures(i).tx_id(), txs[i]);
        EXPECT_EQ(record.signatures(i).signed_seconds(), kMonday);
    }
    // Each is Fabric's ConfigSignature as the ordering service checks it.
    common::SignatureHeader header;
    ASSERT_TRUE(header.ParseFromString(record.signatures(0).signature_header()));
    msp::SerializedIdentity creator;
    ASSERT_TRUE(creator.ParseFromString(header.creator()));
    EXPECT_TRUE(crypto::Certificate::fromPem(creator.id_bytes())
                    .publicKey()
                    .verify(record.signatures(0).signature_header() + record.config_update(),
                        record.signatures(0).signature()));

    const Unchanged unchanged(stub);
    const Identity second = identity(kHuaxia, "admin2");
    EXPECT_EQ(sign(kHuaxia, "admin2", "lc", signatureOf(second, kHuaxia, record.config_update())).reasonCode,
        "GOV_CONFIG_ALREADY_SIGNED")
        << "one signature per member";
    EXPECT_TRUE(unchanged());
}

TEST_F(ConfigUpdateTest, ASignatureMustBeTheCallersOverTheRecordedBytes)
{
    ASSERT_TRUE(prepare("lc", validUpdate("lc")).isOk());
    ASSERT_TRUE(prepare("trust", validUpdate("trust")).isOk());
    const Bytes lc = recorded("lc").config_update();
    const Identity dongfang = identity(kDongfang, "admin1");
    const Unchanged unchanged(stub);

    EXPECT_EQ(
        sign(kDongfang, "admin1", "lc", signatureOf(dongfang, kDongfang, recorded("trust").config_update())).reasonCode,
        "GOV_CONFIG_SIGNATURE_INVALID")
        << "signed the trust channel's update";
    ConfigSignatureRecord garbled = signatureOf(dongfang, kDongfang, lc);
    garbled.set_signature("not a signature");
    EXPECT_EQ(sign(kDongfang, "admin1", "lc", garbled).reasonCode, "GOV_CONFIG_SIGNATURE_INVALID");
    ConfigSignatureRecord otherHeader = signatureOf(dongfang, kDongfang, lc);
    otherHeader.set_signature(signatureOf(dongfang, kDongfang, lc).signature());
    EXPECT_EQ(sign(kDongfang, "admin1", "lc", otherHeader).reasonCode, "GOV_CONFIG_SIGNATURE_INVALID")
        << "the signature covers the header with its nonce";

    const Identity admin2 = identity(kDongfang, "admin2");
    EXPECT_EQ(
        sign(kDongfang, "admin1", "lc", signatureOf(admin2, kDongfang, lc)).reasonCode, "GOV_CONFIG_SIGNER_MISMATCH")
        << "the certificate names another user";
    EXPECT_EQ(sign(kDongfang, "admin1", "lc", signatureOf(identity(kHuaxia, "admin1"), kHuaxia, lc)).reasonCode,
        "GOV_CONFIG_SIGNER_MISMATCH")
        << "signed for another member";
    const Identity client = identity(kDongfang, "admin1", { "client" });
    EXPECT_EQ(
        sign(kDongfang, "admin1", "lc", signatureOf(client, kDongfang, lc)).reasonCode, "GOV_CONFIG_SIGNER_MISMATCH")
        << "not an administrator's certificate";
    ConfigSignatureRecord noHeader = signatureOf(dongfang, kDongfang, lc);
    noHeader.set_signature_header("\xff\xff");
    EXPECT_EQ(sign(kDongfang, "admin1", "lc", noHeader).reasonCode, "GOV_CONFIG_SIGNER_MISMATCH");

    EXPECT_EQ(sign(kDongfang, "officer1", "lc",
                  signatureOf(identity(kDongfang, "officer1", { "client" }), kDongfang, lc), { "client" })
                  .reasonCode,
        "GOV_NOT_ADMIN");
    EXPECT_EQ(
        sign(kDongfang, "admin1", "forfaiting", signatureOf(dongfang, kDongfang, lc)).reasonCode, "GOV_CONFIG_UNKNOWN")
        << "not prepared for forfaiting";
    EXPECT_EQ(
        call(kDongfang, "admin1", { "admin" }, { "SignConfigUpdate", proposalId, "lc" }).reasonCode, "BAD_ARGUMENTS");
    const Identity stray = identity("StrayBankMSP", "admin1");
    EXPECT_EQ(sign("StrayBankMSP", "admin1", "lc", signatureOf(stray, "StrayBankMSP", lc)).reasonCode,
        "GOV_MEMBER_NOT_ACTIVE");
    EXPECT_TRUE(unchanged()) << "nothing written on a refusal";

    changeMember(stub, kBeiyuan, [](Member &m) { m.set_status(Member::SUSPENDED); });
    const Unchanged suspended(stub);
    EXPECT_EQ(signAsAdmin(kBeiyuan, "lc").reasonCode, "GOV_MEMBER_NOT_ACTIVE");
    EXPECT_TRUE(suspended());
    EXPECT_TRUE(sign(kDongfang, "admin1", "lc", signatureOf(dongfang, kDongfang, lc)).isOk());
}

TEST_F(ConfigUpdateTest, PreparingAgainDropsTheSignatures)
{
    ASSERT_TRUE(prepare("lc", validUpdate("lc")).isOk());
    const Bytes first = recorded("lc").config_update();
    ASSERT_TRUE(signAsAdmin(kHuaxia, "lc").isOk());
    ASSERT_TRUE(signAsAdmin(kNanhai, "lc").isOk());
    const ConfigSignatureRecord earlier = recorded("lc").signatures(0);

    // The channel moved on: its Application group is at version 2 now.
    common::ConfigUpdate moved = validUpdate("lc");
    (*moved.mutable_read_set()->mutable_groups())["Application"].set_version(2);
    writtenApplication(moved).set_version(3);
    ASSERT_TRUE(prepare("lc", moved).isOk());
    const ConfigUpdateRecord record = recorded("lc");
    EXPECT_EQ(record.signatures_size(), 0);
    EXPECT_NE(record.config_update(), first);
    EXPECT_EQ(record.update_sha256(), crypto::sha256(moved.SerializeAsString()));

    EXPECT_EQ(sign(kHuaxia, "admin1", "lc", earlier).reasonCode, "GOV_CONFIG_SIGNATURE_INVALID")
        << "a signature of the earlier bytes";
    EXPECT_TRUE(signAsAdmin(kHuaxia, "lc").isOk()) << "Huaxia signs the new bytes";
    EXPECT_EQ(recorded("lc").signatures_size(), 1);
}

TEST_F(ConfigUpdateTest, WritesAreEndorsedByTheCallerAndTheSecretariat)
{
    EXPECT_TRUE(registry.isQuery("GetConfigUpdate"));
    EXPECT_TRUE(registry.isQuery("ListConfigUpdates"));
    EXPECT_FALSE(registry.isQuery("PrepareConfigUpdate"));
    EXPECT_FALSE(registry.isQuery("SignConfigUpdate"));
    EXPECT_EQ(registry.endorsementPolicy({ "SignConfigUpdate", {}, kNanhai }).allOf,
        (std::vector<std::string> { kNanhai, kSecretariat }));
    EXPECT_EQ(registry.endorsementPolicy({ "PrepareConfigUpdate", {}, kSecretariat }).allOf,
        (std::vector<std::string> { kSecretariat }));
}

} // namespace lx::test

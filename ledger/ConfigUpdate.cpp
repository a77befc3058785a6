#include "ledger/ConfigUpdate.h"

#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "ledger/ChannelConfig.h"
#include "ledger/LedgerError.h"
#include "ledger/Validator.h"

#include "common/policies.pb.h"
#include "msp/msp_config.pb.h"
#include "msp/msp_principal.pb.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <chrono>

namespace lx::ledger {

namespace {

constexpr std::size_t kNonceBytes = 24;
constexpr const char *kAdmins = "Admins";

LedgerError refused(const std::string &why)
{
    return LedgerError(LedgerError::Kind::Rejected, "CONFIG_UPDATE_REFUSED", "configuration update refused: " + why);
}

void setOu(msp::FabricOUIdentifier *identifier, const char *ou)
{
    identifier->set_organizational_unit_identifier(ou);
}

// OR('<mspId>.<role>'), as configtxgen writes an organization's policies.
common::ConfigPolicy rolePolicy(const std::string &mspId, common::MSPRole::MSPRoleType role)
{
    common::MSPRole principalRole;
    principalRole.set_msp_identifier(mspId);
    principalRole.set_role(role);
    common::SignaturePolicyEnvelope envelope;
    envelope.set_version(0);
    auto *anyOf = envelope.mutable_rule()->mutable_n_out_of();
    anyOf->set_n(1);
    anyOf->add_rules()->set_signed_by(0);
    auto *principal = envelope.add_identities();
    principal->set_principal_classification(common::MSPPrincipal::ROLE);
    principal->set_principal(serializeDeterministic(principalRole));

    common::ConfigPolicy policy;
    policy.mutable_policy()->set_type(common::Policy::SIGNATURE);
    policy.mutable_policy()->set_value(serializeDeterministic(envelope));
    policy.set_mod_policy(kAdmins);
    return policy;
}

common::ConfigPolicy metaPolicy(const std::string &subPolicy, common::ImplicitMetaPolicy::Rule rule)
{
    common::ImplicitMetaPolicy meta;
    meta.set_sub_policy(subPolicy);
    meta.set_rule(rule);
    common::ConfigPolicy policy;
    policy.mutable_policy()->set_type(common::Policy::IMPLICIT_META);
    policy.mutable_policy()->set_value(serializeDeterministic(meta));
    policy.set_mod_policy(kAdmins);
    return policy;
}

void addGroupPolicies(common::ConfigGroup &group, bool application)
{
    auto &policies = *group.mutable_policies();
    policies["Readers"] = metaPolicy("Readers", common::ImplicitMetaPolicy::ANY);
    policies["Writers"] = metaPolicy("Writers", common::ImplicitMetaPolicy::ANY);
    policies[kAdmins] = metaPolicy(kAdmins, common::ImplicitMetaPolicy::MAJORITY);
    if (application) {
        policies["Endorsement"] = metaPolicy("Endorsement", common::ImplicitMetaPolicy::MAJORITY);
        policies["LifecycleEndorsement"] = metaPolicy("Endorsement", common::ImplicitMetaPolicy::MAJORITY);
    }
    group.set_mod_policy(kAdmins);
}

// A group as the read set names it: its version and its members' versions.
common::ConfigGroup versionsOnly(const common::ConfigGroup &group)
{
    common::ConfigGroup out;
    out.set_version(group.version());
    for (const auto &[name, sub] : group.groups())
        (*out.mutable_groups())[name].set_version(sub.version());
    for (const auto &[name, value] : group.values())
        (*out.mutable_values())[name].set_version(value.version());
    for (const auto &[name, policy] : group.policies())
        (*out.mutable_policies())[name].set_version(policy.version());
    return out;
}

// Every element the read set names must be in force at that version.
void checkReadSet(const common::ConfigGroup *current, const common::ConfigGroup &read, const std::string &path)
{
    if (!current)
        throw refused("it reads " + path + ", which the channel's configuration does not have");
    if (current->version() != read.version())
        throw refused("it read " + path + " at version " + std::to_string(read.version()) + ", but version "
            + std::to_string(current->version()) + " is in force (prepare it again)");
    for (const auto &[name, value] : read.values()) {
        const auto it = current->values().find(name);
        if (it == current->values().end() || it->second.version() != value.version())
            throw refused("it read " + path + "/" + name + " at a version no longer in force");
    }
    for (const auto &[name, policy] : read.policies()) {
        const auto it = current->policies().find(name);
        if (it == current->policies().end() || it->second.version() != policy.version())
            throw refused("it read " + path + "/" + name + " at a version no longer in force");
    }
    for (const auto &[name, sub] : read.groups()) {
        const auto it = current->groups().find(name);
        checkReadSet(it == current->groups().end() ? nullptr : &it->second, sub, path + "/" + name);
    }
}

template <typename Element>
Element mergeElement(const Element *current, const Element &written, const std::string &path)
{
    if (!current) {
        if (written.version() != 0)
            throw refused(path + " is new but written at version " + std::to_string(written.version()));
        return written;
    }
    if (written.version() == current->version())
        return *current;
    if (written.version() == current->version() + 1)
        return written;
    throw refused(path + " is written at version " + std::to_string(written.version()) + " over version "
        + std::to_string(current->version()));
}

// The write set over the configuration in force, as Fabric's configtx
// computes the result: an element at its current version is kept as it is
// (the write set may name it by its version alone, and a group so named
// need not list the members it leaves alone), one a version on replaces
// it, a new one enters at version 0. A group's members change only with
// the group's own version, and then are exactly those written.
common::ConfigGroup mergeGroup(const common::ConfigGroup *current, const common::ConfigGroup &written,
    const std::string &path)
{
    if (!current) {
        if (written.version() != 0)
            throw refused(path + " is new but written at version " + std::to_string(written.version()));
        return written;
    }
    const bool membersChange = written.version() == current->version() + 1;
    if (!membersChange && written.version() != current->version())
        throw refused(path + " is written at version " + std::to_string(written.version()) + " over version "
            + std::to_string(current->version()));
    common::ConfigGroup out;
    if (membersChange) {
        out.set_version(written.version());
        out.set_mod_policy(written.mod_policy());
    } else {
        out = *current;
    }
    const auto unknown = [&](const auto &members, const std::string &name) {
        if (!membersChange && !members.count(name))
            throw refused(path + "/" + name + " is added without a new version of " + path);
    };
    for (const auto &[name, value] : written.values()) {
        unknown(current->values(), name);
        const auto it = current->values().find(name);
        (*out.mutable_values())[name]
            = mergeElement(it == current->values().end() ? nullptr : &it->second, value, path + "/" + name);
    }
    for (const auto &[name, policy] : written.policies()) {
        unknown(current->policies(), name);
        const auto it = current->policies().find(name);
        (*out.mutable_policies())[name]
            = mergeElement(it == current->policies().end() ? nullptr : &it->second, policy, path + "/" + name);
    }
    for (const auto &[name, sub] : written.groups()) {
        unknown(current->groups(), name);
        const auto it = current->groups().find(name);
        (*out.mutable_groups())[name]
            = mergeGroup(it == current->groups().end() ? nullptr : &it->second, sub, path + "/" + name);
    }
    return out;
}

common::Header header(common::HeaderType type, const std::string &channelId, const Bytes &creator,
    const std::string &txId, Bytes *nonceOut)
{
    common::SignatureHeader signatureHeader;
    signatureHeader.set_creator(creator);
    signatureHeader.set_nonce(crypto::randomBytes(kNonceBytes));

    const auto now = std::chrono::system_clock::now().time_since_epoch();
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(now);
    common::ChannelHeader channelHeader;
    channelHeader.set_type(type);
    channelHeader.set_version(0);
    channelHeader.mutable_timestamp()->set_seconds(seconds.count());
    channelHeader.mutable_timestamp()->set_nanos(
        static_cast<std::int32_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(now - seconds).count()));
    channelHeader.set_channel_id(channelId);
    channelHeader.set_tx_id(txId.empty() ? transactionId(signatureHeader.nonce(), creator) : txId);
    channelHeader.set_epoch(0);
    if (nonceOut)
        *nonceOut = signatureHeader.nonce();

    common::Header out;
    out.set_channel_header(channelHeader.SerializeAsString());
    out.set_signature_header(signatureHeader.SerializeAsString());
    return out;
}

} // namespace

Bytes serializeDeterministic(const google::protobuf::MessageLite &message)
{
    Bytes out;
    {
        google::protobuf::io::StringOutputStream stream(&out);
        google::protobuf::io::CodedOutputStream coded(&stream);
        coded.SetSerializationDeterministic(true);
        message.SerializeToCodedStream(&coded);
    }
    return out;
}

common::ConfigGroup organizationGroup(const OrgConfig &org)
{
    return organizationGroup(org.mspId, { org.rootCertPem });
}

common::ConfigGroup organizationGroup(const std::string &mspId, const std::vector<std::string> &rootCertsPem)
{
    msp::FabricMSPConfig fabric;
    fabric.set_name(mspId);
    // The organization's CAs issue its TLS certificates too (as the
    // sandbox's and lianxin-cli network materials' do): peers of other
    // organizations trust its nodes' TLS by them.
    for (const std::string &pem : rootCertsPem) {
        fabric.add_root_certs(pem);
        fabric.add_tls_root_certs(pem);
    }
    auto *ous = fabric.mutable_fabric_node_ous();
    ous->set_enable(true);
    setOu(ous->mutable_client_ou_identifier(), "client");
    setOu(ous->mutable_peer_ou_identifier(), "peer");
    setOu(ous->mutable_admin_ou_identifier(), "admin");
    setOu(ous->mutable_orderer_ou_identifier(), "orderer");

    msp::MSPConfig config;
    config.set_type(0); // FABRIC (X.509)
    config.set_config(serializeDeterministic(fabric));

    common::ConfigGroup group;
    auto &msp = (*group.mutable_values())["MSP"];
    msp.set_value(serializeDeterministic(config));
    msp.set_mod_policy(kAdmins);
    auto &policies = *group.mutable_policies();
    policies["Readers"] = rolePolicy(mspId, common::MSPRole::MEMBER);
    policies["Writers"] = rolePolicy(mspId, common::MSPRole::MEMBER);
    policies[kAdmins] = rolePolicy(mspId, common::MSPRole::ADMIN);
    policies["Endorsement"] = rolePolicy(mspId, common::MSPRole::PEER);
    group.set_mod_policy(kAdmins);
    return group;
}

void addChannelPolicies(common::ConfigGroup &channelGroup)
{
    addGroupPolicies(channelGroup, false);
    auto &groups = *channelGroup.mutable_groups();
    addGroupPolicies(groups["Application"], true);
    addGroupPolicies(groups["Orderer"], false);
}

common::ConfigUpdate addOrganizationUpdate(
    const common::Config &current, const std::string &channelId, const common::ConfigGroup &org, const std::string &mspId)
{
    const auto &channelGroups = current.channel_group().groups();
    const auto application = channelGroups.find("Application");
    if (application == channelGroups.end())
        throw LedgerError(LedgerError::Kind::DataInvalid, "CONFIG_INVALID",
            "channel " + channelId + " has no Application group");
    if (application->second.groups().count(mspId))
        throw LedgerError(LedgerError::Kind::Rejected, "CONFIG_ORG_PRESENT",
            mspId + " is a member of channel " + channelId + " already");

    common::ConfigUpdate update;
    update.set_channel_id(channelId);
    auto *read = update.mutable_read_set();
    read->set_version(current.channel_group().version());
    (*read->mutable_groups())["Application"] = versionsOnly(application->second);

    auto *write = update.mutable_write_set();
    write->set_version(current.channel_group().version());
    common::ConfigGroup written = versionsOnly(application->second);
    written.set_version(application->second.version() + 1);
    written.set_mod_policy(application->second.mod_policy());
    (*written.mutable_groups())[mspId] = org;
    (*write->mutable_groups())["Application"] = std::move(written);
    return update;
}

common::ConfigSignature signConfigUpdate(
    const Bytes &configUpdate, const crypto::PrivateKey &key, const Bytes &serializedIdentity)
{
    common::SignatureHeader signatureHeader;
    signatureHeader.set_creator(serializedIdentity);
    signatureHeader.set_nonce(crypto::randomBytes(kNonceBytes));
    common::ConfigSignature out;
    out.set_signature_header(signatureHeader.SerializeAsString());
    out.set_signature(key.sign(out.signature_header() + configUpdate));
    return out;
}

common::Envelope configUpdateTransaction(const std::string &channelId, const common::ConfigUpdateEnvelope &update,
    const crypto::PrivateKey &key, const Bytes &serializedIdentity)
{
    common::Payload payload;
    *payload.mutable_header() = header(common::CONFIG_UPDATE, channelId, serializedIdentity, {}, nullptr);
    payload.set_data(update.SerializeAsString());
    common::Envelope envelope;
    envelope.set_payload(payload.SerializeAsString());
    envelope.set_signature(key.sign(envelope.payload()));
    return envelope;
}

common::Envelope configTransaction(const std::string &channelId, const common::ConfigEnvelope &config,
    const crypto::PrivateKey &ordererKey, const Bytes &ordererCreator, const std::string &txId)
{
    common::Payload payload;
    *payload.mutable_header() = header(common::CONFIG, channelId, ordererCreator, txId, nullptr);
    payload.set_data(serializeDeterministic(config));
    common::Envelope envelope;
    envelope.set_payload(payload.SerializeAsString());
    envelope.set_signature(ordererKey.sign(envelope.payload()));
    return envelope;
}

common::ConfigEnvelope nextConfiguration(
    const ChannelConfig &current, const std::string &channelId, const common::Envelope &configUpdate)
{
    common::Payload payload;
    common::ChannelHeader channelHeader;
    common::SignatureHeader signatureHeader;
    if (!payload.ParseFromString(configUpdate.payload())
        || !channelHeader.ParseFromString(payload.header().channel_header())
        || !signatureHeader.ParseFromString(payload.header().signature_header()))
        throw refused("its envelope cannot be read");
    if (channelHeader.type() != common::CONFIG_UPDATE)
        throw refused("it is not a CONFIG_UPDATE transaction");
    if (channelHeader.channel_id() != channelId)
        throw refused("it is addressed to channel " + channelHeader.channel_id() + ", not " + channelId);
    // The submitter writes to the channel: a member whose signature holds.
    const auto creator = current.msps().identity(signatureHeader.creator());
    if (!creator || !creator->publicKey.verify(configUpdate.payload(), configUpdate.signature()))
        throw refused("its submitter is not a member of channel " + channelId + " or its signature does not verify");
    if (current.hasPolicy("/Channel/Writers")) {
        const std::string why = current.evaluate(
            "/Channel/Writers", { { configUpdate.payload(), signatureHeader.creator(), configUpdate.signature() } });
        if (!why.empty())
            throw refused("its submitter may not write to the channel: " + why);
    }

    common::ConfigUpdateEnvelope updateEnvelope;
    common::ConfigUpdate update;
    if (!updateEnvelope.ParseFromString(payload.data()) || !update.ParseFromString(updateEnvelope.config_update()))
        throw refused("it carries no readable ConfigUpdate");
    if (update.channel_id() != channelId)
        throw refused("its update is for channel " + update.channel_id());
    const common::Config &config = current.envelope().config();
    checkReadSet(&config.channel_group(), update.read_set(), "/Channel");

    common::ConfigEnvelope next;
    next.mutable_config()->set_sequence(config.sequence() + 1);
    *next.mutable_config()->mutable_channel_group()
        = mergeGroup(&config.channel_group(), update.write_set(), "/Channel");
    *next.mutable_last_update() = configUpdate;
    const std::string why = current.checkSuccessor(next, channelId);
    if (!why.empty())
        throw refused(why);
    return next;
}

} // namespace lx::ledger

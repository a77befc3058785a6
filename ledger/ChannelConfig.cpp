#include "ledger/ChannelConfig.h"

#include "ledger/LedgerError.h"
#include "ledger/Policy.h"

#include "common/common.pb.h"
#include "common/policies.pb.h"
#include "msp/msp_config.pb.h"

#include <algorithm>
#include <map>
#include <set>

namespace lx::ledger {

namespace {

LedgerError invalid(const std::string &why)
{
    return LedgerError(LedgerError::Kind::DataInvalid, "CONFIG_INVALID", why);
}

std::vector<std::string> splitPath(const std::string &path)
{
    std::vector<std::string> parts;
    std::string part;
    for (char c : path) {
        if (c == '/') {
            if (!part.empty())
                parts.push_back(std::move(part));
            part.clear();
        } else {
            part.push_back(c);
        }
    }
    if (!part.empty())
        parts.push_back(std::move(part));
    return parts;
}

std::string joinPath(const std::vector<std::string> &groups, const std::string &name)
{
    std::string out = "/Channel";
    for (const auto &g : groups)
        out += "/" + g;
    return name.empty() ? out : out + "/" + name;
}

} // namespace

ChannelConfig::ChannelConfig(common::ConfigEnvelope envelope) : m_envelope(std::move(envelope))
{
    auto msps = std::make_shared<MspRegistry>(MspRegistry::fromConfig(m_envelope));
    // Fabric's MSP validates identities without their validity dates.
    msps->setCheckValidityDates(false);
    m_msps = std::move(msps);
    // What Fabric's MSP would also enforce and this verifier does not.
    for (const char *groupName : { "Application", "Orderer" }) {
        const auto &groups = m_envelope.config().channel_group().groups();
        const auto group = groups.find(groupName);
        if (group == groups.end())
            continue;
        for (const auto &[orgName, org] : group->second.groups()) {
            const auto value = org.values().find("MSP");
            msp::MSPConfig mspConfig;
            msp::FabricMSPConfig fabric;
            if (value == org.values().end() || !mspConfig.ParseFromString(value->second.value())
                || !fabric.ParseFromString(mspConfig.config()))
                continue;
            if (fabric.revocation_list_size() > 0)
                m_unchecked.push_back("MSP " + fabric.name() + "'s certificate revocation lists: not checked");
            if (fabric.organizational_unit_identifiers_size() > 0)
                m_unchecked.push_back("MSP " + fabric.name() + "'s organizational unit restrictions: not checked");
            // A NodeOU's issuer restriction names a CA of the MSP; with one CA
            // alone every identity that validates was issued by it.
            const bool oneCa = fabric.root_certs_size() + fabric.intermediate_certs_size() == 1;
            const auto &ous = fabric.fabric_node_ous();
            for (const auto *ou : { &ous.client_ou_identifier(), &ous.peer_ou_identifier(), &ous.admin_ou_identifier(),
                     &ous.orderer_ou_identifier() })
                if (!oneCa && !ou->certificate().empty()) {
                    m_unchecked.push_back(
                        "MSP " + fabric.name() + "'s NodeOU issuer restrictions: not checked (the OU name is)");
                    break;
                }
        }
    }
    std::sort(m_unchecked.begin(), m_unchecked.end());
}

common::ConfigEnvelope ChannelConfig::envelopeOf(const common::Block &configBlock)
{
    if (configBlock.data().data_size() != 1)
        throw invalid("a configuration block holds one transaction");
    common::Envelope envelope;
    common::Payload payload;
    common::ChannelHeader header;
    common::ConfigEnvelope config;
    if (!envelope.ParseFromString(configBlock.data().data(0)) || !payload.ParseFromString(envelope.payload())
        || !header.ParseFromString(payload.header().channel_header()) || header.type() != common::CONFIG
        || !config.ParseFromString(payload.data()) || !config.has_config())
        throw invalid("not a CONFIG transaction with a ConfigEnvelope");
    return config;
}

bool ChannelConfig::isConfigBlock(const common::Block &block)
{
    if (block.data().data_size() != 1)
        return false;
    common::Envelope envelope;
    common::Payload payload;
    common::ChannelHeader header;
    return envelope.ParseFromString(block.data().data(0)) && payload.ParseFromString(envelope.payload())
        && header.ParseFromString(payload.header().channel_header()) && header.type() == common::CONFIG;
}

std::optional<std::uint64_t> ChannelConfig::lastConfigIndex(const common::Block &block)
{
    common::Metadata signatures;
    common::OrdererBlockMetadata ordererMetadata;
    if (block.metadata().metadata_size() <= common::SIGNATURES
        || !signatures.ParseFromString(block.metadata().metadata(common::SIGNATURES)) || signatures.value().empty()
        || !ordererMetadata.ParseFromString(signatures.value()))
        return std::nullopt;
    return ordererMetadata.last_config().index();
}

const common::ConfigGroup *ChannelConfig::group(const std::vector<std::string> &path) const
{
    const common::ConfigGroup *g = &m_envelope.config().channel_group();
    for (const auto &name : path) {
        const auto it = g->groups().find(name);
        if (it == g->groups().end())
            return nullptr;
        g = &it->second;
    }
    return g;
}

bool ChannelConfig::hasPolicy(const std::string &path) const
{
    auto parts = splitPath(path);
    if (parts.size() < 2 || parts.front() != "Channel")
        return false;
    const std::string name = parts.back();
    parts.pop_back();
    parts.erase(parts.begin());
    const auto *g = group(parts);
    return g && g->policies().count(name) != 0;
}

std::string ChannelConfig::evaluate(const std::string &path, const std::vector<SignedData> &signatures,
    const std::vector<std::string> &relativeTo) const
{
    std::vector<std::string> parts;
    if (!path.empty() && path.front() == '/') {
        parts = splitPath(path);
        if (parts.empty() || parts.front() != "Channel")
            return "policy " + path + " is not under /Channel";
        parts.erase(parts.begin());
    } else {
        parts = relativeTo;
        for (auto &p : splitPath(path))
            parts.push_back(std::move(p));
    }
    if (parts.empty())
        return "policy path " + path + " names no policy";
    const std::string name = parts.back();
    parts.pop_back();
    const auto *g = group(parts);
    const auto policy = g ? g->policies().find(name) : decltype(g->policies().end()) {};
    if (!g || policy == g->policies().end())
        return "the channel configuration has no policy " + joinPath(parts, name);
    return evaluatePolicy(policy->second.policy(), parts, name, signatures, 0);
}

std::string ChannelConfig::evaluatePolicy(const common::Policy &policy, const std::vector<std::string> &groupPath,
    const std::string &name, const std::vector<SignedData> &signatures, int depth) const
{
    const std::string where = joinPath(groupPath, name);
    if (depth > 8)
        return "policy " + where + " nests too deep";
    if (policy.type() == common::Policy::SIGNATURE) {
        common::SignaturePolicyEnvelope envelope;
        if (!envelope.ParseFromString(policy.value()))
            return "policy " + where + " is not a SignaturePolicyEnvelope";
        // Fabric's cauthdsl: one vote per identity, signatures that do not
        // verify (or identities outside the channel's MSPs) count for nothing.
        std::vector<std::shared_ptr<const Identity>> verified;
        std::set<Bytes> seen;
        std::string firstRefusal;
        for (const auto &s : signatures) {
            if (!seen.insert(s.identity).second)
                continue;
            auto id = m_msps->identity(s.identity);
            if (!id) {
                if (firstRefusal.empty())
                    firstRefusal = "a signer is not a valid identity of the channel's MSPs";
                continue;
            }
            if (!id->publicKey.verify(s.data, s.signature)) {
                if (firstRefusal.empty())
                    firstRefusal
                        = "the signature of " + id->mspId + " (" + id->subject.commonName + ") does not verify";
                continue;
            }
            verified.push_back(std::move(id));
        }
        std::vector<const Identity *> signers;
        for (const auto &id : verified)
            signers.push_back(id.get());
        if (isSatisfied(envelope, signers, *m_msps))
            return {};
        std::string why = "policy " + where + " is not satisfied";
        if (!firstRefusal.empty())
            why += ": " + firstRefusal;
        else if (!signers.empty())
            why += " by " + signers.front()->mspId + " (" + signers.front()->subject.commonName + ")";
        else
            why += ": no signature";
        return why;
    }
    if (policy.type() == common::Policy::IMPLICIT_META) {
        common::ImplicitMetaPolicy meta;
        if (!meta.ParseFromString(policy.value()))
            return "policy " + where + " is not an ImplicitMetaPolicy";
        const auto *g = group(groupPath);
        if (!g)
            return "policy " + where + " has no group";
        std::size_t satisfied = 0;
        std::string firstWhy;
        for (const auto &[subName, sub] : g->groups()) {
            std::vector<std::string> subPath = groupPath;
            subPath.push_back(subName);
            const auto subPolicy = sub.policies().find(meta.sub_policy());
            if (subPolicy == sub.policies().end()) {
                if (firstWhy.empty())
                    firstWhy = joinPath(subPath, meta.sub_policy()) + " does not exist";
                continue;
            }
            const std::string why
                = evaluatePolicy(subPolicy->second.policy(), subPath, meta.sub_policy(), signatures, depth + 1);
            if (why.empty())
                ++satisfied;
            else if (firstWhy.empty())
                firstWhy = why;
        }
        const std::size_t count = static_cast<std::size_t>(g->groups().size());
        const std::size_t threshold = meta.rule() == common::ImplicitMetaPolicy::ANY ? 1
            : meta.rule() == common::ImplicitMetaPolicy::ALL                         ? count
                                                                                     : count / 2 + 1;
        if (satisfied >= threshold)
            return {};
        return "policy " + where + " (" + common::ImplicitMetaPolicy::Rule_Name(meta.rule()) + " " + meta.sub_policy()
            + ") is not satisfied: " + std::to_string(satisfied) + " of " + std::to_string(count) + " sub-policies"
            + (firstWhy.empty() ? "" : "; " + firstWhy);
    }
    return "policy " + where + " has a type (" + std::to_string(policy.type()) + ") this verifier cannot evaluate";
}

namespace {

struct Change
{
    std::string path; // for messages
    std::string modPolicy; // the existing element's
    std::vector<std::string> groupPath; // the group a relative mod_policy is taken from
};

const common::ConfigGroup *childGroup(const common::ConfigGroup *g, const std::string &name)
{
    if (!g)
        return nullptr;
    const auto it = g->groups().find(name);
    return it == g->groups().end() ? nullptr : &it->second;
}

// Every element of next that differs from old (value bytes, policy, version
// or mod_policy; groups also by their set of members), with the old
// element's mod_policy; and whether each such element is in the write set
// at the same version.
void diffGroups(const common::ConfigGroup *old, const common::ConfigGroup &next, const common::ConfigGroup *writeSet,
    std::vector<std::string> &groupPath, std::vector<Change> &changes, std::vector<std::string> &notInUpdate)
{
    const std::string here = joinPath(groupPath, "");
    const auto keysDiffer = [&]() {
        if (!old)
            return true;
        if (old->groups().size() != next.groups().size() || old->values().size() != next.values().size()
            || old->policies().size() != next.policies().size())
            return true;
        for (const auto &[k, v] : next.groups())
            if (!old->groups().count(k))
                return true;
        for (const auto &[k, v] : next.values())
            if (!old->values().count(k))
                return true;
        for (const auto &[k, v] : next.policies())
            if (!old->policies().count(k))
                return true;
        return false;
    };
    // A group whose members or mod_policy changed is itself modified. As
    // Fabric's configtx validator: a modified element is authorized by its
    // existing mod_policy (a group's relative to itself, a value's or a
    // policy's relative to its group); a new element by its parent group's
    // modification.
    if (!old || keysDiffer() || old->mod_policy() != next.mod_policy() || old->version() != next.version()) {
        if (old)
            changes.push_back({ here, old->mod_policy(), groupPath });
        if (!writeSet || writeSet->version() != next.version())
            notInUpdate.push_back(here);
    }
    for (const auto &[name, value] : next.values()) {
        const auto before = old ? old->values().find(name) : decltype(next.values().end()) {};
        const bool existed = old && before != old->values().end();
        if (existed && before->second.value() == value.value() && before->second.version() == value.version()
            && before->second.mod_policy() == value.mod_policy())
            continue;
        if (existed)
            changes.push_back({ here + "/" + name, before->second.mod_policy(), groupPath });
        const auto inUpdate = writeSet ? writeSet->values().find(name) : decltype(next.values().end()) {};
        if (!writeSet || inUpdate == writeSet->values().end() || inUpdate->second.version() != value.version()
            || inUpdate->second.value() != value.value())
            notInUpdate.push_back(here + "/" + name);
    }
    for (const auto &[name, policy] : next.policies()) {
        const auto before = old ? old->policies().find(name) : decltype(next.policies().end()) {};
        const bool existed = old && before != old->policies().end();
        if (existed && before->second.policy().SerializeAsString() == policy.policy().SerializeAsString()
            && before->second.version() == policy.version() && before->second.mod_policy() == policy.mod_policy())
            continue;
        if (existed)
            changes.push_back({ here + "/" + name, before->second.mod_policy(), groupPath });
        const auto inUpdate = writeSet ? writeSet->policies().find(name) : decltype(next.policies().end()) {};
        if (!writeSet || inUpdate == writeSet->policies().end() || inUpdate->second.version() != policy.version())
            notInUpdate.push_back(here + "/" + name);
    }
    for (const auto &[name, sub] : next.groups()) {
        groupPath.push_back(name);
        diffGroups(childGroup(old, name), sub, childGroup(writeSet, name), groupPath, changes, notInUpdate);
        groupPath.pop_back();
    }
}

} // namespace

std::string ChannelConfig::checkSuccessor(const common::ConfigEnvelope &next, const std::string &channelId) const
{
    if (next.config().sequence() != sequence() + 1)
        return "configuration sequence " + std::to_string(next.config().sequence()) + " does not follow "
            + std::to_string(sequence());
    common::Payload updatePayload;
    common::ChannelHeader updateHeader;
    common::ConfigUpdateEnvelope updateEnvelope;
    common::ConfigUpdate update;
    if (!updatePayload.ParseFromString(next.last_update().payload())
        || !updateHeader.ParseFromString(updatePayload.header().channel_header())
        || updateHeader.type() != common::CONFIG_UPDATE || !updateEnvelope.ParseFromString(updatePayload.data())
        || !update.ParseFromString(updateEnvelope.config_update()))
        return "the configuration's last update is not a CONFIG_UPDATE";
    if (update.channel_id() != channelId)
        return "the configuration update is for channel " + update.channel_id();

    std::vector<Change> changes;
    std::vector<std::string> notInUpdate;
    std::vector<std::string> root;
    diffGroups(&m_envelope.config().channel_group(), next.config().channel_group(), &update.write_set(), root, changes,
        notInUpdate);
    if (!notInUpdate.empty())
        return "the configuration changes " + notInUpdate.front() + " which its update does not write";
    if (changes.empty())
        return "the configuration update changes nothing";

    // Fabric's configtx validator: each modified element's mod_policy, of
    // the configuration in force, over the update's signatures.
    std::vector<SignedData> signatures;
    for (const auto &s : updateEnvelope.signatures()) {
        common::SignatureHeader header;
        if (!header.ParseFromString(s.signature_header()))
            return "a configuration update signature has no readable header";
        signatures.push_back(
            { s.signature_header() + updateEnvelope.config_update(), header.creator(), s.signature() });
    }
    for (const auto &change : changes) {
        if (change.modPolicy.empty())
            return "the configuration changes " + change.path + " which has no mod_policy";
        const std::string why = evaluate(change.modPolicy, signatures, change.groupPath);
        if (!why.empty())
            return "the change of " + change.path + " is not authorized: " + why;
    }
    return {};
}

} // namespace lx::ledger

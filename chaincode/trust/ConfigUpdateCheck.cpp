#include "chaincode/trust/ConfigUpdateCheck.h"

#include "crypto/Certificate.h"
#include "crypto/Error.h"

#include "common/policies.pb.h"
#include "msp/identities.pb.h"
#include "msp/msp_config.pb.h"
#include "msp/msp_principal.pb.h"

#include <algorithm>
#include <vector>

namespace lx::chaincode::governance {

namespace {

constexpr const char *kApplicationGroup = "Application";
constexpr const char *kAdminsPolicy = "Admins";
constexpr const char *kMspValue = "MSP";
constexpr const char *kAnchorPeersValue = "AnchorPeers";

// A configuration map's names in order: protobuf maps iterate in no fixed
// order, and every endorsing peer must name the same first problem.
template<typename Map> std::vector<std::string> sortedNames(const Map &map)
{
    std::vector<std::string> names;
    names.reserve(map.size());
    for (const auto &entry : map)
        names.push_back(entry.first);
    std::sort(names.begin(), names.end());
    return names;
}

// A value or policy the write set names that the read set does not hold at
// the same version: a change.
template<typename Map>
std::optional<std::string> changedElement(
    const Map &written, const Map &read, const std::string &path, const std::string &kind)
{
    for (const std::string &name : sortedNames(written)) {
        const auto it = read.find(name);
        if (it == read.end())
            return "it writes the " + kind + " " + path + "/" + name + ", which its read set does not hold";
        if (it->second.version() != written.at(name).version())
            return "it changes the " + kind + " " + path + "/" + name + " (version "
                + std::to_string(written.at(name).version()) + " over " + std::to_string(it->second.version()) + ")";
    }
    return std::nullopt;
}

// A member the read set holds that a group one version on leaves out: the
// group's members are then exactly those written, so it would be removed.
template<typename Map>
std::optional<std::string> removedElement(
    const Map &read, const Map &written, const std::string &path, const std::string &kind)
{
    for (const std::string &name : sortedNames(read))
        if (!written.count(name))
            return "it removes the " + kind + " " + path + "/" + name;
    return std::nullopt;
}

std::optional<std::string> sameGroup(
    const common::ConfigGroup &written, const common::ConfigGroup &read, const std::string &path);

// What the write set's group changes below it, but for the group named
// skip (judged by the caller).
std::optional<std::string> changedMembers(const common::ConfigGroup &written, const common::ConfigGroup &read,
    const std::string &path, const std::string &skip = {})
{
    if (auto change = changedElement(written.values(), read.values(), path, "value"))
        return change;
    if (auto change = changedElement(written.policies(), read.policies(), path, "policy"))
        return change;
    for (const std::string &name : sortedNames(written.groups())) {
        if (name == skip)
            continue;
        const auto it = read.groups().find(name);
        if (it == read.groups().end())
            return "it adds the group " + path + "/" + name;
        if (auto change = sameGroup(written.groups().at(name), it->second, path + "/" + name))
            return change;
    }
    return std::nullopt;
}

// A group written at the version read, with nothing below it changed.
std::optional<std::string> sameGroup(
    const common::ConfigGroup &written, const common::ConfigGroup &read, const std::string &path)
{
    if (written.version() != read.version())
        return "it changes the group " + path + " (version " + std::to_string(written.version()) + " over "
            + std::to_string(read.version()) + ")";
    return changedMembers(written, read, path);
}

std::optional<std::string> principalProblem(
    const common::MSPPrincipal &principal, const std::string &mspId, const std::string &path)
{
    std::string named;
    bool readable = false;
    switch (principal.principal_classification()) {
    case common::MSPPrincipal::ROLE: {
        common::MSPRole role;
        readable = role.ParseFromString(principal.principal());
        named = role.msp_identifier();
        break;
    }
    case common::MSPPrincipal::ORGANIZATION_UNIT: {
        common::OrganizationUnit unit;
        readable = unit.ParseFromString(principal.principal());
        named = unit.msp_identifier();
        break;
    }
    case common::MSPPrincipal::IDENTITY: {
        msp::SerializedIdentity identity;
        readable = identity.ParseFromString(principal.principal());
        named = identity.mspid();
        break;
    }
    default:
        return "the policy " + path + " names a principal other than a role, a unit or an identity";
    }
    if (!readable)
        return "the policy " + path + " names a principal that cannot be read";
    if (named != mspId)
        return "the policy " + path + " names " + (named.empty() ? std::string("no MSP") : named)
            + ": the new organization's policies name only " + mspId;
    return std::nullopt;
}

// The MSP of the new organization: Fabric's X.509 MSP of that name, with
// exactly the member's root certificates and NodeOUs.
std::optional<std::string> mspProblem(
    const common::ConfigValue &value, const std::string &mspId, const std::set<Bytes> &roots, const std::string &path)
{
    msp::MSPConfig config;
    msp::FabricMSPConfig fabric;
    if (!config.ParseFromString(value.value()) || config.type() != 0 || !fabric.ParseFromString(config.config()))
        return "the value " + path + " is not a Fabric X.509 MSP (an msp.MSPConfig of type 0)";
    if (fabric.name() != mspId)
        return "the MSP in " + path + " is named " + fabric.name() + ", not " + mspId;
    std::set<Bytes> written;
    for (const std::string &pem : fabric.root_certs()) {
        const auto der = certificateDer(pem);
        if (!der)
            return "a root certificate of the MSP in " + path + " is not a PEM X.509 certificate";
        written.insert(*der);
    }
    if (written != roots)
        return "the root certificates of the MSP in " + path + " are not the " + std::to_string(roots.size()) + " on "
            + mspId + "'s member record";
    if (!fabric.fabric_node_ous().enable())
        return "the MSP in " + path + " does not enable NodeOUs";
    // Nothing else that decides whom the MSP trusts: no intermediate CA,
    // no listed admins (NodeOUs name them), and TLS trust in the same CAs.
    if (fabric.intermediate_certs_size() > 0 || fabric.tls_intermediate_certs_size() > 0)
        return "the MSP in " + path + " names intermediate certificates the application does not carry";
    if (fabric.admins_size() > 0)
        return "the MSP in " + path + " lists admins; its NodeOUs name them";
    if (fabric.revocation_list_size() > 0 || fabric.organizational_unit_identifiers_size() > 0)
        return "the MSP in " + path + " carries revocation lists or OU restrictions the application does not";
    for (const std::string &pem : fabric.tls_root_certs()) {
        const auto der = certificateDer(pem);
        if (!der || !roots.count(*der))
            return "a TLS root certificate of the MSP in " + path + " is not one of " + mspId + "'s root certificates";
    }
    return std::nullopt;
}

// The new organization's group as configtxgen writes one: its MSP (and
// anchor peers), policies naming only its own MSP, every element new and
// modified by the group's own Admins.
std::optional<std::string> newOrganizationProblem(
    const common::ConfigGroup &group, const std::string &mspId, const std::set<Bytes> &roots, const std::string &path)
{
    const auto isNew
        = [](const auto &element) { return element.version() == 0 && element.mod_policy() == kAdminsPolicy; };
    if (!isNew(group))
        return "the new group " + path + " is not written at version 0 with mod_policy Admins";
    if (!group.groups().empty())
        return "the new group " + path + " holds the group " + sortedNames(group.groups()).front();
    for (const std::string &name : sortedNames(group.values())) {
        if (name != kMspValue && name != kAnchorPeersValue)
            return "it writes the value " + path + "/" + name
                + "; an organization's group holds its MSP and anchor peers";
        if (!isNew(group.values().at(name)))
            return "the value " + path + "/" + name + " is not written at version 0 with mod_policy Admins";
    }
    for (const std::string &name : sortedNames(group.policies())) {
        const common::ConfigPolicy &policy = group.policies().at(name);
        const std::string here = path + "/" + name;
        if (!isNew(policy))
            return "the policy " + here + " is not written at version 0 with mod_policy Admins";
        common::SignaturePolicyEnvelope envelope;
        if (policy.policy().type() != common::Policy::SIGNATURE || !envelope.ParseFromString(policy.policy().value()))
            return "the policy " + here + " is not a signature policy";
        for (const common::MSPPrincipal &principal : envelope.identities())
            if (auto problem = principalProblem(principal, mspId, here))
                return problem;
    }
    const auto msp = group.values().find(kMspValue);
    if (msp == group.values().end())
        return "the new group " + path + " has no MSP value";
    return mspProblem(msp->second, mspId, roots, path + "/" + kMspValue);
}

} // namespace

std::optional<Bytes> certificateDer(const std::string &pem)
{
    try {
        return crypto::Certificate::fromPem(pem).toDer();
    } catch (const crypto::CryptoError &) {
        return std::nullopt;
    }
}

std::optional<std::string> updateProblem(
    const common::ConfigUpdate &update, const std::string &mspId, const std::set<Bytes> &roots)
{
    if (!update.isolated_data().empty())
        return "it carries isolated data";
    const common::ConfigGroup &read = update.read_set();
    const common::ConfigGroup &written = update.write_set();
    const auto readApplication = read.groups().find(kApplicationGroup);
    const auto writtenApplication = written.groups().find(kApplicationGroup);
    if (readApplication == read.groups().end() || writtenApplication == written.groups().end())
        return std::string("it does not read and write the group /Channel/Application");
    if (written.version() != read.version())
        return "it changes the group /Channel (version " + std::to_string(written.version()) + " over "
            + std::to_string(read.version()) + ")";
    if (auto change = changedMembers(written, read, "/Channel", kApplicationGroup))
        return change;

    const common::ConfigGroup &ra = readApplication->second;
    const common::ConfigGroup &wa = writtenApplication->second;
    const std::string path = "/Channel/Application";
    if (ra.groups().count(mspId))
        return "its read set holds " + path + "/" + mspId + " already";
    const auto added = wa.groups().find(mspId);
    if (added == wa.groups().end())
        return "it does not add the group " + path + "/" + mspId;
    // Adding a group raises its parent's version by one; the parent's
    // members are then exactly those written, and its mod_policy is the
    // one written (configtxgen's Admins: the current one cannot be read).
    if (wa.version() != ra.version() + 1)
        return "it writes the group " + path + " at version " + std::to_string(wa.version()) + " over "
            + std::to_string(ra.version()) + "; adding an organization raises it by one";
    if (wa.mod_policy() != kAdminsPolicy)
        return "it sets the mod_policy of " + path + " to \"" + wa.mod_policy() + "\", not Admins";
    if (auto removed = removedElement(ra.values(), wa.values(), path, "value"))
        return removed;
    if (auto removed = removedElement(ra.policies(), wa.policies(), path, "policy"))
        return removed;
    if (auto removed = removedElement(ra.groups(), wa.groups(), path, "group"))
        return removed;
    if (auto change = changedMembers(wa, ra, path, mspId))
        return change;
    return newOrganizationProblem(added->second, mspId, roots, path + "/" + mspId);
}

} // namespace lx::chaincode::governance

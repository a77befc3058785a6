#include "ledger/Msp.h"

#include "ledger/LedgerError.h"

#include "common/common.pb.h"
#include "common/configtx.pb.h"
#include "msp/identities.pb.h"
#include "msp/msp_config.pb.h"

#include <algorithm>
#include <chrono>
#include <mutex>

namespace lx::ledger {

bool Identity::hasOu(const std::string &ou) const
{
    const auto &ous = subject.organizationalUnits;
    return std::find(ous.begin(), ous.end(), ou) != ous.end();
}

MspRegistry::MspRegistry(const MspRegistry &other)
    : m_roots(other.m_roots)
    , m_members(other.m_members)
    , m_ordererMsp(other.m_ordererMsp)
    , m_ordererMsps(other.m_ordererMsps)
    , m_checkDates(other.m_checkDates)
{
}

MspRegistry MspRegistry::fromGenesis(const common::Block &genesis)
{
    const auto invalid = [](const std::string &why) {
        return LedgerError(LedgerError::Kind::DataInvalid, "GENESIS_INVALID", "genesis block: " + why);
    };
    if (genesis.data().data_size() != 1)
        throw invalid("expected one configuration transaction");
    common::Envelope envelope;
    common::Payload payload;
    common::ConfigEnvelope config;
    if (!envelope.ParseFromString(genesis.data().data(0)) || !payload.ParseFromString(envelope.payload())
        || !config.ParseFromString(payload.data()))
        throw invalid("configuration cannot be parsed");
    try {
        return fromConfig(config);
    } catch (const LedgerError &e) {
        throw invalid(e.what());
    }
}

MspRegistry MspRegistry::fromConfig(const common::ConfigEnvelope &config)
{
    const auto invalid
        = [](const std::string &why) { return LedgerError(LedgerError::Kind::DataInvalid, "CONFIG_INVALID", why); };
    MspRegistry registry;
    const auto addGroup = [&](const char *groupName, bool isOrderer) {
        const auto &groups = config.config().channel_group().groups();
        const auto group = groups.find(groupName);
        if (group == groups.end())
            throw invalid(std::string("no ") + groupName + " group");
        for (const auto &[orgName, orgGroup] : group->second.groups()) {
            const auto value = orgGroup.values().find("MSP");
            msp::MSPConfig mspConfig;
            msp::FabricMSPConfig fabricConfig;
            if (value == orgGroup.values().end() || !mspConfig.ParseFromString(value->second.value())
                || mspConfig.type() != 0 || !fabricConfig.ParseFromString(mspConfig.config())
                || fabricConfig.root_certs_size() < 1)
                throw invalid("MSP " + orgName + " has no root certificate");
            registry.addFabricMsp(fabricConfig, isOrderer);
        }
    };
    addGroup("Application", false);
    addGroup("Orderer", true);
    return registry;
}

void MspRegistry::addFabricMsp(const msp::FabricMSPConfig &config, bool isOrderer)
{
    const auto read = [&](const Bytes &pem, const char *what) {
        try {
            return crypto::Certificate::fromPem(pem);
        } catch (const std::exception &) {
            throw LedgerError(LedgerError::Kind::DataInvalid, "CONFIG_INVALID",
                "MSP " + config.name() + " has a " + what + " certificate that cannot be read");
        }
    };
    MspTrust trust;
    for (const auto &pem : config.root_certs())
        trust.roots.push_back(read(pem, "root"));
    for (const auto &pem : config.intermediate_certs())
        trust.intermediates.push_back(read(pem, "intermediate"));
    for (const auto &pem : config.admins())
        trust.adminsDer.push_back(read(pem, "admin").toDer());
    if (config.has_fabric_node_ous()) {
        NodeOus ous;
        const auto &n = config.fabric_node_ous();
        ous.enabled = n.enable();
        ous.client = n.client_ou_identifier().organizational_unit_identifier();
        ous.peer = n.peer_ou_identifier().organizational_unit_identifier();
        ous.admin = n.admin_ou_identifier().organizational_unit_identifier();
        ous.orderer = n.orderer_ou_identifier().organizational_unit_identifier();
        trust.nodeOus = ous;
    }
    m_roots.insert_or_assign(config.name(), std::move(trust));
    if (isOrderer) {
        if (m_ordererMsp.empty())
            m_ordererMsp = config.name();
        m_ordererMsps.push_back(config.name());
    } else {
        m_members.push_back(config.name());
    }
}

void MspRegistry::addMsp(const std::string &mspId, const std::string &rootCertPem, bool isOrderer)
{
    MspTrust trust;
    trust.roots.push_back(crypto::Certificate::fromPem(rootCertPem));
    m_roots.insert_or_assign(mspId, std::move(trust));
    if (isOrderer) {
        m_ordererMsp = mspId;
        m_ordererMsps = { mspId };
    } else {
        m_members.push_back(mspId);
    }
}

bool MspRegistry::isOrderer(const std::string &mspId) const
{
    return std::find(m_ordererMsps.begin(), m_ordererMsps.end(), mspId) != m_ordererMsps.end();
}

bool MspRegistry::chainsToRoot(const MspTrust &trust, const crypto::Certificate &cert) const
{
    // Up through the intermediates to a root, a few links at most.
    crypto::Certificate current = cert;
    for (int depth = 0; depth < 8; ++depth) {
        for (const auto &root : trust.roots)
            if (current.isIssuedBy(root))
                return true;
        const auto issuer = std::find_if(trust.intermediates.begin(), trust.intermediates.end(),
            [&](const crypto::Certificate &ca) { return ca.isCa() && current.isIssuedBy(ca); });
        if (issuer == trust.intermediates.end())
            return false;
        current = *issuer;
    }
    return false;
}

bool MspRegistry::hasRole(const Identity &identity, MspRole role) const
{
    const auto msp = m_roots.find(identity.mspId);
    if (msp == m_roots.end())
        return false;
    if (role == MspRole::Member)
        return true;
    const auto &trust = msp->second;
    if (role == MspRole::Admin) {
        const Bytes der = identity.certificate.toDer();
        if (std::find(trust.adminsDer.begin(), trust.adminsDer.end(), der) != trust.adminsDer.end())
            return true;
    }
    if (!trust.nodeOus) {
        static const char *names[] = { "member", "admin", "client", "peer", "orderer" };
        return identity.hasOu(names[static_cast<int>(role)]);
    }
    if (!trust.nodeOus->enabled)
        return false;
    const NodeOus &ous = *trust.nodeOus;
    const std::string &ou = role == MspRole::Admin ? ous.admin
        : role == MspRole::Client                  ? ous.client
        : role == MspRole::Peer                    ? ous.peer
                                                   : ous.orderer;
    return !ou.empty() && identity.hasOu(ou);
}

std::vector<std::string> MspRegistry::memberMspIds() const
{
    return m_members;
}

bool MspRegistry::isMember(const std::string &mspId) const
{
    return std::find(m_members.begin(), m_members.end(), mspId) != m_members.end();
}

std::shared_ptr<const Identity> MspRegistry::identity(const Bytes &serializedIdentity) const
{
    {
        std::shared_lock lock(m_cacheMutex);
        const auto it = m_cache.find(serializedIdentity);
        if (it != m_cache.end())
            return it->second;
    }
    msp::SerializedIdentity serialized;
    if (!serializedIdentity.size() || !serialized.ParseFromString(serializedIdentity))
        return nullptr;
    const auto root = m_roots.find(serialized.mspid());
    if (root == m_roots.end())
        return nullptr;
    std::shared_ptr<Identity> id;
    try {
        crypto::Certificate cert = crypto::Certificate::fromPem(serialized.id_bytes());
        const auto now = std::chrono::system_clock::now();
        if (!chainsToRoot(root->second, cert) || (m_checkDates && (cert.notBefore() > now || cert.notAfter() < now)))
            return nullptr;
        id = std::make_shared<Identity>(Identity { serialized.mspid(), cert, cert.publicKey(), cert.subject() });
    } catch (const std::exception &) {
        return nullptr;
    }
    std::unique_lock lock(m_cacheMutex);
    if (m_cache.size() > 100000)
        m_cache.clear(); // bounded: identities are few; garbage is not cached forever
    m_cache.emplace(serializedIdentity, id);
    return id;
}

} // namespace lx::ledger

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
    : m_roots(other.m_roots), m_members(other.m_members), m_ordererMsp(other.m_ordererMsp)
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

    MspRegistry registry;
    const auto addGroup = [&](const char *groupName, bool isOrderer) {
        const auto &groups = config.config().channel_group().groups();
        const auto group = groups.find(groupName);
        if (group == groups.end())
            throw invalid(std::string("no ") + groupName + " group");
        for (const auto &[mspId, orgGroup] : group->second.groups()) {
            const auto value = orgGroup.values().find("MSP");
            msp::MSPConfig mspConfig;
            msp::FabricMSPConfig fabricConfig;
            if (value == orgGroup.values().end() || !mspConfig.ParseFromString(value->second.value())
                || !fabricConfig.ParseFromString(mspConfig.config()) || fabricConfig.root_certs_size() < 1)
                throw invalid("MSP " + mspId + " has no root certificate");
            registry.addMsp(fabricConfig.name(), fabricConfig.root_certs(0), isOrderer);
        }
    };
    addGroup("Application", false);
    addGroup("Orderer", true);
    return registry;
}

void MspRegistry::addMsp(const std::string &mspId, const std::string &rootCertPem, bool isOrderer)
{
    m_roots.insert_or_assign(mspId, crypto::Certificate::fromPem(rootCertPem));
    if (isOrderer)
        m_ordererMsp = mspId;
    else
        m_members.push_back(mspId);
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
        if (!cert.isIssuedBy(root->second) || cert.notBefore() > now || cert.notAfter() < now)
            return nullptr;
        id = std::make_shared<Identity>(
            Identity{serialized.mspid(), cert, cert.publicKey(), cert.subject()});
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

#pragma once

#include "crypto/Bytes.h"
#include "crypto/Certificate.h"

#include <map>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace common {
class Block;
class ConfigEnvelope;
} // namespace common
namespace msp {
class FabricMSPConfig;
}

namespace lx::ledger {

// An identity as validated against its MSP: the certificate chains to the
// MSP's root CA and is inside its validity period.
struct Identity
{
    std::string mspId;
    crypto::Certificate certificate;
    crypto::PublicKey publicKey;
    crypto::DistinguishedName subject;
    bool hasOu(const std::string &ou) const;
};

// Fabric's MSP roles (common.MSPRole.MSPRoleType).
enum class MspRole { Member = 0, Admin = 1, Client = 2, Peer = 3, Orderer = 4 };

// The MSPs of one channel, read from its genesis block (or any later
// configuration block). Deserialising an identity is cached by its bytes:
// certificate parsing and chain checks run once per identity, not once per
// signature.
class MspRegistry
{
public:
    // Reads the Application (members) and Orderer groups of the genesis
    // block's ConfigEnvelope. Throws LedgerError(DataInvalid).
    static MspRegistry fromGenesis(const common::Block &genesis);
    // The same from any CONFIG block's envelope (Fabric's configtxgen
    // genesis and later configuration blocks): every root and intermediate
    // certificate, the admins and the NodeOUs of each MSP.
    static MspRegistry fromConfig(const common::ConfigEnvelope &config);

    MspRegistry() = default;
    MspRegistry(const MspRegistry &other);
    MspRegistry &operator=(const MspRegistry &) = delete;

    void addMsp(const std::string &mspId, const std::string &rootCertPem, bool isOrderer);
    // Every root and intermediate, the admins and the NodeOUs. Throws
    // LedgerError(DataInvalid) when a certificate cannot be read.
    void addFabricMsp(const msp::FabricMSPConfig &config, bool isOrderer);

    // Fabric's MSP validates an identity without its validity dates (an
    // old block stays verifiable after its signers' certificates expired);
    // the embedded ledger checks them against now. Default true.
    void setCheckValidityDates(bool check) { m_checkDates = check; }
    bool checksValidityDates() const { return m_checkDates; }

    // Whether identity has role in its MSP as Fabric's MSP judges it: with
    // NodeOUs enabled a certificate OU names client, peer, admin or orderer
    // (an admin may also be listed among the MSP's admins); without NodeOUs
    // only Member and a listed Admin can be satisfied. An MSP read without
    // NodeOUs information (the embedded ledger's) takes the role's name as
    // the OU.
    bool hasRole(const Identity &identity, MspRole role) const;

    // nullptr when the bytes are not a SerializedIdentity of a known MSP
    // whose certificate chains to that MSP's root.
    std::shared_ptr<const Identity> identity(const Bytes &serializedIdentity) const;

    std::vector<std::string> memberMspIds() const;
    // The first orderer organization's MSP ID; ordererMspIds() has them all.
    const std::string &ordererMspId() const { return m_ordererMsp; }
    const std::vector<std::string> &ordererMspIds() const { return m_ordererMsps; }
    bool isMember(const std::string &mspId) const;
    bool isOrderer(const std::string &mspId) const;

private:
    struct NodeOus
    {
        bool enabled = false;
        std::string client, peer, admin, orderer;
    };
    struct MspTrust
    {
        std::vector<crypto::Certificate> roots;
        std::vector<crypto::Certificate> intermediates;
        std::vector<Bytes> adminsDer;
        std::optional<NodeOus> nodeOus; // nullopt: not a Fabric MSP config
    };
    bool chainsToRoot(const MspTrust &trust, const crypto::Certificate &cert) const;

    std::map<std::string, MspTrust> m_roots;
    std::vector<std::string> m_members;
    std::string m_ordererMsp;
    std::vector<std::string> m_ordererMsps;
    bool m_checkDates = true;
    mutable std::shared_mutex m_cacheMutex;
    mutable std::unordered_map<Bytes, std::shared_ptr<const Identity>> m_cache;
};

} // namespace lx::ledger

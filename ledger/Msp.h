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

// The MSPs of one channel, read from its genesis block. Deserialising an
// identity is cached by its bytes: certificate parsing and chain checks run
// once per identity, not once per signature.
class MspRegistry
{
public:
    // Reads the Application (members) and Orderer groups of the genesis
    // block's ConfigEnvelope. Throws LedgerError(DataInvalid).
    static MspRegistry fromGenesis(const common::Block &genesis);

    MspRegistry() = default;
    MspRegistry(const MspRegistry &other);
    MspRegistry &operator=(const MspRegistry &) = delete;

    void addMsp(const std::string &mspId, const std::string &rootCertPem, bool isOrderer);

    // nullptr when the bytes are not a SerializedIdentity of a known MSP
    // whose certificate chains to that MSP's root.
    std::shared_ptr<const Identity> identity(const Bytes &serializedIdentity) const;

    std::vector<std::string> memberMspIds() const;
    const std::string &ordererMspId() const { return m_ordererMsp; }
    bool isMember(const std::string &mspId) const;

private:
    std::map<std::string, crypto::Certificate> m_roots;
    std::vector<std::string> m_members;
    std::string m_ordererMsp;
    mutable std::shared_mutex m_cacheMutex;
    mutable std::unordered_map<Bytes, std::shared_ptr<const Identity>> m_cache;
};

} // namespace lx::ledger

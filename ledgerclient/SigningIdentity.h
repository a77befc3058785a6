#pragma once

#include "crypto/Bytes.h"
#include "crypto/EcKey.h"

#include <string>
#include <vector>

namespace lx::client {

// A user's identity with its private key, held only on the client side:
// proposals, transactions and requests are signed here, never by the ledger.
class SigningIdentity
{
public:
    SigningIdentity(std::string mspId, std::string certPem, crypto::PrivateKey key);

    const std::string &mspId() const { return m_mspId; }
    const std::string &certPem() const { return m_certPem; }
    // msp.SerializedIdentity bytes, as carried in SignatureHeader.creator.
    const Bytes &serialized() const { return m_serialized; }
    Bytes sign(std::string_view message) const;
    // The key itself, for exporting the identity to another wallet format
    // (Fabric's MSP folder: lianxin-cli network materials).
    const crypto::PrivateKey &privateKey() const { return m_key; }

private:
    std::string m_mspId;
    std::string m_certPem;
    crypto::PrivateKey m_key;
    Bytes m_serialized;
};

} // namespace lx::client

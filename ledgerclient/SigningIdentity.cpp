#include "ledgerclient/SigningIdentity.h"

#include "msp/identities.pb.h"

#include <utility>

namespace lx::client {

SigningIdentity::SigningIdentity(std::string mspId, std::string certPem, crypto::PrivateKey key)
    : m_mspId(std::move(mspId)), m_certPem(std::move(certPem)), m_key(std::move(key))
{
    // Serialized once: the creator bytes go into every header this identity
    // signs, and peers compare them byte for byte.
    msp::SerializedIdentity identity;
    identity.set_mspid(m_mspId);
    identity.set_id_bytes(m_certPem);
    identity.SerializeToString(&m_serialized);
}

Bytes SigningIdentity::sign(std::string_view message) const
{
    return m_key.sign(message);
}

} // namespace lx::client

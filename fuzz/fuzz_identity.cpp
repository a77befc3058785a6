// Identities and keys: MspRegistry::identity on serialized identities,
// Certificate::fromDer/fromPem and everything a parsed certificate offers,
// PublicKey::fromDer/fromPem, PrivateKey::fromPem, and verification of
// arbitrary signature bytes. Parsers throw CryptoError; verify() never
// throws and accepts only low-S signatures.

#include "FuzzSupport.h"

#include "crypto/Certificate.h"
#include "crypto/EcKey.h"
#include "crypto/Error.h"
#include "crypto/Hash.h"
#include "ledger/Msp.h"

using namespace lx;

namespace {

struct Reference
{
    crypto::PublicKey key;
    Bytes signature; // by key over kIdentityMessage
    crypto::Certificate root;
};

const Reference &reference()
{
    static const Reference *const ref = [] {
        const fuzz::Sandbox &sandbox = fuzz::Sandbox::get();
        const fuzz::Signer &user = sandbox.byLabel(fuzz::kIdentityUser);
        const auto identity = sandbox.msps->identity(user.identity.serialized());
        if (!identity)
            fuzz::fail(std::string(fuzz::kIdentityUser) + " is not an identity of its MSP");
        const Bytes signature = user.identity.sign(fuzz::kIdentityMessage);
        const auto root = crypto::Certificate::fromPem(
            fuzz::readFile(sandbox.consortiumDir / "cas" / user.identity.mspId() / "ca-cert.pem"));
        return new Reference{identity->publicKey, signature, root};
    }();
    return *ref;
}

void certificate(const crypto::Certificate &cert)
{
    const Reference &ref = reference();
    (void)cert.subject();
    (void)cert.issuer();
    (void)cert.serialHex();
    (void)cert.notBefore();
    (void)cert.notAfter();
    (void)cert.isCa();
    (void)cert.isIssuedBy(ref.root);
    (void)ref.root.isIssuedBy(cert);
    const Bytes der = cert.toDer();
    (void)cert.toPem();
    if (crypto::Certificate::fromDer(der).toDer() != der)
        fuzz::fail("a certificate's DER does not survive a round trip");
    try {
        const crypto::PublicKey key = cert.publicKey();
        (void)key.ski();
        (void)key.verify(fuzz::kIdentityMessage, ref.signature);
    } catch (const crypto::CryptoError &) {
        // not an ECDSA P-256 key
    }
}

void publicKey(const crypto::PublicKey &key)
{
    const Reference &ref = reference();
    (void)key.ski();
    const Bytes der = key.toDer();
    if (crypto::PublicKey::fromDer(der).toDer() != der)
        fuzz::fail("a public key's DER does not survive a round trip");
    (void)key.verify(fuzz::kIdentityMessage, ref.signature);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    reference();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const fuzz::Sandbox &sandbox = fuzz::Sandbox::get();
    const Reference &ref = reference();
    const std::string_view input = fuzz::asView(data, size);
    const Bytes bytes(input);

    // As a SerializedIdentity (twice: the second answer comes from the cache).
    {
        const ledger::MspRegistry msps(*sandbox.msps);
        const auto first = msps.identity(bytes);
        const auto second = msps.identity(bytes);
        if (first != second)
            fuzz::fail("the identity cache answers differently");
        if (first) {
            if (!msps.isMember(first->mspId) && first->mspId != msps.ordererMspId())
                fuzz::fail("an identity of an unknown MSP");
            (void)first->hasOu("peer");
            (void)first->publicKey.verify(fuzz::kIdentityMessage, ref.signature);
        }
    }

    // As a signature over the reference message, and as a message.
    const bool valid = ref.key.verify(fuzz::kIdentityMessage, input);
    if (valid && !crypto::isLowS(input))
        fuzz::fail("verify accepted a high-S signature");
    if (ref.key.verifyDigest(crypto::sha256(fuzz::kIdentityMessage), input) != valid)
        fuzz::fail("verify and verifyDigest disagree");
    (void)ref.key.verify(input, ref.signature);
    (void)ref.key.verifyDigest(input, ref.signature);

    try {
        certificate(crypto::Certificate::fromDer(input));
    } catch (const crypto::CryptoError &) {
    }
    try {
        certificate(crypto::Certificate::fromPem(input));
    } catch (const crypto::CryptoError &) {
    }
    try {
        publicKey(crypto::PublicKey::fromDer(input));
    } catch (const crypto::CryptoError &) {
    }
    try {
        publicKey(crypto::PublicKey::fromPem(input));
    } catch (const crypto::CryptoError &) {
    }
    try {
        // Not an invariant: fromPem does not check that the optional public
        // key inside the PKCS#8 data matches the private scalar, so for a
        // mutated key this signature may not verify under publicKey().
        const crypto::PrivateKey key = crypto::PrivateKey::fromPem(input);
        (void)key.publicKey().verify(input, key.sign(input));
    } catch (const crypto::CryptoError &) {
    }
    return 0;
}

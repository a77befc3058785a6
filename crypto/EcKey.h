#pragma once

#include "crypto/Bytes.h"

#include <memory>
#include <string_view>

namespace lx::crypto {

class PublicKey;

// An ECDSA P-256 private key. Signatures are over SHA-256 of the message,
// DER encoded, with S normalised to the lower half of the curve order, as
// Fabric requires. Copies share the same key; signing is thread-safe.
class PrivateKey
{
public:
    static PrivateKey generate();
    // PKCS#8 PEM ("BEGIN PRIVATE KEY"), unencrypted. Throws CryptoError.
    static PrivateKey fromPem(std::string_view pem);
    std::string toPem() const;

    // Sign SHA-256(message).
    Bytes sign(std::string_view message) const;
    // Sign an already computed 32-byte SHA-256 digest; any other length
    // throws CryptoError.
    Bytes signDigest(std::string_view digest) const;

    PublicKey publicKey() const;
    void *nativeHandle() const; // EVP_PKEY*, for crypto/ internals only
    explicit PrivateKey(std::shared_ptr<void> key); // takes an EVP_PKEY*, crypto/ internals only

private:
    std::shared_ptr<void> m_key;
};

// An ECDSA P-256 public key. Verification rejects high-S signatures and any
// malformed DER; it never throws.
class PublicKey
{
public:
    // SubjectPublicKeyInfo DER or PEM. Throws CryptoError.
    static PublicKey fromDer(std::string_view der);
    static PublicKey fromPem(std::string_view pem);
    Bytes toDer() const;

    bool verify(std::string_view message, std::string_view signature) const;
    bool verifyDigest(std::string_view digest, std::string_view signature) const;

    // Subject key identifier as Fabric computes it: SHA-256 of the
    // uncompressed EC point.
    Bytes ski() const;

    void *nativeHandle() const; // EVP_PKEY*, for crypto/ internals only
    explicit PublicKey(std::shared_ptr<void> key); // takes an EVP_PKEY*, crypto/ internals only

private:
    std::shared_ptr<void> m_key;
};

// True when the DER-encoded ECDSA signature has S <= n/2 (P-256 order n).
bool isLowS(std::string_view derSignature);

} // namespace lx::crypto

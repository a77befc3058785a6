#pragma once

#include "crypto/Bytes.h"
#include "crypto/EcKey.h"

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lx::crypto {

struct DistinguishedName
{
    std::string country;            // C, e.g. "CN"
    std::string locality;           // L
    std::string organization;       // O
    std::vector<std::string> organizationalUnits; // OU (Fabric node OUs: client, peer, admin, orderer; plus roles)
    std::string commonName;         // CN
};

// An X.509 certificate. Copies share the parsed certificate; read-only and
// thread-safe.
class Certificate
{
public:
    static Certificate fromPem(std::string_view pem); // throws CryptoError
    static Certificate fromDer(std::string_view der); // throws CryptoError

    std::string toPem() const;
    Bytes toDer() const;

    DistinguishedName subject() const;
    DistinguishedName issuer() const;
    std::string serialHex() const;
    std::chrono::system_clock::time_point notBefore() const;
    std::chrono::system_clock::time_point notAfter() const;
    bool isCa() const;
    PublicKey publicKey() const;

    // True when this certificate's signature verifies under issuer's key and
    // its issuer name equals issuer's subject name.
    bool isIssuedBy(const Certificate &issuer) const;

    void *nativeHandle() const; // X509*, for crypto/ internals only
    explicit Certificate(std::shared_ptr<void> cert); // takes an X509*, crypto/ internals only

private:
    std::shared_ptr<void> m_cert;
};

// A self-signed CA certificate (basicConstraints CA:TRUE, keyUsage
// keyCertSign+cRLSign+digitalSignature), signed with ECDSA-SHA256.
Certificate makeSelfSignedCa(const PrivateKey &caKey, const DistinguishedName &subject, int validityDays);

// An end-entity (or, with isCa, intermediate) certificate for subjectKey,
// issued and signed by ca/caKey. Random 128-bit serial number. Throws
// CryptoError if ca is not a CA or caKey is not its key.
Certificate issueCertificate(const Certificate &ca, const PrivateKey &caKey, const PublicKey &subjectKey,
                             const DistinguishedName &subject, bool isCa, int validityDays);

// Names a TLS certificate is valid for (subjectAltName).
struct SubjectAltNames
{
    std::vector<std::string> dnsNames;    // "localhost"
    std::vector<std::string> ipAddresses; // "127.0.0.1"
};

// An end-entity TLS certificate for subjectKey, issued by ca/caKey: as
// issueCertificate, plus the subject alternative names and the extended key
// usages serverAuth and clientAuth (one certificate serves a node both as a
// server and as a client, as Fabric's nodes use theirs). Throws CryptoError
// as issueCertificate does, and for an empty names list.
Certificate issueTlsCertificate(const Certificate &ca, const PrivateKey &caKey, const PublicKey &subjectKey,
                                const DistinguishedName &subject, const SubjectAltNames &names, int validityDays);

} // namespace lx::crypto

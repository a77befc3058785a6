#include "crypto/Certificate.h"
#include "crypto/Error.h"

#include <gtest/gtest.h>

#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace lx;
using namespace lx::crypto;
using namespace std::chrono;

namespace {

DistinguishedName caName()
{
    return DistinguishedName{"CN", "Shanghai", "Org1", {"fabric-ca", "roots"}, "ca.org1.example.com"};
}

DistinguishedName userName()
{
    return DistinguishedName{"CN", "Shenzhen", "链信科技", {"client", "trade-finance", "admin"}, "alice@org1"};
}

void expectSameName(const DistinguishedName &a, const DistinguishedName &b)
{
    EXPECT_EQ(a.country, b.country);
    EXPECT_EQ(a.locality, b.locality);
    EXPECT_EQ(a.organization, b.organization);
    EXPECT_EQ(a.organizationalUnits, b.organizationalUnits);
    EXPECT_EQ(a.commonName, b.commonName);
}

X509 *x509(const Certificate &cert) { return static_cast<X509 *>(cert.nativeHandle()); }

Bytes octets(const ASN1_OCTET_STRING *s)
{
    return s ? Bytes(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                     static_cast<std::size_t>(ASN1_STRING_length(s)))
             : Bytes();
}

bool isCritical(const Certificate &cert, int nid)
{
    const int index = X509_get_ext_by_NID(x509(cert), nid, -1);
    return index >= 0 && X509_EXTENSION_get_critical(X509_get_ext(x509(cert), index)) == 1;
}

struct Pki
{
    PrivateKey caKey = PrivateKey::generate();
    Certificate ca = makeSelfSignedCa(caKey, caName(), 3650);
    PrivateKey userKey = PrivateKey::generate();
    Certificate user = issueCertificate(ca, caKey, userKey.publicKey(), userName(), false, 365);
};

const Pki &pki()
{
    static const Pki instance;
    return instance;
}

} // namespace

TEST(Certificate, SelfSignedCa)
{
    const Certificate &ca = pki().ca;
    expectSameName(ca.subject(), caName());
    expectSameName(ca.issuer(), caName());
    EXPECT_TRUE(ca.isCa());
    EXPECT_TRUE(ca.isIssuedBy(ca));
    EXPECT_EQ(ca.publicKey().toDer(), pki().caKey.publicKey().toDer());
    EXPECT_EQ(X509_get_version(x509(ca)), X509_VERSION_3);
    EXPECT_EQ(X509_get_signature_nid(x509(ca)), NID_ecdsa_with_SHA256);

    const uint32_t usage = X509_get_key_usage(x509(ca));
    EXPECT_EQ(usage, uint32_t(KU_KEY_CERT_SIGN | KU_CRL_SIGN | KU_DIGITAL_SIGNATURE));
    EXPECT_TRUE(isCritical(ca, NID_basic_constraints));
    EXPECT_TRUE(isCritical(ca, NID_key_usage));
    EXPECT_EQ(octets(X509_get0_subject_key_id(x509(ca))), pki().caKey.publicKey().ski());
}

TEST(Certificate, IssuedEndEntity)
{
    const Certificate &user = pki().user;
    expectSameName(user.subject(), userName());
    expectSameName(user.issuer(), caName());
    EXPECT_FALSE(user.isCa());
    EXPECT_TRUE(user.isIssuedBy(pki().ca));
    EXPECT_FALSE(user.isIssuedBy(user));
    EXPECT_FALSE(pki().ca.isIssuedBy(user));

    EXPECT_EQ(X509_get_key_usage(x509(user)), uint32_t(KU_DIGITAL_SIGNATURE));
    EXPECT_TRUE(isCritical(user, NID_basic_constraints));
    EXPECT_TRUE(isCritical(user, NID_key_usage));
    EXPECT_EQ(octets(X509_get0_subject_key_id(x509(user))), pki().userKey.publicKey().ski());
    EXPECT_EQ(octets(X509_get0_authority_key_id(x509(user))), pki().caKey.publicKey().ski());
}

TEST(Certificate, SubjectOrderIsCLOOuCn)
{
    const X509_NAME *name = X509_get_subject_name(x509(pki().user));
    std::vector<int> nids;
    for (int i = 0; i < X509_NAME_entry_count(name); ++i)
        nids.push_back(OBJ_obj2nid(X509_NAME_ENTRY_get_object(X509_NAME_get_entry(name, i))));
    const std::vector<int> expected{NID_countryName,        NID_localityName,       NID_organizationName,
                                    NID_organizationalUnitName, NID_organizationalUnitName,
                                    NID_organizationalUnitName, NID_commonName};
    EXPECT_EQ(nids, expected);
}

TEST(Certificate, ValidityAndSerial)
{
    const Certificate &user = pki().user;
    const auto now = system_clock::now();
    EXPECT_LT(abs(duration_cast<seconds>(user.notBefore() - (now - hours(1))).count()), 120);
    EXPECT_LT(abs(duration_cast<seconds>(user.notAfter() - (now + hours(24 * 365))).count()), 120);

    const std::string serial = user.serialHex();
    EXPECT_GE(serial.size(), 2u);
    EXPECT_LE(serial.size(), 32u);
    EXPECT_NE(serial, pki().ca.serialHex());
    EXPECT_EQ(ASN1_STRING_type(X509_get0_serialNumber(x509(user))), V_ASN1_INTEGER); // positive
}

TEST(Certificate, WrongIssuerIsRejected)
{
    const PrivateKey otherKey = PrivateKey::generate();
    const Certificate otherCa = makeSelfSignedCa(otherKey, DistinguishedName{"CN", "", "Org2", {}, "ca.org2"}, 30);
    EXPECT_FALSE(pki().user.isIssuedBy(otherCa));

    // Same name, different key: only the signature tells them apart.
    const Certificate impostor = makeSelfSignedCa(otherKey, caName(), 30);
    EXPECT_FALSE(pki().user.isIssuedBy(impostor));

    EXPECT_THROW(issueCertificate(pki().ca, otherKey, otherKey.publicKey(), userName(), false, 1), CryptoError);
    EXPECT_THROW(issueCertificate(pki().user, pki().userKey, otherKey.publicKey(), userName(), false, 1),
                 CryptoError);
}

TEST(Certificate, IntermediateCa)
{
    const PrivateKey key = PrivateKey::generate();
    const Certificate mid = issueCertificate(pki().ca, pki().caKey, key.publicKey(),
                                             DistinguishedName{"CN", "", "Org1", {"intermediate"}, "ica"}, true, 100);
    EXPECT_TRUE(mid.isCa());
    EXPECT_TRUE(mid.isIssuedBy(pki().ca));
    const Certificate leaf = issueCertificate(mid, key, PrivateKey::generate().publicKey(),
                                              DistinguishedName{"", "", "", {"peer"}, "peer0"}, false, 10);
    EXPECT_TRUE(leaf.isIssuedBy(mid));
    EXPECT_FALSE(leaf.isIssuedBy(pki().ca));
    const DistinguishedName dn = leaf.subject();
    EXPECT_EQ(dn.commonName, "peer0");
    EXPECT_EQ(dn.organizationalUnits, std::vector<std::string>{"peer"});
    EXPECT_TRUE(dn.country.empty());
}

TEST(Certificate, PublicKeyFromCertificateVerifies)
{
    const Bytes sig = pki().userKey.sign("endorsement");
    EXPECT_TRUE(pki().user.publicKey().verify("endorsement", sig));
    EXPECT_FALSE(pki().ca.publicKey().verify("endorsement", sig));
    EXPECT_EQ(pki().user.publicKey().ski(), pki().userKey.publicKey().ski());
}

TEST(Certificate, PemAndDerRoundTrip)
{
    const Certificate &user = pki().user;
    const std::string pem = user.toPem();
    EXPECT_EQ(pem.rfind("-----BEGIN CERTIFICATE-----", 0), 0u);
    const Certificate fromPem = Certificate::fromPem(pem);
    EXPECT_EQ(fromPem.toDer(), user.toDer());
    EXPECT_EQ(fromPem.toPem(), pem);
    expectSameName(fromPem.subject(), userName());
    EXPECT_TRUE(fromPem.isIssuedBy(Certificate::fromDer(pki().ca.toDer())));
    EXPECT_EQ(Certificate::fromDer(user.toDer()).serialHex(), user.serialHex());
    EXPECT_EQ(Certificate::fromDer(user.toDer()).notAfter(), user.notAfter());
}

TEST(Certificate, BadInputThrows)
{
    EXPECT_THROW(Certificate::fromPem(""), CryptoError);
    EXPECT_THROW(Certificate::fromPem("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"),
                 CryptoError);
    EXPECT_THROW(Certificate::fromDer("junk"), CryptoError);
    EXPECT_THROW(Certificate::fromDer(pki().user.toDer() + "x"), CryptoError);
    Bytes corrupt = pki().user.toDer();
    corrupt.resize(corrupt.size() / 2);
    EXPECT_THROW(Certificate::fromDer(corrupt), CryptoError);
    EXPECT_THROW(makeSelfSignedCa(pki().caKey, DistinguishedName{"China", "", "", {}, "x"}, 1), CryptoError);
    EXPECT_THROW(makeSelfSignedCa(pki().caKey, caName(), 0), CryptoError);
}

TEST(Certificate, TamperedCertificateFailsIssuedBy)
{
    Bytes der = pki().user.toDer();
    // Flip a byte inside the subject's common name (part of the signed TBS).
    const std::size_t at = der.find("alice@org1");
    ASSERT_NE(at, Bytes::npos);
    der[at] = 'A';
    EXPECT_FALSE(Certificate::fromDer(der).isIssuedBy(pki().ca));
}

// Found by fuzzing: RFC 5280's "no expiry" date lies beyond what the
// nanosecond clock holds; it reads as the clock's end, without overflow.
TEST(Certificate, FarFutureExpiryClampsToClockEnd)
{
    const char *pem = "-----BEGIN CERTIFICATE-----\n"
                      "MIIBBTCBrAIBATAKBggqhkjOPQQDAjAOMQwwCgYDVQQDDANmYXIwIBcNMjYxMTI2\n"
                      "MTk1MzMzWhgPOTk5OTEyMzEyMzU5NTlaMA4xDDAKBgNVBAMMA2ZhcjBZMBMGByqG\n"
                      "SM49AgEGCCqGSM49AwEHA0IABJMT8iY4EO2fgdghdhIRwp1bqH0W36v+zfwwjipg\n"
                      "cCQF2qqIJJN4jkkVHGy3S+Qdt+8LQfVY3QAS8KB30fF8+WQwCgYIKoZIzj0EAwID\n"
                      "SAAwRQIhAOwNQXjBBvj+RcwcAjUdTn/o00TaSXLbAnw28+w9aQcVAiBAVxuzunTL\n"
                      "NUmCRRGL/q1ntQDX5r+16p8kkNMWfsAwsQ==\n"
                      "-----END CERTIFICATE-----\n";
    const auto cert = lx::crypto::Certificate::fromPem(pem);
    EXPECT_EQ(cert.notAfter(), std::chrono::system_clock::time_point::max());
    EXPECT_LT(cert.notBefore(), std::chrono::system_clock::now());
}

// What Go's TLS stack (Fabric's peers and orderer) checks: the names the
// client dials, and server and client use in one certificate.
TEST(Certificate, TlsCertificateCarriesNamesAndBothKeyUsages)
{
    const PrivateKey key = PrivateKey::generate();
    const Certificate tls = issueTlsCertificate(pki().ca, pki().caKey, key.publicKey(),
                                                DistinguishedName{"CN", "", "Org1", {}, "peer0.org1"},
                                                SubjectAltNames{{"localhost"}, {"127.0.0.1"}}, 30);
    EXPECT_TRUE(tls.isIssuedBy(pki().ca));
    EXPECT_FALSE(tls.isCa());
    EXPECT_EQ(X509_check_host(x509(tls), "localhost", 0, 0, nullptr), 1);
    EXPECT_EQ(X509_check_ip_asc(x509(tls), "127.0.0.1", 0), 1);
    EXPECT_NE(X509_check_ip_asc(x509(tls), "127.0.0.2", 0), 1);
    const uint32_t eku = X509_get_extended_key_usage(x509(tls));
    EXPECT_TRUE(eku & XKU_SSL_SERVER);
    EXPECT_TRUE(eku & XKU_SSL_CLIENT);
    EXPECT_EQ(octets(X509_get0_authority_key_id(x509(tls))), octets(X509_get0_subject_key_id(x509(pki().ca))));

    // A plain identity certificate has neither.
    EXPECT_EQ(X509_get_ext_by_NID(x509(pki().user), NID_subject_alt_name, -1), -1);
    EXPECT_EQ(X509_get_ext_by_NID(x509(pki().user), NID_ext_key_usage, -1), -1);
    EXPECT_THROW(issueTlsCertificate(pki().ca, pki().caKey, key.publicKey(), userName(), SubjectAltNames{}, 30),
                 CryptoError);
}

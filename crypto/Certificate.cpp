#include "crypto/Certificate.h"

#include "crypto/Hash.h"
#include "crypto/OpenSsl.h"
#include "crypto/Random.h"

#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <climits>
#include <ctime>
#include <optional>

namespace lx::crypto {

using namespace detail;

namespace {

// What copies of a Certificate share. The public key is extracted once so
// that its pooled verification contexts (see EcKey.cpp) serve every
// publicKey() call on the same certificate.
struct CertState
{
    std::shared_ptr<void> owner;
    X509 *cert = nullptr;
    std::optional<PublicKey> key; // empty when not an ECDSA P-256 key
};

const CertState &stateOf(const std::shared_ptr<void> &cert) { return *static_cast<const CertState *>(cert.get()); }

X509 *x509Of(const std::shared_ptr<void> &cert) { return stateOf(cert).cert; }

std::shared_ptr<void> share(X509Ptr cert)
{
    return std::shared_ptr<void>(cert.release(), X509_free);
}

Bytes derOf(X509 *cert)
{
    const int length = i2d_X509(cert, nullptr);
    if (length <= 0)
        throwError("Cannot encode the certificate");
    Bytes der(static_cast<std::size_t>(length), '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_X509(cert, &out) != length)
        throwError("Cannot encode the certificate");
    return der;
}

std::string toUtf8(const ASN1_STRING *value)
{
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        throwError("Cannot decode a name entry");
    std::string text(reinterpret_cast<const char *>(utf8), static_cast<std::size_t>(length));
    OPENSSL_free(utf8);
    return text;
}

DistinguishedName parseName(const X509_NAME *name)
{
    DistinguishedName dn;
    const int count = X509_NAME_entry_count(name);
    for (int i = 0; i < count; ++i) {
        const X509_NAME_ENTRY *entry = X509_NAME_get_entry(name, i);
        const std::string value = toUtf8(X509_NAME_ENTRY_get_data(entry));
        switch (OBJ_obj2nid(X509_NAME_ENTRY_get_object(entry))) {
        case NID_countryName: dn.country = value; break;
        case NID_localityName: dn.locality = value; break;
        case NID_organizationName: dn.organization = value; break;
        case NID_organizationalUnitName: dn.organizationalUnits.push_back(value); break;
        case NID_commonName: dn.commonName = value; break;
        default: break; // attributes we do not model (ST, emailAddress, ...)
        }
    }
    return dn;
}

void addEntry(X509_NAME *name, int nid, const std::string &value)
{
    // OpenSSL enforces the X.520 size bounds (e.g. C is two letters).
    if (value.size() > static_cast<std::size_t>(INT_MAX) ||
        X509_NAME_add_entry_by_NID(name, nid, MBSTRING_UTF8, bytesOf(value), static_cast<int>(value.size()), -1,
                                   0) != 1)
        throwError("Invalid name field '" + value + "'");
}

// C, L, O, OU..., CN in that order; empty single fields are left out.
X509NamePtr buildName(const DistinguishedName &dn)
{
    X509NamePtr name(X509_NAME_new());
    if (!name)
        throwError("Cannot create a name");
    if (!dn.country.empty())
        addEntry(name.get(), NID_countryName, dn.country);
    if (!dn.locality.empty())
        addEntry(name.get(), NID_localityName, dn.locality);
    if (!dn.organization.empty())
        addEntry(name.get(), NID_organizationName, dn.organization);
    for (const std::string &ou : dn.organizationalUnits)
        addEntry(name.get(), NID_organizationalUnitName, ou);
    if (!dn.commonName.empty())
        addEntry(name.get(), NID_commonName, dn.commonName);
    return name;
}

std::chrono::system_clock::time_point toTimePoint(const ASN1_TIME *time)
{
    std::tm tm{};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        throwError("Invalid certificate time");
    using namespace std::chrono;
    const sys_days date = year(tm.tm_year + 1900) / month(static_cast<unsigned>(tm.tm_mon + 1)) /
                          day(static_cast<unsigned>(tm.tm_mday));
    const sys_seconds t = date + hours(tm.tm_hour) + minutes(tm.tm_min) + seconds(tm.tm_sec);
    // The clock counts nanoseconds in 64 bits (years 1678 to 2262); RFC 5280's
    // "no expiry" 99991231235959Z and other far dates clamp to its ends.
    constexpr seconds limit = duration_cast<seconds>(system_clock::duration::max());
    if (t.time_since_epoch() >= limit)
        return system_clock::time_point::max();
    if (t.time_since_epoch() <= -limit)
        return system_clock::time_point::min();
    return time_point_cast<system_clock::duration>(t);
}

void addConfExtension(X509 *cert, int nid, const char *value)
{
    X509_EXTENSION *ext = X509V3_EXT_nconf_nid(nullptr, nullptr, nid, value);
    const bool ok = ext && X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    if (!ok)
        throwError(std::string("Cannot add extension ") + value);
}

ASN1_OCTET_STRING *octets(std::string_view bytes)
{
    ASN1_OCTET_STRING *s = ASN1_OCTET_STRING_new();
    if (!s || ASN1_OCTET_STRING_set(s, bytesOf(bytes), static_cast<int>(bytes.size())) != 1) {
        ASN1_OCTET_STRING_free(s);
        throwError("Cannot create a key identifier");
    }
    return s;
}

void addSubjectKeyId(X509 *cert, const Bytes &keyId)
{
    ASN1_OCTET_STRING *id = octets(keyId);
    const int rc = X509_add1_ext_i2d(cert, NID_subject_key_identifier, id, 0, X509V3_ADD_DEFAULT);
    ASN1_OCTET_STRING_free(id);
    if (rc != 1)
        throwError("Cannot add the subject key identifier");
}

void addAuthorityKeyId(X509 *cert, const Bytes &keyId)
{
    const std::unique_ptr<AUTHORITY_KEYID, Free<AUTHORITY_KEYID_free>> akid(AUTHORITY_KEYID_new());
    if (!akid)
        throwError("Cannot create the authority key identifier");
    akid->keyid = octets(keyId); // now owned by akid
    if (X509_add1_ext_i2d(cert, NID_authority_key_identifier, akid.get(), 0, X509V3_ADD_DEFAULT) != 1)
        throwError("Cannot add the authority key identifier");
}

void addCaExtensions(X509 *cert)
{
    addConfExtension(cert, NID_basic_constraints, "critical,CA:TRUE");
    addConfExtension(cert, NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature");
}

// A certificate skeleton: v3, random serial, names, validity, key.
X509Ptr newCertificate(const X509_NAME *issuer, const DistinguishedName &subject, EVP_PKEY *subjectKey,
                       int validityDays)
{
    if (validityDays <= 0)
        throw CryptoError("Certificate validity must be at least one day");
    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1)
        throwError("Cannot create a certificate");

    // 128 random bits, as Fabric's CA uses; non-zero so it is positive.
    const Bytes random = randomBytes(16);
    BnPtr serial(BN_bin2bn(bytesOf(random), static_cast<int>(random.size()), nullptr));
    if (serial && BN_is_zero(serial.get()))
        BN_set_word(serial.get(), 1);
    Asn1IntPtr serialInt(serial ? BN_to_ASN1_INTEGER(serial.get(), nullptr) : nullptr);
    if (!serialInt || X509_set_serialNumber(cert.get(), serialInt.get()) != 1)
        throwError("Cannot set the serial number");

    const X509NamePtr subjectName = buildName(subject);
    // An hour of slack so that peers whose clocks lag accept new certificates.
    if (X509_set_issuer_name(cert.get(), issuer ? issuer : subjectName.get()) != 1 ||
        X509_set_subject_name(cert.get(), subjectName.get()) != 1 ||
        !X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) ||
        !X509_time_adj_ex(X509_getm_notAfter(cert.get()), validityDays, 0, nullptr) ||
        X509_set_pubkey(cert.get(), subjectKey) != 1)
        throwError("Cannot fill in the certificate");
    return cert;
}

// Signs with ECDSA-SHA256, retrying until S is low: Fabric's MSP rewrites
// certificates with high-S signatures, which would change their bytes and
// so the identity other members see.
Certificate signAndFinish(X509 *cert, EVP_PKEY *key)
{
    for (int attempt = 0; attempt < 64; ++attempt) {
        if (X509_sign(cert, key, EVP_sha256()) <= 0)
            throwError("Cannot sign the certificate");
        const ASN1_BIT_STRING *signature = nullptr;
        X509_get0_signature(&signature, nullptr, cert);
        if (signature && isLowS(std::string_view(reinterpret_cast<const char *>(ASN1_STRING_get0_data(signature)),
                                                 static_cast<std::size_t>(ASN1_STRING_length(signature)))))
            break;
    }
    // Reparsed so the result is in the same state as any loaded
    // certificate (encoding and extension caches filled, read-only).
    return Certificate::fromDer(derOf(cert));
}

} // namespace

Certificate::Certificate(std::shared_ptr<void> cert)
{
    if (!cert)
        throw CryptoError("No certificate");
    auto state = std::make_shared<CertState>();
    state->cert = static_cast<X509 *>(cert.get());
    state->owner = std::move(cert);
    if (EVP_PKEY *pkey = X509_get_pubkey(state->cert)) {
        try {
            state->key.emplace(std::shared_ptr<void>(pkey, EVP_PKEY_free));
        } catch (const CryptoError &) {
            // Another key type: the certificate is still readable.
        }
    }
    clearErrors();
    m_cert = std::move(state);
}

Certificate Certificate::fromPem(std::string_view pem)
{
    const BioPtr bio = memoryBio(pem);
    X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, noPassphrase, nullptr));
    if (!cert)
        throwError("Cannot read the certificate PEM");
    return Certificate(share(std::move(cert)));
}

Certificate Certificate::fromDer(std::string_view der)
{
    if (der.size() > static_cast<std::size_t>(LONG_MAX))
        throw CryptoError("Certificate too large");
    const unsigned char *p = bytesOf(der);
    X509Ptr cert(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
    if (!cert)
        throwError("Cannot read the certificate DER");
    if (p != bytesOf(der) + der.size())
        throw CryptoError("Trailing bytes after the certificate DER");
    return Certificate(share(std::move(cert)));
}

std::string Certificate::toPem() const
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), x509Of(m_cert)) != 1)
        throwError("Cannot write the certificate PEM");
    return bioContents(bio.get());
}

Bytes Certificate::toDer() const { return derOf(x509Of(m_cert)); }

DistinguishedName Certificate::subject() const { return parseName(X509_get_subject_name(x509Of(m_cert))); }

DistinguishedName Certificate::issuer() const { return parseName(X509_get_issuer_name(x509Of(m_cert))); }

std::string Certificate::serialHex() const
{
    BnPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(x509Of(m_cert)), nullptr));
    if (!serial)
        throwError("Cannot read the serial number");
    Bytes bytes(static_cast<std::size_t>(BN_num_bytes(serial.get())), '\0');
    BN_bn2bin(serial.get(), reinterpret_cast<unsigned char *>(bytes.data()));
    return bytes.empty() ? "00" : toHex(bytes);
}

std::chrono::system_clock::time_point Certificate::notBefore() const
{
    return toTimePoint(X509_get0_notBefore(x509Of(m_cert)));
}

std::chrono::system_clock::time_point Certificate::notAfter() const
{
    return toTimePoint(X509_get0_notAfter(x509Of(m_cert)));
}

bool Certificate::isCa() const { return (X509_get_extension_flags(x509Of(m_cert)) & EXFLAG_CA) != 0; }

PublicKey Certificate::publicKey() const
{
    const CertState &state = stateOf(m_cert);
    if (!state.key)
        throw CryptoError("The certificate does not hold an ECDSA P-256 key");
    return *state.key;
}

bool Certificate::isIssuedBy(const Certificate &issuer) const
{
    X509 *cert = x509Of(m_cert);
    X509 *issuerCert = x509Of(issuer.m_cert);
    if (X509_NAME_cmp(X509_get_issuer_name(cert), X509_get_subject_name(issuerCert)) != 0)
        return false;
    EVP_PKEY *issuerKey = X509_get0_pubkey(issuerCert);
    const bool ok = issuerKey && X509_verify(cert, issuerKey) == 1;
    clearErrors();
    return ok;
}

void *Certificate::nativeHandle() const { return x509Of(m_cert); }

Certificate makeSelfSignedCa(const PrivateKey &caKey, const DistinguishedName &subject, int validityDays)
{
    auto *key = static_cast<EVP_PKEY *>(caKey.nativeHandle());
    X509Ptr cert = newCertificate(nullptr, subject, key, validityDays);
    addCaExtensions(cert.get());
    addSubjectKeyId(cert.get(), caKey.publicKey().ski());
    return signAndFinish(cert.get(), key);
}

namespace {

Certificate issue(const Certificate &ca, const PrivateKey &caKey, const PublicKey &subjectKey,
                  const DistinguishedName &subject, bool isCa, int validityDays, const SubjectAltNames *tlsNames)
{
    auto *caCert = static_cast<X509 *>(ca.nativeHandle());
    auto *key = static_cast<EVP_PKEY *>(caKey.nativeHandle());
    // Either mistake would yield certificates that never validate.
    if (!ca.isCa())
        throw CryptoError("The issuing certificate is not a CA");
    if (EVP_PKEY_eq(X509_get0_pubkey(caCert), key) != 1) {
        clearErrors();
        throw CryptoError("The CA key does not match the CA certificate");
    }
    X509Ptr cert = newCertificate(X509_get_subject_name(caCert), subject,
                                  static_cast<EVP_PKEY *>(subjectKey.nativeHandle()), validityDays);
    if (isCa)
        addCaExtensions(cert.get());
    else {
        addConfExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE");
        addConfExtension(cert.get(), NID_key_usage, "critical,digitalSignature");
    }
    if (tlsNames) {
        std::string altNames;
        for (const std::string &dns : tlsNames->dnsNames)
            altNames += (altNames.empty() ? "DNS:" : ",DNS:") + dns;
        for (const std::string &ip : tlsNames->ipAddresses)
            altNames += (altNames.empty() ? "IP:" : ",IP:") + ip;
        if (altNames.empty())
            throw CryptoError("A TLS certificate needs at least one subject alternative name");
        addConfExtension(cert.get(), NID_subject_alt_name, altNames.c_str());
        addConfExtension(cert.get(), NID_ext_key_usage, "serverAuth,clientAuth");
    }
    // The key identifier must match the one the CA certificate announces.
    const ASN1_OCTET_STRING *caKeyId = X509_get0_subject_key_id(caCert);
    addAuthorityKeyId(cert.get(), caKeyId ? Bytes(reinterpret_cast<const char *>(ASN1_STRING_get0_data(caKeyId)),
                                                  static_cast<std::size_t>(ASN1_STRING_length(caKeyId)))
                                          : caKey.publicKey().ski());
    addSubjectKeyId(cert.get(), subjectKey.ski());
    return signAndFinish(cert.get(), key);
}

} // namespace

Certificate issueCertificate(const Certificate &ca, const PrivateKey &caKey, const PublicKey &subjectKey,
                             const DistinguishedName &subject, bool isCa, int validityDays)
{
    return issue(ca, caKey, subjectKey, subject, isCa, validityDays, nullptr);
}

Certificate issueTlsCertificate(const Certificate &ca, const PrivateKey &caKey, const PublicKey &subjectKey,
                                const DistinguishedName &subject, const SubjectAltNames &names, int validityDays)
{
    return issue(ca, caKey, subjectKey, subject, false, validityDays, &names);
}

} // namespace lx::crypto

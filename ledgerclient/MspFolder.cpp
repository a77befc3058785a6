#include "ledgerclient/MspFolder.h"

#include "crypto/Certificate.h"
#include "crypto/Error.h"
#include "crypto/Random.h"
#include "ledger/DataFolder.h"
#include "ledgerclient/FabricMaterials.h"
#include "ledgerclient/Ledger.h"
#include "ledgerclient/Sandbox.h"

#include <algorithm>
#include <ctime>
#include <fstream>
#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <optional>
#include <sstream>
#include <vector>

namespace lx::client {

namespace fs = std::filesystem;

namespace {

LedgerError invalid(const std::string &code, const std::string &message)
{
    return LedgerError(LedgerError::Kind::DataInvalid, code, message);
}

// The regular files of folder, sorted (Fabric's MSP loader reads every file
// of signcerts/ and keystore/, whatever its name).
std::vector<fs::path> filesIn(const fs::path &folder)
{
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec))
            files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string names(const std::vector<fs::path> &files)
{
    std::string out;
    for (const fs::path &file : files)
        out += (out.empty() ? "" : ", ") + file.filename().string();
    return out;
}

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    if (!in)
        throw invalid("MSP_PEM_UNREADABLE", "cannot read " + path.string());
    return out.str();
}

std::size_t count(const std::string &text, const std::string &what)
{
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size()))
        ++n;
    return n;
}

std::string utcText(std::chrono::system_clock::time_point when)
{
    const std::time_t t = std::chrono::system_clock::to_time_t(when);
    std::tm tm {};
    gmtime_r(&t, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S UTC", &tm);
    return text;
}

// The one folder's one file: none or several is refused naming the folder.
fs::path theOneFile(
    const fs::path &folder, const std::string &what, const std::string &noneCode, const std::string &manyCode)
{
    const std::vector<fs::path> files = filesIn(folder);
    if (files.empty())
        throw invalid(noneCode, "no " + what + " in " + folder.string() + " (Fabric's MSP layout wants exactly one)");
    if (files.size() > 1)
        throw invalid(manyCode,
            std::to_string(files.size()) + " files in " + folder.string() + " (" + names(files)
                + "); Fabric's MSP layout wants exactly one " + what);
    return files.front();
}

// Why a private key PEM that crypto::PrivateKey refused was refused: a key
// of another type or curve OpenSSL can read, or no key at all.
[[noreturn]] void refuseKey(const fs::path &file, const std::string &pem, const std::string &cryptoMessage)
{
    BIO *bio = BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size()));
    EVP_PKEY *key = bio ? PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(bio);
    ERR_clear_error();
    if (!key)
        throw invalid("MSP_PEM_UNREADABLE",
            file.string() + " is not a readable private key PEM (PKCS#8 or SEC1, " + "unencrypted): " + cryptoMessage);
    std::string type = EVP_PKEY_get0_type_name(key) ? EVP_PKEY_get0_type_name(key) : "unknown";
    char group[64] = {};
    if (EVP_PKEY_get_group_name(key, group, sizeof group, nullptr) == 1)
        type += std::string(" ") + group;
    EVP_PKEY_free(key);
    ERR_clear_error();
    throw invalid("MSP_KEY_UNSUPPORTED",
        file.string() + " holds a " + type + " key; LianXin and Fabric's default BCCSP sign with ECDSA P-256 only");
}

crypto::Certificate readCertificate(const fs::path &file, const std::string &pem)
{
    if (count(pem, "-----BEGIN CERTIFICATE-----") > 1)
        throw invalid("MSP_CERTIFICATES_MANY",
            file.string() + " holds several certificates; Fabric's MSP layout wants exactly one in signcerts");
    crypto::Certificate cert = [&] {
        try {
            return crypto::Certificate::fromPem(pem);
        } catch (const crypto::CryptoError &e) {
            throw invalid("MSP_PEM_UNREADABLE", file.string() + " is not a readable certificate PEM: " + e.what());
        }
    }();
    try {
        cert.publicKey();
    } catch (const crypto::CryptoError &) {
        throw invalid("MSP_KEY_UNSUPPORTED",
            "the certificate " + file.string()
                + " does not hold an ECDSA P-256 key, the only kind LianXin and Fabric's default BCCSP use");
    }
    return cert;
}

// The cacerts/ certificate that issued cert, if any (an unreadable file
// there is not the import's business: Fabric's own loader judges cacerts).
std::string issuerIn(const fs::path &folder, const crypto::Certificate &cert)
{
    for (const fs::path &file : filesIn(folder)) {
        try {
            const std::string pem = readFile(file);
            if (cert.isIssuedBy(crypto::Certificate::fromPem(pem)))
                return pem;
        } catch (const std::exception &) {
        }
    }
    return {};
}

// The folder's one certificate and the key that belongs to it, the
// certificate valid at now.
struct SigningPair
{
    std::string certPem;
    crypto::Certificate cert;
    crypto::PrivateKey key;
    fs::path certFile;
};

SigningPair readSigningPair(const fs::path &dir, std::chrono::system_clock::time_point now)
{
    const fs::path certFile
        = theOneFile(dir / "signcerts", "certificate", "MSP_NO_CERTIFICATE", "MSP_CERTIFICATES_MANY");
    const std::string certPem = readFile(certFile);
    const crypto::Certificate cert = readCertificate(certFile, certPem);

    const fs::path keyFile = theOneFile(dir / "keystore", "private key", "MSP_NO_KEY", "MSP_KEYS_MANY");
    std::string keyPem = readFile(keyFile);
    std::optional<crypto::PrivateKey> key;
    try {
        key = crypto::PrivateKey::fromPem(keyPem);
    } catch (const crypto::CryptoError &e) {
        const std::string why = e.what();
        const std::string pem = std::move(keyPem);
        refuseKey(keyFile, pem, why);
    }
    OPENSSL_cleanse(keyPem.data(), keyPem.size());
    if (key->publicKey().toDer() != cert.publicKey().toDer())
        throw invalid("MSP_KEY_MISMATCH",
            "the private key " + keyFile.string() + " does not belong to the certificate " + certFile.string());

    if (now < cert.notBefore())
        throw invalid("MSP_CERT_NOT_YET_VALID",
            "the certificate " + certFile.string() + " is not valid yet: not before " + utcText(cert.notBefore()));
    if (now > cert.notAfter())
        throw invalid(
            "MSP_CERT_EXPIRED", "the certificate " + certFile.string() + " expired on " + utcText(cert.notAfter()));
    return { certPem, cert, std::move(*key), certFile };
}

} // namespace

MspFolderIdentity readMspFolder(const fs::path &dir, std::chrono::system_clock::time_point now)
{
    SigningPair pair = readSigningPair(dir, now);
    const crypto::Certificate &cert = pair.cert;
    const fs::path &certFile = pair.certFile;
    const crypto::DistinguishedName subject = cert.subject();
    const std::vector<Role> roles = rolesFromOus(subject.organizationalUnits);
    if (roles.size() != 1) {
        std::string ous;
        for (const std::string &ou : subject.organizationalUnits)
            ous += (ous.empty() ? "" : ", ") + ou;
        throw invalid("MSP_ROLE_UNKNOWN",
            "the certificate " + certFile.string() + " has the OUs [" + ous
                + "]: " + (roles.empty() ? std::string("no") : std::string("more than one"))
                + " LianXin role (OU client with officer, checker, manager or auditor; or OU admin alone)");
    }

    MspFolderIdentity identity { pair.certPem, std::move(pair.key), issuerIn(dir / "cacerts", cert), roles.front(),
        subject.commonName };
    return identity;
}

NodeIdentity readNodeMspFolder(const fs::path &dir, std::chrono::system_clock::time_point now)
{
    SigningPair pair = readSigningPair(dir, now);
    const crypto::DistinguishedName subject = pair.cert.subject();
    const auto &ous = subject.organizationalUnits;
    if (std::find(ous.begin(), ous.end(), "peer") == ous.end() && std::find(ous.begin(), ous.end(), "orderer") == ous.end())
        throw invalid("MSP_NOT_A_NODE",
            "the certificate " + pair.certFile.string() + " is not a node's (neither OU peer nor OU orderer)");
    return { pair.certPem, std::move(pair.key), subject.commonName };
}

WalletEntry importMspIdentity(
    Wallet &wallet, const std::string &mspId, const std::string &user, const MspFolderIdentity &identity, bool replace)
{
    if (mspId.empty() || user.empty() || mspId.find('/') != std::string::npos || user.find('/') != std::string::npos)
        throw std::invalid_argument("An MSP ID and a user name are needed, without \"/\".");
    WalletEntry entry;
    entry.label = mspId + "/" + user;
    const auto existing = wallet.entries();
    if (!replace
        && std::any_of(existing.begin(), existing.end(), [&](const auto &e) { return e.label == entry.label; }))
        throw LedgerError(LedgerError::Kind::Rejected, "MSP_IDENTITY_EXISTS",
            "the wallet holds " + entry.label + " already; nothing was changed (replace it to renew the certificate)");
    entry.mspId = mspId;
    entry.user = user;
    entry.role = identity.role;
    entry.displayName = identity.commonName.empty() ? user : identity.commonName;
    entry.certPem = identity.certPem;
    entry.caCertPem = identity.caCertPem;
    wallet.add(entry, identity.key);
    return entry;
}

std::string issuingCaPem(const WalletEntry &entry, const fs::path &consortiumDir)
{
    if (!entry.caCertPem.empty())
        return entry.caCertPem;
    const fs::path file = consortiumDir / "cas" / entry.mspId / "ca-cert.pem";
    std::error_code ec;
    if (!fs::exists(file, ec))
        return {};
    try {
        const std::string pem = readFile(file);
        if (crypto::Certificate::fromPem(entry.certPem).isIssuedBy(crypto::Certificate::fromPem(pem)))
            return pem;
    } catch (const std::exception &) {
    }
    return {};
}

void exportMspIdentity(const Wallet &wallet, const std::string &label, const fs::path &outDir, const std::string &caPem)
{
    std::error_code ec;
    if (fs::exists(outDir, ec) && (!fs::is_directory(outDir, ec) || !fs::is_empty(outDir, ec)))
        throw LedgerError(LedgerError::Kind::Rejected, "MSP_EXPORT_NOT_EMPTY",
            outDir.string() + " exists and is not an empty folder; nothing was written (choose a new folder)");
    const SigningIdentity identity = wallet.identity(label);

    const fs::path target = fs::absolute(outDir);
    ledger::createOwnerOnlyDirectories(target.parent_path());
    const fs::path staging
        = target.parent_path() / ("." + target.filename().string() + ".tmp-" + toHex(crypto::randomBytes(6)));
    try {
        MspFolderFiles files;
        files.caPem = caPem;
        files.certPem = identity.certPem();
        files.keyPem = identity.privateKey().toPem();
        files.keyFile = "priv_sk";
        writeMspFolder(staging, files);
        OPENSSL_cleanse(files.keyPem.data(), files.keyPem.size());
        // Replaces an empty outDir; fails (and is reported) if something
        // appeared in it meanwhile.
        fs::rename(staging, target);
    } catch (...) {
        fs::remove_all(staging, ec);
        throw;
    }
}

} // namespace lx::client

#include "ledgerclient/SandboxCa.h"

#include "crypto/Error.h"
#include "ledger/Genesis.h"
#include "ledgerclient/Ledger.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

namespace lx::client {

namespace fs = std::filesystem;

std::string lowerCase(std::string text)
{
    std::transform(
        text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

crypto::DistinguishedName sandboxName(
    const std::string &organization, std::vector<std::string> ous, std::string commonName)
{
    crypto::DistinguishedName name;
    name.country = "CN";
    name.organization = organization;
    name.organizationalUnits = std::move(ous);
    name.commonName = std::move(commonName);
    return name;
}

// Its key is written next to its certificate so the sandbox can enrol more
// users later: sandbox-only material. A real consortium's CA keys never come
// near a workstation, and they are kept out of the wallet, which holds user
// identities only.
SandboxCa createSandboxCa(const fs::path &consortiumDir, const std::string &mspId, const std::string &orgName)
{
    crypto::PrivateKey key = crypto::PrivateKey::generate();
    crypto::Certificate cert
        = crypto::makeSelfSignedCa(key, sandboxName(orgName, {}, "ca." + lowerCase(mspId)), kSandboxValidityDays);
    ledger::writeNodeIdentity(consortiumDir / "cas" / mspId, "ca", { mspId, cert.toPem(), key.toPem() });
    return { std::move(key), std::move(cert) };
}

SandboxCa loadSandboxCa(const fs::path &consortiumDir, const std::string &mspId)
{
    const fs::path dir = consortiumDir / "cas" / mspId;
    try {
        SandboxCa ca { crypto::PrivateKey::fromPem(readSandboxFile(dir / "ca-key.pem")),
            crypto::Certificate::fromPem(readSandboxFile(dir / "ca-cert.pem")) };
        if (ca.key.publicKey().toDer() != ca.cert.publicKey().toDer() || !ca.cert.isCa())
            throw LedgerError(LedgerError::Kind::DataInvalid, "SANDBOX_CA_MISSING",
                "the CA key in " + dir.string() + " does not belong to its certificate");
        return ca;
    } catch (const crypto::CryptoError &e) {
        throw LedgerError(LedgerError::Kind::DataInvalid, "SANDBOX_CA_MISSING",
            "the CA in " + dir.string() + " cannot be read: " + e.what());
    }
}

IssuedIdentity issueSandboxIdentity(const SandboxCa &ca, std::vector<std::string> ous, const std::string &commonName)
{
    crypto::PrivateKey key = crypto::PrivateKey::generate();
    const crypto::Certificate cert = crypto::issueCertificate(ca.cert, ca.key, key.publicKey(),
        sandboxName(ca.cert.subject().organization, std::move(ous), commonName), false, kSandboxValidityDays);
    return { std::move(key), cert.toPem() };
}

IssuedIdentity issueSandboxTls(const SandboxCa &ca, const std::string &commonName, const crypto::SubjectAltNames &names)
{
    crypto::PrivateKey key = crypto::PrivateKey::generate();
    const crypto::Certificate cert = crypto::issueTlsCertificate(ca.cert, ca.key, key.publicKey(),
        sandboxName(ca.cert.subject().organization, {}, commonName), names, kSandboxValidityDays);
    return { std::move(key), cert.toPem() };
}

std::string readSandboxFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw LedgerError(LedgerError::Kind::DataInvalid, "SANDBOX_CA_MISSING",
            "cannot read " + path.string() + ": is this a sandbox data folder?");
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

} // namespace lx::client

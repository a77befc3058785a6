#pragma once

#include "crypto/Certificate.h"
#include "crypto/EcKey.h"

#include <filesystem>
#include <string>
#include <vector>

namespace lx::client {

// The sandbox's certificate authorities: one per organization, its key kept
// beside its certificate in consortium/cas/<MSPID>/ (ca-cert.pem, ca-key.pem;
// sandbox-only material). Shared by the sandbox (ledgerclient/Sandbox.cpp)
// and the Fabric crypto material made from it (ledgerclient/FabricMaterials.cpp).

inline constexpr int kSandboxValidityDays = 3652; // ten years

// C=CN, O=organization, OU=ous..., CN=commonName.
crypto::DistinguishedName sandboxName(
    const std::string &organization, std::vector<std::string> ous, std::string commonName);

struct SandboxCa
{
    crypto::PrivateKey key;
    crypto::Certificate cert;
};

// A new self-signed CA (ECDSA P-256) named "ca.<lower-case MSP ID>", written
// to consortium/cas/<mspId>/.
SandboxCa createSandboxCa(
    const std::filesystem::path &consortiumDir, const std::string &mspId, const std::string &orgName);
// The CA createSandboxCa wrote. Throws LedgerError(DataInvalid,
// "SANDBOX_CA_MISSING") naming the file when it is missing or unreadable, or
// when its key does not match its certificate.
SandboxCa loadSandboxCa(const std::filesystem::path &consortiumDir, const std::string &mspId);

struct IssuedIdentity
{
    crypto::PrivateKey key;
    std::string certPem;
};

// A new key and its certificate issued by ca, O = the CA's organization.
IssuedIdentity issueSandboxIdentity(const SandboxCa &ca, std::vector<std::string> ous, const std::string &commonName);
// A new key and its TLS certificate (subject alternative names, serverAuth
// and clientAuth) issued by ca.
IssuedIdentity issueSandboxTls(
    const SandboxCa &ca, const std::string &commonName, const crypto::SubjectAltNames &names);

std::string lowerCase(std::string text);

// A file of the sandbox's material; a missing or unreadable one is
// LedgerError(DataInvalid, "SANDBOX_CA_MISSING") naming it.
std::string readSandboxFile(const std::filesystem::path &path);

} // namespace lx::client

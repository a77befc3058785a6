#pragma once

#include "crypto/EcKey.h"
#include "ledgerclient/Wallet.h"

#include <chrono>
#include <filesystem>
#include <string>

namespace lx::client {

// Identities in Hyperledger Fabric's MSP folder layout, as a bank's Fabric
// CA (fabric-ca-client enroll) or cryptogen writes them, into the wallet and
// back out (lianxin-cli identities import|export, docs/wallet.md).

// One signing identity read from an MSP folder and checked.
struct MspFolderIdentity
{
    std::string certPem; // signcerts/ (the file as read)
    crypto::PrivateKey key; // keystore/
    std::string caCertPem; // the cacerts/ certificate that issued certPem; empty when none did
    Role role = Role::Officer; // from the certificate's OUs (rolesFromOus)
    std::string commonName;
};

// Reads dir/signcerts (exactly one certificate, ECDSA P-256) and
// dir/keystore (exactly one private key: PEM, PKCS#8 or SEC1, ECDSA P-256)
// and checks that the key belongs to the certificate, that the certificate
// is valid at now, and that its OUs give exactly one role. Every refusal is
// LedgerError(DataInvalid, code) naming the file or folder and the cause:
// MSP_NO_CERTIFICATE, MSP_CERTIFICATES_MANY, MSP_NO_KEY, MSP_KEYS_MANY,
// MSP_PEM_UNREADABLE, MSP_KEY_UNSUPPORTED, MSP_KEY_MISMATCH,
// MSP_CERT_EXPIRED (with the date), MSP_CERT_NOT_YET_VALID (with the date),
// MSP_ROLE_UNKNOWN.
MspFolderIdentity readMspFolder(const std::filesystem::path &dir, std::chrono::system_clock::time_point now);

// A node's identity (a peer's or an orderer's own MSP folder, e.g. the one
// cryptogen or fabric-ca-client writes for peer0): read and checked as
// readMspFolder does, but the certificate must carry OU peer or OU orderer
// (MSP_NOT_A_NODE otherwise). What signs a node's availability statement.
struct NodeIdentity
{
    std::string certPem;
    crypto::PrivateKey key;
    std::string commonName;
};
NodeIdentity readNodeMspFolder(const std::filesystem::path &dir, std::chrono::system_clock::time_point now);

// Adds identity to wallet as "mspId/user" and returns its entry. A label the
// wallet holds already is LedgerError(Rejected, "MSP_IDENTITY_EXISTS")
// unless replace. The wallet file is written once, atomically, or not at all.
WalletEntry importMspIdentity(
    Wallet &wallet, const std::string &mspId, const std::string &user, const MspFolderIdentity &identity, bool replace);

// The certificate of the CA that issued entry's: the one the wallet keeps,
// else the consortium's CA of its MSP (consortium/cas/<MSP>/ca-cert.pem,
// the sandbox's users) when it issued it; empty when neither.
std::string issuingCaPem(const WalletEntry &entry, const std::filesystem::path &consortiumDir);

// Writes label's identity to outDir in the MSP layout: signcerts/cert.pem,
// keystore/priv_sk (0600, folders 0700) and, when caPem is given,
// cacerts/ca.pem with config.yaml (NodeOUs as network materials writes
// them). An outDir that exists and is not an empty folder is
// LedgerError(Rejected, "MSP_EXPORT_NOT_EMPTY"). Written into a staging
// folder beside outDir and renamed into place: nothing is left on failure.
void exportMspIdentity(
    const Wallet &wallet, const std::string &label, const std::filesystem::path &outDir, const std::string &caPem);

} // namespace lx::client

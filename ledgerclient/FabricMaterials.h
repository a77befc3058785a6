#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace lx::client {

// Hyperledger Fabric crypto material made from a sandbox data folder, so
// that a Fabric network (scripts/fabric-network.sh) runs with the very
// organizations, CAs, peers, orderer and wallet users of the sandbox
// (docs/fabric-network.md). Written under outDir:
//   orgs/<MSP>/msp/                 the organization's MSP: cacerts/ca.pem,
//                                   tlscacerts/ca.pem, config.yaml (NodeOUs)
//   orgs/<MSP>/peer0/msp/, tls/     its peer: the sandbox's peer identity, a
//                                   new TLS certificate (server.crt/.key, ca.crt)
//   orgs/<MSP>/admin/msp/, tls/     a new administrator (OU admin) for channel
//                                   and lifecycle operations, and its TLS
//                                   client certificate
//   orgs/<OrdererMSP>/orderer0/msp/, tls/   the orderer, likewise
//   users/<MSP>/<user>/msp/         every wallet user: signcerts/cert.pem,
//                                   keystore/key.pem (PKCS#8), cacerts/ca.pem,
//                                   config.yaml
//   chaincode-tls/                  the chaincode servers' TLS: ca.crt (a CA
//                                   made for them), server.crt/.key, and
//                                   client.crt/.key that peers present
// Every TLS certificate names localhost and 127.0.0.1; every key is ECDSA
// P-256; private keys are 0600.
struct FabricMaterialsSummary
{
    std::vector<std::string> orgs; // the members' MSP IDs, sorted
    std::string ordererMspId;
    std::size_t users = 0;
};

// Throws LedgerError(Rejected, "FABRIC_MATERIALS_EXIST") when outDir holds
// orgs/, users/ or chaincode-tls/ already; LedgerError(DataInvalid,
// "SANDBOX_CA_MISSING") when a CA or node identity of the sandbox is missing;
// WalletError for a wrong passphrase. On failure nothing new is left in outDir.
FabricMaterialsSummary writeFabricMaterials(
    const std::filesystem::path &dataDir, const std::string &passphrase, const std::filesystem::path &outDir);

// One MSP folder as Fabric's MSP loader reads it; every folder made here is
// 0700, a key 0600, anything else 0644:
//   cacerts/ca.pem and config.yaml (NodeOUs under that CA)  when caPem is given
//   tlscacerts/ca.pem                                        when tlsCaPem is
//   signcerts/cert.pem and keystore/<keyFile>                when certPem is
// The one writer of MSP folders: network materials (the sandbox's CA serves
// as TLS CA too) and identities export (ledgerclient/MspFolder.h) use it.
// Throws LedgerError(Unavailable, "DATA_FOLDER_IO") when a file cannot be
// written; what was written before stays (callers write into a staging
// folder).
struct MspFolderFiles
{
    std::string caPem;
    std::string tlsCaPem;
    std::string certPem;
    std::string keyPem;
    std::string keyFile = "key.pem";
};
void writeMspFolder(const std::filesystem::path &msp, const MspFolderFiles &files);

// The config.yaml of an MSP folder whose CA certificate is cacerts/<caFile>:
// NodeOUs enabled, client/peer/admin/orderer OUs identified under that CA.
std::string fabricNodeOusConfig(const std::string &caFile);

} // namespace lx::client

#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace lx::ledger {

// An organization as a channel's configuration knows it: its MSP ID and the
// root CA certificate its identities chain to.
struct OrgConfig
{
    std::string mspId;
    std::string rootCertPem;
};

// A node's signing identity (a peer or the orderer), held by the node.
struct NodeIdentity
{
    std::string mspId;
    std::string certPem;
    std::string keyPem;
};

// Layout of an embedded consortium's folder:
//   nodes/<MSPID>/peer-cert.pem, peer-key.pem     each member's endorsing peer
//   nodes/orderer/orderer-cert.pem, orderer-key.pem
//   channels/<channel>/blocks.dat, state.db, private/<MSPID>.db
std::filesystem::path peerDir(const std::filesystem::path &consortiumDir, const std::string &mspId);
std::filesystem::path ordererDir(const std::filesystem::path &consortiumDir);
std::filesystem::path channelDir(const std::filesystem::path &consortiumDir, const std::string &channelId);

// Writes a node identity's files (mode 0600, its folders 0700).
void writeNodeIdentity(const std::filesystem::path &dir, const std::string &prefix, const NodeIdentity &identity);

// Creates a channel: its folder and its genesis block (a CONFIG transaction
// carrying a common.ConfigEnvelope whose Application group has one MSP per
// member organization and whose Orderer group has the orderer's MSP, with
// configtxgen's default policies, ledger/ConfigUpdate.h), signed by the
// orderer. Throws LedgerError when the channel already exists.
void createChannel(const std::filesystem::path &consortiumDir, const std::string &channelId,
                   const std::vector<OrgConfig> &members, const OrgConfig &ordererOrg,
                   const NodeIdentity &orderer);

} // namespace lx::ledger

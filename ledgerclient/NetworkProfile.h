#pragma once

#include "ledgerclient/FabricGateway.h"

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace lx::client {

// A connection profile that cannot be used: the file, the field (a dotted
// path such as "peers.peer0.org1.example.com.url", empty when the whole
// file is at fault) and what is wrong. what() says all three:
// "profile.yaml: organizations.Org1: no peers". A type of its own so that
// the CLI can answer it with exit 2 (usage), as a wrong option.
class NetworkProfileError : public std::runtime_error
{
public:
    // Stable reason codes: the file cannot be read, is not YAML or JSON,
    // or a field is missing or wrong.
    static constexpr const char *kUnreadable = "PROFILE_UNREADABLE";
    static constexpr const char *kSyntax = "PROFILE_SYNTAX";
    static constexpr const char *kInvalid = "PROFILE_INVALID";

    NetworkProfileError(std::string reasonCode, std::filesystem::path file, std::string field, std::string problem);

    const std::string &reasonCode() const { return m_reasonCode; }
    const std::filesystem::path &file() const { return m_file; }
    const std::string &field() const { return m_field; }
    const std::string &problem() const { return m_problem; }

private:
    std::string m_reasonCode;
    std::filesystem::path m_file;
    std::string m_field;
    std::string m_problem;
};

// A peer or an orderer as the profile names it.
struct NetworkNode
{
    std::string name; // the key under peers: or orderers:, "peer0.org1.example.com"
    std::string url; // as written, "grpcs://localhost:7051"
    std::string address; // HOST:PORT from the url, "localhost:7051"
    bool tls = true; // grpcs:// (true) or grpc:// (false)
    // Its TLS root certificate(s) in PEM: tlsCACerts.pem, or the file
    // tlsCACerts.path names (relative to the profile's folder). Required
    // for grpcs://; ignored (left empty) for grpc://.
    std::string tlsCaPem;
    // grpcOptions.ssl-target-name-override (else grpcOptions.hostnameOverride):
    // the host name the TLS certificate is checked against; empty: the url's.
    std::string hostNameOverride;
};

struct NetworkOrganization
{
    std::string name; // the key under organizations:, "Org1"
    std::string mspId; // "Org1MSP"
    std::vector<std::string> peers; // names of peers: entries, in the profile's order
};

// Fabric's common connection profile (JSON or YAML), the part a Gateway
// client needs: who we are and where our organization's peers are. See
// docs/fabric-gateway.md, "Connection profile".
struct NetworkProfile
{
    std::filesystem::path file; // as given to readNetworkProfile
    std::string name; // the network's name ("name:")
    std::string version; // "version:", empty when absent
    std::string organization; // client.organization, "Org1"
    std::string mspId; // that organization's MSP ID, "Org1MSP"
    std::vector<NetworkOrganization> organizations; // in the profile's order
    std::vector<NetworkNode> peers; // every peers: entry, in the profile's order
    std::vector<NetworkNode> orderers; // every orderers: entry, possibly none
    std::vector<std::string> channels; // the keys under channels:, possibly none
    // Mutual TLS: client.tlsCerts.client.cert and .key (each .pem or
    // .path); both empty when the profile gives none.
    std::string clientCertPem;
    std::string clientKeyPem;

    // The client organization's peers, in its organizations: entry's order.
    std::vector<const NetworkNode *> organizationPeers() const;
    // The peer called name; NetworkProfileError when there is none.
    const NetworkNode &peer(std::string_view name) const;

    // How to reach the client organization's first peer, or the peer
    // called peerName (any peer of the profile): its address, its TLS CA
    // (empty for grpc://, so plaintext), the client's certificate and key
    // for mutual TLS, the default timeouts. The peer's hostNameOverride
    // has no place in FabricPeerEndpoint yet: the address's host must be
    // one its certificate names.
    FabricPeerEndpoint endpoint(std::string_view peerName = {}) const;
};

// Reads and checks a connection profile. JSON and YAML alike (the content
// decides, not the file's extension). Relative tlsCACerts/tlsCerts paths
// are resolved from the profile's folder and read at once. Throws
// NetworkProfileError naming the file and the field for anything missing
// or wrong: no name, no client.organization, an organization that is not
// among organizations:, an organization without mspid or without peers, a
// peer name that is not among peers:, a url that is not grpc://HOST:PORT or
// grpcs://HOST:PORT, a grpcs:// node without tlsCACerts, a tlsCACerts or
// tlsCerts path that does not exist or holds no PEM certificate (the error
// names the resolved path), a client certificate without its key.
NetworkProfile readNetworkProfile(const std::filesystem::path &file);

// The same on a profile's content already read; file names it in errors
// and its folder is where relative paths start.
NetworkProfile parseNetworkProfile(std::string_view content, const std::filesystem::path &file);

} // namespace lx::client

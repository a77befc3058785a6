// network_profile_dump PROFILE [--peer NAME] [--ca-out FILE]: what
// readNetworkProfile reads from a connection profile, one fact a line, for
// tests/fabric/network_up_down.sh to compare with the network it started:
//   name NAME / organization ORG / mspid MSP
//   peer NAME ADDRESS grpcs|grpc   (every peer, the profile's order)
//   orderer NAME ADDRESS grpcs|grpc
//   channel NAME
//   endpoint ADDRESS               (the client organization's first peer, or --peer)
// --ca-out writes the endpoint's TLS CA PEM to FILE. Exit 2 with the
// reader's message when it refuses the profile.
#include "ledgerclient/NetworkProfile.h"

#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char **argv)
{
    std::string profilePath;
    std::string peerName;
    std::string caOut;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if ((arg == "--peer" || arg == "--ca-out") && i + 1 < argc) {
            (arg == "--peer" ? peerName : caOut) = argv[++i];
        } else if (profilePath.empty() && !arg.starts_with("--")) {
            profilePath = arg;
        } else {
            std::cerr << "usage: network_profile_dump PROFILE [--peer NAME] [--ca-out FILE]\n";
            return 2;
        }
    }
    if (profilePath.empty()) {
        std::cerr << "usage: network_profile_dump PROFILE [--peer NAME] [--ca-out FILE]\n";
        return 2;
    }
    try {
        const lx::client::NetworkProfile profile = lx::client::readNetworkProfile(profilePath);
        std::cout << "name " << profile.name << "\norganization " << profile.organization << "\nmspid " << profile.mspId
                  << "\n";
        for (const auto &peer : profile.peers)
            std::cout << "peer " << peer.name << " " << peer.address << " " << (peer.tls ? "grpcs" : "grpc") << "\n";
        for (const auto &orderer : profile.orderers)
            std::cout << "orderer " << orderer.name << " " << orderer.address << " " << (orderer.tls ? "grpcs" : "grpc")
                      << "\n";
        for (const auto &channel : profile.channels)
            std::cout << "channel " << channel << "\n";
        const lx::client::FabricPeerEndpoint endpoint = profile.endpoint(peerName);
        std::cout << "endpoint " << endpoint.address << "\n";
        if (!caOut.empty()) {
            std::ofstream out(caOut, std::ios::binary);
            out << endpoint.tlsCaPem;
            if (!out) {
                std::cerr << "cannot write " << caOut << "\n";
                return 1;
            }
        }
    } catch (const lx::client::NetworkProfileError &e) {
        std::cerr << e.what() << "\n";
        return 2;
    }
    return 0;
}

#pragma once

#include "ledgerclient/Client.h"
#include "ledgerclient/FabricGateway.h"
#include "ledgerclient/MspFolder.h"
#include "ledgerclient/NetworkProfile.h"
#include "ledgerclient/SigningIdentity.h"

#include <chrono>
#include <filesystem>
#include <string>

namespace lx::test {

// A user of the Fabric test network (scripts/fabric-network.sh up NET): the
// signing identity of NET/users/<MSP>/<USER>/msp.
inline client::SigningIdentity networkIdentity(
    const std::filesystem::path &net, const std::string &msp, const std::string &user)
{
    client::MspFolderIdentity id
        = client::readMspFolder(net / "users" / msp / user / "msp", std::chrono::system_clock::now());
    return client::SigningIdentity(msp, id.certPem, std::move(id.key));
}

// That user as a client of their own organization's peer
// (NET/profiles/<MSP>.json).
inline client::Client networkClient(const std::filesystem::path &net, const std::string &msp, const std::string &user)
{
    return client::Client(
        client::openFabricGateway(client::readNetworkProfile(net / "profiles" / (msp + ".json")).endpoint()),
        networkIdentity(net, msp, user));
}

} // namespace lx::test

#pragma once

#include "crypto/Bytes.h"

#include "common/configtx.pb.h"

#include <optional>
#include <set>
#include <string>

namespace lx::chaincode::governance {

// How the registry judges a channel configuration update it is asked to
// record for a passed admission (docs/channel-configuration.md). It cannot
// see the channel's configuration, so it judges the update from its read
// and write sets alone.

// The DER of a PEM certificate; nullopt when it is none.
std::optional<Bytes> certificateDer(const std::string &pem);

// What the update does besides adding the organization mspId, with the
// root certificates roots (DER), to /Channel/Application; nullopt when
// nothing. Names the first problem, the same on every endorsing peer.
std::optional<std::string> updateProblem(
    const common::ConfigUpdate &update, const std::string &mspId, const std::set<Bytes> &roots);

} // namespace lx::chaincode::governance

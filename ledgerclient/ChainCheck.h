#pragma once

#include "ledger/ChainVerifier.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace lx::client {

class Client;

// The consortium's contracts that run on one channel, for re-checking
// endorsement policies while verifying that channel's chain.
ledger::ContractLookup channelContracts(const std::string &channel);

struct ChainCheckOutcome
{
    std::uint64_t height = 0; // at the start of the check
    std::uint64_t blocksVerified = 0;
    std::optional<ledger::ChainProblem> problem;
    bool cancelled = false;
};

// Verifies a channel's chain the way `lianxin-cli ledger verify` does
// (ledger::ChainVerifier at transaction depth, the standard contracts'
// policies), but block by block through the client, so it works on any
// backend. progress(checked, height) is called after every block; returning
// false cancels. Blocks; throws LedgerError when the ledger cannot answer.
ChainCheckOutcome checkChain(
    Client &client, const std::string &channel, const std::function<bool(std::uint64_t, std::uint64_t)> &progress);

} // namespace lx::client

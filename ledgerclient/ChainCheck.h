#pragma once

#include "ledger/ChainVerifier.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lx::client {

class Client;

// The consortium's contracts that run on one channel, for re-checking
// endorsement policies while verifying that channel's chain.
ledger::ContractLookup channelContracts(const std::string &channel);

struct ChainCheckOutcome
{
    std::uint64_t height = 0; // at the start of the check
    std::uint64_t blocksVerified = 0;
    std::uint64_t transactionsVerified = 0;
    std::optional<ledger::ChainProblem> problem;
    bool cancelled = false;
    // The chain is a Fabric network's (configtxgen's genesis): verified as
    // Fabric's peers verify blocks (docs/fabric-block-verification.md).
    bool fabric = false;
    // What was accepted without being verified, each named once.
    std::vector<std::string> notVerified;
};

// Verifies a channel's chain the way `lianxin-cli ledger verify` does
// (ledger::ChainVerifier at transaction depth, the standard contracts'
// policies), but block by block through the client, so it works on any
// backend. progress(checked, height) is called after every block; returning
// false cancels. Blocks; throws LedgerError when the ledger cannot answer.
ChainCheckOutcome checkChain(
    Client &client, const std::string &channel, const std::function<bool(std::uint64_t, std::uint64_t)> &progress);

// The entry point of `lianxin-cli --network PROFILE ledger verify` and the
// GUI's verification on a Fabric peer: every block of the channel from the
// peer (qscc GetBlockByNumber, the block as the peer stores it, metadata
// included), verified at transaction depth. The outcome names the blocks
// verified, the first problem (block number and reason) and what could not
// be verified. Any backend works; the embedded ledger's chains are verified
// as before.
ChainCheckOutcome verifyChannelOnPeer(
    Client &client, const std::string &channel, const std::function<bool(std::uint64_t, std::uint64_t)> &progress = {});

} // namespace lx::client

#pragma once

#include "peer/proposal.pb.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lx::client {

// The organizations whose peers must endorse a proposal, by the contract's
// own per-invocation policy (chaincode::Contract::endorsementPolicy), as the
// embedded consortium plans it; empty when the proposal names no contract
// of ours on its channel, or cannot be read (the gateway plans then).
//
// A Fabric gateway cannot plan our endorsements by itself: every chaincode
// definition's policy is any one member's peer and the real one rides on
// state-based endorsement (docs/fabric-network.md), which the gateway only
// learns from a first endorsement, through service discovery.
std::vector<std::string> endorsingOrganizations(const protos::SignedProposal &proposal);

// The MSP ID of the proposal's signer; empty when it cannot be read. A query
// runs on a peer of that organization, as on the embedded ledger, so that
// it reads the bank's own private data (drafts).
std::string creatorMspId(const protos::SignedProposal &proposal);

// What a signed proposal (serialized protos::SignedProposal) asks: the
// channel, the chaincode and its arguments (the function first), and the
// private inputs it carries to the endorsers (a draft's action); nullopt
// when it cannot be read.
struct ProposalCall
{
    std::string channel;
    std::string chaincode;
    std::vector<std::string> args;
    std::map<std::string, std::string> transient;
};
std::optional<ProposalCall> proposalCall(const std::string &signedProposal);

} // namespace lx::client

#pragma once

#include "app/chaincode/ShimStub.h"
#include "chaincode/Contract.h"

#include <string>
#include <vector>

namespace lx::chaincode_server {

// State-based endorsement on Fabric (docs/chaincode-server.md): a chaincode
// definition's policy is static, our contracts' policies are per
// invocation. After every successful non-query invocation lianxin-chaincode
// writes the endorsement key of the invocation's policy (unless its private
// writes already require those organizations); that key carries a
// validation parameter requiring the peers of exactly those organizations.

inline constexpr const char *kPrepareEndorsement = "lianxin.PrepareEndorsement";
inline constexpr const char *kValidationParameter = "VALIDATION_PARAMETER";

// "\x00lianxin.endorsement\x00<MSP1>\x00<MSP2>...\x00" over the sorted,
// distinct MSP IDs (Fabric's composite key form).
std::string endorsementKey(std::vector<std::string> mspIds);

// Serialized common.SignaturePolicyEnvelope: AND of MSPRole PEER of each MSP.
Bytes validationParameter(std::vector<std::string> mspIds);

// Makes Fabric hold the transaction to the invocation's policy: the blind
// write of its endorsement key (value: the tx ID), unless the transaction
// wrote private data in the implicit collection of every organization of
// the policy. Fabric then requires each of those organizations' peers
// through the collections' own endorsement policies (each organization's
// Endorsement policy in the channel configuration: its peers), and the
// public writes need any one member's peer (the definition's policy), which
// those endorsements already give. Returns whether the key was written.
bool enforceEndorsementPolicy(ShimStub &stub, const chaincode::EndorsementPolicy &policy);

// lianxin.PrepareEndorsement(MSP...): for every single MSP and every pair,
// creates the endorsement key with its validation parameter, skipping keys
// that already have one. Answers "created N, kept M".
chaincode::Response prepareEndorsement(ShimStub &stub, const std::vector<std::string> &mspIds);

} // namespace lx::chaincode_server

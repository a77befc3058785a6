#pragma once

#include "ledgerclient/SigningIdentity.h"

#include "ledgerclient/Clock.h"

#include "common/common.pb.h"
#include "peer/proposal.pb.h"

#include <map>
#include <string>
#include <vector>

namespace lx::client {

struct SignedProposalBuild
{
    std::string txId; // hex(SHA-256(nonce || creator))
    protos::SignedProposal signedProposal;
};

// The current time as channel headers carry it.
google::protobuf::Timestamp timestampNow();
google::protobuf::Timestamp timestampAt(std::chrono::system_clock::time_point time);

// A Fabric chaincode proposal (ENDORSER_TRANSACTION, fresh 24-byte nonce,
// ChaincodeInvocationSpec with the function as args[0]) signed by identity.
SignedProposalBuild buildSignedProposal(const SigningIdentity &identity, const std::string &channel,
                                        const std::string &chaincode, const std::string &function,
                                        const std::vector<Bytes> &args,
                                        const std::map<std::string, Bytes> &transient = {},
                                        const google::protobuf::Timestamp &timestamp = timestampNow());

// The client's signature over a prepared transaction from endorsement.
common::Envelope signTransaction(const SigningIdentity &identity, const common::Envelope &prepared);

} // namespace lx::client

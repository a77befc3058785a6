#include "ledgerclient/EndorsementPlan.h"

#include "ledger/StandardContracts.h"

#include "common/common.pb.h"
#include "msp/identities.pb.h"
#include "peer/chaincode.pb.h"

#include <map>
#include <optional>

namespace lx::client {

namespace {

// What planning needs of a proposal: its channel, the signer's MSP and the
// chaincode call.
struct Call
{
    std::string channel;
    std::string creatorMsp;
    protos::ChaincodeSpec spec;
    std::map<std::string, Bytes> transient;
};

std::optional<Call> readCall(const protos::SignedProposal &signedProposal)
{
    protos::Proposal proposal;
    common::Header header;
    common::ChannelHeader channelHeader;
    common::SignatureHeader signatureHeader;
    msp::SerializedIdentity creator;
    protos::ChaincodeProposalPayload payload;
    protos::ChaincodeInvocationSpec invocation;
    if (!proposal.ParseFromString(signedProposal.proposal_bytes()) || !header.ParseFromString(proposal.header())
        || !channelHeader.ParseFromString(header.channel_header())
        || !signatureHeader.ParseFromString(header.signature_header())
        || !creator.ParseFromString(signatureHeader.creator()) || !payload.ParseFromString(proposal.payload())
        || !invocation.ParseFromString(payload.input()))
        return std::nullopt;
    return Call { channelHeader.channel_id(), creator.mspid(), invocation.chaincode_spec(),
        { payload.transientmap().begin(), payload.transientmap().end() } };
}

} // namespace

std::vector<std::string> endorsingOrganizations(const protos::SignedProposal &signedProposal)
{
    // Contracts are pure and stateless: one list serves every thread.
    static const auto contracts = ledger::standardContracts();

    const std::optional<Call> call = readCall(signedProposal);
    if (!call || call->spec.input().args_size() == 0)
        return {};
    const auto &args = call->spec.input().args();
    for (const auto &[channel, contract] : contracts) {
        if (channel != call->channel || contract->name() != call->spec.chaincode_id().name())
            continue;
        const chaincode::Invocation invocation { args[0], std::vector<Bytes>(args.begin() + 1, args.end()),
            call->creatorMsp };
        return contract->endorsementPolicy(invocation).allOf;
    }
    return {};
}

std::string creatorMspId(const protos::SignedProposal &signedProposal)
{
    const std::optional<Call> call = readCall(signedProposal);
    return call ? call->creatorMsp : std::string();
}

std::optional<ProposalCall> proposalCall(const Bytes &signedProposalBytes)
{
    protos::SignedProposal signedProposal;
    if (!signedProposal.ParseFromString(signedProposalBytes))
        return std::nullopt;
    const std::optional<Call> call = readCall(signedProposal);
    if (!call)
        return std::nullopt;
    const auto &args = call->spec.input().args();
    return ProposalCall { call->channel, call->spec.chaincode_id().name(), std::vector<Bytes>(args.begin(), args.end()),
        call->transient };
}

} // namespace lx::client

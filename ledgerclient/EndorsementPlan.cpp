#include "ledgerclient/EndorsementPlan.h"

#include "ledger/StandardContracts.h"

#include "common/common.pb.h"
#include "msp/identities.pb.h"
#include "peer/chaincode.pb.h"

namespace lx::client {

std::vector<std::string> endorsingOrganizations(const protos::SignedProposal &signedProposal)
{
    // Contracts are pure and stateless: one list serves every thread.
    static const auto contracts = ledger::standardContracts();

    protos::Proposal proposal;
    common::Header header;
    common::ChannelHeader channelHeader;
    common::SignatureHeader signatureHeader;
    msp::SerializedIdentity creator;
    protos::ChaincodeProposalPayload payload;
    protos::ChaincodeInvocationSpec spec;
    if (!proposal.ParseFromString(signedProposal.proposal_bytes()) || !header.ParseFromString(proposal.header())
        || !channelHeader.ParseFromString(header.channel_header())
        || !signatureHeader.ParseFromString(header.signature_header())
        || !creator.ParseFromString(signatureHeader.creator()) || !payload.ParseFromString(proposal.payload())
        || !spec.ParseFromString(payload.input()) || spec.chaincode_spec().input().args_size() == 0)
        return {};
    const auto &args = spec.chaincode_spec().input().args();
    for (const auto &[channel, contract] : contracts) {
        if (channel != channelHeader.channel_id() || contract->name() != spec.chaincode_spec().chaincode_id().name())
            continue;
        const chaincode::Invocation invocation { args[0], std::vector<Bytes>(args.begin() + 1, args.end()),
            creator.mspid() };
        return contract->endorsementPolicy(invocation).allOf;
    }
    return {};
}

std::string creatorMspId(const protos::SignedProposal &signedProposal)
{
    protos::Proposal proposal;
    common::Header header;
    common::SignatureHeader signatureHeader;
    msp::SerializedIdentity creator;
    if (!proposal.ParseFromString(signedProposal.proposal_bytes()) || !header.ParseFromString(proposal.header())
        || !signatureHeader.ParseFromString(header.signature_header())
        || !creator.ParseFromString(signatureHeader.creator()))
        return {};
    return creator.mspid();
}

} // namespace lx::client

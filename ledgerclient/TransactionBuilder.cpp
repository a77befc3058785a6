#include "ledgerclient/TransactionBuilder.h"

#include "crypto/Hash.h"
#include "crypto/Random.h"

#include "peer/chaincode.pb.h"

#include <chrono>

namespace lx::client {

google::protobuf::Timestamp timestampNow()
{
    return timestampAt(std::chrono::system_clock::now());
}

google::protobuf::Timestamp timestampAt(std::chrono::system_clock::time_point time)
{
    const auto t = time.time_since_epoch();
    google::protobuf::Timestamp ts;
    ts.set_seconds(std::chrono::duration_cast<std::chrono::seconds>(t).count());
    ts.set_nanos(static_cast<int>(std::chrono::duration_cast<std::chrono::nanoseconds>(t).count() % 1000000000));
    return ts;
}

SignedProposalBuild buildSignedProposal(const SigningIdentity &identity, const std::string &channel,
                                        const std::string &chaincode, const std::string &function,
                                        const std::vector<Bytes> &args,
                                        const std::map<std::string, Bytes> &transient,
                                        const google::protobuf::Timestamp &timestamp)
{
    common::SignatureHeader signatureHeader;
    signatureHeader.set_creator(identity.serialized());
    signatureHeader.set_nonce(crypto::randomBytes(24));
    crypto::Sha256 idHash;
    idHash.update(signatureHeader.nonce());
    idHash.update(signatureHeader.creator());

    SignedProposalBuild out;
    out.txId = toHex(idHash.finish());
    protos::ChaincodeHeaderExtension extension;
    extension.mutable_chaincode_id()->set_name(chaincode);
    common::ChannelHeader channelHeader;
    channelHeader.set_type(common::ENDORSER_TRANSACTION);
    *channelHeader.mutable_timestamp() = timestamp;
    channelHeader.set_channel_id(channel);
    channelHeader.set_tx_id(out.txId);
    channelHeader.set_extension(extension.SerializeAsString());

    protos::ChaincodeInvocationSpec spec;
    auto *ccSpec = spec.mutable_chaincode_spec();
    ccSpec->set_type(protos::ChaincodeSpec::GOLANG);
    ccSpec->mutable_chaincode_id()->set_name(chaincode);
    ccSpec->mutable_input()->add_args(function);
    for (const Bytes &arg : args)
        ccSpec->mutable_input()->add_args(arg);
    protos::ChaincodeProposalPayload payload;
    payload.set_input(spec.SerializeAsString());
    for (const auto &[key, value] : transient)
        (*payload.mutable_transientmap())[key] = value;

    common::Header header;
    header.set_channel_header(channelHeader.SerializeAsString());
    header.set_signature_header(signatureHeader.SerializeAsString());
    protos::Proposal proposal;
    proposal.set_header(header.SerializeAsString());
    proposal.set_payload(payload.SerializeAsString());
    out.signedProposal.set_proposal_bytes(proposal.SerializeAsString());
    out.signedProposal.set_signature(identity.sign(out.signedProposal.proposal_bytes()));
    return out;
}

common::Envelope signTransaction(const SigningIdentity &identity, const common::Envelope &prepared)
{
    common::Envelope envelope = prepared;
    envelope.set_signature(identity.sign(envelope.payload()));
    return envelope;
}

} // namespace lx::client

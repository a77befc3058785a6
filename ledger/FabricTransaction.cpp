#include "ledger/FabricTransaction.h"

#include "ledger/Validator.h"
#include "ledger/rwset/rwset.pb.h"

#include "common/common.pb.h"
#include "peer/proposal.pb.h"
#include "peer/proposal_response.pb.h"
#include "peer/transaction.pb.h"

#include <set>

namespace lx::ledger {

namespace {

bool parseRwset(const Bytes &results, FabricTransaction &tx)
{
    rwset::TxReadWriteSet set;
    if (!set.ParseFromString(results))
        return false;
    for (const auto &ns : set.ns_rwset()) {
        FabricNamespace out;
        out.name = ns.namespace_();
        if (!out.kv.ParseFromString(ns.rwset()))
            return false;
        for (const auto &coll : ns.collection_hashed_rwset()) {
            kvrwset::HashedRWSet hashed;
            if (!hashed.ParseFromString(coll.hashed_rwset()))
                return false;
            out.hashed.emplace_back(coll.collection_name(), std::move(hashed));
        }
        tx.rwset.push_back(std::move(out));
    }
    return true;
}

} // namespace

FabricTransaction parseFabricTransaction(
    const Bytes &envelopeBytes, const std::string &channelId, const MspRegistry *msps)
{
    FabricTransaction tx;
    const auto fail = [&tx](protos::TxValidationCode code, std::string why) {
        if (tx.code == protos::VALID) {
            tx.code = code;
            tx.failure = std::move(why);
        }
        return tx;
    };
    common::Envelope envelope;
    common::Payload payload;
    common::ChannelHeader channelHeader;
    common::SignatureHeader signatureHeader;
    if (envelopeBytes.empty() || !envelope.ParseFromString(envelopeBytes) || envelope.payload().empty())
        return fail(protos::NIL_ENVELOPE, "not an envelope");
    if (!payload.ParseFromString(envelope.payload()) || !payload.has_header())
        return fail(protos::BAD_PAYLOAD, "payload cannot be read");
    if (!channelHeader.ParseFromString(payload.header().channel_header()))
        return fail(protos::BAD_CHANNEL_HEADER, "channel header cannot be read");
    if (!signatureHeader.ParseFromString(payload.header().signature_header()))
        return fail(protos::BAD_COMMON_HEADER, "signature header cannot be read");
    tx.type = channelHeader.type();
    tx.txId = channelHeader.tx_id();
    if (channelHeader.channel_id() != channelId)
        return fail(protos::TARGET_CHAIN_NOT_FOUND, "for channel " + channelHeader.channel_id());

    if (msps) {
        const auto creator = msps->identity(signatureHeader.creator());
        if (!creator)
            return fail(protos::BAD_CREATOR_SIGNATURE, "creator is not a valid identity of the channel's MSPs");
        if (!creator->publicKey.verify(envelope.payload(), envelope.signature()))
            return fail(protos::BAD_CREATOR_SIGNATURE,
                "creator " + creator->mspId + " (" + creator->subject.commonName + ")'s signature does not verify");
    }
    if (tx.type == common::CONFIG)
        return tx; // the configuration itself is checked block by block
    if (tx.type != common::ENDORSER_TRANSACTION)
        return fail(protos::UNKNOWN_TX_TYPE, "header type " + std::to_string(tx.type));
    if (msps
        && (signatureHeader.nonce().empty()
            || transactionId(signatureHeader.nonce(), signatureHeader.creator()) != channelHeader.tx_id()))
        return fail(protos::BAD_PROPOSAL_TXID, "transaction ID is not SHA-256(nonce || creator)");

    protos::Transaction transaction;
    protos::ChaincodeActionPayload actionPayload;
    if (!transaction.ParseFromString(payload.data()))
        return fail(protos::BAD_PAYLOAD, "not a Transaction");
    if (transaction.actions_size() != 1)
        return fail(protos::INVALID_ENDORSER_TRANSACTION,
            std::to_string(transaction.actions_size()) + " actions (Fabric takes exactly one)");
    if (!actionPayload.ParseFromString(transaction.actions(0).payload()) || !actionPayload.has_action())
        return fail(protos::BAD_PAYLOAD, "no chaincode action");
    protos::ChaincodeHeaderExtension extension;
    if (!extension.ParseFromString(channelHeader.extension()))
        return fail(protos::BAD_HEADER_EXTENSION, "header extension cannot be read");
    const Bytes &prpBytes = actionPayload.action().proposal_response_payload();
    protos::ProposalResponsePayload prp;
    protos::ChaincodeAction action;
    if (!prp.ParseFromString(prpBytes) || !action.ParseFromString(prp.extension()))
        return fail(protos::BAD_RESPONSE_PAYLOAD, "proposal response payload cannot be read");
    tx.chaincode = action.chaincode_id().name();
    if (!parseRwset(action.results(), tx))
        return fail(protos::BAD_RWSET, "read-write set cannot be read");

    if (msps) {
        if (transaction.actions(0).header() != payload.header().signature_header())
            return fail(protos::INVALID_ENDORSER_TRANSACTION, "action header differs from the envelope's");
        if (prp.proposal_hash() != proposalHash(payload.header(), actionPayload.chaincode_proposal_payload()))
            return fail(protos::INVALID_ENDORSER_TRANSACTION, "endorsed proposal hash differs from the proposal");
        if (actionPayload.action().endorsements_size() == 0)
            return fail(protos::ENDORSEMENT_POLICY_FAILURE, "no endorsement");
        std::set<Bytes> seen;
        for (const auto &endorsement : actionPayload.action().endorsements()) {
            if (!seen.insert(endorsement.endorser()).second)
                continue;
            const auto endorser = msps->identity(endorsement.endorser());
            if (!endorser)
                return fail(
                    protos::ENDORSEMENT_POLICY_FAILURE, "an endorser is not a valid identity of the channel's MSPs");
            if (!msps->hasRole(*endorser, MspRole::Peer))
                return fail(protos::ENDORSEMENT_POLICY_FAILURE,
                    "endorser " + endorser->mspId + " (" + endorser->subject.commonName + ") is not a peer");
            if (!endorser->publicKey.verify(prpBytes + endorsement.endorser(), endorsement.signature()))
                return fail(protos::ENDORSEMENT_POLICY_FAILURE,
                    "endorsement by " + endorser->mspId + " (" + endorser->subject.commonName + ") does not verify");
        }
    }
    return tx;
}

} // namespace lx::ledger

#include "ledgerclient/BlockDecoder.h"

#include "crypto/Certificate.h"
#include "ledger/Msp.h"
#include "ledger/rwset/kvrwset/kv_rwset.pb.h"
#include "ledger/rwset/rwset.pb.h"

#include "common/common.pb.h"
#include "msp/identities.pb.h"
#include "peer/chaincode.pb.h"
#include "peer/proposal.pb.h"
#include "peer/proposal_response.pb.h"
#include "peer/transaction.pb.h"

#include <set>

namespace lx::client {

namespace {

std::int64_t firstTimestamp(const common::Block &block)
{
    if (block.data().data_size() == 0)
        return 0;
    common::Envelope envelope;
    common::Payload payload;
    common::ChannelHeader header;
    if (envelope.ParseFromString(block.data().data(0)) && payload.ParseFromString(envelope.payload())
        && header.ParseFromString(payload.header().channel_header()))
        return header.timestamp().seconds();
    return 0;
}

void decodeIdentity(const Bytes &serialized, std::string &mspId, std::string *commonName)
{
    msp::SerializedIdentity identity;
    if (!identity.ParseFromString(serialized))
        return;
    mspId = identity.mspid();
    if (!commonName)
        return;
    try {
        *commonName = crypto::Certificate::fromPem(identity.id_bytes()).subject().commonName;
    } catch (const std::exception &) {
        commonName->clear(); // not a certificate we can read: the MSP ID still says who
    }
}

void decodeRwset(const Bytes &results, DecodedTransaction &tx)
{
    rwset::TxReadWriteSet set;
    if (!set.ParseFromString(results)) {
        tx.problem = "read-write set is not a TxReadWriteSet";
        return;
    }
    for (const auto &ns : set.ns_rwset()) {
        DecodedNamespace decoded;
        decoded.name = ns.namespace_();
        kvrwset::KVRWSet kv;
        if (!kv.ParseFromString(ns.rwset()))
            tx.problem = "namespace " + ns.namespace_() + " has no readable KVRWSet";
        for (const auto &read : kv.reads())
            decoded.reads.push_back(
                { read.key(), read.has_version(), read.version().block_num(), read.version().tx_num() });
        for (const auto &write : kv.writes())
            decoded.writes.push_back({ write.key(), write.is_delete(), write.value() });
        for (const auto &collection : ns.collection_hashed_rwset()) {
            kvrwset::HashedRWSet hashed;
            hashed.ParseFromString(collection.hashed_rwset());
            decoded.collections.push_back({ collection.collection_name(), collection.pvt_rwset_hash(),
                hashed.hashed_reads_size(), hashed.hashed_writes_size() });
        }
        tx.rwset.push_back(std::move(decoded));
    }
}

// The endorser transaction's action: proposal, endorsements, response and
// read-write set.
void decodeAction(const common::Payload &payload, const ledger::MspRegistry *msps, DecodedTransaction &tx)
{
    protos::Transaction transaction;
    protos::ChaincodeActionPayload actionPayload;
    if (!transaction.ParseFromString(payload.data()) || transaction.actions_size() == 0
        || !actionPayload.ParseFromString(transaction.actions(0).payload())) {
        tx.problem = "no chaincode action";
        return;
    }
    protos::ChaincodeProposalPayload proposalPayload;
    protos::ChaincodeInvocationSpec spec;
    if (proposalPayload.ParseFromString(actionPayload.chaincode_proposal_payload())
        && spec.ParseFromString(proposalPayload.input())) {
        const auto &args = spec.chaincode_spec().input().args();
        for (int i = 0; i < args.size(); ++i) {
            if (i == 0)
                tx.function = args.Get(i);
            else
                tx.args.push_back(args.Get(i));
        }
    }
    const Bytes &prpBytes = actionPayload.action().proposal_response_payload();
    bool allVerify = actionPayload.action().endorsements_size() > 0;
    std::set<std::string> seen;
    for (const auto &endorsement : actionPayload.action().endorsements()) {
        std::string mspId;
        decodeIdentity(endorsement.endorser(), mspId, nullptr);
        if (seen.insert(mspId).second)
            tx.endorserMspIds.push_back(mspId);
        if (msps) {
            const auto endorser = msps->identity(endorsement.endorser());
            allVerify = allVerify && endorser
                && endorser->publicKey.verify(prpBytes + endorsement.endorser(), endorsement.signature());
        }
    }
    if (msps)
        tx.endorserSignaturesValid = allVerify;
    protos::ProposalResponsePayload prp;
    protos::ChaincodeAction action;
    if (!prp.ParseFromString(prpBytes) || !action.ParseFromString(prp.extension())) {
        tx.problem = "proposal response payload is not a ChaincodeAction";
        return;
    }
    if (tx.chaincode.empty())
        tx.chaincode = action.chaincode_id().name();
    tx.responseStatus = action.response().status();
    tx.responseMessage = action.response().message();
    decodeRwset(action.results(), tx);
}

DecodedTransaction decodeEnvelope(const Bytes &bytes, const ledger::MspRegistry *msps)
{
    DecodedTransaction tx;
    common::Envelope envelope;
    common::Payload payload;
    common::ChannelHeader channelHeader;
    common::SignatureHeader signatureHeader;
    if (!envelope.ParseFromString(bytes) || !payload.ParseFromString(envelope.payload())
        || !channelHeader.ParseFromString(payload.header().channel_header())
        || !signatureHeader.ParseFromString(payload.header().signature_header())) {
        tx.problem = "not a signed common.Envelope";
        return tx;
    }
    tx.txId = channelHeader.tx_id();
    tx.channel = channelHeader.channel_id();
    tx.timestampSeconds = channelHeader.timestamp().seconds();
    tx.type = common::HeaderType_IsValid(channelHeader.type())
        ? common::HeaderType_Name(static_cast<common::HeaderType>(channelHeader.type()))
        : std::to_string(channelHeader.type());
    decodeIdentity(signatureHeader.creator(), tx.creatorMspId, &tx.creatorCommonName);
    // A configuration envelope without a creator (configtxgen's genesis
    // block: the channel's trust root) carries no signature to check.
    const bool unsignedConfig = channelHeader.type() == common::CONFIG && signatureHeader.creator().empty();
    if (msps && !unsignedConfig) {
        const auto creator = msps->identity(signatureHeader.creator());
        tx.creatorSignatureValid = creator && creator->publicKey.verify(envelope.payload(), envelope.signature());
    }
    if (channelHeader.type() != common::ENDORSER_TRANSACTION)
        return tx; // a configuration block's envelope: no chaincode action
    protos::ChaincodeHeaderExtension extension;
    if (extension.ParseFromString(channelHeader.extension()))
        tx.chaincode = extension.chaincode_id().name();
    decodeAction(payload, msps, tx);
    return tx;
}

} // namespace

BlockSummary summarizeBlock(const common::Block &block)
{
    BlockSummary summary;
    summary.number = block.header().number();
    summary.previousHashHex = toHex(block.header().previous_hash());
    summary.dataHashHex = toHex(block.header().data_hash());
    summary.transactionCount = block.data().data_size();
    summary.timestampSeconds = firstTimestamp(block);
    return summary;
}

std::string validationCodeName(int code)
{
    return protos::TxValidationCode_Name(static_cast<protos::TxValidationCode>(code));
}

std::vector<DecodedTransaction> decodeTransactions(const common::Block &block, const ledger::MspRegistry *msps)
{
    const Bytes filter = block.metadata().metadata_size() > common::TRANSACTIONS_FILTER
        ? block.metadata().metadata(common::TRANSACTIONS_FILTER)
        : Bytes();
    std::vector<DecodedTransaction> out;
    out.reserve(static_cast<std::size_t>(block.data().data_size()));
    for (int i = 0; i < block.data().data_size(); ++i) {
        DecodedTransaction tx = decodeEnvelope(block.data().data(i), msps);
        tx.index = i;
        const auto at = static_cast<std::size_t>(i);
        tx.validationCode
            = at < filter.size() ? int { static_cast<unsigned char>(filter[at]) } : int { protos::NOT_VALIDATED };
        out.push_back(std::move(tx));
    }
    return out;
}

} // namespace lx::client

#include "app/chaincode/ShimStub.h"

#include "crypto/Certificate.h"
#include "crypto/Hash.h"
#include "ledger/queryresult/kv_query_result.pb.h"

#include "common/common.pb.h"
#include "msp/identities.pb.h"
#include "peer/chaincode.pb.h"
#include "peer/proposal.pb.h"

namespace lx::chaincode_server {

using protos::ChaincodeMessage;

namespace {

// Fabric's Go shim replaces an empty start key by this, so that a range
// over "everything" leaves the composite keys (leading \x00) out.
constexpr const char *kEmptyKeySubstitute = "\x01";

} // namespace

ShimStub::ShimStub(const ChaincodeMessage &transaction, std::string chaincodeName, PeerCall call)
    : m_chaincodeName(std::move(chaincodeName))
    , m_call(std::move(call))
    , m_channel(transaction.channel_id())
    , m_txId(transaction.txid())
{
    protos::ChaincodeInput input;
    if (!input.ParseFromString(transaction.payload()) || input.args_size() == 0)
        throw MalformedTransaction("the transaction carries no function (ChaincodeInput without args)");
    for (const auto &arg : input.args())
        m_args.push_back(arg);

    if (!transaction.has_proposal())
        throw MalformedTransaction("the transaction carries no signed proposal");
    protos::Proposal proposal;
    common::Header header;
    common::ChannelHeader channelHeader;
    common::SignatureHeader signatureHeader;
    msp::SerializedIdentity identity;
    if (!proposal.ParseFromString(transaction.proposal().proposal_bytes()) || !header.ParseFromString(proposal.header())
        || !channelHeader.ParseFromString(header.channel_header())
        || !signatureHeader.ParseFromString(header.signature_header())
        || !identity.ParseFromString(signatureHeader.creator()))
        throw MalformedTransaction("the signed proposal cannot be parsed");
    // The peer validated the creator against the channel's MSPs; we read
    // who it is, as the embedded ledger does from the same certificate.
    try {
        const auto subject = crypto::Certificate::fromPem(identity.id_bytes()).subject();
        m_creator = chaincode::Creator { identity.mspid(), subject.commonName, subject.organizationalUnits };
    } catch (const std::exception &e) {
        throw MalformedTransaction(std::string("the creator's certificate cannot be read: ") + e.what());
    }
    // The channel header's time, as the embedded ledger takes it. Fabric
    // 2.5's peer leaves ChaincodeMessage.timestamp unset on TRANSACTION
    // (createCCMessage), so that field is only a fallback.
    m_proposalTimestamp
        = channelHeader.has_timestamp() ? channelHeader.timestamp().seconds() : transaction.timestamp().seconds();
    m_timestamp = m_proposalTimestamp;
    protos::ChaincodeProposalPayload payload;
    if (!payload.ParseFromString(proposal.payload()))
        throw MalformedTransaction("the proposal's payload cannot be parsed");
    for (const auto &[key, value] : payload.transientmap())
        m_transient.emplace(key, value);
}

Bytes ShimStub::request(ChaincodeMessage::Type type, const Bytes &payload)
{
    ChaincodeMessage message;
    message.set_type(type);
    message.set_payload(payload);
    message.set_txid(m_txId);
    message.set_channel_id(m_channel);
    const ChaincodeMessage answer = m_call(message);
    if (answer.type() == ChaincodeMessage::RESPONSE)
        return answer.payload();
    if (answer.type() == ChaincodeMessage::ERROR)
        throw PeerError(answer.payload());
    throw PeerError(
        "unexpected answer " + ChaincodeMessage::Type_Name(answer.type()) + " to " + ChaincodeMessage::Type_Name(type));
}

std::vector<Bytes> ShimStub::iterate(ChaincodeMessage::Type type, const Bytes &payload)
{
    std::vector<Bytes> results;
    protos::QueryResponse batch;
    if (!batch.ParseFromString(request(type, payload)))
        throw PeerError("the peer's query response cannot be parsed");
    for (;;) {
        for (const auto &result : batch.results())
            results.push_back(result.resultbytes());
        if (!batch.has_more())
            break;
        protos::QueryStateNext next;
        next.set_id(batch.id());
        protos::QueryResponse more;
        if (!more.ParseFromString(request(ChaincodeMessage::QUERY_STATE_NEXT, next.SerializeAsString())))
            throw PeerError("the peer's query response cannot be parsed");
        more.set_id(batch.id().empty() ? more.id() : batch.id());
        batch = std::move(more);
    }
    // The peer keeps an iterator open until told; the last batch closed it
    // (has_more false) in Fabric's handler, but closing is harmless and
    // frees it in every case.
    protos::QueryStateClose close;
    close.set_id(batch.id());
    request(ChaincodeMessage::QUERY_STATE_CLOSE, close.SerializeAsString());
    return results;
}

std::optional<Bytes> ShimStub::get(const std::string &collection, const std::string &key)
{
    protos::GetState get;
    get.set_key(key);
    get.set_collection(collection);
    Bytes value = request(ChaincodeMessage::GET_STATE, get.SerializeAsString());
    if (value.empty())
        return std::nullopt; // Fabric: a missing key reads as empty
    return value;
}

void ShimStub::put(const std::string &collection, const std::string &key, const Bytes &value)
{
    protos::PutState put;
    put.set_key(key);
    put.set_value(value);
    put.set_collection(collection);
    request(ChaincodeMessage::PUT_STATE, put.SerializeAsString());
    if (!collection.empty())
        m_collectionsWritten.insert(collection);
}

std::optional<Bytes> ShimStub::getState(const std::string &key)
{
    return get({}, key);
}

void ShimStub::putState(const std::string &key, const Bytes &value)
{
    put({}, key, value);
}

void ShimStub::delState(const std::string &key)
{
    protos::DelState del;
    del.set_key(key);
    request(ChaincodeMessage::DEL_STATE, del.SerializeAsString());
}

std::vector<chaincode::KeyValue> ShimStub::range(
    const std::string &collection, const std::string &startKey, const std::string &endKey)
{
    protos::GetStateByRange get;
    get.set_startkey(startKey.empty() ? std::string(kEmptyKeySubstitute) : startKey);
    get.set_endkey(endKey); // empty: no end
    get.set_collection(collection);
    std::vector<chaincode::KeyValue> out;
    for (const Bytes &bytes : iterate(ChaincodeMessage::GET_STATE_BY_RANGE, get.SerializeAsString())) {
        queryresult::KV kv;
        if (!kv.ParseFromString(bytes))
            throw PeerError("a range result cannot be parsed");
        out.push_back({ kv.key(), kv.value() });
    }
    return out;
}

std::vector<chaincode::KeyValue> ShimStub::getStateByRange(const std::string &startKey, const std::string &endKey)
{
    return range({}, startKey, endKey);
}

std::vector<chaincode::HistoryEntry> ShimStub::getHistoryForKey(const std::string &key)
{
    protos::GetHistoryForKey get;
    get.set_key(key);
    std::vector<chaincode::HistoryEntry> out;
    for (const Bytes &bytes : iterate(ChaincodeMessage::GET_HISTORY_FOR_KEY, get.SerializeAsString())) {
        queryresult::KeyModification modification;
        if (!modification.ParseFromString(bytes))
            throw PeerError("a history result cannot be parsed");
        chaincode::HistoryEntry entry;
        entry.txId = modification.tx_id();
        // Fabric's KeyModification carries no block or transaction number:
        // blockNumber and txNumber stay 0 on a real peer.
        entry.timestampSeconds = modification.timestamp().seconds();
        entry.isDelete = modification.is_delete();
        entry.value = modification.value();
        out.push_back(std::move(entry));
    }
    return out;
}

std::optional<Bytes> ShimStub::getPrivateData(const std::string &collection, const std::string &key)
{
    try {
        return get(collection, key);
    } catch (const PeerError &) {
        // A co-endorsing peer that does not hold the collection: the client
        // may pass the holder's value in the transient map; it counts only
        // if it is exactly what the channel's hash commits to. Reading the
        // hash records the same hashed read as the holder's read does.
        const auto offered = m_transient.find(chaincode::privateTransientKey(collection, key));
        if (offered == m_transient.end())
            throw;
        const auto hash = getPrivateDataHash(collection, key);
        if (!hash || *hash != crypto::sha256(offered->second))
            throw;
        return offered->second;
    }
}

void ShimStub::putPrivateData(const std::string &collection, const std::string &key, const Bytes &value)
{
    put(collection, key, value);
}

std::optional<Bytes> ShimStub::getPrivateDataHash(const std::string &collection, const std::string &key)
{
    protos::GetState get;
    get.set_key(key);
    get.set_collection(collection);
    Bytes hash = request(ChaincodeMessage::GET_PRIVATE_DATA_HASH, get.SerializeAsString());
    if (hash.empty())
        return std::nullopt;
    return hash;
}

std::vector<chaincode::KeyValue> ShimStub::getPrivateDataByRange(
    const std::string &collection, const std::string &startKey, const std::string &endKey)
{
    return range(collection, startKey, endKey);
}

void ShimStub::setEvent(const std::string &name, const Bytes &payload)
{
    protos::ChaincodeEvent event;
    event.set_chaincode_id(m_chaincodeName);
    event.set_tx_id(m_txId);
    event.set_event_name(name);
    event.set_payload(payload);
    m_event = std::move(event);
}

chaincode::Response ShimStub::invokeChaincode(
    const std::string &channel, const std::string &contract, const std::vector<Bytes> &args)
{
    protos::ChaincodeSpec spec;
    // Fabric's form for another channel: "<chaincode>/<channel>".
    spec.mutable_chaincode_id()->set_name(
        channel.empty() || channel == m_channel ? contract : contract + "/" + channel);
    for (const Bytes &arg : args)
        spec.mutable_input()->add_args(arg);
    // As Fabric's Go shim: whatever fails on the way (the peer refuses the
    // call, the called chaincode answers ERROR) reaches the contract as a
    // status 500 response with the peer's text; a called contract's own
    // rejection keeps its status and reason code.
    Bytes answerBytes;
    try {
        answerBytes = request(ChaincodeMessage::INVOKE_CHAINCODE, spec.SerializeAsString());
    } catch (const PeerError &e) {
        return chaincode::Response::fromWire(chaincode::InternalError, e.what());
    }
    ChaincodeMessage answer;
    protos::Response response;
    if (!answer.ParseFromString(answerBytes))
        return chaincode::Response::fromWire(
            chaincode::InternalError, "the answer of " + contract + " cannot be parsed");
    if (answer.type() != ChaincodeMessage::COMPLETED)
        return chaincode::Response::fromWire(chaincode::InternalError, answer.payload());
    if (!response.ParseFromString(answer.payload()))
        return chaincode::Response::fromWire(
            chaincode::InternalError, "the response of " + contract + " cannot be parsed");
    return chaincode::Response::fromWire(response.status(), response.message(), response.payload());
}

protos::StateMetadataResult ShimStub::getStateMetadata(const std::string &key)
{
    protos::GetStateMetadata get;
    get.set_key(key);
    protos::StateMetadataResult result;
    if (!result.ParseFromString(request(ChaincodeMessage::GET_STATE_METADATA, get.SerializeAsString())))
        throw PeerError("the peer's state metadata cannot be parsed");
    return result;
}

void ShimStub::putStateMetadata(const std::string &key, const protos::StateMetadata &metadata)
{
    protos::PutStateMetadata put;
    put.set_key(key);
    *put.mutable_metadata() = metadata;
    request(ChaincodeMessage::PUT_STATE_METADATA, put.SerializeAsString());
}

} // namespace lx::chaincode_server

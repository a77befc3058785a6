#pragma once

#include "chaincode/Contract.h"
#include "chaincode/Stub.h"

#include "peer/chaincode_event.pb.h"
#include "peer/chaincode_shim.pb.h"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace lx::chaincode_server {

// The peer answered a state request with ERROR: the transaction ends with
// ERROR carrying the peer's message; the contract never sees a half-truth.
class PeerError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The peer's stream ended while the transaction waited: nothing can be
// answered any more.
class StreamClosed : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// A TRANSACTION the server cannot read (no proposal, bad payload): answered
// with ERROR.
class MalformedTransaction : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Sends one request of this transaction to the peer (txid and channel_id
// already set) and returns the peer's RESPONSE or ERROR for it. Throws
// StreamClosed.
using PeerCall = std::function<protos::ChaincodeMessage(const protos::ChaincodeMessage &request)>;

// The Stub our contracts run against on a real Fabric peer: every call is a
// request on the peer's chaincode stream (Fabric's chaincode shim protocol).
// One per transaction; not shared between threads.
class ShimStub : public chaincode::Stub
{
public:
    // transaction: the peer's TRANSACTION (payload ChaincodeInput, proposal
    // the client's SignedProposal). Throws MalformedTransaction.
    ShimStub(const protos::ChaincodeMessage &transaction, std::string chaincodeName, PeerCall call);

    const std::string &channelId() const override { return m_channel; }
    const std::string &txId() const override { return m_txId; }
    std::int64_t txTimestampSeconds() const override { return m_timestamp; }
    const chaincode::Creator &creator() const override { return m_creator; }
    const std::vector<Bytes> &args() const override { return m_args; }
    const std::map<std::string, Bytes> &transient() const override { return m_transient; }

    std::optional<Bytes> getState(const std::string &key) override;
    void putState(const std::string &key, const Bytes &value) override;
    void delState(const std::string &key) override;
    std::vector<chaincode::KeyValue> getStateByRange(const std::string &startKey, const std::string &endKey) override;
    std::vector<chaincode::HistoryEntry> getHistoryForKey(const std::string &key) override;
    std::optional<Bytes> getPrivateData(const std::string &collection, const std::string &key) override;
    void putPrivateData(const std::string &collection, const std::string &key, const Bytes &value) override;
    std::optional<Bytes> getPrivateDataHash(const std::string &collection, const std::string &key) override;
    std::vector<chaincode::KeyValue> getPrivateDataByRange(
        const std::string &collection, const std::string &startKey, const std::string &endKey) override;
    void setEvent(const std::string &name, const Bytes &payload) override;
    chaincode::Response invokeChaincode(
        const std::string &channel, const std::string &contract, const std::vector<Bytes> &args) override;

    // Beyond the Stub, for lianxin-chaincode's own steps.
    protos::StateMetadataResult getStateMetadata(const std::string &key);
    void putStateMetadata(const std::string &key, const protos::StateMetadata &metadata);
    // --dated-transactions: the contracts' "today" from transient lianxin.date.
    void setTimestampSeconds(std::int64_t seconds) { m_timestamp = seconds; }
    // The proposal's own time (channel header), before any dating.
    std::int64_t proposalTimestampSeconds() const { return m_proposalTimestamp; }
    const std::optional<protos::ChaincodeEvent> &event() const { return m_event; }
    // The collections this transaction wrote private data to.
    const std::set<std::string> &collectionsWritten() const { return m_collectionsWritten; }

private:
    // Sends type/payload, returns the RESPONSE payload; ERROR throws PeerError.
    Bytes request(protos::ChaincodeMessage::Type type, const Bytes &payload);
    std::vector<Bytes> iterate(protos::ChaincodeMessage::Type type, const Bytes &payload);
    // GET_STATE / PUT_STATE of a key, public (collection empty) or private.
    std::optional<Bytes> get(const std::string &collection, const std::string &key);
    void put(const std::string &collection, const std::string &key, const Bytes &value);
    std::vector<chaincode::KeyValue> range(
        const std::string &collection, const std::string &startKey, const std::string &endKey);

    std::string m_chaincodeName;
    PeerCall m_call;
    std::string m_channel;
    std::string m_txId;
    std::int64_t m_timestamp = 0;
    std::int64_t m_proposalTimestamp = 0;
    chaincode::Creator m_creator;
    std::vector<Bytes> m_args;
    std::map<std::string, Bytes> m_transient;
    std::optional<protos::ChaincodeEvent> m_event;
    std::set<std::string> m_collectionsWritten;
};

} // namespace lx::chaincode_server

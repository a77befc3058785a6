#pragma once

#include "chaincode/Contract.h"
#include "ledger/StateDb.h"
#include "ledger/rwset/kvrwset/kv_rwset.pb.h"
#include "ledger/rwset/rwset.pb.h"

#include "peer/chaincode_event.pb.h"

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace lx::ledger {

// Namespace under which the hashes of a private collection live in the
// channel's world state (as Fabric keeps them): "<ns>$$h<collection>".
std::string hashedNamespace(const std::string &ns, const std::string &collection);
// The owning MSP of an implicit collection, or empty.
std::string collectionOwner(const std::string &collection);

// Runs one contract invocation against the committed world state and
// records what it read (with versions) and wrote, as Fabric's endorser
// does. Private data may only be touched for collections whose owner is
// among the endorsing organizations (their peers hold it).
class Simulator : public chaincode::Stub
{
public:
    using PrivateLookup = std::function<const PrivateStore *(const std::string &mspId)>;
    // Serves invokeChaincode: (channel, contract, args, creator, txId, timestamp) -> the answer.
    using CrossChannelQuery = std::function<chaincode::Response(const std::string &channel, const std::string &contract,
        const std::vector<Bytes> &args, const chaincode::Creator &creator, const std::string &txId,
        std::int64_t timestampSeconds)>;

    Simulator(const StateDb &state, PrivateLookup privateStores, std::string ns, std::string channelId,
        std::string txId, std::int64_t timestampSeconds, chaincode::Creator creator, std::vector<Bytes> args,
        std::map<std::string, Bytes> transient, std::set<std::string> endorsingOrgs);

    const std::string &channelId() const override { return m_channelId; }
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
    // Without one, every invokeChaincode is rejected (CHANNEL_UNREACHABLE).
    void setCrossChannelQuery(CrossChannelQuery query) { m_crossChannel = std::move(query); }

    // A contract touched private data it may not (its owner does not endorse).
    const std::optional<std::string> &privacyViolation() const { return m_privacyViolation; }

    // The public read-write set with hashed private sets, and the private
    // sets themselves (kept off the channel).
    rwset::TxReadWriteSet readWriteSet() const;
    rwset::TxPvtReadWriteSet privateReadWriteSet() const;
    std::optional<protos::ChaincodeEvent> event() const { return m_event; }

private:
    struct PrivateCollection
    {
        std::map<std::string, std::optional<Height>> reads; // by key hash
        std::map<std::string, std::optional<Bytes>> writes; // by key; nullopt = delete
    };
    bool mayTouch(const std::string &collection);

    const StateDb &m_state;
    PrivateLookup m_privateStores;
    std::string m_ns;
    std::string m_channelId;
    std::string m_txId;
    std::int64_t m_timestamp;
    chaincode::Creator m_creator;
    std::vector<Bytes> m_args;
    std::map<std::string, Bytes> m_transient;
    std::set<std::string> m_endorsingOrgs;

    std::map<std::string, std::optional<Height>> m_reads;
    std::map<std::string, std::optional<Bytes>> m_writes;
    std::vector<kvrwset::RangeQueryInfo> m_ranges;
    std::map<std::string, PrivateCollection> m_private;
    std::optional<protos::ChaincodeEvent> m_event;
    std::optional<std::string> m_privacyViolation;
    CrossChannelQuery m_crossChannel;
};

kvrwset::Version toVersion(const Height &h);

} // namespace lx::ledger

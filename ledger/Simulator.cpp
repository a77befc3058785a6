#include "ledger/Simulator.h"

#include "crypto/Hash.h"

namespace lx::ledger {

namespace {
const std::string kImplicitPrefix = "_implicit_org_";
}

std::string hashedNamespace(const std::string &ns, const std::string &collection)
{
    return ns + "$$h" + collection;
}

std::string collectionOwner(const std::string &collection)
{
    if (collection.rfind(kImplicitPrefix, 0) != 0)
        return {};
    return collection.substr(kImplicitPrefix.size());
}

kvrwset::Version toVersion(const Height &h)
{
    kvrwset::Version v;
    v.set_block_num(h.block);
    v.set_tx_num(h.tx);
    return v;
}

Simulator::Simulator(const StateDb &state, PrivateLookup privateStores, std::string ns, std::string channelId,
    std::string txId, std::int64_t timestampSeconds, chaincode::Creator creator, std::vector<Bytes> args,
    std::map<std::string, Bytes> transient, std::set<std::string> endorsingOrgs)
    : m_state(state)
    , m_privateStores(std::move(privateStores))
    , m_ns(std::move(ns))
    , m_channelId(std::move(channelId))
    , m_txId(std::move(txId))
    , m_timestamp(timestampSeconds)
    , m_creator(std::move(creator))
    , m_args(std::move(args))
    , m_transient(std::move(transient))
    , m_endorsingOrgs(std::move(endorsingOrgs))
{
}

std::optional<Bytes> Simulator::getState(const std::string &key)
{
    // Fabric's simulator does not read its own writes; neither do we.
    const auto value = m_state.get(m_ns, key);
    if (!m_reads.count(key))
        m_reads.emplace(key, value ? std::optional<Height>(value->version) : std::nullopt);
    if (!value)
        return std::nullopt;
    return value->value;
}

void Simulator::putState(const std::string &key, const Bytes &value)
{
    m_writes[key] = value;
}

void Simulator::delState(const std::string &key)
{
    m_writes[key] = std::nullopt;
}

std::vector<chaincode::KeyValue> Simulator::getStateByRange(const std::string &startKey, const std::string &endKey)
{
    kvrwset::RangeQueryInfo info;
    info.set_start_key(startKey);
    info.set_end_key(endKey);
    info.set_itr_exhausted(true);
    std::vector<chaincode::KeyValue> out;
    for (auto &[key, value] : m_state.range(m_ns, startKey, endKey)) {
        auto *read = info.mutable_raw_reads()->add_kv_reads();
        read->set_key(key);
        *read->mutable_version() = toVersion(value.version);
        out.push_back({ key, std::move(value.value) });
    }
    info.mutable_raw_reads(); // present even when empty
    m_ranges.push_back(std::move(info));
    return out;
}

std::vector<chaincode::HistoryEntry> Simulator::getHistoryForKey(const std::string &key)
{
    return m_state.history(m_ns, key);
}

bool Simulator::mayTouch(const std::string &collection)
{
    const std::string owner = collectionOwner(collection);
    if (!owner.empty() && m_endorsingOrgs.count(owner) && m_privateStores(owner))
        return true;
    if (!m_privacyViolation)
        m_privacyViolation = "collection " + collection + " is not held by an endorsing organization";
    return false;
}

std::optional<Bytes> Simulator::getPrivateData(const std::string &collection, const std::string &key)
{
    if (!mayTouch(collection))
        return std::nullopt;
    const auto value = m_privateStores(collectionOwner(collection))->get(m_ns, collection, key);
    auto &reads = m_private[collection].reads;
    const std::string keyHash = crypto::sha256(key);
    if (!reads.count(keyHash)) {
        const auto hashed = m_state.get(hashedNamespace(m_ns, collection), toHex(keyHash));
        reads.emplace(keyHash, hashed ? std::optional<Height>(hashed->version) : std::nullopt);
    }
    if (!value)
        return std::nullopt;
    return value->value;
}

std::vector<chaincode::KeyValue> Simulator::getPrivateDataByRange(
    const std::string &collection, const std::string &startKey, const std::string &endKey)
{
    std::vector<chaincode::KeyValue> out;
    if (!mayTouch(collection))
        return out;
    for (auto &[key, value] : m_privateStores(collectionOwner(collection))->range(m_ns, collection, startKey, endKey)) {
        auto &reads = m_private[collection].reads;
        const std::string keyHash = crypto::sha256(key);
        if (!reads.count(keyHash)) {
            const auto hashed = m_state.get(hashedNamespace(m_ns, collection), toHex(keyHash));
            reads.emplace(keyHash, hashed ? std::optional<Height>(hashed->version) : std::nullopt);
        }
        out.push_back({ key, std::move(value.value) });
    }
    return out;
}

void Simulator::putPrivateData(const std::string &collection, const std::string &key, const Bytes &value)
{
    if (mayTouch(collection))
        m_private[collection].writes[key] = value;
}

std::optional<Bytes> Simulator::getPrivateDataHash(const std::string &collection, const std::string &key)
{
    const auto hashed = m_state.get(hashedNamespace(m_ns, collection), toHex(crypto::sha256(key)));
    if (!hashed)
        return std::nullopt;
    return hashed->value;
}

void Simulator::setEvent(const std::string &name, const Bytes &payload)
{
    protos::ChaincodeEvent event;
    event.set_chaincode_id(m_ns);
    event.set_tx_id(m_txId);
    event.set_event_name(name);
    event.set_payload(payload);
    m_event = std::move(event);
}

rwset::TxReadWriteSet Simulator::readWriteSet() const
{
    kvrwset::KVRWSet kv;
    for (const auto &[key, version] : m_reads) {
        auto *read = kv.add_reads();
        read->set_key(key);
        if (version)
            *read->mutable_version() = toVersion(*version);
    }
    for (const auto &range : m_ranges)
        *kv.add_range_queries_info() = range;
    for (const auto &[key, value] : m_writes) {
        auto *write = kv.add_writes();
        write->set_key(key);
        write->set_is_delete(!value);
        if (value)
            write->set_value(*value);
    }
    rwset::TxReadWriteSet set;
    set.set_data_model(rwset::TxReadWriteSet::KV);
    auto *ns = set.add_ns_rwset();
    ns->set_namespace_(m_ns);
    ns->set_rwset(kv.SerializeAsString());

    const auto pvt = privateReadWriteSet();
    std::map<std::string, Bytes> pvtBytes;
    for (const auto &nsPvt : pvt.ns_pvt_rwset())
        for (const auto &coll : nsPvt.collection_pvt_rwset())
            pvtBytes[coll.collection_name()] = coll.rwset();
    for (const auto &[collection, data] : m_private) {
        kvrwset::HashedRWSet hashed;
        for (const auto &[keyHash, version] : data.reads) {
            auto *read = hashed.add_hashed_reads();
            read->set_key_hash(keyHash);
            if (version)
                *read->mutable_version() = toVersion(*version);
        }
        for (const auto &[key, value] : data.writes) {
            auto *write = hashed.add_hashed_writes();
            write->set_key_hash(crypto::sha256(key));
            write->set_is_delete(!value);
            if (value)
                write->set_value_hash(crypto::sha256(*value));
        }
        auto *coll = ns->add_collection_hashed_rwset();
        coll->set_collection_name(collection);
        coll->set_hashed_rwset(hashed.SerializeAsString());
        coll->set_pvt_rwset_hash(crypto::sha256(pvtBytes[collection]));
    }
    return set;
}

rwset::TxPvtReadWriteSet Simulator::privateReadWriteSet() const
{
    rwset::TxPvtReadWriteSet set;
    set.set_data_model(rwset::TxReadWriteSet::KV);
    if (m_private.empty())
        return set;
    auto *ns = set.add_ns_pvt_rwset();
    ns->set_namespace_(m_ns);
    for (const auto &[collection, data] : m_private) {
        kvrwset::KVRWSet kv;
        for (const auto &[key, value] : data.writes) {
            auto *write = kv.add_writes();
            write->set_key(key);
            write->set_is_delete(!value);
            if (value)
                write->set_value(*value);
        }
        auto *coll = ns->add_collection_pvt_rwset();
        coll->set_collection_name(collection);
        coll->set_rwset(kv.SerializeAsString());
    }
    return set;
}

chaincode::Response Simulator::invokeChaincode(
    const std::string &channel, const std::string &contract, const std::vector<Bytes> &args)
{
    if (!m_crossChannel)
        return chaincode::Response::reject(chaincode::BadRequest, "CHANNEL_UNREACHABLE",
            "This peer cannot query channel " + channel + " from channel " + m_channelId + ".");
    return m_crossChannel(channel, contract, args, m_creator, m_txId, m_timestamp);
}

} // namespace lx::ledger

#include "FakeStub.h"

#include "crypto/Hash.h"

namespace lx::test {

FakeStub::FakeStub()
{
    setCall({});
}

void FakeStub::setCaller(const std::string &mspId, const std::string &commonName, std::vector<std::string> roles)
{
    m_creator = chaincode::Creator { mspId, commonName, std::move(roles) };
}

void FakeStub::setCall(std::vector<Bytes> args, std::map<std::string, Bytes> transient)
{
    m_args = std::move(args);
    m_transient = std::move(transient);
    m_txId = "tx" + std::to_string(++m_txCounter);
}

std::optional<Bytes> FakeStub::getState(const std::string &key)
{
    const auto it = state.find(key);
    if (it == state.end())
        return std::nullopt;
    return it->second;
}

void FakeStub::putState(const std::string &key, const Bytes &value)
{
    ++writes;
    state[key] = value;
    chaincode::HistoryEntry entry;
    entry.txId = m_txId;
    entry.timestampSeconds = m_timestamp;
    entry.value = value;
    history[key].push_back(entry);
}

void FakeStub::delState(const std::string &key)
{
    ++writes;
    state.erase(key);
}

std::vector<chaincode::KeyValue> FakeStub::getStateByRange(const std::string &startKey, const std::string &endKey)
{
    std::vector<chaincode::KeyValue> out;
    for (auto it = state.lower_bound(startKey); it != state.end() && (endKey.empty() || it->first < endKey); ++it)
        out.push_back(chaincode::KeyValue { it->first, it->second });
    return out;
}

std::vector<chaincode::HistoryEntry> FakeStub::getHistoryForKey(const std::string &key)
{
    const auto it = history.find(key);
    return it == history.end() ? std::vector<chaincode::HistoryEntry>() : it->second;
}

std::optional<Bytes> FakeStub::getPrivateData(const std::string &collection, const std::string &key)
{
    const auto c = privateData.find(collection);
    if (c == privateData.end())
        return std::nullopt;
    const auto it = c->second.find(key);
    if (it == c->second.end())
        return std::nullopt;
    return it->second;
}

void FakeStub::putPrivateData(const std::string &collection, const std::string &key, const Bytes &value)
{
    ++writes;
    privateData[collection][key] = value;
}

std::optional<Bytes> FakeStub::getPrivateDataHash(const std::string &collection, const std::string &key)
{
    const auto value = getPrivateData(collection, key);
    if (!value)
        return std::nullopt;
    return crypto::sha256(*value);
}

std::vector<chaincode::KeyValue> FakeStub::getPrivateDataByRange(
    const std::string &collection, const std::string &startKey, const std::string &endKey)
{
    std::vector<chaincode::KeyValue> out;
    const auto c = privateData.find(collection);
    if (c == privateData.end())
        return out;
    for (auto it = c->second.lower_bound(startKey); it != c->second.end() && (endKey.empty() || it->first < endKey);
         ++it)
        out.push_back({ it->first, it->second });
    return out;
}

void FakeStub::setEvent(const std::string &name, const Bytes &payload)
{
    ++writes;
    events.emplace_back(name, payload);
}

chaincode::Response FakeStub::invokeChaincode(
    const std::string &channel, const std::string &contract, const std::vector<Bytes> &args)
{
    if (!crossChannel)
        return chaincode::Response::reject(
            chaincode::BadRequest, "CHANNEL_UNREACHABLE", "This fake peer serves no channel " + channel + ".");
    return crossChannel(channel, contract, args);
}

} // namespace lx::test

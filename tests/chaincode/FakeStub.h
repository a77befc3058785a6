#pragma once

#include "chaincode/Contract.h"
#include "chaincode/Stub.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace lx::test {

// An in-memory Stub for fast contract tests: writes apply at once (a test
// runs one invocation at a time), and the test sets who calls, when, and
// with what.
class FakeStub : public chaincode::Stub
{
public:
    FakeStub();

    // Set before each invocation.
    void setCaller(const std::string &mspId, const std::string &commonName, std::vector<std::string> roles);
    void setTimestamp(std::int64_t unixSeconds) { m_timestamp = unixSeconds; }
    void setCall(std::vector<Bytes> args, std::map<std::string, Bytes> transient = {});
    void setTxId(std::string txId) { m_txId = std::move(txId); }
    void setChannel(std::string channel) { m_channel = std::move(channel); }

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
    // Answers with crossChannel; without it, rejects as an unreachable channel.
    chaincode::Response invokeChaincode(
        const std::string &channel, const std::string &contract, const std::vector<Bytes> &args) override;

    // What the invocations did.
    std::map<std::string, Bytes> state;
    std::map<std::string, std::map<std::string, Bytes>> privateData; // collection -> key -> value
    std::map<std::string, std::vector<chaincode::HistoryEntry>> history;
    std::vector<std::pair<std::string, Bytes>> events;
    int writes = 0; // putState, delState, putPrivateData and setEvent calls
    // Serves invokeChaincode, e.g. another FakeStub running the other contract.
    std::function<chaincode::Response(
        const std::string &channel, const std::string &contract, const std::vector<Bytes> &args)>
        crossChannel;

private:
    std::string m_channel = "lc";
    std::string m_txId;
    std::int64_t m_timestamp = 0;
    chaincode::Creator m_creator;
    std::vector<Bytes> m_args;
    std::map<std::string, Bytes> m_transient;
    int m_txCounter = 0;
};

} // namespace lx::test

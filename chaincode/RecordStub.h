#pragma once

#include "chaincode/Contract.h"
#include "chaincode/Stub.h"

#include <map>
#include <string>

namespace lx::chaincode {

// The world as records the caller already holds (the workstation's cache)
// show it, for dry runs of a contract's evaluation without a ledger: the
// given keys and nothing else (no calendar record: the built-in calendar
// applies; no other channel). Writes cannot happen (evaluation only reads)
// and throw std::logic_error, a bug.
class RecordStub : public Stub
{
public:
    RecordStub(
        std::string channel, std::map<std::string, Bytes> state, const std::string &bankMsp, std::int64_t nowSeconds);

    const std::string &channelId() const override { return m_channel; }
    const std::string &txId() const override { return m_txId; }
    std::int64_t txTimestampSeconds() const override { return m_now; }
    const Creator &creator() const override { return m_creator; }
    const std::vector<Bytes> &args() const override { return m_args; }
    const std::map<std::string, Bytes> &transient() const override { return m_transient; }
    std::optional<Bytes> getState(const std::string &key) override;
    void putState(const std::string &, const Bytes &) override { refuseWrite(); }
    void delState(const std::string &) override { refuseWrite(); }
    std::vector<KeyValue> getStateByRange(const std::string &startKey, const std::string &endKey) override;
    std::vector<HistoryEntry> getHistoryForKey(const std::string &) override { return {}; }
    std::optional<Bytes> getPrivateData(const std::string &, const std::string &) override { return std::nullopt; }
    void putPrivateData(const std::string &, const std::string &, const Bytes &) override { refuseWrite(); }
    std::optional<Bytes> getPrivateDataHash(const std::string &, const std::string &) override { return std::nullopt; }
    std::vector<KeyValue> getPrivateDataByRange(const std::string &, const std::string &, const std::string &) override
    {
        return {};
    }
    void setEvent(const std::string &, const Bytes &) override { refuseWrite(); }
    Response invokeChaincode(const std::string &channel, const std::string &, const std::vector<Bytes> &) override;

private:
    [[noreturn]] static void refuseWrite();

    std::string m_channel;
    std::map<std::string, Bytes> m_state;
    std::int64_t m_now;
    Creator m_creator;
    std::string m_txId = "dry-run";
    std::vector<Bytes> m_args;
    std::map<std::string, Bytes> m_transient;
};

} // namespace lx::chaincode

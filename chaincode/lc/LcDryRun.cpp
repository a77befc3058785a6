#include "chaincode/lc/LcDryRun.h"

#include "chaincode/Stub.h"
#include "chaincode/lc/LcStateMachine.h"

#include <stdexcept>

namespace lx::chaincode::lc {

namespace {

// The world as the record shows it: the L/C under its key and nothing else
// (no calendar record: the built-in calendar applies). Writes cannot happen
// (evaluation only reads) and would be a bug.
class RecordStub : public Stub
{
public:
    RecordStub(const lianxin::lc::LetterOfCredit &lc, const std::string &bankMsp, std::int64_t nowSeconds)
        : m_key(lcKey(lc.lc_no())), m_record(lc.SerializeAsString()), m_now(nowSeconds)
    {
        m_creator.mspId = bankMsp;
    }

    const std::string &channelId() const override { return m_channel; }
    const std::string &txId() const override { return m_txId; }
    std::int64_t txTimestampSeconds() const override { return m_now; }
    const Creator &creator() const override { return m_creator; }
    const std::vector<Bytes> &args() const override { return m_args; }
    const std::map<std::string, Bytes> &transient() const override { return m_transient; }
    std::optional<Bytes> getState(const std::string &key) override
    {
        return key == m_key ? std::optional<Bytes>(m_record) : std::nullopt;
    }
    void putState(const std::string &, const Bytes &) override { refuseWrite(); }
    void delState(const std::string &) override { refuseWrite(); }
    std::vector<KeyValue> getStateByRange(const std::string &, const std::string &) override { return {}; }
    std::vector<HistoryEntry> getHistoryForKey(const std::string &) override { return {}; }
    std::optional<Bytes> getPrivateData(const std::string &, const std::string &) override { return std::nullopt; }
    void putPrivateData(const std::string &, const std::string &, const Bytes &) override { refuseWrite(); }
    std::optional<Bytes> getPrivateDataHash(const std::string &, const std::string &) override { return std::nullopt; }
    std::vector<KeyValue> getPrivateDataByRange(const std::string &, const std::string &, const std::string &) override
    {
        return {};
    }
    void setEvent(const std::string &, const Bytes &) override { refuseWrite(); }

private:
    [[noreturn]] static void refuseWrite() { throw std::logic_error("a dry run does not write"); }

    std::string m_key;
    Bytes m_record;
    std::int64_t m_now;
    Creator m_creator;
    std::string m_channel = "lc";
    std::string m_txId = "dry-run";
    std::vector<Bytes> m_args;
    std::map<std::string, Bytes> m_transient;
};

} // namespace

std::optional<std::string> dryRunRejection(const lianxin::lc::LetterOfCredit &lc, const lianxin::lc::LcAction &action,
    const std::string &bankMsp, std::int64_t nowSeconds)
{
    RecordStub stub(lc, bankMsp, nowSeconds);
    const ActionOutcome outcome = evaluateAction(stub, action, Actor { bankMsp, "maker", "checker", "dry-run" });
    if (outcome.accepted())
        return std::nullopt;
    return outcome.rejection->reasonCode + ": " + outcome.rejection->message;
}

} // namespace lx::chaincode::lc

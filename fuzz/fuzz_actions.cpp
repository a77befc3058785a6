// The contracts' desks on fuzzed actions: a maker's SubmitDraft with the
// input as the transient "action" of the L/C, forfaiting, guarantee or
// quote-board contract, then, if the contract took it, the checker's
// DraftEndorsers and ApproveDraft, on an in-memory world state that keeps
// what earlier inputs wrote. Every answer must be a Response (accepted, or
// refused with a reason code); an exception or a crash is a finding.
//
// The first input byte picks the product and the acting bank; the rest is
// the action message's bytes.

#include "chaincode/Contract.h"
#include "ledger/StandardContracts.h"

#include "lianxin/desk.pb.h"

#include <cstdint>
#include <cstdlib>
#include <map>
#include <memory>

using namespace lx;

namespace {

// What a contract sees of one channel: writes apply at once (one call at
// a time), private collections beside the state, no history.
class MemoryStub : public chaincode::Stub
{
public:
    std::string channel;
    std::string tx;
    std::int64_t now = 1'788'000'000; // 2026-08-29 in China
    chaincode::Creator who;
    std::vector<Bytes> arguments;
    std::map<std::string, Bytes> transientMap;
    std::map<std::string, Bytes> state;
    std::map<std::string, std::map<std::string, Bytes>> collections;

    const std::string &channelId() const override { return channel; }
    const std::string &txId() const override { return tx; }
    std::int64_t txTimestampSeconds() const override { return now; }
    const chaincode::Creator &creator() const override { return who; }
    const std::vector<Bytes> &args() const override { return arguments; }
    const std::map<std::string, Bytes> &transient() const override { return transientMap; }
    std::optional<Bytes> getState(const std::string &key) override
    {
        const auto found = state.find(key);
        return found == state.end() ? std::nullopt : std::optional<Bytes>(found->second);
    }
    void putState(const std::string &key, const Bytes &value) override { state[key] = value; }
    void delState(const std::string &key) override { state.erase(key); }
    std::vector<chaincode::KeyValue> getStateByRange(const std::string &start, const std::string &end) override
    {
        return range(state, start, end);
    }
    std::vector<chaincode::HistoryEntry> getHistoryForKey(const std::string &) override { return {}; }
    std::optional<Bytes> getPrivateData(const std::string &collection, const std::string &key) override
    {
        const auto &values = collections[collection];
        const auto found = values.find(key);
        return found == values.end() ? std::nullopt : std::optional<Bytes>(found->second);
    }
    void putPrivateData(const std::string &collection, const std::string &key, const Bytes &value) override
    {
        collections[collection][key] = value;
    }
    std::optional<Bytes> getPrivateDataHash(const std::string &, const std::string &) override { return std::nullopt; }
    std::vector<chaincode::KeyValue> getPrivateDataByRange(
        const std::string &collection, const std::string &start, const std::string &end) override
    {
        return range(collections[collection], start, end);
    }
    void setEvent(const std::string &, const Bytes &) override { }
    chaincode::Response invokeChaincode(const std::string &, const std::string &, const std::vector<Bytes> &) override
    {
        return chaincode::Response::reject(chaincode::BadRequest, "CHANNEL_UNREACHABLE", "no other channel here");
    }

private:
    static std::vector<chaincode::KeyValue> range(
        const std::map<std::string, Bytes> &values, const std::string &start, const std::string &end)
    {
        std::vector<chaincode::KeyValue> out;
        for (auto it = values.lower_bound(start); it != values.end() && (end.empty() || it->first < end); ++it)
            out.push_back({ it->first, it->second });
        return out;
    }
};

struct Product
{
    std::string channel;
    std::shared_ptr<chaincode::Contract> contract;
    MemoryStub world;
};

std::vector<Product> &products()
{
    static std::vector<Product> all = [] {
        std::vector<Product> out;
        for (const auto &[channel, contract] : ledger::standardContracts())
            if (contract->name() == "lc" || contract->name() == "forfaiting" || contract->name() == "guarantee"
                || contract->name() == "quotes")
                out.push_back({ channel, contract, {} });
        for (Product &p : out)
            p.world.channel = p.channel;
        return out;
    }();
    return all;
}

const char *const kBanks[] = { "HuaxiaBankMSP", "DongfangBankMSP", "ChangjiangBankMSP", "RegulatorMSP" };

chaincode::Response call(Product &p, const std::string &bank, const std::string &user, const std::string &role,
    std::vector<Bytes> args, std::map<std::string, Bytes> transient = {})
{
    static std::uint64_t counter = 0;
    p.world.tx = "fuzz-tx-" + std::to_string(++counter);
    p.world.who = chaincode::Creator { bank, user, { "client", role } };
    p.world.arguments = std::move(args);
    p.world.transientMap = std::move(transient);
    return p.contract->invoke(p.world);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    auto &all = products();
    Product &p = all[data[0] % all.size()];
    const std::string bank = kBanks[(data[0] / all.size()) % std::size(kBanks)];
    const Bytes action(reinterpret_cast<const char *>(data + 1), size - 1);
    // Keep the world small: what piles up slows every later input.
    if (p.world.state.size() > 200 || p.world.collections.size() > 8) {
        p.world.state.clear();
        p.world.collections.clear();
    }

    const chaincode::Response submitted
        = call(p, bank, "officer1", "officer", { "SubmitDraft" }, { { "action", action } });
    if (!submitted.isOk())
        return 0;
    const std::string draftId = submitted.payload;
    const chaincode::Response endorsers = call(p, bank, "checker1", "checker", { "DraftEndorsers", draftId });
    std::vector<Bytes> approve { "ApproveDraft", draftId };
    lianxin::desk::Endorsers names;
    if (endorsers.isOk() && names.ParseFromString(endorsers.payload))
        approve.insert(approve.end(), names.msp_ids().begin(), names.msp_ids().end());
    call(p, bank, "checker1", "checker", approve);
    // The queries read back whatever was written.
    call(p, bank, "checker1", "checker", { "ListDrafts" });
    return 0;
}

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
#include "chaincode/FakeStub.h"
#include "ledger/StandardContracts.h"

#include "lianxin/desk.pb.h"

#include <cstdint>
#include <memory>

using namespace lx;

namespace {

struct Product
{
    std::string channel;
    std::shared_ptr<chaincode::Contract> contract;
    test::FakeStub world;
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
            p.world.setChannel(p.channel);
        return out;
    }();
    return all;
}

const char *const kBanks[] = { "HuaxiaBankMSP", "DongfangBankMSP", "ChangjiangBankMSP", "RegulatorMSP" };

chaincode::Response call(Product &p, const std::string &bank, const std::string &user, const std::string &role,
    std::vector<Bytes> args, std::map<std::string, Bytes> transient = {})
{
    p.world.setTimestamp(1'788'000'000); // 2026-08-29 in China
    p.world.setCaller(bank, user, { "client", role });
    p.world.setCall(std::move(args), std::move(transient)); // a fresh transaction ID
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
    if (p.world.state.size() > 200 || p.world.events.size() > 2000) {
        p.world = test::FakeStub();
        p.world.setChannel(p.channel);
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

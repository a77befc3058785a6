#include "ledgerclient/DemoForfaiting.h"

#include "chaincode/forfaiting/FfStateMachine.h"
#include "chaincode/lc/LcDates.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/DeskWorkflow.h"
#include "ledgerclient/LcWorkflow.h"
#include "ledgerclient/Sandbox.h"

#include "lianxin/forfaiting.pb.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace lx::client {

namespace {

using lianxin::forfaiting::FfAction;
namespace ff = chaincode::forfaiting;

struct Candidate
{
    std::string lcNo;
    int presentationNo = 0;
    std::string seller; // the presenting bank
    std::string obligor; // the issuing bank
};

class Market
{
public:
    Market(std::shared_ptr<Ledger> ledger, const Wallet &wallet, std::chrono::year_month_day today)
        : m_ledger(std::move(ledger)), m_wallet(wallet), m_today(today)
    {
    }

    // The bank's officer drafts, its checker approves.
    void act(const std::string &bank, const FfAction &action)
    {
        DeskWorkflow maker(client(bank + "/officer1"), DeskWorkflow::product("forfaiting"));
        const std::string draftId = maker.submitDraft(action.SerializeAsString());
        DeskWorkflow checker(client(bank + "/checker1"), DeskWorkflow::product("forfaiting"));
        checker.approve(draftId);
        m_summary.transactions += 2;
    }

    void list(const std::string &bank, const Candidate &c, bool inquiry, const std::string &note)
    {
        FfAction action;
        action.mutable_list()->set_lc_no(c.lcNo);
        action.mutable_list()->set_presentation_no(c.presentationNo);
        action.mutable_list()->set_inquiry(inquiry);
        action.mutable_list()->set_note(note);
        act(bank, action);
    }

    void quote(const std::string &bank, const std::string &listingId, std::int64_t rateMicros, bool toYield,
        int graceDays, std::int64_t feesFen)
    {
        FfAction action;
        auto *q = action.mutable_quote();
        q->set_listing_id(listingId);
        q->set_rate_micros(rateMicros);
        q->set_method(toYield ? lianxin::forfaiting::DISCOUNT_TO_YIELD : lianxin::forfaiting::STRAIGHT_DISCOUNT);
        q->set_grace_days(graceDays);
        q->set_fees_fen(feesFen);
        *q->mutable_value_date() = chaincode::lc::protoDate(m_today);
        // Valid until the end of the third day from today, China time.
        const std::chrono::sys_days end = std::chrono::sys_days(m_today) + std::chrono::days(3);
        q->set_valid_until_seconds(end.time_since_epoch().count() * 86400 + 86399 - 8 * 3600);
        act(bank, action);
    }

    template<class Setter> void dealStep(const std::string &bank, const std::string &dealId, Setter set)
    {
        FfAction action;
        set(action)->set_deal_id(dealId);
        act(bank, action);
    }

    std::vector<Candidate> candidates()
    {
        std::vector<Candidate> out;
        const auto lcs = LcWorkflow(client("RegulatorMSP/auditor1")).list();
        const std::chrono::sys_days today(m_today);
        for (const auto &lc : lcs.lcs()) {
            for (const auto &p : lc.presentations()) {
                const auto maturity = chaincode::lc::civil(p.payment_confirmation().maturity_date());
                if (p.state() == lianxin::lc::Presentation::ACCEPTED && maturity
                    && std::chrono::sys_days(*maturity) > today + std::chrono::days(10))
                    out.push_back({ lc.lc_no(), p.number(), p.presenting_bank_msp(), lc.issuing_bank_msp() });
            }
        }
        std::sort(out.begin(), out.end(), [](const Candidate &a, const Candidate &b) {
            return std::tie(a.lcNo, a.presentationNo) < std::tie(b.lcNo, b.presentationNo);
        });
        return out;
    }

    // Member banks other than these, in the consortium's order.
    std::vector<std::string> otherBanks(const std::vector<std::string> &besides) const
    {
        std::vector<std::string> out;
        for (const auto &org : defaultSandbox().orgs) {
            if (org.kind == "bank" && std::find(besides.begin(), besides.end(), org.mspId) == besides.end())
                out.push_back(org.mspId);
        }
        return out;
    }

    DemoForfaitingSummary m_summary;

private:
    Client &client(const std::string &label)
    {
        auto &slot = m_clients[label];
        if (!slot) {
            slot = std::make_unique<Client>(m_ledger, m_wallet.identity(label));
            slot->setClock(chinaDateClock(m_today));
        }
        return *slot;
    }

    std::shared_ptr<Ledger> m_ledger;
    const Wallet &m_wallet;
    std::chrono::year_month_day m_today;
    std::map<std::string, std::unique_ptr<Client>> m_clients;
};

} // namespace

DemoForfaitingSummary loadDemoForfaiting(
    std::shared_ptr<Ledger> ledger, const Wallet &wallet, std::chrono::year_month_day today)
{
    Market market(std::move(ledger), wallet, today);
    const std::vector<Candidate> candidates = market.candidates();
    if (candidates.empty())
        return {};

    // Sold after two quotes, settled, and resold.
    const Candidate &first = candidates[0];
    const auto buyers = market.otherBanks({ first.seller, first.obligor });
    const std::string claim = ff::claimId(first.lcNo, first.presentationNo);
    market.list(first.seller, first, false, "Primary, without recourse");
    market.quote(buyers.at(0), claim + "/L1", 30'000, false, 0, 0);
    market.quote(buyers.at(1), claim + "/L1", 32'000, true, 2, 50'000);
    FfAction accept;
    accept.mutable_accept_quote()->set_quote_id(claim + "/L1/" + buyers.at(0));
    market.act(first.seller, accept);
    const std::string deal = claim + "/D1";
    market.dealStep(first.seller, deal, [](FfAction &a) { return a.mutable_notify_transfer(); });
    market.dealStep(first.obligor, deal, [](FfAction &a) { return a.mutable_acknowledge_transfer(); });
    market.dealStep(buyers.at(0), deal, [](FfAction &a) { return a.mutable_settle(); });
    market.list(buyers.at(0), first, false, "Secondary");
    market.quote(buyers.at(1), claim + "/L2", 29'000, false, 0, 0);
    market.m_summary.claims.push_back(claim);

    // Listed, with two live quotes to compare.
    if (candidates.size() > 1) {
        const Candidate &second = candidates[1];
        const auto bidders = market.otherBanks({ second.seller, second.obligor });
        const std::string listing = ff::claimId(second.lcNo, second.presentationNo) + "/L1";
        market.list(second.seller, second, false, "Primary");
        market.quote(bidders.at(0), listing, 31'000, false, 0, 20'000);
        market.quote(bidders.at(1), listing, 30'500, true, 1, 0);
        market.m_summary.claims.push_back(ff::claimId(second.lcNo, second.presentationNo));
    }
    // An inquiry (詢價) waiting for indications.
    if (candidates.size() > 2) {
        market.list(candidates[2].seller, candidates[2], true, "Indications welcome");
        market.m_summary.claims.push_back(ff::claimId(candidates[2].lcNo, candidates[2].presentationNo));
    }
    return market.m_summary;
}

} // namespace lx::client

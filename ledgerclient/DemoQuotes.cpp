#include "ledgerclient/DemoQuotes.h"

#include "ledgerclient/Client.h"
#include "ledgerclient/Clock.h"
#include "ledgerclient/DeskWorkflow.h"

#include "lianxin/quotes.pb.h"

#include <array>
#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace lx::client {

namespace {

using lianxin::quotes::QuoteAction;

constexpr std::array kBanks = { "HuaxiaBankMSP", "DongfangBankMSP", "ChangjiangBankMSP", "NanhaiBankMSP",
    "BeiyuanBankMSP" };

// Rates in millionths: a base per obligor tier, a term premium per bucket,
// and a small spread per quoting bank, so the best bid differs by bank.
constexpr std::array<std::int64_t, 4> kTierBase = { 0, 26000, 29500, 34000 };
constexpr std::array<std::int64_t, 6> kTermPremium = { 0, 0, 1000, 2000, 3200, 4500 };
constexpr std::int64_t kBankSpread = 300;
constexpr std::int64_t kOfferSpread = 1500;
constexpr std::int64_t kYuan = 100;

std::int64_t chinaSeconds(std::chrono::year_month_day day, int hour)
{
    using namespace std::chrono;
    const sys_seconds at = sys_days(day) + hours(hour - 8);
    return at.time_since_epoch().count();
}

struct Entry
{
    std::size_t bank;
    QuoteAction action;
};

std::vector<Entry> plan(std::chrono::year_month_day today)
{
    using namespace std::chrono;
    std::vector<Entry> out;
    const std::int64_t validUntil = chinaSeconds(year_month_day(sys_days(today) + days(kDemoQuotesValidDays)), 17);
    const auto quote = [&](std::size_t bank, lianxin::quotes::Side side, int tier, int bucket, std::int64_t rate) {
        Entry entry { bank, {} };
        auto *q = entry.action.mutable_post()->mutable_quote();
        q->set_side(side);
        q->set_obligor_tier(tier);
        q->set_tenor(static_cast<lianxin::quotes::TenorBucket>(bucket));
        q->set_rate_micros(rate);
        q->set_method(bucket % 2 ? lianxin::quotes::STRAIGHT_DISCOUNT : lianxin::quotes::DISCOUNT_TO_YIELD);
        q->set_basis_days(360);
        q->set_grace_days(bucket > 3 ? 5 : 0);
        q->set_fees_fen((1000 + 500 * static_cast<std::int64_t>(bank)) * kYuan);
        q->set_amount_fen((10'000'000 + 10'000'000 * static_cast<std::int64_t>((bank + bucket) % 5)) * kYuan);
        q->set_valid_until_seconds(validUntil);
        out.push_back(std::move(entry));
    };
    for (int bucket = lianxin::quotes::DAYS_1_30; bucket <= lianxin::quotes::DAYS_271_366; ++bucket) {
        for (int tier = 1; tier <= 3; ++tier) {
            const std::size_t first = static_cast<std::size_t>(bucket + tier) % kBanks.size();
            const std::int64_t base = kTierBase[static_cast<std::size_t>(tier)] + kTermPremium[static_cast<std::size_t>(bucket)];
            quote(first, lianxin::quotes::BUY, tier, bucket, base + kBankSpread * static_cast<std::int64_t>(first));
            if (tier < 3) {
                const std::size_t second = (first + 2) % kBanks.size();
                quote(second, lianxin::quotes::BUY, tier, bucket, base + kBankSpread * static_cast<std::int64_t>(second));
            }
            if (tier < 3 && bucket >= 2 && bucket <= 4) {
                const std::size_t seller = (first + 1) % kBanks.size();
                quote(seller, lianxin::quotes::SELL, tier, bucket, base + kOfferSpread);
            }
        }
    }
    struct DealPlan
    {
        std::size_t bank;
        int tier;
        int tenorDays;
        std::int64_t rate;
        std::int64_t faceYuan;
        int daysAgo;
    };
    const std::array deals = { DealPlan { 0, 1, 62, 27200, 8'000'000, 2 }, DealPlan { 2, 2, 118, 31600, 12'500'000, 5 },
        DealPlan { 1, 1, 175, 28300, 20'000'000, 11 }, DealPlan { 3, 3, 240, 37400, 6'000'000, 19 } };
    for (std::size_t i = 0; i < deals.size(); ++i) {
        const DealPlan &d = deals[i];
        Entry entry { d.bank, {} };
        auto *deal = entry.action.mutable_report_deal()->mutable_deal();
        deal->set_forfaiting_deal_id("FD-DEMO-" + std::to_string(1001 + i));
        deal->set_obligor_tier(d.tier);
        deal->set_tenor_days(d.tenorDays);
        deal->set_rate_micros(d.rate);
        deal->set_method(lianxin::quotes::STRAIGHT_DISCOUNT);
        deal->set_face_amount_fen(d.faceYuan * kYuan);
        const year_month_day traded(sys_days(today) - days(d.daysAgo));
        deal->mutable_trade_date()->set_year(static_cast<int>(traded.year()));
        deal->mutable_trade_date()->set_month(static_cast<int>(static_cast<unsigned>(traded.month())));
        deal->mutable_trade_date()->set_day(static_cast<int>(static_cast<unsigned>(traded.day())));
        out.push_back(std::move(entry));
    }
    return out;
}

} // namespace

DemoQuotesSummary loadDemoQuotes(std::shared_ptr<Ledger> ledger, const Wallet &wallet, std::chrono::year_month_day today)
{
    if (!today.ok())
        throw std::invalid_argument("The demo quotes need today's date (in China).");
    const std::vector<Entry> entries = plan(today);
    const DeskWorkflow::Product &product = DeskWorkflow::product("quotes");

    // One worker per bank: a bank's drafts go one after the other, banks side by side.
    std::mutex lock;
    DemoQuotesSummary summary;
    std::vector<std::string> refusals;
    std::optional<LedgerError> unavailable;
    std::vector<std::thread> workers;
    for (std::size_t bank = 0; bank < kBanks.size(); ++bank) {
        workers.emplace_back([&, bank] {
            const std::string msp = kBanks[bank];
            try {
                Client maker(ledger, wallet.identity(msp + "/officer1"));
                Client checker(ledger, wallet.identity(msp + "/checker1"));
                maker.setClock(chinaDateClock(today));
                checker.setClock(chinaDateClock(today));
                DeskWorkflow makerDesk(maker, product);
                DeskWorkflow checkerDesk(checker, product);
                for (const Entry &entry : entries) {
                    if (entry.bank != bank)
                        continue;
                    try {
                        checkerDesk.approve(makerDesk.submitDraft(entry.action.SerializeAsString()));
                        const std::lock_guard guard(lock);
                        (entry.action.has_post() ? summary.quotes : summary.deals)++;
                    } catch (const LedgerError &error) {
                        const std::lock_guard guard(lock);
                        refusals.push_back(msp + ": " + error.reasonCode() + " " + error.what());
                        if (error.kind() == LedgerError::Kind::Unavailable && !unavailable)
                            unavailable = error; // the ledger failed (a full disk), not the quote
                    }
                }
            } catch (const std::exception &error) {
                const std::lock_guard guard(lock);
                refusals.push_back(msp + ": " + error.what());
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    if (unavailable)
        throw *unavailable;
    if (!refusals.empty()) {
        std::string message = std::to_string(refusals.size()) + " demo quotes or deals were refused:";
        for (std::size_t i = 0; i < refusals.size() && i < 10; ++i)
            message += "\n  " + refusals[i];
        throw LedgerError(LedgerError::Kind::Rejected, "DEMO_QUOTES_REFUSED", message);
    }
    return summary;
}

} // namespace lx::client

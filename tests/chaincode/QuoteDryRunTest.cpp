// The dry run the workstation's quote form and withdraw button use gives
// the contract's own answer: for each action and bank, accepted by the dry
// run exactly when the contract, driven for real, accepts it.
#include "chaincode/quotes/QuoteActions.h"
#include "chaincode/quotes/QuoteDryRun.h"

#include "QuoteDesk.h"

#include <functional>
#include <gtest/gtest.h>

using namespace lx::test;
using lianxin::quotes::Quote;
using lianxin::quotes::QuoteAction;

namespace {

// What the workstation holds: the board's records and the registry's members.
std::map<std::string, lx::Bytes> heldRecords(const QuoteDesk &desk)
{
    std::map<std::string, lx::Bytes> records = desk.stub.state;
    for (const auto &[key, value] : desk.registryStub.state)
        records[key] = value;
    return records;
}

Quote bid(std::int64_t now)
{
    return standingQuote(lianxin::quotes::BUY, 1, lianxin::quotes::DAYS_91_180, 30500, 1000000, now + kDay);
}

} // namespace

TEST(QuoteDryRun, AgreesWithTheContractOnPosts)
{
    const std::vector<std::pair<std::string, std::function<void(Quote &)>>> edits {
        { "valid", [](Quote &) {} },
        { "rate zero", [](Quote &q) { q.set_rate_micros(0); } },
        { "no side", [](Quote &q) { q.set_side(lianxin::quotes::SIDE_UNSPECIFIED); } },
        { "grace 31", [](Quote &q) { q.set_grace_days(31); } },
        { "fees negative", [](Quote &q) { q.set_fees_fen(-1); } },
        { "no amount", [](Quote &q) { q.set_amount_fen(0); } },
        { "expired", [](Quote &q) { q.set_valid_until_seconds(1); } },
        { "tier 6", [](Quote &q) { q.set_obligor_tier(6); } },
        { "obligor bank", [](Quote &q) { q.set_obligor_tier(0), q.set_obligor_bank_msp(kTier2Bank); } },
        { "obligor bank, wrong tier", [](Quote &q) { q.set_obligor_bank_msp(kTier2Bank); } },
        { "obligor unknown", [](Quote &q) { q.set_obligor_tier(0), q.set_obligor_bank_msp("NoSuchBankMSP"); } },
        { "obligor regulator", [](Quote &q) { q.set_obligor_tier(0), q.set_obligor_bank_msp(kRegulatorOrg); } },
        { "no tenor", [](Quote &q) { q.set_tenor(lianxin::quotes::TENOR_UNSPECIFIED); } },
        { "deal quote incomplete", [](Quote &q) { q.set_lc_no("LC-1"); } },
        { "another bank's", [](Quote &q) { q.set_quoting_bank_msp(kTier2Bank); } },
    };
    int accepted = 0;
    int refused = 0;
    for (const auto &[name, edit] : edits) {
        for (const char *bank : { kTier1Bank, kTier2Bank }) {
            SCOPED_TRACE(name + " / " + bank);
            QuoteDesk desk;
            Quote quote = bid(desk.now());
            edit(quote);
            const QuoteAction action = postAction(quote);
            const auto dry = lx::chaincode::quotes::dryRunRejection(heldRecords(desk), action, bank, desk.now());
            const bool real = desk.act(bank, action).isOk();
            EXPECT_EQ(!dry.has_value(), real) << (dry ? *dry : std::string("accepted"));
            (real ? accepted : refused)++;
        }
    }
    EXPECT_GE(accepted, 2);
    EXPECT_GE(refused, 10);
}

TEST(QuoteDryRun, AgreesWithTheContractOnWithdrawals)
{
    for (const char *bank : { kTier1Bank, kTier2Bank }) {
        for (const std::int64_t later : { std::int64_t { 0 }, 2 * kDay }) {
            SCOPED_TRACE(std::string(bank) + " after " + std::to_string(later));
            QuoteDesk desk;
            const Quote posted = desk.post(kTier1Bank, bid(desk.now()));
            desk.setNow(desk.now() + later);
            const QuoteAction action = withdrawAction(posted.id());
            const auto dry = lx::chaincode::quotes::dryRunRejection(heldRecords(desk), action, bank, desk.now());
            const bool real = desk.act(bank, action).isOk();
            EXPECT_EQ(!dry.has_value(), real) << (dry ? *dry : std::string("accepted"));
            EXPECT_EQ(real, std::string(bank) == kTier1Bank && later == 0);
        }
    }
}

TEST(QuoteDryRun, RefusalCarriesTheReasonCode)
{
    QuoteDesk desk;
    Quote quote = bid(desk.now());
    quote.set_rate_micros(0);
    const auto dry = lx::chaincode::quotes::dryRunRejection(heldRecords(desk), postAction(quote), kTier1Bank, desk.now());
    ASSERT_TRUE(dry.has_value());
    EXPECT_EQ(dry->rfind("QT_RATE_OUT_OF_RANGE: ", 0), 0u) << *dry;
}

// The quote board on the real embedded consortium: signed proposals on
// channel "trust", the obligor's tier read from the membership registry,
// maker and checker, endorsement by the quoting bank, commit.
#include "ContractLedger.h"
#include "QuoteDesk.h"

#include <ctime>

namespace lx::test {

namespace {

class QuoteLedger : public ContractLedger
{
protected:
    protos::Response act(const std::string &msp, const lianxin::quotes::QuoteAction &action)
    {
        return ContractLedger::act(msp, "quotes", action.SerializeAsString());
    }

    lianxin::quotes::Board board(const std::string &identity)
    {
        const protos::Response r = query(identity, "quotes", { "Board" });
        EXPECT_EQ(r.status(), 200) << r.message();
        lianxin::quotes::Board out;
        EXPECT_TRUE(out.ParseFromString(r.payload()));
        return out;
    }

    static std::string reason(const protos::Response &r) { return r.message().substr(0, r.message().find(':')); }
};

} // namespace

TEST_F(QuoteLedger, ABankPostsOnTheObligorsRegistryTierAndOnlyItWithdraws)
{
    const std::int64_t now = std::time(nullptr);
    auto quote = standingQuote(lianxin::quotes::BUY, 0, lianxin::quotes::DAYS_91_180, 30500, 5'000'000'00, now + 3600);
    quote.set_obligor_bank_msp("ChangjiangBankMSP"); // tier 2 in the sandbox's registry
    const auto posted = act("HuaxiaBankMSP", postAction(quote));
    ASSERT_EQ(posted.status(), 200) << posted.message();
    lianxin::quotes::Quote recorded;
    ASSERT_TRUE(recorded.ParseFromString(posted.payload()));
    EXPECT_EQ(recorded.obligor_tier(), 2);
    EXPECT_EQ(recorded.quoting_bank_msp(), "HuaxiaBankMSP");

    const auto seen = board("RegulatorMSP/auditor1");
    ASSERT_EQ(seen.cells_size(), 1);
    EXPECT_EQ(seen.cells(0).obligor_tier(), 2);
    EXPECT_EQ(seen.cells(0).buy().best_rate_micros(), 30500);
    ASSERT_EQ(seen.cells(0).buy().best_banks_size(), 1);
    EXPECT_EQ(seen.cells(0).buy().best_banks(0), "HuaxiaBankMSP");

    const auto regulator = invoke(
        "RegulatorMSP/auditor1", "quotes", { "SubmitDraft" }, { { "action", postAction(quote).SerializeAsString() } });
    EXPECT_EQ(regulator.status(), 403);
    EXPECT_EQ(reason(regulator), "QT_REGULATOR_READ_ONLY");

    const auto other = act("DongfangBankMSP", withdrawAction(recorded.id()));
    EXPECT_EQ(other.status(), 403);
    EXPECT_EQ(reason(other), "QT_WRONG_BANK");

    const auto withdrawn = act("HuaxiaBankMSP", withdrawAction(recorded.id()));
    ASSERT_EQ(withdrawn.status(), 200) << withdrawn.message();
    EXPECT_EQ(board("NanhaiBankMSP/officer1").cells_size(), 0);
}

} // namespace lx::test

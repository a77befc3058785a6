// The guarantee contract on the real embedded consortium: registered on
// channel "guarantee", signed proposals, endorsement by the acting bank,
// ordering, validation and commit.
#include "ContractLedger.h"
#include "GtDesk.h"

#include "chaincode/lc/LcDates.h"

#include <ctime>

namespace lx::test {

namespace {

class GtLedger : public ContractLedger
{
protected:
    protos::Response act(const std::string &bank, const lianxin::guarantee::GtAction &action)
    {
        return ContractLedger::act(bank, "guarantee", action.SerializeAsString());
    }
};

} // namespace

TEST_F(GtLedger, IssueAdviseAndDemandCommitOnTheGuaranteeChannel)
{
    const auto today = chaincode::lc::chinaDate(static_cast<std::int64_t>(std::time(nullptr)));
    lianxin::guarantee::Guarantee terms = sampleGuarantee();
    *terms.mutable_expiry_date() = chaincode::lc::protoDate(chaincode::lc::plusDays(today, 200));
    *terms.mutable_reduction_schedule(0)->mutable_date()
        = chaincode::lc::protoDate(chaincode::lc::plusDays(today, 100));
    auto r = act("HuaxiaBankMSP", gtIssue(terms));
    ASSERT_EQ(r.status(), 200) << r.message();
    r = act("DongfangBankMSP", gtAdvise());
    ASSERT_EQ(r.status(), 200) << r.message();
    r = act("DongfangBankMSP", gtDemand(10'000'000));
    ASSERT_EQ(r.status(), 200) << r.message();

    const protos::Response got = query("RegulatorMSP/auditor1", "guarantee", { "GetGuarantee", kGtNo });
    ASSERT_EQ(got.status(), 200) << got.message();
    lianxin::guarantee::Guarantee g;
    ASSERT_TRUE(g.ParseFromString(got.payload()));
    EXPECT_EQ(g.state(), lianxin::guarantee::Guarantee::DEMANDED);
    EXPECT_EQ(g.history_size(), 3);
    EXPECT_EQ(g.history(2).checker(), "checker1");

    // A bank cannot act for another, and the regulator cannot write.
    r = act("NanhaiBankMSP", gtExamine(1, true));
    EXPECT_EQ(r.status(), 403);
    EXPECT_EQ(r.message().substr(0, r.message().find(':')), "GT_WRONG_BANK");
    r = invoke("RegulatorMSP/auditor1", "guarantee", { "SubmitDraft" },
        { { "action", gtExamine(1, true).SerializeAsString() } });
    EXPECT_EQ(r.status(), 403);
    EXPECT_EQ(r.message().substr(0, r.message().find(':')), "GT_REGULATOR_READ_ONLY");
}

} // namespace lx::test

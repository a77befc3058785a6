// The forfaiting contract on the real embedded consortium: the claim read
// across channels from "lc", approvals co-endorsed by the counterparty, and
// two sales of one claim racing to commit: the ledger keeps one.
#include "ContractLedger.h"
#include "FfDesk.h"

#include "chaincode/lc/LcDates.h"

#include "peer/transaction.pb.h"

#include <ctime>
#include <set>

namespace lx::test {

namespace {

class FfLedger : public ContractLedger
{
protected:
    void SetUp() override
    {
        ContractLedger::SetUp();
        m_today = chaincode::lc::chinaDate(static_cast<std::int64_t>(std::time(nullptr)));
    }

    std::string draftId(const std::string &bank, const std::string &contract, const Bytes &action)
    {
        const auto r = draft(bank, contract, action);
        EXPECT_EQ(r.status(), 200) << r.message();
        return r.payload();
    }

    void act(const std::string &bank, const std::string &contract, const Bytes &action)
    {
        const auto r = ContractLedger::act(bank, contract, action);
        ASSERT_EQ(r.status(), 200) << r.message();
    }

    // An accepted deferred presentation of kLcNo, presented by Dongfang today.
    void acceptedClaim()
    {
        lianxin::lc::LetterOfCredit terms = deferredLc();
        *terms.mutable_expiry_date() = chaincode::lc::protoDate(chaincode::lc::plusDays(m_today, 120));
        *terms.mutable_latest_shipment_date() = chaincode::lc::protoDate(chaincode::lc::plusDays(m_today, 100));
        act(kHuaxia, "lc", issueAction(terms).SerializeAsString());
        act(kDongfang, "lc", adviseAction().SerializeAsString());
        const auto shipped = chaincode::lc::protoDate(chaincode::lc::plusDays(m_today, -2));
        act(kDongfang, "lc", presentAction(samplePresentation(50'000'000, shipped)).SerializeAsString());
        act(kHuaxia, "lc", examineAction(1, true).SerializeAsString());
        act(kHuaxia, "lc", acceptAction(1).SerializeAsString());
    }

    lianxin::forfaiting::FfAction quote(const std::string &listingId)
    {
        auto a = quoteAction(listingId);
        *a.mutable_quote()->mutable_value_date() = chaincode::lc::protoDate(m_today);
        a.mutable_quote()->set_valid_until_seconds(static_cast<std::int64_t>(std::time(nullptr)) + 86400);
        return a;
    }

    chaincode::calendar::Date m_today;
};

} // namespace

TEST_F(FfLedger, TwoSalesOfOneClaimEndorsedTogetherOnlyOneCommits)
{
    acceptedClaim();
    act(kDongfang, "forfaiting", listAction().SerializeAsString());
    const std::string listing = std::string(kClaimId) + "/L1";
    act(kChangjiang, "forfaiting", quote(listing).SerializeAsString());
    act(kNanhai, "forfaiting", quote(listing).SerializeAsString());

    // The seller's two officers each draft an acceptance; both are
    // acceptable when drafted and when endorsed, since neither has committed.
    const std::string toChangjiang
        = draftId(kDongfang, "forfaiting", acceptQuoteAction(listing + "/" + kChangjiang).SerializeAsString());
    const std::string toNanhai
        = draftId(kDongfang, "forfaiting", acceptQuoteAction(listing + "/" + kNanhai).SerializeAsString());
    const Prepared first = approval(kDongfang, "forfaiting", toChangjiang);
    const Prepared second = approval(kDongfang, "forfaiting", toNanhai);
    ASSERT_EQ(first.result.status(), 200) << first.result.message();
    ASSERT_EQ(second.result.status(), 200) << second.result.message();
    auto a = m_consortium->submit(first.transaction);
    auto b = m_consortium->submit(second.transaction);
    const std::multiset<int> codes { a.get().validationCode, b.get().validationCode };
    EXPECT_EQ(codes, (std::multiset<int> { protos::VALID, protos::MVCC_READ_CONFLICT }));

    lianxin::forfaiting::Claim claim;
    ASSERT_TRUE(
        claim.ParseFromString(query("RegulatorMSP/auditor1", "forfaiting", { "GetClaim", kClaimId }).payload()));
    EXPECT_EQ(claim.state(), lianxin::forfaiting::Claim::UNDER_TRANSFER);
    EXPECT_EQ(claim.deal_count(), 1);
    EXPECT_FALSE(claim.lc_version().tx_id().empty());
    EXPECT_GT(claim.lc_version().block_number(), 0u);

    // The deal's approval was endorsed by seller and buyer.
    const auto &winner = a.get().validationCode == protos::VALID ? first : second;
    common::Payload payload;
    ASSERT_TRUE(payload.ParseFromString(winner.transaction.payload()));
    protos::Transaction tx;
    ASSERT_TRUE(tx.ParseFromString(payload.data()));
    protos::ChaincodeActionPayload action;
    ASSERT_TRUE(action.ParseFromString(tx.actions(0).payload()));
    EXPECT_EQ(action.action().endorsements_size(), 2);
}

TEST_F(FfLedger, TheRegulatorCannotList)
{
    acceptedClaim();
    const auto r = invoke(
        "RegulatorMSP/auditor1", "forfaiting", { "SubmitDraft" }, { { "action", listAction().SerializeAsString() } });
    EXPECT_EQ(r.status(), 403);
    EXPECT_EQ(r.message().substr(0, r.message().find(':')), "FF_REGULATOR_READ_ONLY");
}

} // namespace lx::test

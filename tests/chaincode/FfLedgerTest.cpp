// The forfaiting contract on the real embedded consortium: the claim read
// across channels from "lc", approvals co-endorsed by the counterparty, and
// two sales of one claim racing to commit: the ledger keeps one.
#include "FfDesk.h"

#include "chaincode/lc/LcDates.h"
#include "crypto/Bytes.h"
#include "crypto/Random.h"
#include "ledger/Consortium.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/TransactionBuilder.h"
#include "ledgerclient/Wallet.h"

#include "lianxin/desk.pb.h"
#include "peer/proposal_response.pb.h"
#include "peer/transaction.pb.h"

#include <ctime>
#include <filesystem>
#include <gtest/gtest.h>
#include <set>

namespace lx::test {

namespace {

const char *const kPassphrase = "ff chaincode passphrase";

class FfLedger : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dataDir = std::filesystem::temp_directory_path() / ("lianxin-ff-" + toHex(crypto::randomBytes(6)));
        client::initSandbox(m_dataDir, kPassphrase);
        m_wallet = std::make_unique<client::Wallet>(client::Wallet::open(client::walletDir(m_dataDir), kPassphrase));
        ledger::OrdererSettings settings;
        settings.batchTimeout = std::chrono::milliseconds(20);
        m_consortium = std::make_unique<ledger::Consortium>(client::consortiumDir(m_dataDir), settings);
        m_consortium->installStandardContracts();
        m_today = chaincode::lc::chinaDate(static_cast<std::int64_t>(std::time(nullptr)));
    }

    void TearDown() override
    {
        m_consortium.reset();
        m_wallet.reset();
        std::error_code ec;
        std::filesystem::remove_all(m_dataDir, ec);
    }

    // Endorsed by the policy the invocation implies, signed, not yet sent.
    struct Prepared
    {
        protos::Response result;
        common::Envelope transaction;
    };
    Prepared prepare(const std::string &identity, const std::string &channel, const std::vector<Bytes> &args,
        const std::map<std::string, Bytes> &transient = {})
    {
        const auto who = m_wallet->identity(identity);
        const auto proposal = client::buildSignedProposal(
            who, channel, channel, args.front(), std::vector<Bytes>(args.begin() + 1, args.end()), transient);
        const ledger::Endorsed endorsed = m_consortium->endorse(proposal.signedProposal);
        Prepared out { endorsed.result, {} };
        if (endorsed.result.status() < 400)
            out.transaction = client::signTransaction(who, endorsed.preparedTransaction);
        return out;
    }

    protos::Response invoke(const std::string &identity, const std::string &channel, const std::vector<Bytes> &args,
        const std::map<std::string, Bytes> &transient = {})
    {
        const Prepared p = prepare(identity, channel, args, transient);
        if (p.result.status() >= 400)
            return p.result;
        EXPECT_EQ(m_consortium->submit(p.transaction).get().validationCode, protos::VALID);
        return p.result;
    }

    std::string draft(const std::string &bank, const std::string &channel, const Bytes &action)
    {
        const auto r = invoke(bank + "/officer1", channel, { "SubmitDraft" }, { { "action", action } });
        EXPECT_EQ(r.status(), 200) << r.message();
        return r.payload();
    }

    // The checker's approval, naming the co-endorsers the contract asks for.
    Prepared approval(const std::string &bank, const std::string &channel, const std::string &draftId)
    {
        const auto asked = client::buildSignedProposal(
            m_wallet->identity(bank + "/checker1"), channel, channel, "DraftEndorsers", { draftId });
        lianxin::desk::Endorsers endorsers;
        endorsers.ParseFromString(m_consortium->evaluate(asked.signedProposal).payload());
        std::vector<Bytes> args { "ApproveDraft", draftId };
        for (const std::string &msp : endorsers.msp_ids())
            args.push_back(msp);
        return prepare(bank + "/checker1", channel, args);
    }

    void act(const std::string &bank, const std::string &channel, const Bytes &action)
    {
        const Prepared p = approval(bank, channel, draft(bank, channel, action));
        ASSERT_EQ(p.result.status(), 200) << p.result.message();
        EXPECT_EQ(m_consortium->submit(p.transaction).get().validationCode, protos::VALID);
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

    std::filesystem::path m_dataDir;
    std::unique_ptr<client::Wallet> m_wallet;
    std::unique_ptr<ledger::Consortium> m_consortium;
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
        = draft(kDongfang, "forfaiting", acceptQuoteAction(listing + "/" + kChangjiang).SerializeAsString());
    const std::string toNanhai
        = draft(kDongfang, "forfaiting", acceptQuoteAction(listing + "/" + kNanhai).SerializeAsString());
    const Prepared first = approval(kDongfang, "forfaiting", toChangjiang);
    const Prepared second = approval(kDongfang, "forfaiting", toNanhai);
    ASSERT_EQ(first.result.status(), 200) << first.result.message();
    ASSERT_EQ(second.result.status(), 200) << second.result.message();
    auto a = m_consortium->submit(first.transaction);
    auto b = m_consortium->submit(second.transaction);
    const std::multiset<int> codes { a.get().validationCode, b.get().validationCode };
    EXPECT_EQ(codes, (std::multiset<int> { protos::VALID, protos::MVCC_READ_CONFLICT }));

    const auto got = client::buildSignedProposal(
        m_wallet->identity("RegulatorMSP/auditor1"), "forfaiting", "forfaiting", "GetClaim", { kClaimId });
    lianxin::forfaiting::Claim claim;
    ASSERT_TRUE(claim.ParseFromString(m_consortium->evaluate(got.signedProposal).payload()));
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

// The guarantee contract on the real embedded consortium: registered on
// channel "guarantee", signed proposals, endorsement by the acting bank,
// ordering, validation and commit.
#include "GtDesk.h"

#include "chaincode/lc/LcDates.h"
#include "crypto/Bytes.h"
#include "crypto/Random.h"
#include "ledger/Consortium.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/TransactionBuilder.h"
#include "ledgerclient/Wallet.h"

#include "peer/proposal_response.pb.h"
#include "peer/transaction.pb.h"

#include <ctime>
#include <filesystem>
#include <gtest/gtest.h>

namespace lx::test {

namespace {

const char *const kPassphrase = "guarantee chaincode passphrase";

class GtLedger : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dataDir = std::filesystem::temp_directory_path() / ("lianxin-gt-" + toHex(crypto::randomBytes(6)));
        client::initSandbox(m_dataDir, kPassphrase);
        m_wallet = std::make_unique<client::Wallet>(client::Wallet::open(client::walletDir(m_dataDir), kPassphrase));
        ledger::OrdererSettings settings;
        settings.batchTimeout = std::chrono::milliseconds(5);
        m_consortium = std::make_unique<ledger::Consortium>(client::consortiumDir(m_dataDir), settings);
        m_consortium->installStandardContracts();
    }

    void TearDown() override
    {
        m_consortium.reset();
        m_wallet.reset();
        std::error_code ec;
        std::filesystem::remove_all(m_dataDir, ec);
    }

    protos::Response invoke(
        const std::string &identity, const std::vector<Bytes> &args, const std::map<std::string, Bytes> &transient = {})
    {
        const auto who = m_wallet->identity(identity);
        const auto proposal = client::buildSignedProposal(
            who, "guarantee", "guarantee", args.front(), std::vector<Bytes>(args.begin() + 1, args.end()), transient);
        const ledger::Endorsed endorsed = m_consortium->endorse(proposal.signedProposal);
        if (endorsed.result.status() >= 400)
            return endorsed.result;
        const auto committed = m_consortium->submit(client::signTransaction(who, endorsed.preparedTransaction)).get();
        EXPECT_EQ(committed.validationCode, protos::VALID);
        return endorsed.result;
    }

    // Maker drafts, checker approves; the approval's response.
    protos::Response act(const std::string &bank, const lianxin::guarantee::GtAction &action)
    {
        const auto submitted
            = invoke(bank + "/officer1", { "SubmitDraft" }, { { "action", action.SerializeAsString() } });
        if (submitted.status() >= 400)
            return submitted;
        return invoke(bank + "/checker1", { "ApproveDraft", submitted.payload() });
    }

    std::filesystem::path m_dataDir;
    std::unique_ptr<client::Wallet> m_wallet;
    std::unique_ptr<ledger::Consortium> m_consortium;
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

    const auto query = client::buildSignedProposal(
        m_wallet->identity("RegulatorMSP/auditor1"), "guarantee", "guarantee", "GetGuarantee", { kGtNo });
    const protos::Response got = m_consortium->evaluate(query.signedProposal);
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
    r = invoke("RegulatorMSP/auditor1", { "SubmitDraft" }, { { "action", gtExamine(1, true).SerializeAsString() } });
    EXPECT_EQ(r.status(), 403);
    EXPECT_EQ(r.message().substr(0, r.message().find(':')), "GT_REGULATOR_READ_ONLY");
}

} // namespace lx::test

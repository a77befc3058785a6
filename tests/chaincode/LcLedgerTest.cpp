// The L/C contract on the real embedded consortium: signed proposals,
// endorsement by the acting bank, ordering, validation and commit.
#include "LcDesk.h"

#include "chaincode/Stub.h"
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
#include <set>
#include <filesystem>
#include <gtest/gtest.h>

namespace lx::test {

namespace {

const char *const kPassphrase = "lc chaincode passphrase";

class LcLedger : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dataDir = std::filesystem::temp_directory_path() / ("lianxin-lc-" + toHex(crypto::randomBytes(6)));
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

    // Endorse on channel "lc" and, when the contract accepts, commit; the
    // contract's response.
    protos::Response invoke(
        const std::string &identity, const std::vector<Bytes> &args, const std::map<std::string, Bytes> &transient = {})
    {
        const auto who = m_wallet->identity(identity);
        const auto proposal = client::buildSignedProposal(
            who, "lc", "lc", args.front(), std::vector<Bytes>(args.begin() + 1, args.end()), transient);
        const ledger::Endorsed endorsed = m_consortium->endorse(proposal.signedProposal);
        if (endorsed.result.status() >= 400)
            return endorsed.result;
        const auto committed = m_consortium->submit(client::signTransaction(who, endorsed.preparedTransaction)).get();
        EXPECT_EQ(committed.validationCode, protos::VALID);
        return endorsed.result;
    }

    Bytes allBlocks()
    {
        Bytes all;
        const auto &blocks = m_consortium->channel("lc").blocks();
        for (std::uint64_t n = 0; n < blocks.height(); ++n)
            all += blocks.rawBlock(n).value_or(Bytes());
        return all;
    }

    std::filesystem::path m_dataDir;
    std::unique_ptr<client::Wallet> m_wallet;
    std::unique_ptr<ledger::Consortium> m_consortium;
};

} // namespace

TEST_F(LcLedger, IssueThroughMakerAndCheckerCommitsAndKeepsTheDraftPrivate)
{
    const auto today = chaincode::lc::chinaDate(static_cast<std::int64_t>(std::time(nullptr)));
    lianxin::lc::LetterOfCredit terms = sampleLc();
    *terms.mutable_expiry_date() = chaincode::lc::protoDate(chaincode::lc::plusDays(today, 120));
    *terms.mutable_latest_shipment_date() = chaincode::lc::protoDate(chaincode::lc::plusDays(today, 100));
    const std::string secretClause = "Draft-only clause 7f3a: applicant's margin 30% held in account 9911";
    terms.set_additional_conditions(secretClause);
    const Bytes action = issueAction(terms).SerializeAsString();

    const auto submitted = invoke("HuaxiaBankMSP/officer1", { "SubmitDraft" }, { { "action", action } });
    ASSERT_EQ(submitted.status(), 200) << submitted.message();
    const std::string draftId = submitted.payload();
    EXPECT_EQ(allBlocks().find(secretClause), std::string::npos) << "the draft reached a block";

    const auto draftValue = m_consortium->channel("lc")
                                .privateStore("HuaxiaBankMSP")
                                ->get("lc", chaincode::implicitCollection("HuaxiaBankMSP"), "draft/" + draftId);
    ASSERT_TRUE(draftValue);
    EXPECT_FALSE(m_consortium->channel("lc")
                     .privateStore("DongfangBankMSP")
                     ->get("lc", chaincode::implicitCollection("HuaxiaBankMSP"), "draft/" + draftId));

    const auto approved = invoke("HuaxiaBankMSP/checker1", { "ApproveDraft", draftId });
    ASSERT_EQ(approved.status(), 200) << approved.message();

    const auto query
        = client::buildSignedProposal(m_wallet->identity("RegulatorMSP/auditor1"), "lc", "lc", "GetLC", { kLcNo });
    const protos::Response got = m_consortium->evaluate(query.signedProposal);
    ASSERT_EQ(got.status(), 200) << got.message();
    lianxin::lc::LetterOfCredit lc;
    ASSERT_TRUE(lc.ParseFromString(got.payload()));
    EXPECT_EQ(lc.state(), lianxin::lc::LetterOfCredit::ISSUED);
    EXPECT_EQ(lc.issuing_bank_msp(), "HuaxiaBankMSP");
    EXPECT_EQ(lc.available_balance_fen(), 100'000'000);
    ASSERT_EQ(lc.history_size(), 1);
    EXPECT_EQ(lc.history(0).maker(), "officer1");
    EXPECT_EQ(lc.history(0).checker(), "checker1");

    // Neither the draft record nor the drafted action is in any block.
    const Bytes blocks = allBlocks();
    const auto approvedDraft = m_consortium->channel("lc")
                                   .privateStore("HuaxiaBankMSP")
                                   ->get("lc", chaincode::implicitCollection("HuaxiaBankMSP"), "draft/" + draftId);
    ASSERT_TRUE(approvedDraft);
    EXPECT_EQ(blocks.find(draftValue->value), std::string::npos);
    EXPECT_EQ(blocks.find(approvedDraft->value), std::string::npos);
    EXPECT_EQ(blocks.find(action), std::string::npos);

    // The regulator reads but cannot write.
    const auto regulator = invoke("RegulatorMSP/auditor1", { "SubmitDraft" }, { { "action", action } });
    EXPECT_EQ(regulator.status(), 403);
    EXPECT_EQ(regulator.message().substr(0, regulator.message().find(':')), "LC_REGULATOR_READ_ONLY");
}

TEST_F(LcLedger, MakersOfOneBankDraftingInTheSameBlockDoNotConflict)
{
    // Two officers submit at the same moment: both drafts commit in one
    // block (each draft is its own private key), and the checker sees both.
    const auto today = chaincode::lc::chinaDate(static_cast<std::int64_t>(std::time(nullptr)));
    std::vector<std::shared_future<ledger::CommitResult>> commits;
    std::vector<common::Envelope> transactions;
    std::vector<std::string> ids;
    for (int i = 0; i < 2; ++i) {
        lianxin::lc::LetterOfCredit terms = sampleLc();
        terms.set_lc_no(std::string(kLcNo) + "-" + std::to_string(i));
        *terms.mutable_expiry_date() = chaincode::lc::protoDate(chaincode::lc::plusDays(today, 120));
        *terms.mutable_latest_shipment_date() = chaincode::lc::protoDate(chaincode::lc::plusDays(today, 100));
        const auto who = m_wallet->identity(i == 0 ? "HuaxiaBankMSP/officer1" : "HuaxiaBankMSP/officer2");
        const auto proposal = client::buildSignedProposal(
            who, "lc", "lc", "SubmitDraft", {}, { { "action", issueAction(terms).SerializeAsString() } });
        const ledger::Endorsed endorsed = m_consortium->endorse(proposal.signedProposal);
        ASSERT_EQ(endorsed.result.status(), 200) << endorsed.result.message();
        ids.push_back(endorsed.result.payload());
        transactions.push_back(client::signTransaction(who, endorsed.preparedTransaction));
    }
    for (const auto &transaction : transactions) // back to back, so the orderer cuts them into one block
        commits.push_back(m_consortium->submit(transaction));
    EXPECT_EQ(commits[0].get().validationCode, protos::VALID);
    EXPECT_EQ(commits[1].get().validationCode, protos::VALID);
    EXPECT_EQ(commits[0].get().blockNumber, commits[1].get().blockNumber) << "not in one block: nothing was tested";

    const auto query = client::buildSignedProposal(
        m_wallet->identity("HuaxiaBankMSP/checker1"), "lc", "lc", "ListDrafts", {});
    lianxin::lc::DraftList drafts;
    ASSERT_TRUE(drafts.ParseFromString(m_consortium->evaluate(query.signedProposal).payload()));
    ASSERT_EQ(drafts.drafts_size(), 2);
    EXPECT_EQ(std::set<std::string>({ drafts.drafts(0).id(), drafts.drafts(1).id() }),
        std::set<std::string>(ids.begin(), ids.end()));

    // Approved drafts leave the list; the other stays.
    EXPECT_EQ(invoke("HuaxiaBankMSP/checker1", { "ApproveDraft", ids[0] }).status(), 200);
    ASSERT_TRUE(drafts.ParseFromString(m_consortium->evaluate(client::buildSignedProposal(
        m_wallet->identity("HuaxiaBankMSP/checker1"), "lc", "lc", "ListDrafts", {}).signedProposal).payload()));
    ASSERT_EQ(drafts.drafts_size(), 1);
    EXPECT_EQ(drafts.drafts(0).id(), ids[1]);
}

} // namespace lx::test

// The quote board on the real embedded consortium: signed proposals on
// channel "trust", the obligor's tier read from the membership registry,
// maker and checker, endorsement by the quoting bank, commit.
#include "QuoteDesk.h"

#include "crypto/Bytes.h"
#include "crypto/Random.h"
#include "ledger/Consortium.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/TransactionBuilder.h"
#include "ledgerclient/Wallet.h"

#include "peer/proposal_response.pb.h"

#include <ctime>
#include <filesystem>
#include <gtest/gtest.h>

namespace lx::test {

namespace {

const char *const kPassphrase = "quote board passphrase";

class QuoteLedger : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dataDir = std::filesystem::temp_directory_path() / ("lianxin-qt-" + toHex(crypto::randomBytes(6)));
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

    // Endorse on "trust" and, when the contract accepts, commit.
    protos::Response invoke(
        const std::string &identity, const std::vector<Bytes> &args, const std::map<std::string, Bytes> &transient = {})
    {
        const auto who = m_wallet->identity(identity);
        const auto proposal = client::buildSignedProposal(
            who, "trust", "quotes", args.front(), std::vector<Bytes>(args.begin() + 1, args.end()), transient);
        const ledger::Endorsed endorsed = m_consortium->endorse(proposal.signedProposal);
        if (endorsed.result.status() >= 400)
            return endorsed.result;
        const auto committed = m_consortium->submit(client::signTransaction(who, endorsed.preparedTransaction)).get();
        EXPECT_EQ(committed.validationCode, protos::VALID);
        return endorsed.result;
    }

    // A maker's draft approved by the bank's checker; the approval's response.
    protos::Response act(const std::string &msp, const lianxin::quotes::QuoteAction &action)
    {
        const auto submitted
            = invoke(msp + "/officer1", { "SubmitDraft" }, { { "action", action.SerializeAsString() } });
        if (submitted.status() >= 400)
            return submitted;
        return invoke(msp + "/checker1", { "ApproveDraft", submitted.payload() });
    }

    lianxin::quotes::Board board(const std::string &identity)
    {
        const auto query = client::buildSignedProposal(m_wallet->identity(identity), "trust", "quotes", "Board", {});
        const protos::Response r = m_consortium->evaluate(query.signedProposal);
        EXPECT_EQ(r.status(), 200) << r.message();
        lianxin::quotes::Board out;
        EXPECT_TRUE(out.ParseFromString(r.payload()));
        return out;
    }

    static std::string reason(const protos::Response &r) { return r.message().substr(0, r.message().find(':')); }

    std::filesystem::path m_dataDir;
    std::unique_ptr<client::Wallet> m_wallet;
    std::unique_ptr<ledger::Consortium> m_consortium;
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

    const auto regulator
        = invoke("RegulatorMSP/auditor1", { "SubmitDraft" }, { { "action", postAction(quote).SerializeAsString() } });
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

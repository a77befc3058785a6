// A month's Gas from the embedded ledger's blocks (docs/gas.md): the report
// the secretariat's workstation computes is what the contract records, any
// member recomputes it to the same figures, and a report that differs from
// the chain in one count, one block or one statement is named.
#include "TempDir.h"

#include "chaincode/Registry.h"
#include "chaincode/trust/Gas.h"
#include "ledger/Genesis.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/GasLedger.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"

#include "crypto/Certificate.h"

#include "lianxin/trust.pb.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace lx::client {

namespace {

using namespace std::chrono;
constexpr const char *kPass = "gas-ledger-pass-1";
constexpr year_month_day kInMonth { year { 2027 }, month { 3 }, day { 10 } };
constexpr year_month_day kAfterMonth { year { 2027 }, month { 4 }, day { 1 } };

std::string fileText(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

class GasLedger : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<test::TempDir>();
        initSandbox(s_dir->path(), kPass);
    }
    static void TearDownTestSuite() { s_dir.reset(); }

    Client as(const std::string &label, year_month_day day)
    {
        if (!m_ledger)
            m_ledger = openEmbeddedLedger(consortiumDir(s_dir->path()));
        Client client(m_ledger, Wallet::open(walletDir(s_dir->path()), kPass).identity(label));
        client.setClock(chinaDateClock(day));
        return client;
    }
    // The bank's own sandbox peer states its hours of March 2027.
    void reportAvailability(const std::string &mspId, int hours)
    {
        const auto dir = ledger::peerDir(consortiumDir(s_dir->path()), mspId);
        Client admin = as(mspId + "/admin1", kAfterMonth);
        const auto report = signAvailability(crypto::PrivateKey::fromPem(fileText(dir / "peer-key.pem")),
            fileText(dir / "peer-cert.pem"), mspId, "2027-03", hours);
        const SubmitResult r
            = admin.submit("trust", chaincode::Registry::kName, "ReportAvailability", { report.SerializeAsString() });
        ASSERT_EQ(r.code, protos::VALID);
    }

    static std::unique_ptr<test::TempDir> s_dir;
    std::shared_ptr<Ledger> m_ledger;
};

std::unique_ptr<test::TempDir> GasLedger::s_dir;

TEST_F(GasLedger, TheRecordedReportIsRecomputedFromTheBlocksAndAnAlterationIsNamed)
{
    // March's business on trust: Huaxia proposes a threshold and votes for
    // it, Dongfang votes for it; each write endorsed by the caller's
    // organization and the secretariat.
    lianxin::trust::Proposal threshold;
    threshold.set_kind(lianxin::trust::Proposal::SET_THRESHOLD);
    threshold.set_title("Three quarters");
    threshold.set_threshold_numerator(3);
    threshold.set_threshold_denominator(4);
    Client huaxia = as("HuaxiaBankMSP/admin1", kInMonth);
    const SubmitResult opened
        = huaxia.submit("trust", chaincode::Registry::kName, "Propose", { threshold.SerializeAsString() });
    ASSERT_EQ(opened.code, protos::VALID);
    lianxin::trust::Proposal proposal;
    ASSERT_TRUE(proposal.ParseFromString(opened.response.payload()));
    for (const char *bank : { "HuaxiaBankMSP", "DongfangBankMSP" }) {
        Client admin = as(std::string(bank) + "/admin1", kInMonth);
        ASSERT_EQ(admin.submit("trust", chaincode::Registry::kName, "Vote", { proposal.id(), "YES" }).code,
            protos::VALID);
    }
    reportAvailability("DongfangBankMSP", 720);

    Client secretariat = as("SecretariatMSP/admin1", kAfterMonth);
    const lianxin::trust::GasReport computed = computeGasReport(secretariat, "2027-03");
    std::map<std::string, lianxin::trust::GasCredit> credit;
    for (const auto &c : computed.credits())
        credit[c.msp_id()] = c;
    EXPECT_EQ(credit["HuaxiaBankMSP"].transactions(), 2);
    EXPECT_EQ(credit["DongfangBankMSP"].transactions(), 1);
    EXPECT_EQ(credit["DongfangBankMSP"].available_hours(), 720);
    // Each governance write is endorsed by the caller and the secretariat.
    EXPECT_EQ(credit["SecretariatMSP"].endorsements(), 3);
    EXPECT_EQ(credit["HuaxiaBankMSP"].endorsements(), 2);
    EXPECT_EQ(credit["DongfangBankMSP"].gas_milli(), 1 * 1000 + 1 * 2000 + 720 * 500);
    ASSERT_EQ(computed.sources_size(), 4);
    EXPECT_EQ(computed.sources(3).channel(), "trust");
    EXPECT_EQ(computed.sources(3).transactions(), 3) << "the statement was submitted in April";

    const SubmitResult recorded = secretariat.submit(
        "trust", chaincode::Registry::kName, "RecordGasReport", { computed.SerializeAsString() });
    ASSERT_EQ(recorded.code, protos::VALID);
    // Blocks after the report (April's business: the lapsed proposal
    // closed) change nothing in it.
    Client later = as("ChangjiangBankMSP/admin1", kAfterMonth);
    ASSERT_EQ(later.submit("trust", chaincode::Registry::kName, "Close", { proposal.id() }).code, protos::VALID);

    Client reader = as("NanhaiBankMSP/officer1", kAfterMonth);
    const lianxin::trust::GasReport onChain = recordedGasReport(reader, "2027-03");
    const GasVerification ok = verifyGasReport(reader, onChain);
    EXPECT_FALSE(ok.problem) << *ok.problem;
    EXPECT_EQ(ok.statementsChecked, 1);
    EXPECT_EQ(ok.recomputed.total_milli(), onChain.total_milli());

    auto altered = onChain;
    for (auto &c : *altered.mutable_credits())
        if (c.msp_id() == "HuaxiaBankMSP")
            c.set_transactions(3);
    auto found = verifyGasReport(reader, altered);
    ASSERT_TRUE(found.problem);
    EXPECT_NE(found.problem->find("HuaxiaBankMSP: the report says 2 endorsements, 3 transactions"), std::string::npos)
        << *found.problem;

    altered = onChain;
    altered.mutable_sources(3)->set_through_block_hash(std::string(32, '\x01'));
    found = verifyGasReport(reader, altered);
    ASSERT_TRUE(found.problem);
    EXPECT_NE(found.problem->find("trust: block"), std::string::npos) << *found.problem;
    EXPECT_NE(found.problem->find("is not the one the report names"), std::string::npos) << *found.problem;

    altered = onChain;
    altered.mutable_sources(3)->set_through_block(onChain.sources(3).through_block() - 1);
    found = verifyGasReport(reader, altered);
    ASSERT_TRUE(found.problem) << "fewer blocks, another hash";

    altered = onChain;
    altered.mutable_sources(3)->set_transactions(4);
    found = verifyGasReport(reader, altered);
    ASSERT_TRUE(found.problem);
    EXPECT_NE(found.problem->find("trust: 3 transactions of the period"), std::string::npos) << *found.problem;

    altered = onChain;
    altered.set_total_milli(onChain.total_milli() + 1);
    found = verifyGasReport(reader, altered);
    ASSERT_TRUE(found.problem);
    EXPECT_NE(found.problem->find("the report's total"), std::string::npos) << *found.problem;

    altered = onChain;
    altered.mutable_weights()->set_per_endorsement(1001);
    found = verifyGasReport(reader, altered);
    ASSERT_TRUE(found.problem) << "figures that are not its weights x the chain's facts";

    const std::string csv = gasReportCsv(onChain);
    EXPECT_NE(csv.find("2027-03,DongfangBankMSP,1,1,720,0.00,363.000\n"), std::string::npos) << csv;
    EXPECT_NE(csv.find("\nchannel,through_block,"), std::string::npos) << csv;
}

TEST_F(GasLedger, APeriodThatIsNoMonthIsRefusedBeforeReading)
{
    Client reader = as("NanhaiBankMSP/officer1", kAfterMonth);
    try {
        computeGasReport(reader, "2027-3");
        FAIL() << "no refusal";
    } catch (const LedgerError &e) {
        EXPECT_EQ(e.reasonCode(), "GAS_PERIOD_INVALID");
    }
}

} // namespace

} // namespace lx::client

// Two banks admitted at once, through GovernanceWorkflow as the members'
// workstations drive it (docs/channel-configuration.md): both updates are
// prepared against the same configuration; once the first is applied the
// second is stale, and an administrator's workstation refuses to sign it
// (it signs only the update it would make itself from the configuration in
// force) and the ordering service would refuse it; prepared again, it
// passes, and both banks are members of the channel.
#include "TempDir.h"

#include "chaincode/trust/Governance.h"
#include "ledgerclient/Client.h"
#include "ledgerclient/EmbeddedLedger.h"
#include "ledgerclient/GovernanceWorkflow.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"

#include "crypto/Hash.h"

#include <gtest/gtest.h>

namespace lx::client {

namespace {

constexpr const char *kPass = "admission-pass-1";

class AdmissionWorkflow : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<test::TempDir>();
        initSandbox(s_dir->path(), kPass);
    }
    static void TearDownTestSuite() { s_dir.reset(); }

    const std::filesystem::path &data() const { return s_dir->path(); }

    Client as(const std::string &label)
    {
        if (!m_ledger)
            m_ledger = openEmbeddedLedger(consortiumDir(data()));
        return Client(m_ledger, Wallet::open(walletDir(data()), kPass).identity(label));
    }

    // A bank applies and the council admits it to the L/C line.
    lianxin::trust::Proposal admit(const std::string &mspId, const std::string &name)
    {
        const std::string root = addSandboxBank(
            data(), kPass, sandboxBank(mspId, name, name, 3, { "O1", "O2", "C1", "M1", "A1" }));
        lianxin::trust::Member applicant;
        applicant.set_msp_id(mspId);
        applicant.set_name(name);
        applicant.set_name_zh(name);
        applicant.set_kind(lianxin::trust::Member::BANK);
        applicant.set_tier(3);
        applicant.add_root_certs_pem(root);
        Client secretariat = as("SecretariatMSP/admin1");
        const auto proposal = GovernanceWorkflow(secretariat)
                                  .propose(admissionProposal(applicant, { lianxin::trust::LINE_LC },
                                      crypto::sha256("application of " + name), crypto::sha256("agreement of " + name)));
        lianxin::trust::Proposal decided;
        for (const char *bank : { "HuaxiaBankMSP", "DongfangBankMSP", "ChangjiangBankMSP", "NanhaiBankMSP" }) {
            Client admin = as(std::string(bank) + "/admin1");
            decided = GovernanceWorkflow(admin).vote(proposal.id(), "YES");
        }
        EXPECT_EQ(decided.status(), lianxin::trust::Proposal::PASSED);
        return decided;
    }

    void signByFour(const std::string &proposalId, const std::string &channel = "lc")
    {
        for (const char *bank : { "HuaxiaBankMSP", "DongfangBankMSP", "ChangjiangBankMSP", "NanhaiBankMSP" }) {
            Client admin = as(std::string(bank) + "/admin1");
            GovernanceWorkflow(admin).signConfigUpdate(proposalId, channel);
        }
    }

    static std::unique_ptr<test::TempDir> s_dir;
    std::shared_ptr<Ledger> m_ledger;
};

std::unique_ptr<test::TempDir> AdmissionWorkflow::s_dir;

TEST_F(AdmissionWorkflow, AStaleUpdateIsNotSignedAndPassesOncePreparedAgain)
{
    const auto first = admit("XiangjiangBankMSP", "Xiangjiang Rural Commercial Bank");
    const auto second = admit("MinjiangBankMSP", "Minjiang Rural Commercial Bank");
    Client secretariat = as("SecretariatMSP/admin1");
    GovernanceWorkflow governance(secretariat);
    EXPECT_EQ(chaincode::governance::channelsFor(first), (std::vector<std::string> { "trust", "lc" }));

    // The first bank joins trust (where members sign) and lc.
    governance.prepareConfigUpdate(first.id(), "trust");
    signByFour(first.id(), "trust");
    EXPECT_EQ(governance.submitConfigUpdate(first.id(), "trust").code, protos::VALID);
    governance.prepareConfigUpdate(first.id(), "lc");
    const auto stale = governance.prepareConfigUpdate(second.id(), "lc");
    EXPECT_NE(describeConfigUpdate(stale).find("Adds organization: MinjiangBankMSP"), std::string::npos)
        << describeConfigUpdate(stale);
    signByFour(first.id());
    EXPECT_EQ(governance.configUpdateShortfall(governance.configUpdate(first.id(), "lc")), "");
    const SubmitResult applied = governance.submitConfigUpdate(first.id(), "lc");
    EXPECT_EQ(applied.code, protos::VALID);
    EXPECT_TRUE(governance.isOnChannel("XiangjiangBankMSP", "lc"));
    EXPECT_FALSE(governance.isOnChannel("XiangjiangBankMSP", "forfaiting"));

    // The second update read the channel before the first changed it.
    Client huaxia = as("HuaxiaBankMSP/admin1");
    try {
        GovernanceWorkflow(huaxia).signConfigUpdate(second.id(), "lc");
        FAIL() << "a stale update was signed";
    } catch (const LedgerError &e) {
        EXPECT_EQ(e.reasonCode(), "CONFIG_UPDATE_UNEXPECTED");
    }
    const std::string shortfall = governance.configUpdateShortfall(governance.configUpdate(second.id(), "lc"));
    EXPECT_NE(shortfall.find("prepare it again"), std::string::npos) << shortfall;
    try {
        governance.submitConfigUpdate(second.id(), "lc");
        FAIL() << "a stale update was submitted";
    } catch (const LedgerError &e) {
        EXPECT_EQ(e.reasonCode(), "CONFIG_SIGNATURES_SHORT");
    }

    // Prepared again from the configuration in force; now eight
    // organizations, so a majority is five: the newly admitted bank's
    // administrator signs too.
    governance.prepareConfigUpdate(second.id(), "lc");
    signByFour(second.id());
    EXPECT_NE(governance.configUpdateShortfall(governance.configUpdate(second.id(), "lc")).find("Admins"),
        std::string::npos);
    Client newcomer = as("XiangjiangBankMSP/admin1");
    GovernanceWorkflow(newcomer).signConfigUpdate(second.id(), "lc");
    EXPECT_EQ(governance.submitConfigUpdate(second.id(), "lc").code, protos::VALID);
    EXPECT_TRUE(governance.isOnChannel("MinjiangBankMSP", "lc"));
    EXPECT_TRUE(governance.isOnChannel("XiangjiangBankMSP", "lc"));
}

} // namespace

} // namespace lx::client

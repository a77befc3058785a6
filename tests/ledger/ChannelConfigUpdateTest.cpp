// A channel's configuration changes by a configuration update on the
// embedded ledger as on Fabric (docs/channel-configuration.md): the update
// adding an organization, signed by a majority of the channel's
// organizations' administrators, becomes a configuration block; from then
// on the new organization's identities and peer count; refusals write
// nothing; the chain with its configuration block verifies, and the
// configuration survives reopening.
#include "LedgerFixture.h"

#include "ledger/ChainVerifier.h"
#include "ledger/ConfigUpdate.h"
#include "ledger/Genesis.h"
#include "ledgerclient/Sandbox.h"
#include "ledgerclient/Wallet.h"

#include <gtest/gtest.h>

namespace lx::test {

namespace {

constexpr const char *kNewcomer = "XiangjiangBankMSP";

class ChannelConfigUpdateTest : public LedgerFixture
{
protected:
    void SetUp() override
    {
        LedgerFixture::SetUp();
        m_rootPem = client::addSandboxBank(m_dataDir, passphrase(),
            client::sandboxBank(kNewcomer, "Xiangjiang Rural Commercial Bank", "湘江农村商业银行", 3,
                { "Officer One", "Officer Two", "Checker One", "Manager One", "Admin One" }));
    }

    client::SigningIdentity newcomer(const std::string &user = "officer1") const
    {
        return client::Wallet::open(client::walletDir(m_dataDir), passphrase()).identity(std::string(kNewcomer) + "/" + user);
    }

    // The update adding the newcomer to channel, against its configuration now.
    Bytes addNewcomer(const std::string &channel)
    {
        const auto config = m_consortium->channel(channel).config();
        return ledger::serializeDeterministic(ledger::addOrganizationUpdate(config->envelope().config(), channel,
            ledger::organizationGroup(kNewcomer, { m_rootPem }), kNewcomer));
    }

    // The CONFIG_UPDATE transaction: the update signed by each of signers,
    // sent by the first founding bank's administrator.
    common::Envelope transaction(const std::string &channel, const Bytes &update,
        const std::vector<client::SigningIdentity> &signers)
    {
        common::ConfigUpdateEnvelope envelope;
        envelope.set_config_update(update);
        for (const auto &signer : signers)
            *envelope.add_signatures() = ledger::signConfigUpdate(update, signer.privateKey(), signer.serialized());
        const auto submitter = user(0, "admin1");
        return ledger::configUpdateTransaction(channel, envelope, submitter.privateKey(), submitter.serialized());
    }

    std::vector<client::SigningIdentity> admins(int count) const
    {
        std::vector<client::SigningIdentity> out;
        for (int i = 0; i < count; ++i)
            out.push_back(user(i, "admin1"));
        return out;
    }

    std::string refusal(const common::Envelope &envelope)
    {
        try {
            order(envelope);
        } catch (const ledger::LedgerError &e) {
            EXPECT_EQ(e.reasonCode(), "CONFIG_UPDATE_REFUSED");
            return e.what();
        }
        ADD_FAILURE() << "the update was not refused";
        return {};
    }

    std::string m_rootPem;
};

TEST_F(ChannelConfigUpdateTest, AnAdmittedOrganizationTransactsFromItsConfigurationBlockOn)
{
    // Before: the channel knows neither the bank's users nor its peer.
    try {
        endorse(newcomer(), "put", { "k", "v" });
        FAIL() << "an organization off the channel endorsed";
    } catch (const ledger::LedgerError &e) {
        EXPECT_EQ(e.reasonCode(), "CREATOR_UNKNOWN");
    }

    // Four of the channel's seven organizations: a majority of its admins.
    ledger::Channel &lc = m_consortium->channel("lc");
    const std::uint64_t height = lc.height();
    const ledger::CommitResult result = order(transaction("lc", addNewcomer("lc"), admins(4)));
    EXPECT_EQ(result.validationCode, protos::VALID);
    EXPECT_EQ(result.blockNumber, height);
    EXPECT_EQ(lc.lastConfigBlock(), height);
    EXPECT_EQ(lc.config()->sequence(), 1u);
    EXPECT_TRUE(lc.msps()->isMember(kNewcomer));
    EXPECT_FALSE(m_consortium->channel("forfaiting").msps()->isMember(kNewcomer)) << "one channel at a time";

    // After: its officer's transaction, endorsed by its own peer, commits.
    EXPECT_EQ(submit(newcomer(), "put", { "k", "from the newcomer" }).validationCode, protos::VALID);
    // Blocks after the configuration block name it as the one in force.
    EXPECT_EQ(ledger::ChannelConfig::lastConfigIndex(*lc.blocks().block(lc.height() - 1)), height);

    // Reopened, the channel reads its configuration from that block.
    openConsortium();
    EXPECT_TRUE(m_consortium->channel("lc").msps()->isMember(kNewcomer));
    EXPECT_EQ(m_consortium->channel("lc").lastConfigBlock(), height);
    EXPECT_EQ(submit(newcomer(), "put", { "k2", "after reopening" }).validationCode, protos::VALID);

    // Any member re-verifies the chain, configuration block included.
    m_consortium.reset();
    const auto problem = ledger::ChainVerifier::verifyFile(
        ledger::channelDir(m_consortiumDir, "lc") / "blocks.dat", "lc",
        [kv = std::make_shared<KvContract>()](const std::string &name) -> const chaincode::Contract * {
            return name == "kv" ? kv.get() : nullptr;
        });
    EXPECT_FALSE(problem) << (problem ? problem->reason : std::string());
}

TEST_F(ChannelConfigUpdateTest, TooFewAdministratorsAreRefusedAndNothingIsWritten)
{
    ledger::Channel &lc = m_consortium->channel("lc");
    const std::uint64_t height = lc.height();
    const std::string why = refusal(transaction("lc", addNewcomer("lc"), admins(3)));
    EXPECT_NE(why.find("/Channel/Application"), std::string::npos) << why;
    EXPECT_NE(why.find("Admins"), std::string::npos) << why;
    // An officer's signature is not an administrator's.
    auto signers = admins(3);
    signers.push_back(user(3, "officer1"));
    refusal(transaction("lc", addNewcomer("lc"), signers));
    // The same administrator twice counts once.
    signers = admins(3);
    signers.push_back(user(0, "admin1"));
    refusal(transaction("lc", addNewcomer("lc"), signers));
    EXPECT_EQ(lc.height(), height);
    EXPECT_EQ(lc.lastConfigBlock(), 0u);
    EXPECT_FALSE(lc.msps()->isMember(kNewcomer));
}

TEST_F(ChannelConfigUpdateTest, AnUpdateReadAgainstAnOlderConfigurationIsRefused)
{
    const Bytes first = addNewcomer("lc");
    const Bytes again = addNewcomer("lc");
    EXPECT_EQ(order(transaction("lc", first, admins(4))).validationCode, protos::VALID);
    const std::string why = refusal(transaction("lc", again, admins(4)));
    EXPECT_NE(why.find("prepare it again"), std::string::npos) << why;
    // And the configuration in force refuses to add a member twice.
    try {
        addNewcomer("lc");
        FAIL() << "a member was added twice";
    } catch (const ledger::LedgerError &e) {
        EXPECT_EQ(e.reasonCode(), "CONFIG_ORG_PRESENT");
    }
}

TEST_F(ChannelConfigUpdateTest, AnUpdateOfAnotherChannelIsRefused)
{
    const std::string why = refusal(transaction("lc", addNewcomer("forfaiting"), admins(5)));
    EXPECT_NE(why.find("forfaiting"), std::string::npos) << why;
    EXPECT_EQ(m_consortium->channel("lc").lastConfigBlock(), 0u);
}

TEST_F(ChannelConfigUpdateTest, AnUpdateSentByAnOutsiderIsRefused)
{
    common::ConfigUpdateEnvelope envelope;
    const Bytes update = addNewcomer("lc");
    envelope.set_config_update(update);
    for (const auto &signer : admins(4))
        *envelope.add_signatures() = ledger::signConfigUpdate(update, signer.privateKey(), signer.serialized());
    const auto outsider = newcomer("admin1");
    const std::string why = refusal(
        ledger::configUpdateTransaction("lc", envelope, outsider.privateKey(), outsider.serialized()));
    EXPECT_NE(why.find("not a member"), std::string::npos) << why;
}

} // namespace

} // namespace lx::test

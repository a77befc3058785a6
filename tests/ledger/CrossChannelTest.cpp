#include "LedgerFixture.h"

#include "peer/proposal_response.pb.h"

namespace lx::test {

// The gateway between chains: a contract queries another channel's
// contract at endorsement (Fabric's InvokeChaincode), reads only.
class CrossChannel : public LedgerFixture
{
protected:
    ledger::Endorsed endorseOn(const std::string &channel, const std::string &function, const std::vector<Bytes> &args)
    {
        const auto proposal = client::buildSignedProposal(user(1), channel, "kv", function, args, {});
        return m_consortium->endorse(proposal.signedProposal);
    }
};

TEST_F(CrossChannel, QueryReadsTheOtherChannelsCommittedState)
{
    ASSERT_EQ(submit(user(0), "put", { "lc/LC-1", "accepted" }).validationCode, protos::VALID);
    const ledger::Endorsed endorsed = endorseOn("forfaiting", "xget", { "lc", "lc/LC-1" });
    ASSERT_EQ(endorsed.result.status(), 200) << endorsed.result.message();
    EXPECT_EQ(endorsed.result.payload(), "accepted");

    // What it read there is not part of this channel's read set (as in
    // Fabric); what it wrote here is.
    const auto prepared = client::signTransaction(user(1), endorsed.preparedTransaction);
    ASSERT_EQ(order(prepared).validationCode, protos::VALID);
    const auto seen = m_consortium->channel("forfaiting").state().get("kv", "seen/lc/LC-1");
    ASSERT_TRUE(seen);
    EXPECT_EQ(seen->value, "accepted");
    EXPECT_FALSE(m_consortium->channel("forfaiting").state().get("kv", "lc/LC-1"));
}

TEST_F(CrossChannel, WritesAndUnknownPlacesAreRefused)
{
    ASSERT_EQ(submit(user(0), "put", { "lc/LC-2", "accepted" }).validationCode, protos::VALID);
    const ledger::Endorsed write = endorseOn("forfaiting", "xput", { "lc", "lc/LC-2" });
    EXPECT_EQ(write.result.status(), 403);
    EXPECT_EQ(write.result.message().rfind("CROSS_CHANNEL_WRITE:", 0), 0u) << write.result.message();
    EXPECT_EQ(m_consortium->channel("lc").state().get("kv", "lc/LC-2")->value, "accepted");

    const ledger::Endorsed nowhere = endorseOn("forfaiting", "xget", { "nochannel", "k" });
    EXPECT_EQ(nowhere.result.message().rfind("CHANNEL_UNREACHABLE:", 0), 0u) << nowhere.result.message();
}

} // namespace lx::test

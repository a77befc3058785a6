#include "LedgerFixture.h"

#include "peer/transaction.pb.h"

namespace lx::test {

namespace {

std::uint8_t filterCode(ledger::Consortium &c, const ledger::CommitResult &r, const std::string &txId)
{
    const auto block = c.channel("lc").blocks().block(r.blockNumber);
    EXPECT_TRUE(block.has_value());
    for (int i = 0; i < block->data().data_size(); ++i) {
        common::Envelope env;
        common::Payload payload;
        common::ChannelHeader ch;
        env.ParseFromString(block->data().data(i));
        payload.ParseFromString(env.payload());
        ch.ParseFromString(payload.header().channel_header());
        if (ch.tx_id() == txId)
            return static_cast<std::uint8_t>(block->metadata().metadata(common::TRANSACTIONS_FILTER)[i]);
    }
    ADD_FAILURE() << "transaction not in its block";
    return 255;
}

} // namespace

class Validation : public LedgerFixture
{
};

TEST_F(Validation, ValidTransactionCommitsState)
{
    const auto r = submit(user(0), "put", {"a", "1"});
    EXPECT_EQ(r.validationCode, protos::VALID);
    EXPECT_GE(r.blockNumber, 1u);
    const auto v = m_consortium->channel("lc").state().get("kv", "a");
    ASSERT_TRUE(v);
    EXPECT_EQ(v->value, "1");
    EXPECT_EQ(v->version.block, r.blockNumber);
}

TEST_F(Validation, BadCreatorSignature)
{
    const auto who = user(0);
    const auto endorsed = endorse(who, "put", {"b", "1"});
    common::Envelope env = client::signTransaction(who, endorsed.preparedTransaction);
    std::string sig = env.signature();
    sig[sig.size() / 2] ^= 0x01;
    env.set_signature(sig);
    const auto r = order(env);
    EXPECT_EQ(r.validationCode, protos::BAD_CREATOR_SIGNATURE);
    EXPECT_EQ(filterCode(*m_consortium, r, endorsed.txId), protos::BAD_CREATOR_SIGNATURE);
    EXPECT_FALSE(m_consortium->channel("lc").state().get("kv", "b"));
}

TEST_F(Validation, SignedByAnotherUserIsBadCreatorSignature)
{
    const auto endorsed = endorse(user(0), "put", {"b2", "1"});
    const auto r = order(client::signTransaction(user(1), endorsed.preparedTransaction));
    EXPECT_EQ(r.validationCode, protos::BAD_CREATOR_SIGNATURE);
}

TEST_F(Validation, EndorsementPolicyFailure)
{
    const auto who = user(0);
    const auto endorsed = endorse(who, "put", {"c", "1", msp(1)});
    ASSERT_EQ(endorsed.responses.size(), 2u);
    // Drop the second organization's endorsement before signing.
    common::Payload payload;
    protos::Transaction tx;
    protos::ChaincodeActionPayload cap;
    ASSERT_TRUE(payload.ParseFromString(endorsed.preparedTransaction.payload()));
    ASSERT_TRUE(tx.ParseFromString(payload.data()));
    ASSERT_TRUE(cap.ParseFromString(tx.actions(0).payload()));
    cap.mutable_action()->mutable_endorsements()->RemoveLast();
    tx.mutable_actions(0)->set_payload(cap.SerializeAsString());
    payload.set_data(tx.SerializeAsString());
    common::Envelope prepared;
    prepared.set_payload(payload.SerializeAsString());
    const auto r = order(client::signTransaction(who, prepared));
    EXPECT_EQ(r.validationCode, protos::ENDORSEMENT_POLICY_FAILURE);
    EXPECT_EQ(filterCode(*m_consortium, r, endorsed.txId), protos::ENDORSEMENT_POLICY_FAILURE);
    EXPECT_FALSE(m_consortium->channel("lc").state().get("kv", "c"));

    // With both endorsements it passes.
    EXPECT_EQ(submit(who, "put", {"c", "1", msp(1)}).validationCode, protos::VALID);
}

TEST_F(Validation, ForgedEndorsementSignatureFailsPolicy)
{
    const auto who = user(0);
    const auto endorsed = endorse(who, "put", {"d", "1"});
    common::Payload payload;
    protos::Transaction tx;
    protos::ChaincodeActionPayload cap;
    payload.ParseFromString(endorsed.preparedTransaction.payload());
    tx.ParseFromString(payload.data());
    cap.ParseFromString(tx.actions(0).payload());
    std::string sig = cap.action().endorsements(0).signature();
    sig[10] ^= 0x40;
    cap.mutable_action()->mutable_endorsements(0)->set_signature(sig);
    tx.mutable_actions(0)->set_payload(cap.SerializeAsString());
    payload.set_data(tx.SerializeAsString());
    common::Envelope prepared;
    prepared.set_payload(payload.SerializeAsString());
    EXPECT_EQ(order(client::signTransaction(who, prepared)).validationCode, protos::ENDORSEMENT_POLICY_FAILURE);
}

TEST_F(Validation, MvccReadConflict)
{
    const auto who = user(0);
    ASSERT_EQ(submit(who, "put", {"k", "0"}).validationCode, protos::VALID);
    // Both read k at the same version; the second to commit loses.
    const auto first = endorse(who, "readput", {"k", "1"});
    const auto second = endorse(who, "readput", {"k", "2"});
    EXPECT_EQ(order(client::signTransaction(who, first.preparedTransaction)).validationCode, protos::VALID);
    const auto r = order(client::signTransaction(who, second.preparedTransaction));
    EXPECT_EQ(r.validationCode, protos::MVCC_READ_CONFLICT);
    EXPECT_EQ(filterCode(*m_consortium, r, second.txId), protos::MVCC_READ_CONFLICT);
    EXPECT_EQ(m_consortium->channel("lc").state().get("kv", "k")->value, "1");
}

TEST_F(Validation, MvccConflictInsideOneBlock)
{
    const auto who = user(0);
    ASSERT_EQ(submit(who, "put", {"m", "0"}).validationCode, protos::VALID);
    const auto first = endorse(who, "readput", {"m", "1"});
    const auto second = endorse(who, "readput", {"m", "2"});
    auto f1 = m_consortium->submit(client::signTransaction(who, first.preparedTransaction));
    auto f2 = m_consortium->submit(client::signTransaction(who, second.preparedTransaction));
    const auto r1 = f1.get();
    const auto r2 = f2.get();
    EXPECT_EQ(r1.validationCode, protos::VALID);
    EXPECT_EQ(r2.validationCode, protos::MVCC_READ_CONFLICT);
}

TEST_F(Validation, DuplicateTransactionId)
{
    const auto who = user(0);
    const auto endorsed = endorse(who, "put", {"e", "1"});
    const common::Envelope env = client::signTransaction(who, endorsed.preparedTransaction);
    const auto first = order(env);
    ASSERT_EQ(first.validationCode, protos::VALID);
    const auto again = order(env);
    EXPECT_EQ(again.validationCode, protos::DUPLICATE_TXID);
    EXPECT_GT(again.blockNumber, first.blockNumber);
    EXPECT_EQ(filterCode(*m_consortium, again, endorsed.txId), protos::DUPLICATE_TXID);
    // The ledger's record of the transaction is still the valid one.
    EXPECT_EQ(m_consortium->channel("lc").state().transaction(endorsed.txId)->block, first.blockNumber);
    // And a new proposal reusing the ID is refused at endorsement.
}

TEST_F(Validation, ContractRejectionWritesNothing)
{
    const auto endorsed = endorse(user(0), "nosuch", {});
    EXPECT_EQ(endorsed.result.status(), 400);
    EXPECT_EQ(endorsed.result.message().rfind("KV_BAD_CALL: ", 0), 0u);
    EXPECT_TRUE(endorsed.preparedTransaction.payload().empty());
}

TEST_F(Validation, ForeignProposalSignatureIsRefused)
{
    auto proposal = client::buildSignedProposal(user(0), "lc", "kv", "put", {"f", "1"});
    std::string sig = proposal.signedProposal.signature();
    sig[8] ^= 0x01;
    proposal.signedProposal.set_signature(sig);
    try {
        m_consortium->endorse(proposal.signedProposal);
        FAIL() << "a badly signed proposal was endorsed";
    } catch (const ledger::LedgerError &e) {
        EXPECT_EQ(e.reasonCode(), "BAD_SIGNATURE");
    }
}

} // namespace lx::test

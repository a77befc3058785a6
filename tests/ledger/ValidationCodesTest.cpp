#include "LedgerFixture.h"

#include "crypto/EcKey.h"
#include "ledger/Genesis.h"
#include "ledger/Validator.h"

#include "msp/identities.pb.h"
#include "peer/proposal_response.pb.h"

#include "peer/proposal.pb.h"

#include <fstream>
#include <iterator>

namespace lx::test {

// Every validation code the validator produces, provoked through blocks of
// crafted envelopes; the valid ones next to them must stay valid.
class ValidationCodes : public LedgerFixture
{
protected:
    // A prepared, correctly signed transaction whose channel header the
    // caller may change before the creator signs it.
    common::Envelope craft(const std::function<void(common::ChannelHeader &)> &change = {})
    {
        const auto who = user(0);
        const auto endorsed = endorse(who, "put", {"crafted" + std::to_string(m_counter++), "v"});
        common::Payload payload;
        payload.ParseFromString(endorsed.preparedTransaction.payload());
        if (change) {
            common::ChannelHeader header;
            header.ParseFromString(payload.header().channel_header());
            change(header);
            payload.mutable_header()->set_channel_header(header.SerializeAsString());
        }
        common::Envelope prepared;
        prepared.set_payload(payload.SerializeAsString());
        return client::signTransaction(who, prepared);
    }

    int codeOf(const Bytes &envelopeBytes)
    {
        auto &lc = m_consortium->channel("lc");
        common::Block block;
        block.mutable_header()->set_number(lc.height());
        block.mutable_data()->add_data(envelopeBytes);
        const ledger::ContractLookup contracts = [kv = std::make_shared<KvContract>()](const std::string &name)
            -> const chaincode::Contract * { return name == "kv" ? kv.get() : nullptr; };
        const auto outcome = ledger::validateBlock(
            block, "lc", *lc.msps(), lc.state(), contracts,
            [](const std::string &) { return std::optional<rwset::TxPvtReadWriteSet>(); }, 1);
        return outcome.codes.at(0);
    }

    int m_counter = 0;
};

TEST_F(ValidationCodes, MalformedEnvelopes)
{
    EXPECT_EQ(codeOf(""), protos::NIL_ENVELOPE);
    EXPECT_EQ(codeOf("\xff\xff\xff"), protos::NIL_ENVELOPE);

    common::Envelope badPayload;
    badPayload.set_payload("\xff\x01");
    EXPECT_EQ(codeOf(badPayload.SerializeAsString()), protos::BAD_PAYLOAD);

    common::Payload headerless;
    headerless.set_data("x");
    common::Envelope noHeader;
    noHeader.set_payload(headerless.SerializeAsString());
    EXPECT_EQ(codeOf(noHeader.SerializeAsString()), protos::BAD_COMMON_HEADER);

    common::Envelope badChannelHeader = craft();
    common::Payload payload;
    payload.ParseFromString(badChannelHeader.payload());
    payload.mutable_header()->set_channel_header("\xff");
    badChannelHeader.set_payload(payload.SerializeAsString());
    EXPECT_EQ(codeOf(badChannelHeader.SerializeAsString()), protos::BAD_CHANNEL_HEADER);

    EXPECT_EQ(codeOf(craft().SerializeAsString()), protos::VALID);
}

TEST_F(ValidationCodes, HeaderRules)
{
    EXPECT_EQ(codeOf(craft([](auto &h) { h.set_type(common::CONFIG); }).SerializeAsString()), protos::UNKNOWN_TX_TYPE);
    EXPECT_EQ(codeOf(craft([](auto &h) { h.set_channel_id("trust"); }).SerializeAsString()),
              protos::TARGET_CHAIN_NOT_FOUND);
    // A transaction ID that is not SHA-256(nonce || creator), even signed.
    EXPECT_EQ(codeOf(craft([](auto &h) { h.set_tx_id(std::string(64, 'a')); }).SerializeAsString()),
              protos::BAD_PROPOSAL_TXID);
    // The header names another chaincode than the endorsed action.
    EXPECT_EQ(codeOf(craft([](auto &h) {
                  protos::ChaincodeHeaderExtension ext;
                  ext.mutable_chaincode_id()->set_name("registry");
                  h.set_extension(ext.SerializeAsString());
              }).SerializeAsString()),
              protos::INVALID_CHAINCODE);
    EXPECT_EQ(codeOf(craft([](auto &h) { h.set_extension("\xff"); }).SerializeAsString()),
              protos::BAD_HEADER_EXTENSION);
    // Endorsements bound to another proposal: the timestamp changed after
    // endorsement, so the proposal hash no longer matches.
    EXPECT_EQ(codeOf(craft([](auto &h) { h.mutable_timestamp()->set_seconds(1); }).SerializeAsString()),
              protos::INVALID_ENDORSER_TRANSACTION);
}

TEST_F(ValidationCodes, TransactionBody)
{
    const auto who = user(0);
    const auto resign = [&](const std::function<void(protos::Transaction &)> &change) {
        common::Envelope env = craft();
        common::Payload payload;
        protos::Transaction tx;
        payload.ParseFromString(env.payload());
        tx.ParseFromString(payload.data());
        change(tx);
        payload.set_data(tx.SerializeAsString());
        common::Envelope prepared;
        prepared.set_payload(payload.SerializeAsString());
        return client::signTransaction(who, prepared).SerializeAsString();
    };
    EXPECT_EQ(codeOf(resign([](auto &tx) { tx.clear_actions(); })), protos::NIL_TXACTION);
    EXPECT_EQ(codeOf(resign([](auto &tx) { *tx.add_actions() = tx.actions(0); })),
              protos::INVALID_ENDORSER_TRANSACTION);
    EXPECT_EQ(codeOf(resign([](auto &tx) { tx.mutable_actions(0)->set_payload("\xff"); })), protos::BAD_PAYLOAD);
    EXPECT_EQ(codeOf(resign([](auto &tx) {
                  protos::ChaincodeActionPayload cap;
                  cap.ParseFromString(tx.actions(0).payload());
                  cap.mutable_action()->set_proposal_response_payload("\xff");
                  tx.mutable_actions(0)->set_payload(cap.SerializeAsString());
              })),
              protos::BAD_RESPONSE_PAYLOAD);
}

// Read-write sets the endorsers themselves signed: re-endorsed here with
// the peers' own keys, so only the read-write set rule can fail.
TEST_F(ValidationCodes, ReadWriteSetRules)
{
    const auto who = user(0);
    const auto reendorsed = [&](const std::function<void(protos::ChaincodeAction &)> &change) {
        common::Envelope env = craft();
        common::Payload payload;
        protos::Transaction tx;
        protos::ChaincodeActionPayload cap;
        protos::ProposalResponsePayload prp;
        protos::ChaincodeAction action;
        payload.ParseFromString(env.payload());
        tx.ParseFromString(payload.data());
        cap.ParseFromString(tx.actions(0).payload());
        prp.ParseFromString(cap.action().proposal_response_payload());
        action.ParseFromString(prp.extension());
        change(action);
        prp.set_extension(action.SerializeAsString());
        const Bytes prpBytes = prp.SerializeAsString();
        cap.mutable_action()->set_proposal_response_payload(prpBytes);
        for (auto &endorsement : *cap.mutable_action()->mutable_endorsements()) {
            msp::SerializedIdentity id;
            id.ParseFromString(endorsement.endorser());
            std::ifstream in(ledger::peerDir(m_consortiumDir, id.mspid()) / "peer-key.pem");
            const std::string pem((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            endorsement.set_signature(crypto::PrivateKey::fromPem(pem).sign(prpBytes + endorsement.endorser()));
        }
        tx.mutable_actions(0)->set_payload(cap.SerializeAsString());
        payload.set_data(tx.SerializeAsString());
        common::Envelope prepared;
        prepared.set_payload(payload.SerializeAsString());
        return client::signTransaction(who, prepared).SerializeAsString();
    };
    // The re-signing itself keeps a transaction valid.
    EXPECT_EQ(codeOf(reendorsed([](auto &) {})), protos::VALID);
    EXPECT_EQ(codeOf(reendorsed([](auto &a) { a.set_results("\xff\xff"); })), protos::BAD_RWSET);
    EXPECT_EQ(codeOf(reendorsed([](auto &a) {
                  rwset::TxReadWriteSet set;
                  set.ParseFromString(a.results());
                  set.mutable_ns_rwset(0)->set_namespace_("registry");
                  a.set_results(set.SerializeAsString());
              })),
              protos::ILLEGAL_WRITESET);
    EXPECT_EQ(codeOf(reendorsed([](auto &a) {
                  rwset::TxReadWriteSet set;
                  set.ParseFromString(a.results());
                  set.mutable_ns_rwset(0)->add_collection_hashed_rwset()->set_collection_name(
                      chaincode::implicitCollection("StrangerMSP"));
                  a.set_results(set.SerializeAsString());
              })),
              protos::BAD_RWSET);
}

TEST_F(ValidationCodes, PhantomRead)
{
    const auto who = user(0);
    ASSERT_EQ(submit(who, "put", {"lc/1", "a"}).validationCode, protos::VALID);
    // The range [lc/, lc/\x7f) is read, then a new key lands in it first.
    const auto counting = endorse(who, "count", {"lc/"});
    ASSERT_EQ(submit(who, "put", {"lc/2", "b"}).validationCode, protos::VALID);
    const auto r = order(client::signTransaction(who, counting.preparedTransaction));
    EXPECT_EQ(r.validationCode, protos::PHANTOM_READ_CONFLICT);
    // Without the interloper the same kind of transaction commits.
    EXPECT_EQ(submit(who, "count", {"lc/"}).validationCode, protos::VALID);
    EXPECT_EQ(m_consortium->channel("lc").state().get("kv", "count/lc/")->value, "2");
}

} // namespace lx::test

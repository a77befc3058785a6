// lianxin-chaincode against a fake Fabric peer: the peer's side of the
// chaincode protocol over a real gRPC stream, an in-memory world state.
#include "FakePeer.h"

#include "app/chaincode/Endorsement.h"
#include "chaincode/Registry.h"
#include "crypto/Hash.h"
#include "ledgerclient/Clock.h"

#include "common/policies.pb.h"
#include "lianxin/trust.pb.h"
#include "msp/msp_principal.pb.h"
#include "peer/chaincode.pb.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace lx::test {
namespace {

using chaincode::Response;
namespace cs = chaincode_server;

std::string join(const std::vector<std::string> &parts, const std::string &separator)
{
    std::string out;
    for (const auto &p : parts)
        out += (out.empty() ? "" : separator) + p;
    return out;
}

// Does exactly the Stub call its function names, for the protocol tests.
class ProbeContract : public chaincode::Contract
{
public:
    std::string name() const override { return "probe"; }
    bool isQuery(const std::string &f) const override { return f != "put" && f != "pput" && f != "both" && f != "del"; }
    chaincode::EndorsementPolicy endorsementPolicy(const chaincode::Invocation &invocation) const override
    {
        chaincode::EndorsementPolicy policy { { invocation.creatorMspId } };
        if (invocation.function == "put" && invocation.args.size() == 3)
            policy.allOf.push_back(invocation.args[2]);
        return policy;
    }
    Response invoke(chaincode::Stub &stub) const override
    {
        const auto &a = stub.args();
        const std::string &f = a[0];
        if (f == "get") {
            const auto v = stub.getState(a[1]);
            return v ? Response::ok(*v) : Response::reject(404, "PROBE_MISSING", "no " + a[1]);
        }
        if (f == "put") {
            stub.putState(a[1], a[2]);
            stub.setEvent("Put", a[1]);
            return Response::ok();
        }
        if (f == "del") {
            stub.delState(a[1]);
            return Response::ok();
        }
        if (f == "range" || f == "prange") {
            const auto rows
                = f == "range" ? stub.getStateByRange(a[1], a[2]) : stub.getPrivateDataByRange(a[1], a[2], a[3]);
            std::vector<std::string> out;
            for (const auto &kv : rows)
                out.push_back(kv.key + "=" + kv.value);
            return Response::ok(join(out, ";"));
        }
        if (f == "history") {
            std::vector<std::string> out;
            for (const auto &h : stub.getHistoryForKey(a[1]))
                out.push_back(h.txId + ":" + (h.isDelete ? std::string("deleted") : h.value) + "@"
                    + std::to_string(h.timestampSeconds));
            return Response::ok(join(out, ";"));
        }
        if (f == "pget") {
            const auto v = stub.getPrivateData(a[1], a[2]);
            return v ? Response::ok(*v) : Response::reject(404, "PROBE_MISSING", "no " + a[2]);
        }
        if (f == "pput") {
            stub.putPrivateData(a[1], a[2], stub.transient().at("value"));
            return Response::ok();
        }
        if (f == "both") { // a public key, then a private one
            stub.putState(a[1], "public");
            stub.putPrivateData(a[2], a[3], "private");
            return Response::ok();
        }
        if (f == "invoke") {
            return stub.invokeChaincode(a[1], a[2], std::vector<Bytes>(a.begin() + 3, a.end()));
        }
        if (f == "now")
            return Response::ok(std::to_string(stub.txTimestampSeconds()));
        if (f == "who") {
            const auto &c = stub.creator();
            return Response::ok(
                c.mspId + "/" + c.commonName + "/" + join(c.roles, ",") + "/" + stub.channelId() + "/" + stub.txId());
        }
        return Response::reject(400, "PROBE_UNKNOWN", "unknown function " + f);
    }
};

class ChaincodeServerTest : public ::testing::Test
{
protected:
    TestOrgs orgs;
    client::SigningIdentity officer() { return orgs.user("HuaxiaBankMSP", "officer1", { "client", "officer" }); }
};

std::shared_ptr<const chaincode::Contract> probe()
{
    return std::make_shared<ProbeContract>();
}

TEST_F(ChaincodeServerTest, HandshakeRegistersThePackageIdAndAnswersKeepalive)
{
    TestServer server(probe(), { "probe_1:abc123", false, {} });
    FakePeer peer(server.channel());
    EXPECT_EQ(peer.handshake(), "probe_1:abc123");
    ChaincodeMessage keepalive;
    keepalive.set_type(ChaincodeMessage::KEEPALIVE);
    peer.send(keepalive);
    const auto echoed = peer.read();
    ASSERT_TRUE(echoed);
    EXPECT_EQ(echoed->type(), ChaincodeMessage::KEEPALIVE);
    // INIT is answered without the contract.
    ChaincodeMessage init = transactionMessage(officer(), "Init", {}, { "lc", "probe" });
    init.set_type(ChaincodeMessage::INIT);
    const auto done = peer.transact(init);
    EXPECT_EQ(FakePeer::response(done).status(), 200);
    EXPECT_TRUE(peer.requests.empty());
    EXPECT_TRUE(server.waitForLog("stream open"));
}

TEST_F(ChaincodeServerTest, RegistryRegistersAMemberEndToEndWithItsEndorsementKey)
{
    TestServer server(std::make_shared<chaincode::Registry>());
    FakePeer peer(server.channel());
    peer.handshake();
    const auto admin = orgs.user("SecretariatMSP", "admin1", { "admin" });
    lianxin::trust::Member member;
    member.set_msp_id("HuaxiaBankMSP");
    member.set_name("Huaxia Trade Bank");
    member.set_kind(lianxin::trust::Member::BANK);
    member.set_tier(1);
    const auto tx = transactionMessage(admin, "RegisterMember", { member.SerializeAsString() });
    const auto done = peer.transact(tx);
    const auto r = FakePeer::response(done);
    ASSERT_EQ(r.status(), 200) << r.message();
    lianxin::trust::Member stored = member;
    stored.set_status(lianxin::trust::Member::ACTIVE);
    stored.set_admitted_by("charter");
    // Exactly the member record, then the invocation's endorsement key.
    ASSERT_EQ(peer.writes.size(), 2u);
    EXPECT_EQ(peer.writes[0].type, ChaincodeMessage::PUT_STATE);
    EXPECT_EQ(peer.writes[0].key, "member/HuaxiaBankMSP");
    EXPECT_EQ(peer.writes[0].value, stored.SerializeAsString());
    EXPECT_EQ(peer.writes[1].key, std::string("\0lianxin.endorsement\0SecretariatMSP\0", 36));
    EXPECT_EQ(peer.writes[1].value, tx.txid());
    ASSERT_TRUE(done.has_chaincode_event());
    EXPECT_EQ(done.chaincode_event().event_name(), "MemberRegistered");
    EXPECT_EQ(done.chaincode_event().tx_id(), tx.txid());
    EXPECT_EQ(done.chaincode_event().payload(), stored.SerializeAsString());
    EXPECT_EQ(done.txid(), tx.txid());
    EXPECT_EQ(done.channel_id(), "trust");
    peer.commit();

    // A query: read back, and no endorsement key.
    const auto got = peer.transact(transactionMessage(officer(), "GetMember", { "HuaxiaBankMSP" }));
    EXPECT_EQ(FakePeer::response(got).status(), 200);
    EXPECT_EQ(FakePeer::response(got).payload(), stored.SerializeAsString());
    EXPECT_TRUE(peer.writes.empty());
}

TEST_F(ChaincodeServerTest, ARejectedActionIsCompletedWithItsStatusAndReasonCodeAndLogged)
{
    TestServer server(std::make_shared<chaincode::Registry>());
    FakePeer peer(server.channel());
    peer.handshake();
    lianxin::trust::Member member;
    member.set_msp_id("NanhaiBankMSP");
    member.set_name("Nanhai");
    const auto tx = transactionMessage(officer(), "RegisterMember", { member.SerializeAsString() });
    const auto done = peer.transact(tx);
    const auto r = FakePeer::response(done);
    EXPECT_EQ(r.status(), 403);
    EXPECT_EQ(Response::fromWire(r.status(), r.message()).reasonCode, "REGISTRY_NOT_SECRETARIAT_ADMIN");
    EXPECT_TRUE(peer.writes.empty()); // no endorsement key for a refusal
    EXPECT_TRUE(server.waitForLog("refused channel=trust tx=" + tx.txid().substr(0, 8)
        + " function=RegisterMember reason=REGISTRY_NOT_SECRETARIAT_ADMIN status=403"));
}

TEST_F(ChaincodeServerTest, TheCreatorComesFromTheSignedProposalsCertificate)
{
    TestServer server(probe());
    FakePeer peer(server.channel());
    peer.handshake();
    const auto tx = transactionMessage(officer(), "who", {}, { "lc", "probe" });
    const auto r = FakePeer::response(peer.transact(tx));
    EXPECT_EQ(r.payload(), "HuaxiaBankMSP/officer1/client,officer/lc/" + tx.txid());
}

TEST_F(ChaincodeServerTest, RangeReadsIterateEveryBatchAndCloseTheIterator)
{
    TestServer server(probe());
    FakePeer peer(server.channel());
    peer.handshake();
    peer.batchSize = 2;
    for (const char *k : { "a1", "a2", "a3", "a4", "a5", "b1" })
        peer.state[k] = std::string("v") + k;
    peer.state[std::string("\0lianxin.endorsement\0X\0", 23)] = "tx";
    auto r = FakePeer::response(peer.transact(transactionMessage(officer(), "range", { "a", "b" }, { "lc", "probe" })));
    EXPECT_EQ(r.payload(), "a1=va1;a2=va2;a3=va3;a4=va4;a5=va5");
    const auto count = [&](ChaincodeMessage::Type t) {
        return std::count_if(peer.requests.begin(), peer.requests.end(), [t](const auto &m) { return m.type() == t; });
    };
    EXPECT_EQ(count(ChaincodeMessage::QUERY_STATE_NEXT), 2);
    EXPECT_EQ(count(ChaincodeMessage::QUERY_STATE_CLOSE), 1);
    EXPECT_EQ(peer.openIterators, 0);

    // An empty start key starts after the composite keys, as Fabric's shim.
    peer.requests.clear();
    r = FakePeer::response(peer.transact(transactionMessage(officer(), "range", { "", "" }, { "lc", "probe" })));
    EXPECT_EQ(r.payload(), "a1=va1;a2=va2;a3=va3;a4=va4;a5=va5;b1=vb1");
    protos::GetStateByRange asked;
    ASSERT_TRUE(asked.ParseFromString(peer.requests.front().payload()));
    EXPECT_EQ(asked.startkey(), "\x01");
    EXPECT_EQ(asked.endkey(), "");
}

TEST_F(ChaincodeServerTest, HistoryIsReadInBatches)
{
    TestServer server(probe());
    FakePeer peer(server.channel());
    peer.handshake();
    for (int i = 1; i <= 3; ++i) {
        queryresult::KeyModification m;
        m.set_tx_id("tx" + std::to_string(i));
        m.set_value("v" + std::to_string(i));
        m.mutable_timestamp()->set_seconds(1000 + i);
        m.set_is_delete(i == 3);
        peer.history["k"].push_back(m);
    }
    const auto r
        = FakePeer::response(peer.transact(transactionMessage(officer(), "history", { "k" }, { "lc", "probe" })));
    EXPECT_EQ(r.payload(), "tx1:v1@1001;tx2:v2@1002;tx3:deleted@1003");
    EXPECT_EQ(peer.openIterators, 0);
}

TEST_F(ChaincodeServerTest, PrivateDataReadsWritesAndRangesInTheCollection)
{
    TestServer server(probe());
    FakePeer peer(server.channel());
    peer.handshake();
    const std::string coll = chaincode::implicitCollection("HuaxiaBankMSP");
    peer.privateData[coll] = { { "d1", "one" }, { "d2", "two" }, { "d3", "three" } };
    auto r
        = FakePeer::response(peer.transact(transactionMessage(officer(), "pget", { coll, "d2" }, { "lc", "probe" })));
    EXPECT_EQ(r.payload(), "two");
    r = FakePeer::response(
        peer.transact(transactionMessage(officer(), "prange", { coll, "d", "e" }, { "lc", "probe" })));
    EXPECT_EQ(r.payload(), "d1=one;d2=two;d3=three");
    TxOptions put { "lc", "probe", { { "value", "secret" } } };
    r = FakePeer::response(peer.transact(transactionMessage(officer(), "pput", { coll, "d4" }, put)));
    EXPECT_EQ(r.status(), 200);
    ASSERT_FALSE(peer.writes.empty());
    EXPECT_EQ(peer.writes[0].collection, coll);
    EXPECT_EQ(peer.writes[0].key, "d4");
    EXPECT_EQ(peer.writes[0].value, "secret");
}

TEST_F(ChaincodeServerTest, APeerWithoutTheCollectionUsesTheTransientCopyOnlyWhenItsHashMatches)
{
    TestServer server(probe());
    FakePeer peer(server.channel());
    peer.handshake();
    const std::string coll = chaincode::implicitCollection("DongfangBankMSP");
    peer.privateData[coll]["draft"] = "the maker's draft";
    peer.notHeld.insert(coll);
    const std::string entry = lx::chaincode::privateTransientKey(coll, "draft");

    // Without the transient copy: the peer's error, as ERROR.
    auto done = peer.transact(transactionMessage(officer(), "pget", { coll, "draft" }, { "lc", "probe" }));
    EXPECT_EQ(done.type(), ChaincodeMessage::ERROR);
    EXPECT_NE(done.payload().find("private data matching public hash version is not available"), std::string::npos);

    // With the right copy: read through the hash.
    peer.requests.clear();
    done = peer.transact(transactionMessage(
        officer(), "pget", { coll, "draft" }, { "lc", "probe", { { entry, "the maker's draft" } } }));
    EXPECT_EQ(FakePeer::response(done).payload(), "the maker's draft");
    ASSERT_EQ(peer.requests.size(), 2u);
    EXPECT_EQ(peer.requests[1].type(), ChaincodeMessage::GET_PRIVATE_DATA_HASH);

    // A copy that is not what the channel's hash commits to: refused.
    done = peer.transact(
        transactionMessage(officer(), "pget", { coll, "draft" }, { "lc", "probe", { { entry, "a forged draft" } } }));
    EXPECT_EQ(done.type(), ChaincodeMessage::ERROR);
    EXPECT_TRUE(server.waitForLog("function=pget reason=ERROR peer"));
}

TEST_F(ChaincodeServerTest, APeerErrorOnAStateCallEndsTheTransactionWithError)
{
    TestServer server(probe());
    FakePeer peer(server.channel());
    peer.handshake();
    peer.failingKeys.insert("boom");
    const auto done = peer.transact(transactionMessage(officer(), "get", { "boom" }, { "lc", "probe" }));
    EXPECT_EQ(done.type(), ChaincodeMessage::ERROR);
    EXPECT_NE(done.payload().find("ledger unreachable"), std::string::npos);
}

TEST_F(ChaincodeServerTest, EventsTravelOnCompleted)
{
    TestServer server(probe());
    FakePeer peer(server.channel());
    peer.handshake();
    const auto tx = transactionMessage(officer(), "put", { "k", "v" }, { "lc", "probe" });
    const auto done = peer.transact(tx);
    ASSERT_TRUE(done.has_chaincode_event());
    EXPECT_EQ(done.chaincode_event().event_name(), "Put");
    EXPECT_EQ(done.chaincode_event().payload(), "k");
    EXPECT_EQ(done.chaincode_event().chaincode_id(), "probe");
    EXPECT_EQ(done.chaincode_event().tx_id(), tx.txid());
    // A query sets none.
    EXPECT_FALSE(peer.transact(transactionMessage(officer(), "who", {}, { "lc", "probe" })).has_chaincode_event());
}

TEST_F(ChaincodeServerTest, InvokeChaincodeNamesTheOtherChannelAndMapsTheAnswer)
{
    TestServer server(probe());
    FakePeer peer(server.channel());
    peer.handshake();
    std::vector<protos::ChaincodeSpec> calls;
    peer.onInvoke = [&](const protos::ChaincodeSpec &spec) {
        calls.push_back(spec);
        protos::Response r;
        if (spec.input().args(1) == "broken") {
            ChaincodeMessage failed;
            failed.set_type(ChaincodeMessage::ERROR);
            failed.set_payload("kv panicked");
            return failed;
        }
        if (spec.input().args(1) == "there") {
            r.set_status(200);
            r.set_payload("value there");
        } else {
            r.set_status(404);
            r.set_message("KV_MISSING: no such key");
        }
        ChaincodeMessage inner;
        inner.set_type(ChaincodeMessage::COMPLETED);
        inner.set_payload(r.SerializeAsString());
        return inner;
    };
    auto r = FakePeer::response(peer.transact(
        transactionMessage(officer(), "invoke", { "lc", "kv", "get", "there" }, { "forfaiting", "probe" })));
    EXPECT_EQ(r.status(), 200);
    EXPECT_EQ(r.payload(), "value there");
    ASSERT_EQ(calls.size(), 1u);
    EXPECT_EQ(calls[0].chaincode_id().name(), "kv/lc");
    ASSERT_EQ(calls[0].input().args_size(), 2);
    EXPECT_EQ(calls[0].input().args(0), "get");

    // Same channel: the plain name; a rejection keeps status and reason code.
    r = FakePeer::response(
        peer.transact(transactionMessage(officer(), "invoke", { "lc", "kv", "get", "gone" }, { "lc", "probe" })));
    EXPECT_EQ(calls.back().chaincode_id().name(), "kv");
    EXPECT_EQ(r.status(), 404);
    EXPECT_EQ(r.message(), "KV_MISSING: no such key");

    // The called chaincode failed (ERROR inside the RESPONSE), or the peer
    // refused the call: a 500 answer with the peer's text, as Fabric's shim.
    r = FakePeer::response(
        peer.transact(transactionMessage(officer(), "invoke", { "lc", "kv", "get", "broken" }, { "lc", "probe" })));
    EXPECT_EQ(r.status(), 500);
    EXPECT_EQ(r.message(), "kv panicked");
    peer.onInvoke = nullptr;
    r = FakePeer::response(
        peer.transact(transactionMessage(officer(), "invoke", { "lc", "kv", "get", "x" }, { "lc", "probe" })));
    EXPECT_EQ(r.status(), 500);
    EXPECT_EQ(r.message(), "INVOKE_CHAINCODE failed: no such chaincode");
}

TEST_F(ChaincodeServerTest, ManyTransactionsOnOneStreamAreKeptApartByChannelAndTxId)
{
    TestServer server(probe());
    FakePeer peer(server.channel());
    peer.handshake();
    // The same transaction ID on two channels, and a third one: all three
    // wait for their GET_STATE at once and are answered in reverse order.
    const auto a = transactionMessage(officer(), "get", { "k" }, { "lc", "probe", {}, {}, "sharedtx" });
    const auto b = transactionMessage(officer(), "get", { "k" }, { "forfaiting", "probe", {}, {}, "sharedtx" });
    const auto c = transactionMessage(officer(), "get", { "k" }, { "lc", "probe", {}, {}, "othertx" });
    for (const auto &tx : { a, b, c })
        peer.send(tx);
    std::vector<ChaincodeMessage> asked;
    while (asked.size() < 3) {
        const auto m = peer.read();
        ASSERT_TRUE(m);
        ASSERT_EQ(m->type(), ChaincodeMessage::GET_STATE);
        asked.push_back(*m);
    }
    ChaincodeMessage keepalive;
    keepalive.set_type(ChaincodeMessage::KEEPALIVE);
    peer.send(keepalive);
    for (auto it = asked.rbegin(); it != asked.rend(); ++it) {
        ChaincodeMessage answer;
        answer.set_type(ChaincodeMessage::RESPONSE);
        answer.set_txid(it->txid());
        answer.set_channel_id(it->channel_id());
        answer.set_payload("value for " + it->channel_id() + "/" + it->txid());
        peer.send(answer);
    }
    std::map<std::string, std::string> results;
    int keepalives = 0;
    while (results.size() < 3) {
        const auto m = peer.read();
        ASSERT_TRUE(m);
        if (m->type() == ChaincodeMessage::KEEPALIVE) {
            ++keepalives;
            continue;
        }
        results[m->channel_id() + "/" + m->txid()] = FakePeer::response(*m).payload();
    }
    EXPECT_EQ(keepalives, 1);
    EXPECT_EQ(results["lc/sharedtx"], "value for lc/sharedtx");
    EXPECT_EQ(results["forfaiting/sharedtx"], "value for forfaiting/sharedtx");
    EXPECT_EQ(results["lc/othertx"], "value for lc/othertx");
}

// A contract calling another one across channels twice in one transaction
// (the L/C contract asking the notary about each document) reaches the
// called one's server with the same transaction ID twice in a row: the
// second must run as soon as the first one's answer is out.
TEST_F(ChaincodeServerTest, TheSameTransactionRunsAgainOnceItsAnswerIsOut)
{
    TestServer server(probe());
    FakePeer peer(server.channel());
    peer.handshake();
    const auto tx = transactionMessage(officer(), "now", {}, { "trust", "probe", {}, {}, "nestedtx" });
    for (int round = 0; round < 300; ++round) {
        peer.send(tx);
        const auto m = peer.read();
        ASSERT_TRUE(m);
        ASSERT_EQ(m->type(), ChaincodeMessage::COMPLETED)
            << "round " << round << ": " << ChaincodeMessage::Type_Name(m->type()) << " " << m->payload();
    }
}

TEST_F(ChaincodeServerTest, AStreamThatEndsFailsItsWaitingTransactionsCleanly)
{
    TestServer server(probe());
    {
        FakePeer peer(server.channel());
        peer.handshake();
        peer.send(transactionMessage(officer(), "get", { "k" }, { "lc", "probe" }));
        const auto asked = peer.read();
        ASSERT_TRUE(asked);
        EXPECT_EQ(asked->type(), ChaincodeMessage::GET_STATE);
        peer.hangUp();
    }
    EXPECT_TRUE(server.waitForLog("abandoned channel=lc"));
    EXPECT_TRUE(server.waitForLog("1 failed while waiting"));
    // The server still serves the next peer.
    FakePeer next(server.channel());
    next.handshake();
    EXPECT_EQ(
        FakePeer::response(next.transact(transactionMessage(officer(), "who", {}, { "lc", "probe" }))).status(), 200);
}

TEST_F(ChaincodeServerTest, EndorsementKeyCarriesTheSortedMspsOfTheInvocationsPolicy)
{
    TestServer server(probe());
    FakePeer peer(server.channel());
    peer.handshake();
    const auto tx = transactionMessage(officer(), "put", { "k", "v", "DongfangBankMSP" }, { "lc", "probe" });
    const auto done = peer.transact(tx);
    EXPECT_EQ(FakePeer::response(done).status(), 200);
    ASSERT_EQ(peer.writes.size(), 2u);
    EXPECT_EQ(peer.writes[1].type, ChaincodeMessage::PUT_STATE);
    EXPECT_EQ(peer.writes[1].key, std::string("\0lianxin.endorsement\0DongfangBankMSP\0HuaxiaBankMSP\0", 51));
    EXPECT_EQ(peer.writes[1].value, tx.txid());
}

TEST_F(ChaincodeServerTest, WritesToEveryPolicyOrganizationsCollectionNeedNoEndorsementKey)
{
    TestServer server(probe());
    FakePeer peer(server.channel());
    peer.handshake();
    // Only the creator's own implicit collection written: Fabric holds the
    // write to HuaxiaBankMSP's Endorsement policy, the invocation's policy.
    const TxOptions value { "lc", "probe", { { "value", "draft" } } };
    const std::string own = chaincode::implicitCollection("HuaxiaBankMSP");
    EXPECT_EQ(FakePeer::response(peer.transact(transactionMessage(officer(), "pput", { own, "d1" }, value))).status(),
        200);
    ASSERT_EQ(peer.writes.size(), 1u);
    EXPECT_EQ(peer.writes[0].collection, own);

    // Another organization's collection does not hold the creator's bank to
    // anything: the endorsement key is written.
    peer.writes.clear();
    const std::string other = chaincode::implicitCollection("DongfangBankMSP");
    const auto tx = transactionMessage(officer(), "pput", { other, "d2" }, value);
    EXPECT_EQ(FakePeer::response(peer.transact(tx)).status(), 200);
    ASSERT_EQ(peer.writes.size(), 2u);
    EXPECT_EQ(peer.writes[1].key, std::string("\0lianxin.endorsement\0HuaxiaBankMSP\0", 35));
    EXPECT_EQ(peer.writes[1].value, tx.txid());

    // Public writes beside the creator's collection need any member's peer
    // (the definition's policy), which HuaxiaBankMSP's peer is: no key.
    peer.writes.clear();
    EXPECT_EQ(FakePeer::response(peer.transact(transactionMessage(officer(), "both", { "k", own, "d3" }, { "lc", "probe" })))
                  .status(),
        200);
    ASSERT_EQ(peer.writes.size(), 2u);
    EXPECT_EQ(peer.writes[1].collection, own);

    // Public writes alone carry the key.
    peer.writes.clear();
    EXPECT_EQ(
        FakePeer::response(peer.transact(transactionMessage(officer(), "put", { "k", "v" }, { "lc", "probe" })))
            .status(),
        200);
    ASSERT_EQ(peer.writes.size(), 2u);
    EXPECT_EQ(peer.writes[1].key, std::string("\0lianxin.endorsement\0HuaxiaBankMSP\0", 35));
}

TEST_F(ChaincodeServerTest, PrepareEndorsementCreatesEverySingleAndPairKeyWithItsValidationParameter)
{
    TestServer server(probe());
    FakePeer peer(server.channel());
    peer.handshake();
    // One key is already prepared: kept.
    protos::StateMetadataResult existing;
    auto *entry = existing.add_entries();
    entry->set_metakey("VALIDATION_PARAMETER");
    entry->set_value(cs::validationParameter({ "AMSP" }));
    peer.metadata[cs::endorsementKey({ "AMSP" })] = existing;

    const auto tx = transactionMessage(
        orgs.user("SecretariatMSP", "admin1", { "admin" }), cs::kPrepareEndorsement, { "CMSP", "AMSP", "BMSP" });
    const auto r = FakePeer::response(peer.transact(tx));
    ASSERT_EQ(r.status(), 200) << r.message();
    EXPECT_EQ(r.payload(), "created 5, kept 1");
    std::map<std::string, std::vector<ChaincodeMessage::Type>> byKey;
    for (const auto &w : peer.writes)
        byKey[w.key].push_back(w.type);
    EXPECT_EQ(byKey.size(), 5u);
    EXPECT_FALSE(byKey.count(cs::endorsementKey({ "AMSP" })));
    for (const auto &set : std::vector<std::vector<std::string>> {
             { "BMSP" }, { "CMSP" }, { "AMSP", "BMSP" }, { "AMSP", "CMSP" }, { "BMSP", "CMSP" } }) {
        const auto &types = byKey[cs::endorsementKey(set)];
        EXPECT_EQ(types,
            (std::vector<ChaincodeMessage::Type> { ChaincodeMessage::PUT_STATE, ChaincodeMessage::PUT_STATE_METADATA }))
            << join(set, "+");
    }
    // The pair's validation parameter: AND of the two organizations' peers.
    const auto pair = std::find_if(peer.writes.begin(), peer.writes.end(), [](const auto &w) {
        return w.type == ChaincodeMessage::PUT_STATE_METADATA && w.key == cs::endorsementKey({ "AMSP", "CMSP" });
    });
    ASSERT_NE(pair, peer.writes.end());
    protos::StateMetadata metadata;
    ASSERT_TRUE(metadata.ParseFromString(pair->value));
    EXPECT_EQ(metadata.metakey(), "VALIDATION_PARAMETER");
    common::SignaturePolicyEnvelope policy;
    ASSERT_TRUE(policy.ParseFromString(metadata.value()));
    EXPECT_EQ(policy.rule().n_out_of().n(), 2);
    EXPECT_EQ(policy.rule().n_out_of().rules_size(), 2);
    ASSERT_EQ(policy.identities_size(), 2);
    std::vector<std::string> principals;
    for (const auto &identity : policy.identities()) {
        EXPECT_EQ(identity.principal_classification(), common::MSPPrincipal::ROLE);
        common::MSPRole role;
        ASSERT_TRUE(role.ParseFromString(identity.principal()));
        EXPECT_EQ(role.role(), common::MSPRole::PEER);
        principals.push_back(role.msp_identifier());
    }
    EXPECT_EQ(principals, (std::vector<std::string> { "AMSP", "CMSP" }));
    const auto metadataReads = std::count_if(peer.requests.begin(), peer.requests.end(),
        [](const auto &m) { return m.type() == ChaincodeMessage::GET_STATE_METADATA; });
    EXPECT_EQ(metadataReads, 6);
}

TEST_F(ChaincodeServerTest, DatedTransactionsTakeTheDayFromTheTransientEntry)
{
    TestServer server(probe(), { "probe:1", true, {} });
    FakePeer peer(server.channel());
    peer.handshake();
    const std::int64_t proposalTime = 1764800000; // 2025-12-03 22:13:20 UTC, 06:13:20 on the 4th in China
    TxOptions dated { "lc", "probe", { { "lianxin.date", "2026-03-15" } }, proposalTime };
    auto r = FakePeer::response(peer.transact(transactionMessage(officer(), "now", {}, dated)));
    const auto expected = client::chinaDateInstant(
        std::chrono::year_month_day { std::chrono::year { 2026 }, std::chrono::month { 3 }, std::chrono::day { 15 } },
        std::chrono::system_clock::time_point(std::chrono::seconds(proposalTime)));
    EXPECT_EQ(r.payload(),
        std::to_string(std::chrono::duration_cast<std::chrono::seconds>(expected.time_since_epoch()).count()));
    // 2026-03-15 06:13:20 China time = 2026-03-14 22:13:20 UTC.
    EXPECT_EQ(r.payload(), "1773526400");

    // No entry: the proposal's own time.
    r = FakePeer::response(
        peer.transact(transactionMessage(officer(), "now", {}, { "lc", "probe", {}, proposalTime })));
    EXPECT_EQ(r.payload(), std::to_string(proposalTime));

    for (const char *bad : { "2026-02-30", "15.03.2026", "2026-3-15" }) {
        TxOptions wrong { "lc", "probe", { { "lianxin.date", bad } }, proposalTime };
        r = FakePeer::response(peer.transact(transactionMessage(officer(), "now", {}, wrong)));
        EXPECT_EQ(r.status(), 400) << bad;
        EXPECT_EQ(Response::fromWire(r.status(), r.message()).reasonCode, "CHAINCODE_DATE_INVALID") << bad;
    }
}

TEST_F(ChaincodeServerTest, WithoutTheFlagADatedTransactionIsRefused)
{
    TestServer server(probe());
    FakePeer peer(server.channel());
    peer.handshake();
    TxOptions dated { "lc", "probe", { { "lianxin.date", "2026-03-15" } } };
    const auto r = FakePeer::response(peer.transact(transactionMessage(officer(), "put", { "k", "v" }, dated)));
    EXPECT_EQ(r.status(), 400);
    EXPECT_EQ(Response::fromWire(r.status(), r.message()).reasonCode, "CHAINCODE_DATE_NOT_ALLOWED");
    EXPECT_TRUE(peer.writes.empty());
}

} // namespace
} // namespace lx::test

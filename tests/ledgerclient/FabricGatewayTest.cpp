// The Fabric backend of Ledger against an in-process gateway.Gateway server
// that answers the way a Fabric 2.5 peer's gateway does: requests pass
// through unchanged, a contract's rejection comes back as ABORTED (endorse)
// or UNKNOWN (evaluate) with each endorser's message in gateway.ErrorDetail
// status details, and transport failures as UNAVAILABLE / DEADLINE_EXCEEDED.

#include "ledgerclient/FabricGateway.h"

#include "rpc/status.pb.h"

#include "crypto/EcKey.h"
#include "ledgerclient/SandboxCa.h"
#include "ledgerclient/TransactionBuilder.h"

#include "gateway/gateway.grpc.pb.h"

#include <chrono>
#include <filesystem>
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>
#include <memory>
#include <string>
#include <thread>
#include <unistd.h>

using namespace lx;
using client::LedgerError;

namespace {

grpc::Status withDetails(
    grpc::StatusCode code, const std::string &text, const std::vector<gateway::ErrorDetail> &errors)
{
    google::rpc::Status details;
    details.set_code(int(code));
    details.set_message(text);
    for (const auto &e : errors) {
        auto *any = details.add_details();
        any->set_type_url("type.googleapis.com/gateway.ErrorDetail");
        any->set_value(e.SerializeAsString());
    }
    return grpc::Status(code, text, details.SerializeAsString());
}

gateway::ErrorDetail endpointError(const std::string &msp, const std::string &message)
{
    gateway::ErrorDetail e;
    e.set_address("127.0.0.1:7051");
    e.set_msp_id(msp);
    e.set_message(message);
    return e;
}

class FakeGateway final : public gateway::Gateway::Service
{
public:
    gateway::EndorseRequest lastEndorse;
    gateway::EvaluateRequest lastEvaluate;
    std::string mode = "ok";

    grpc::Status Evaluate(
        grpc::ServerContext *, const gateway::EvaluateRequest *request, gateway::EvaluateResponse *response) override
    {
        lastEvaluate = *request;
        if (mode == "reject")
            return grpc::Status(grpc::StatusCode::UNKNOWN,
                "evaluate call to endorser returned error: chaincode response 404, LC_NOT_FOUND: "
                "No L/C LC-9 is on the ledger.");
        // A Fabric 2.5 peer's qscc asked for an ID it does not have.
        if (mode == "unknown-tx")
            return grpc::Status(grpc::StatusCode::UNKNOWN,
                "evaluate call to endorser returned error: chaincode response 500, Failed to get block for txID "
                "aaaa, error no such transaction ID [aaaa] in index");
        response->mutable_result()->set_status(200);
        response->mutable_result()->set_payload("evaluated " + request->transaction_id());
        return grpc::Status::OK;
    }

    grpc::Status Endorse(
        grpc::ServerContext *, const gateway::EndorseRequest *request, gateway::EndorseResponse *response) override
    {
        lastEndorse = *request;
        if (mode == "reject")
            return withDetails(grpc::StatusCode::ABORTED,
                "failed to endorse transaction, see attached details for more info",
                { endpointError(
                    "HuaxiaBankMSP", "chaincode response 403, LC_WRONG_BANK: Only the issuing bank may issue.") });
        if (mode == "refuse")
            return withDetails(
                grpc::StatusCode::FAILED_PRECONDITION, "no peers available to evaluate chaincode lc", {});
        if (mode == "slow")
            std::this_thread::sleep_for(std::chrono::milliseconds(600));
        response->mutable_prepared_transaction()->set_payload("prepared");
        return grpc::Status::OK;
    }

    grpc::Status Submit(grpc::ServerContext *, const gateway::SubmitRequest *, gateway::SubmitResponse *) override
    {
        // As Fabric 2.5's orderer refuses a transaction signed with an
        // expired certificate, passed on by the gateway.
        if (mode == "expired")
            return grpc::Status(grpc::StatusCode::ABORTED,
                "received unsuccessful response from orderer: status=BAD_REQUEST, info=broadcast client identity "
                "expired");
        // As Fabric 2.5's gateway answers when no orderer takes the transaction.
        if (mode == "no-orderer")
            return withDetails(grpc::StatusCode::UNAVAILABLE, "no orderers could successfully process transaction",
                { endpointError("OrdererMSP",
                    "rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: "
                    "dial tcp 127.0.0.1:7050: connect: connection refused\"") });
        return grpc::Status::OK;
    }

    grpc::Status CommitStatus(grpc::ServerContext *, const gateway::SignedCommitStatusRequest *request,
        gateway::CommitStatusResponse *response) override
    {
        gateway::CommitStatusRequest r;
        r.ParseFromString(request->request());
        response->set_result(r.transaction_id() == "bad" ? protos::MVCC_READ_CONFLICT : protos::VALID);
        response->set_block_number(7);
        return grpc::Status::OK;
    }
};

class FabricGatewayTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        grpc::ServerBuilder builder;
        builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &m_port);
        builder.RegisterService(&m_service);
        m_server = builder.BuildAndStart();
        ASSERT_TRUE(m_server);
        ASSERT_GT(m_port, 0);
    }
    void TearDown() override { m_server->Shutdown(); }

    std::shared_ptr<client::Ledger> ledger(std::chrono::milliseconds timeout = std::chrono::milliseconds(5000))
    {
        client::FabricPeerEndpoint endpoint;
        endpoint.address = "127.0.0.1:" + std::to_string(m_port);
        endpoint.callTimeout = timeout;
        return client::openFabricGateway(endpoint);
    }

    FakeGateway m_service;
    int m_port = 0;
    std::unique_ptr<grpc::Server> m_server;
};

template<typename F> LedgerError errorOf(F &&f)
{
    try {
        f();
    } catch (const LedgerError &e) {
        return e;
    }
    ADD_FAILURE() << "no LedgerError thrown";
    return LedgerError(LedgerError::Kind::DataInvalid, "NONE", "");
}

} // namespace

TEST_F(FabricGatewayTest, PassesRequestsAndAnswersThrough)
{
    auto l = ledger();
    gateway::EvaluateRequest evaluate;
    evaluate.set_transaction_id("t1");
    EXPECT_EQ(l->evaluate(evaluate).result().payload(), "evaluated t1");

    gateway::EndorseRequest endorse;
    endorse.set_transaction_id("t2");
    endorse.set_channel_id("lc");
    endorse.add_endorsing_organizations("HuaxiaBankMSP");
    endorse.add_endorsing_organizations("DongfangBankMSP");
    EXPECT_EQ(l->endorse(endorse).prepared_transaction().payload(), "prepared");
    EXPECT_EQ(m_service.lastEndorse.channel_id(), "lc");
    ASSERT_EQ(m_service.lastEndorse.endorsing_organizations_size(), 2);
    EXPECT_EQ(m_service.lastEndorse.endorsing_organizations(1), "DongfangBankMSP");

    l->submit(gateway::SubmitRequest());
    gateway::CommitStatusRequest status;
    status.set_transaction_id("bad");
    gateway::SignedCommitStatusRequest signedStatus;
    signedStatus.set_request(status.SerializeAsString());
    const auto committed = l->commitStatus(signedStatus);
    EXPECT_EQ(committed.result(), protos::MVCC_READ_CONFLICT);
    EXPECT_EQ(committed.block_number(), 7u);
}

// The gateway is told which organizations endorse, from our contract's own
// per-invocation policy, so it never plans through service discovery.
TEST_F(FabricGatewayTest, EndorseAndEvaluateNameTheirOrganizations)
{
    auto l = ledger();
    const client::SigningIdentity checker("HuaxiaBankMSP", "certificate", crypto::PrivateKey::generate());
    auto endorsers = [&](const std::string &channel, const std::string &chaincode, const std::string &function,
                         const std::vector<Bytes> &args) {
        gateway::EndorseRequest endorse;
        *endorse.mutable_proposed_transaction()
            = client::buildSignedProposal(checker, channel, chaincode, function, args).signedProposal;
        l->endorse(endorse);
        return std::vector<std::string>(m_service.lastEndorse.endorsing_organizations().begin(),
            m_service.lastEndorse.endorsing_organizations().end());
    };
    using Orgs = std::vector<std::string>;
    EXPECT_EQ(endorsers("lc", "lc", "SubmitDraft", { "" }), Orgs { "HuaxiaBankMSP" });
    EXPECT_EQ(endorsers("forfaiting", "forfaiting", "ApproveDraft", { "draft-1", "DongfangBankMSP" }),
        (Orgs { "DongfangBankMSP", "HuaxiaBankMSP" }));
    // Not a contract of ours on that channel: the gateway plans.
    EXPECT_EQ(endorsers("lc", "reference", "Put", { "k", "v" }), Orgs {});
    EXPECT_EQ(endorsers("trust", "lc", "SubmitDraft", { "" }), Orgs {});
    // A query runs on the signer's own organization's peer.
    gateway::EvaluateRequest evaluate;
    *evaluate.mutable_proposed_transaction()
        = client::buildSignedProposal(checker, "lc", "lc", "ListDrafts", {}).signedProposal;
    l->evaluate(evaluate);
    ASSERT_EQ(m_service.lastEvaluate.target_organizations_size(), 1);
    EXPECT_EQ(m_service.lastEvaluate.target_organizations(0), "HuaxiaBankMSP");
    evaluate.add_target_organizations("DongfangBankMSP"); // named: as it is
    l->evaluate(evaluate);
    ASSERT_EQ(m_service.lastEvaluate.target_organizations_size(), 1);
    EXPECT_EQ(m_service.lastEvaluate.target_organizations(0), "DongfangBankMSP");
    // An unreadable proposal goes as it is; the gateway answers for it.
    gateway::EndorseRequest garbage;
    garbage.mutable_proposed_transaction()->set_proposal_bytes("not a proposal");
    l->endorse(garbage);
    EXPECT_TRUE(m_service.lastEndorse.endorsing_organizations().empty());
}

TEST_F(FabricGatewayTest, ContractRejectionsKeepTheirReasonCode)
{
    m_service.mode = "reject";
    auto l = ledger();
    const LedgerError endorse = errorOf([&] { l->endorse(gateway::EndorseRequest()); });
    EXPECT_EQ(endorse.kind(), LedgerError::Kind::Rejected);
    EXPECT_EQ(endorse.reasonCode(), "LC_WRONG_BANK");
    EXPECT_EQ(endorse.contractStatus(), 403);
    EXPECT_STREQ(endorse.what(), "Only the issuing bank may issue.");

    const LedgerError evaluate = errorOf([&] { l->evaluate(gateway::EvaluateRequest()); });
    EXPECT_EQ(evaluate.reasonCode(), "LC_NOT_FOUND");
    EXPECT_EQ(evaluate.contractStatus(), 404);
    EXPECT_STREQ(evaluate.what(), "No L/C LC-9 is on the ledger.");
}

TEST_F(FabricGatewayTest, GatewayRefusalsAndTransportFailuresAreNamed)
{
    m_service.mode = "refuse";
    const LedgerError refused = errorOf([&] { ledger()->endorse(gateway::EndorseRequest()); });
    EXPECT_EQ(refused.kind(), LedgerError::Kind::Rejected);
    EXPECT_EQ(refused.reasonCode(), "GATEWAY_REFUSED");
    EXPECT_EQ(refused.contractStatus(), 0);
    EXPECT_NE(std::string(refused.what()).find("no peers available"), std::string::npos);

    m_service.mode = "slow";
    const LedgerError slow
        = errorOf([&] { ledger(std::chrono::milliseconds(200))->endorse(gateway::EndorseRequest()); });
    EXPECT_EQ(slow.kind(), LedgerError::Kind::Unavailable);
    EXPECT_EQ(slow.reasonCode(), "PEER_TIMEOUT");

    m_server->Shutdown();
    const LedgerError down
        = errorOf([&] { ledger(std::chrono::milliseconds(1000))->evaluate(gateway::EvaluateRequest()); });
    EXPECT_EQ(down.kind(), LedgerError::Kind::Unavailable);
    EXPECT_TRUE(down.reasonCode() == "PEER_UNAVAILABLE" || down.reasonCode() == "PEER_TIMEOUT") << down.reasonCode();
}

// The causes a person can act on are named: a peer whose TLS certificate the
// profile's CA did not sign, and a peer refusing an expired identity.
TEST(FabricGatewayTls, AnUntrustedPeerCertificateIsNamed)
{
    const std::filesystem::path dir
        = std::filesystem::temp_directory_path() / ("lx-gateway-tls-" + std::to_string(::getpid()));
    const client::SandboxCa peerCa = client::createSandboxCa(dir, "PeerMSP", "Peer Org");
    const client::SandboxCa otherCa = client::createSandboxCa(dir, "OtherMSP", "Other Org");
    const client::IssuedIdentity tls = client::issueSandboxTls(peerCa, "peer0", { { "localhost" }, { "127.0.0.1" } });

    FakeGateway service;
    grpc::SslServerCredentialsOptions ssl;
    ssl.pem_key_cert_pairs.push_back({ tls.key.toPem(), tls.certPem });
    int port = 0;
    grpc::ServerBuilder builder;
    builder.AddListeningPort("127.0.0.1:0", grpc::SslServerCredentials(ssl), &port);
    builder.RegisterService(&service);
    const std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
    ASSERT_TRUE(server);

    const auto connect = [&](const client::SandboxCa &trusted) {
        client::FabricPeerEndpoint endpoint;
        endpoint.address = "127.0.0.1:" + std::to_string(port);
        endpoint.tlsCaPem = trusted.cert.toPem();
        endpoint.callTimeout = std::chrono::milliseconds(5000);
        return client::openFabricGateway(endpoint);
    };
    // The right CA: the call goes through.
    EXPECT_NO_THROW(connect(peerCa)->evaluate(gateway::EvaluateRequest()));
    const LedgerError untrusted = errorOf([&] { connect(otherCa)->evaluate(gateway::EvaluateRequest()); });
    EXPECT_EQ(untrusted.kind(), LedgerError::Kind::Unavailable);
    EXPECT_EQ(untrusted.reasonCode(), "PEER_TLS_UNTRUSTED") << untrusted.what();
    EXPECT_NE(std::string(untrusted.what()).find("tlsCACerts"), std::string::npos) << untrusted.what();
    server->Shutdown();
    std::filesystem::remove_all(dir);
}

TEST_F(FabricGatewayTest, AnUnreachableOrderingServiceIsNamed)
{
    m_service.mode = "no-orderer";
    const LedgerError down = errorOf([&] { ledger()->submit(gateway::SubmitRequest()); });
    EXPECT_EQ(down.kind(), LedgerError::Kind::Unavailable);
    EXPECT_EQ(down.reasonCode(), "ORDERER_UNAVAILABLE") << down.what();
    EXPECT_NE(std::string(down.what()).find("OrdererMSP"), std::string::npos) << down.what();
}

// The Ledger interface's TX_NOT_FOUND, as the embedded ledger says it: the
// outbox resends an entry whose first attempt was cut off instead of
// marking it rejected.
TEST_F(FabricGatewayTest, AnUnknownTransactionIdIsNotFound)
{
    m_service.mode = "unknown-tx";
    const LedgerError unknown = errorOf([&] { ledger()->evaluate(gateway::EvaluateRequest()); });
    EXPECT_EQ(unknown.kind(), LedgerError::Kind::Rejected);
    EXPECT_EQ(unknown.reasonCode(), "TX_NOT_FOUND") << unknown.what();
}

TEST_F(FabricGatewayTest, AnExpiredIdentityIsNamed)
{
    m_service.mode = "expired";
    const LedgerError expired = errorOf([&] { ledger()->submit(gateway::SubmitRequest()); });
    EXPECT_EQ(expired.kind(), LedgerError::Kind::Rejected);
    EXPECT_EQ(expired.reasonCode(), "IDENTITY_EXPIRED") << expired.what();
}

#include "ledgerclient/FabricGateway.h"

#include "ledgerclient/EndorsementPlan.h"

#include "rpc/status.pb.h"

#include "gateway/gateway.grpc.pb.h"

#include <grpcpp/grpcpp.h>
#include <optional>
#include <regex>

namespace lx::client {

namespace {

// The endorsers' messages in the gateway's status details
// (google.rpc.Status whose details are gateway.ErrorDetail).
std::vector<gateway::ErrorDetail> endpointErrors(const grpc::Status &status)
{
    std::vector<gateway::ErrorDetail> out;
    google::rpc::Status details;
    if (status.error_details().empty() || !details.ParseFromString(status.error_details()))
        return out;
    for (const auto &any : details.details()) {
        gateway::ErrorDetail error;
        if (error.ParseFromString(any.value()))
            out.push_back(std::move(error));
    }
    return out;
}

// "chaincode response 403, LC_WRONG_BANK: Only ..." anywhere in a text:
// the contract's response as the endorser passed it on.
std::optional<protos::Response> contractResponse(const std::string &text)
{
    static const std::regex pattern("chaincode response ([45][0-9][0-9]), ([^\\n]*)");
    std::smatch m;
    if (!std::regex_search(text, m, pattern))
        return std::nullopt;
    protos::Response response;
    response.set_status(std::stoi(m[1]));
    response.set_message(m[2]);
    return response;
}

[[noreturn]] void throwFor(const grpc::Status &status, const std::string &what)
{
    std::string text = status.error_message();
    for (const auto &e : endpointErrors(status))
        text += "\n" + e.msp_id() + " (" + e.address() + "): " + e.message();
    if (const auto response = contractResponse(text))
        throw rejectionOf(*response);
    switch (status.error_code()) {
    case grpc::StatusCode::UNAVAILABLE:
        throw LedgerError(
            LedgerError::Kind::Unavailable, "PEER_UNAVAILABLE", what + ": the peer is unreachable: " + text);
    case grpc::StatusCode::DEADLINE_EXCEEDED:
        throw LedgerError(LedgerError::Kind::Unavailable, "PEER_TIMEOUT", what + ": no answer in time: " + text);
    default:
        throw LedgerError(LedgerError::Kind::Rejected, "GATEWAY_REFUSED", what + ": " + text);
    }
}

class FabricGateway final : public Ledger
{
public:
    explicit FabricGateway(const FabricPeerEndpoint &endpoint) : m_endpoint(endpoint)
    {
        std::shared_ptr<grpc::ChannelCredentials> credentials;
        if (endpoint.tlsCaPem.empty()) {
            credentials = grpc::InsecureChannelCredentials();
        } else {
            grpc::SslCredentialsOptions tls;
            tls.pem_root_certs = endpoint.tlsCaPem;
            tls.pem_cert_chain = endpoint.clientCertPem;
            tls.pem_private_key = endpoint.clientKeyPem;
            credentials = grpc::SslCredentials(tls);
        }
        grpc::ChannelArguments args;
        args.SetMaxReceiveMessageSize(100 * 1024 * 1024);
        m_stub = gateway::Gateway::NewStub(grpc::CreateCustomChannel(endpoint.address, credentials, args));
    }

    gateway::EvaluateResponse evaluate(const gateway::EvaluateRequest &request) override
    {
        gateway::EvaluateResponse response;
        call("evaluate", m_endpoint.callTimeout,
            [&](grpc::ClientContext &c) { return m_stub->Evaluate(&c, request, &response); });
        return response;
    }

    // Names the endorsing organizations when the request does not, from our
    // contract's policy: the gateway then asks exactly those peers at once
    // instead of planning through service discovery after a first
    // endorsement (which also makes a Fabric 2.5 peer slower with every
    // private-data transaction it plans: docs/fabric-endorsement-plan.md).
    gateway::EndorseResponse endorse(const gateway::EndorseRequest &request) override
    {
        gateway::EndorseRequest planned;
        const gateway::EndorseRequest *send = &request;
        if (request.endorsing_organizations().empty()) {
            const std::vector<std::string> orgs = endorsingOrganizations(request.proposed_transaction());
            if (!orgs.empty()) {
                planned = request;
                planned.mutable_endorsing_organizations()->Add(orgs.begin(), orgs.end());
                send = &planned;
            }
        }
        gateway::EndorseResponse response;
        call("endorse", m_endpoint.callTimeout,
            [&](grpc::ClientContext &c) { return m_stub->Endorse(&c, *send, &response); });
        return response;
    }

    void submit(const gateway::SubmitRequest &request) override
    {
        gateway::SubmitResponse response;
        call("submit", m_endpoint.callTimeout,
            [&](grpc::ClientContext &c) { return m_stub->Submit(&c, request, &response); });
    }

    gateway::CommitStatusResponse commitStatus(const gateway::SignedCommitStatusRequest &request) override
    {
        gateway::CommitStatusResponse response;
        call("commit status", m_endpoint.commitTimeout,
            [&](grpc::ClientContext &c) { return m_stub->CommitStatus(&c, request, &response); });
        return response;
    }

    std::unique_ptr<Subscription> deliver(const common::Envelope &, std::function<void(const common::Block &)>) override
    {
        throw LedgerError(LedgerError::Kind::Unavailable, "FABRIC_DELIVER_UNSUPPORTED",
            "block delivery from a Fabric peer is not supported by this build");
    }

    std::unique_ptr<Subscription> chaincodeEvents(const gateway::SignedChaincodeEventsRequest &,
        std::function<void(const gateway::ChaincodeEventsResponse &)>) override
    {
        throw LedgerError(LedgerError::Kind::Unavailable, "FABRIC_DELIVER_UNSUPPORTED",
            "chaincode events from a Fabric peer are not supported by this build");
    }

private:
    template<typename Call> void call(const char *what, std::chrono::milliseconds timeout, Call &&rpc)
    {
        grpc::ClientContext context;
        context.set_deadline(std::chrono::system_clock::now() + timeout);
        const grpc::Status status = rpc(context);
        if (!status.ok())
            throwFor(status, what);
    }

    FabricPeerEndpoint m_endpoint;
    std::unique_ptr<gateway::Gateway::Stub> m_stub;
};

} // namespace

std::shared_ptr<Ledger> openFabricGateway(const FabricPeerEndpoint &endpoint)
{
    return std::make_shared<FabricGateway>(endpoint);
}

} // namespace lx::client

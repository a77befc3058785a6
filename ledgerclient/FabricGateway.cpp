#include "ledgerclient/FabricGateway.h"

#include "rpc/status.pb.h"

#include "ledgerclient/EndorsementPlan.h"

#include "gateway/gateway.grpc.pb.h"
#include "peer/events.grpc.pb.h"

#include <algorithm>
#include <condition_variable>
#include <grpcpp/grpcpp.h>
#include <mutex>
#include <optional>
#include <regex>
#include <thread>

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
    if (const auto response = contractResponse(text)) {
        // qscc's answer for a transaction ID the peer does not have, which
        // carries no reason code: the Ledger interface's TX_NOT_FOUND, as
        // the embedded ledger says it (the outbox then sends an entry whose
        // first attempt was cut off again, never gives it up).
        if (response->message().find("no such transaction ID") != std::string::npos)
            throw LedgerError(LedgerError::Kind::Rejected, "TX_NOT_FOUND", what + ": " + response->message());
        throw rejectionOf(*response);
    }
    // The causes a person can fix, named before the transport's text.
    if (text.find("certificate verify failed") != std::string::npos)
        throw LedgerError(LedgerError::Kind::Unavailable, "PEER_TLS_UNTRUSTED",
            what
                + ": the peer's TLS certificate is not trusted: the TLS CA the profile gives for this peer "
                  "(tlsCACerts) did not sign it, or it has expired: "
                + text);
    // The orderer's broadcast ("client identity expired") and the deliver
    // service refuse an expired signer; the peer's MSP does not look at
    // validity dates when it endorses (Fabric FAB-3678).
    if (text.find("identity expired") != std::string::npos || text.find("certificate has expired") != std::string::npos)
        throw LedgerError(LedgerError::Kind::Rejected, "IDENTITY_EXPIRED",
            what
                + ": the network refused the signing identity: its certificate has expired (renew it with the "
                  "bank's Fabric CA and import it again with identities import --replace): "
                + text);
    // Fabric's gateway reached no orderer: the peer is fine, the ordering
    // service is not, and nothing was written.
    if (text.find("no orderers could successfully process transaction") != std::string::npos)
        throw LedgerError(LedgerError::Kind::Unavailable, "ORDERER_UNAVAILABLE",
            what
                + ": the ordering service cannot be reached; the transaction was endorsed but not ordered, "
                  "so nothing was written: "
                + text);
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

// A long-lived stream that reconnects: each attempt runs until the stream
// breaks; an Unavailable break is reported and retried after a back-off
// (doubling from the endpoint's reconnectMin to reconnectMax, back to the
// start once an attempt delivered something), any other kind is reported and
// ends it. Destroying the subscription cancels the call in flight and stops
// the thread; the thread's state is shared, so a subscription destroyed from
// its own callback detaches safely.
class RetryingStream final : public Subscription
{
public:
    enum class Outcome { Ended, Retry, GiveUp };
    struct Attempt
    {
        Outcome outcome = Outcome::Retry;
        std::optional<LedgerError> error;
        bool progressed = false; // delivered something: back-off starts over
    };
    // One connection: runs until the stream breaks or stopped() turns true.
    using Run = std::function<Attempt(grpc::ClientContext &context, const std::function<bool()> &stopped)>;

    RetryingStream(const FabricPeerEndpoint &endpoint, std::shared_ptr<grpc::Channel> channel, Run run,
        Ledger::StreamError onError)
        : m_state(std::make_shared<State>())
    {
        m_thread = std::thread([state = m_state, endpoint, channel = std::move(channel), run = std::move(run),
                                   onError = std::move(onError)] {
            std::chrono::milliseconds backoff = endpoint.reconnectMin;
            while (!state->stopped()) {
                auto context = std::make_shared<grpc::ClientContext>();
                if (!state->begin(context))
                    return;
                const Attempt attempt = run(*context, [&state] { return state->stopped(); });
                state->end();
                if (state->stopped() || attempt.outcome == Outcome::Ended)
                    return;
                if (attempt.error && onError)
                    onError(*attempt.error);
                if (attempt.outcome == Outcome::GiveUp)
                    return;
                if (attempt.progressed)
                    backoff = endpoint.reconnectMin;
                if (!state->awaitConnection(*channel, backoff))
                    return;
                backoff = std::min(backoff * 2, endpoint.reconnectMax);
            }
        });
    }

    ~RetryingStream() override
    {
        m_state->stop();
        if (m_thread.get_id() == std::this_thread::get_id())
            m_thread.detach(); // destroyed from its own callback: it ends by itself
        else if (m_thread.joinable())
            m_thread.join();
    }

private:
    struct State
    {
        std::mutex mutex;
        std::condition_variable wake;
        bool stop_ = false;
        std::shared_ptr<grpc::ClientContext> context; // the call in flight

        bool stopped()
        {
            std::lock_guard lock(mutex);
            return stop_;
        }
        bool begin(std::shared_ptr<grpc::ClientContext> c)
        {
            std::lock_guard lock(mutex);
            context = std::move(c);
            return !stop_;
        }
        void end()
        {
            std::lock_guard lock(mutex);
            context.reset();
        }
        // The back-off between attempts, spent driving the channel's
        // reconnection (the next attempt starts early once it is up):
        // with attempts failing fast while the channel is down, nothing
        // else polls a new connection's TLS handshake but gRPC's 5-second
        // backup poller, and a restarted Fabric peer, which times a
        // handshake out after 5 s, stayed unreachable for minutes. Slices
        // of 100 ms keep a stop prompt. False once stopped.
        bool awaitConnection(grpc::Channel &channel, std::chrono::milliseconds d)
        {
            // Connected (the peer itself answered the failure): just wait.
            if (channel.GetState(false) == GRPC_CHANNEL_READY) {
                std::unique_lock lock(mutex);
                return !wake.wait_for(lock, d, [this] { return stop_; });
            }
            const auto until = std::chrono::steady_clock::now() + d;
            while (!stopped()) {
                const auto left = until - std::chrono::steady_clock::now();
                if (left <= std::chrono::steady_clock::duration::zero())
                    return true;
                const auto slice = std::min<std::chrono::steady_clock::duration>(left, std::chrono::milliseconds(100));
                if (channel.WaitForConnected(std::chrono::system_clock::now() + slice))
                    return !stopped();
            }
            return false;
        }
        void stop()
        {
            std::lock_guard lock(mutex);
            stop_ = true;
            if (context)
                context->TryCancel();
            wake.notify_all();
        }
    };
    std::shared_ptr<State> m_state;
    std::thread m_thread;
};

// A broken stream as the error it is: the transport's (Unavailable, retried)
// or the service's refusal (Rejected, final).
RetryingStream::Attempt broken(const grpc::Status &status, const std::string &what, bool progressed)
{
    RetryingStream::Attempt a;
    a.progressed = progressed;
    switch (status.error_code()) {
    case grpc::StatusCode::OK:
    case grpc::StatusCode::UNAVAILABLE:
    case grpc::StatusCode::DEADLINE_EXCEEDED:
    case grpc::StatusCode::CANCELLED:
    case grpc::StatusCode::INTERNAL:
    case grpc::StatusCode::UNKNOWN:
    case grpc::StatusCode::RESOURCE_EXHAUSTED:
    case grpc::StatusCode::ABORTED:
        a.outcome = RetryingStream::Outcome::Retry;
        a.error = LedgerError(LedgerError::Kind::Unavailable, "PEER_UNAVAILABLE",
            what + " broke; reconnecting: "
                + (status.ok() ? std::string("the peer closed the stream") : status.error_message()));
        break;
    default:
        a.outcome = RetryingStream::Outcome::GiveUp;
        a.error = LedgerError(LedgerError::Kind::Rejected, "STREAM_REFUSED", what + ": " + status.error_message());
    }
    return a;
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
        // Back to a peer that returns within seconds, not gRPC's default of
        // up to two minutes; pings rarer than a Fabric peer's minimum
        // interval (60 s) find a silently dead connection.
        args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, int(endpoint.reconnectMin.count()));
        args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, int(endpoint.reconnectMax.count()));
        args.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, 120000);
        args.SetInt(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 20000);
        m_channel = grpc::CreateCustomChannel(endpoint.address, credentials, args);
        m_stub = gateway::Gateway::NewStub(m_channel);
        m_deliver = protos::Deliver::NewStub(m_channel);
    }

    // A query goes to a peer of the signer's own organization unless the
    // request names others: left to choose, the gateway takes its own
    // organization's peer, which cannot read another bank's drafts.
    gateway::EvaluateResponse evaluate(const gateway::EvaluateRequest &request) override
    {
        gateway::EvaluateRequest targeted;
        const gateway::EvaluateRequest *send = &request;
        if (request.target_organizations().empty()) {
            if (const std::string msp = creatorMspId(request.proposed_transaction()); !msp.empty()) {
                targeted = request;
                targeted.add_target_organizations(msp);
                send = &targeted;
            }
        }
        gateway::EvaluateResponse response;
        call("evaluate", m_endpoint.callTimeout,
            [&](grpc::ClientContext &c) { return m_stub->Evaluate(&c, *send, &response); });
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

    // The peer's Deliver service: one signed seek per connection, blocks
    // until the stream breaks; then again from the block after the last one
    // delivered, with a fresh signature.
    std::unique_ptr<Subscription> deliver(std::uint64_t fromHeight, SignedSeek seek,
        std::function<void(const common::Block &)> onBlock, StreamError onError) override
    {
        auto next = std::make_shared<std::uint64_t>(fromHeight);
        auto run = [stub = m_deliver, seek = std::move(seek), onBlock = std::move(onBlock), next](
                       grpc::ClientContext &context, const std::function<bool()> &stopped) {
            auto stream = stub->Deliver(&context);
            bool progressed = false;
            std::optional<common::Status> closing;
            if (stream->Write(seek(*next))) {
                stream->WritesDone();
                protos::DeliverResponse response;
                while (stream->Read(&response) && !stopped()) {
                    if (response.has_block()) {
                        // A block already delivered (a server resuming
                        // early) is not delivered twice.
                        if (response.block().header().number() < *next)
                            continue;
                        onBlock(response.block());
                        *next = response.block().header().number() + 1;
                        progressed = true;
                    } else if (response.Type_case() == protos::DeliverResponse::kStatus) {
                        closing = response.status();
                    }
                }
            }
            const grpc::Status status = stream->Finish();
            if (closing && *closing == common::SUCCESS)
                return RetryingStream::Attempt { RetryingStream::Outcome::Ended, std::nullopt, progressed };
            if (closing && *closing != common::SERVICE_UNAVAILABLE) {
                RetryingStream::Attempt a;
                a.outcome = RetryingStream::Outcome::GiveUp;
                a.progressed = progressed;
                a.error = LedgerError(LedgerError::Kind::Rejected, "DELIVER_REFUSED",
                    "the peer refused to deliver blocks from " + std::to_string(*next) + ": "
                        + common::Status_Name(*closing));
                return a;
            }
            return broken(status, "the block stream", progressed);
        };
        return std::make_unique<RetryingStream>(m_endpoint, m_channel, std::move(run), std::move(onError));
    }

    // gateway.ChaincodeEvents: resumes after the last block with events.
    std::unique_ptr<Subscription> chaincodeEvents(std::uint64_t fromHeight, SignedEventsRequest request,
        std::function<void(const gateway::ChaincodeEventsResponse &)> onEvents, StreamError onError) override
    {
        auto next = std::make_shared<std::uint64_t>(fromHeight);
        auto run = [stub = m_stub, request = std::move(request), onEvents = std::move(onEvents), next](
                       grpc::ClientContext &context, const std::function<bool()> &stopped) {
            auto stream = stub->ChaincodeEvents(&context, request(*next));
            bool progressed = false;
            gateway::ChaincodeEventsResponse response;
            while (stream->Read(&response) && !stopped()) {
                if (response.block_number() < *next)
                    continue;
                onEvents(response);
                *next = response.block_number() + 1;
                progressed = true;
            }
            return broken(stream->Finish(), "the chaincode event stream", progressed);
        };
        return std::make_unique<RetryingStream>(m_endpoint, m_channel, std::move(run), std::move(onError));
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
    std::shared_ptr<gateway::Gateway::Stub> m_stub;
    std::shared_ptr<grpc::Channel> m_channel;
    std::shared_ptr<protos::Deliver::Stub> m_deliver;
};

} // namespace

std::shared_ptr<Ledger> openFabricGateway(const FabricPeerEndpoint &endpoint)
{
    return std::make_shared<FabricGateway>(endpoint);
}

} // namespace lx::client

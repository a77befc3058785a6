// The Fabric backend's long-lived streams against in-process servers that
// behave as a Fabric 2.5 peer does: protos.Deliver reads one signed seek and
// streams blocks from its start (then waits for new ones), or closes with a
// status; gateway.ChaincodeEvents streams one response per block with events.
// The peer "going down" is a stream ended with UNAVAILABLE, or no server.

#include "ledgerclient/FabricGateway.h"

#include "orderer/ab.pb.h"

#include "gateway/gateway.grpc.pb.h"
#include "peer/events.grpc.pb.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

using namespace lx;
using namespace std::chrono_literals;
using client::LedgerError;

namespace {

std::uint64_t startOf(const common::Envelope &envelope)
{
    common::Payload payload;
    orderer::SeekInfo seek;
    if (!payload.ParseFromString(envelope.payload()) || !seek.ParseFromString(payload.data()))
        return UINT64_MAX;
    return seek.start().specified().number();
}

// A seek "signed" for a height: what the client would sign.
common::Envelope seekFor(std::uint64_t from)
{
    orderer::SeekInfo seek;
    seek.mutable_start()->mutable_specified()->set_number(from);
    common::Payload payload;
    payload.set_data(seek.SerializeAsString());
    common::Envelope envelope;
    envelope.set_payload(payload.SerializeAsString());
    envelope.set_signature("signed for " + std::to_string(from));
    return envelope;
}

class FakePeer final : public protos::Deliver::Service, public gateway::Gateway::Service
{
public:
    std::mutex mutex;
    std::uint64_t height = 6; // blocks 0..5
    int breakAfter = -1; // end the next stream with UNAVAILABLE after so many blocks
    common::Status refuse = common::UNKNOWN; // UNKNOWN: serve
    std::vector<std::uint64_t> starts; // every stream's start height

    grpc::Status Deliver(grpc::ServerContext *context,
        grpc::ServerReaderWriter<protos::DeliverResponse, common::Envelope> *stream) override
    {
        common::Envelope envelope;
        if (!stream->Read(&envelope))
            return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "no seek");
        std::uint64_t next = startOf(envelope);
        int allowed;
        {
            std::lock_guard lock(mutex);
            starts.push_back(next);
            allowed = breakAfter;
            breakAfter = -1;
            if (refuse != common::UNKNOWN) {
                protos::DeliverResponse status;
                status.set_status(refuse);
                stream->Write(status);
                return grpc::Status::OK;
            }
        }
        while (!context->IsCancelled()) {
            bool have;
            {
                std::lock_guard lock(mutex);
                have = next < height;
            }
            if (!have) {
                std::this_thread::sleep_for(5ms); // live: wait for the next block
                continue;
            }
            if (allowed == 0)
                return grpc::Status(grpc::StatusCode::UNAVAILABLE, "peer going down");
            protos::DeliverResponse block;
            block.mutable_block()->mutable_header()->set_number(next++);
            if (!stream->Write(block))
                break;
            if (allowed > 0)
                --allowed;
        }
        return grpc::Status::CANCELLED;
    }

    grpc::Status ChaincodeEvents(grpc::ServerContext *context, const gateway::SignedChaincodeEventsRequest *request,
        grpc::ServerWriter<gateway::ChaincodeEventsResponse> *writer) override
    {
        gateway::ChaincodeEventsRequest r;
        r.ParseFromString(request->request());
        std::uint64_t next = r.start_position().specified().number();
        int allowed;
        {
            std::lock_guard lock(mutex);
            starts.push_back(next);
            allowed = breakAfter;
            breakAfter = -1;
        }
        // Events in every other block.
        for (; !context->IsCancelled(); ++next) {
            bool have;
            {
                std::lock_guard lock(mutex);
                have = next < height;
            }
            if (!have) {
                std::this_thread::sleep_for(5ms);
                --next;
                continue;
            }
            if (next % 2 == 1)
                continue;
            if (allowed == 0)
                return grpc::Status(grpc::StatusCode::UNAVAILABLE, "peer going down");
            gateway::ChaincodeEventsResponse response;
            response.set_block_number(next);
            response.add_events()->set_event_name("Issued" + std::to_string(next));
            if (!writer->Write(response))
                break;
            if (allowed > 0)
                --allowed;
        }
        return grpc::Status::CANCELLED;
    }
};

// Collects what a stream delivers, and waits for it.
struct Seen
{
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<std::uint64_t> numbers;
    std::vector<LedgerError> errors;
    std::vector<std::uint64_t> signedFor;

    void block(std::uint64_t n)
    {
        std::lock_guard lock(mutex);
        numbers.push_back(n);
        changed.notify_all();
    }
    void error(const LedgerError &e)
    {
        std::lock_guard lock(mutex);
        errors.push_back(e);
        changed.notify_all();
    }
    template<typename Pred> bool waitFor(Pred pred, std::chrono::milliseconds timeout = 5000ms)
    {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, timeout, [&] { return pred(); });
    }
};

class FabricStreamsTest : public ::testing::Test
{
protected:
    void SetUp() override { start(0); }
    void TearDown() override
    {
        if (m_server)
            m_server->Shutdown(std::chrono::system_clock::now() + 1s);
    }
    void start(int port)
    {
        grpc::ServerBuilder builder;
        builder.AddListeningPort("127.0.0.1:" + std::to_string(port), grpc::InsecureServerCredentials(), &m_port);
        builder.RegisterService(static_cast<protos::Deliver::Service *>(&m_peer));
        builder.RegisterService(static_cast<gateway::Gateway::Service *>(&m_peer));
        m_server = builder.BuildAndStart();
        ASSERT_TRUE(m_server);
        ASSERT_GT(m_port, 0);
    }
    std::shared_ptr<client::Ledger> ledger()
    {
        client::FabricPeerEndpoint endpoint;
        endpoint.address = "127.0.0.1:" + std::to_string(m_port);
        endpoint.reconnectMin = 20ms;
        endpoint.reconnectMax = 100ms;
        return client::openFabricGateway(endpoint);
    }
    std::unique_ptr<client::Subscription> blocks(client::Ledger &l, Seen &seen, std::uint64_t from)
    {
        return l.deliver(
            from,
            [&seen](std::uint64_t height) {
                std::lock_guard lock(seen.mutex);
                seen.signedFor.push_back(height);
                return seekFor(height);
            },
            [&seen](const common::Block &b) { seen.block(b.header().number()); },
            [&seen](const LedgerError &e) { seen.error(e); });
    }

    FakePeer m_peer;
    int m_port = 0;
    std::unique_ptr<grpc::Server> m_server;
};

} // namespace

TEST_F(FabricStreamsTest, BlocksFromTheStartThenLiveEachOnce)
{
    auto l = ledger();
    Seen seen;
    auto stream = blocks(*l, seen, 2);
    ASSERT_TRUE(seen.waitFor([&] { return seen.numbers.size() == 4; }));
    {
        std::lock_guard lock(m_peer.mutex);
        m_peer.height = 8;
    }
    ASSERT_TRUE(seen.waitFor([&] { return seen.numbers.size() == 6; }));
    stream.reset();
    EXPECT_EQ(seen.numbers, (std::vector<std::uint64_t> { 2, 3, 4, 5, 6, 7 }));
    EXPECT_TRUE(seen.errors.empty());
    EXPECT_EQ(seen.signedFor, std::vector<std::uint64_t> { 2 });
}

TEST_F(FabricStreamsTest, ABrokenStreamResumesAfterTheLastBlockWithAFreshSignature)
{
    {
        std::lock_guard lock(m_peer.mutex);
        m_peer.breakAfter = 2;
    }
    auto l = ledger();
    Seen seen;
    auto stream = blocks(*l, seen, 1);
    ASSERT_TRUE(seen.waitFor([&] { return seen.numbers.size() == 5; }));
    stream.reset();
    EXPECT_EQ(seen.numbers, (std::vector<std::uint64_t> { 1, 2, 3, 4, 5 }));
    ASSERT_EQ(seen.errors.size(), 1u);
    EXPECT_EQ(seen.errors[0].kind(), LedgerError::Kind::Unavailable);
    EXPECT_EQ(seen.errors[0].reasonCode(), "PEER_UNAVAILABLE");
    EXPECT_NE(std::string(seen.errors[0].what()).find("peer going down"), std::string::npos);
    EXPECT_EQ(seen.signedFor, (std::vector<std::uint64_t> { 1, 3 }));
    std::lock_guard lock(m_peer.mutex);
    EXPECT_EQ(m_peer.starts, (std::vector<std::uint64_t> { 1, 3 }));
}

TEST_F(FabricStreamsTest, ARefusalIsReportedOnceAndEndsTheStream)
{
    {
        std::lock_guard lock(m_peer.mutex);
        m_peer.refuse = common::FORBIDDEN;
    }
    auto l = ledger();
    Seen seen;
    auto stream = blocks(*l, seen, 0);
    ASSERT_TRUE(seen.waitFor([&] { return !seen.errors.empty(); }));
    std::this_thread::sleep_for(300ms); // several back-offs: no second attempt
    stream.reset();
    ASSERT_EQ(seen.errors.size(), 1u);
    EXPECT_EQ(seen.errors[0].kind(), LedgerError::Kind::Rejected);
    EXPECT_EQ(seen.errors[0].reasonCode(), "DELIVER_REFUSED");
    EXPECT_NE(std::string(seen.errors[0].what()).find("FORBIDDEN"), std::string::npos);
    EXPECT_TRUE(seen.numbers.empty());
    EXPECT_EQ(seen.signedFor.size(), 1u);
}

TEST_F(FabricStreamsTest, APeerThatComesBackIsReconnectedTo)
{
    const int port = m_port;
    m_server->Shutdown();
    m_server.reset();
    auto l = ledger();
    Seen seen;
    auto stream = blocks(*l, seen, 0);
    ASSERT_TRUE(seen.waitFor([&] { return seen.errors.size() >= 2; })) << "no retries while the peer is down";
    start(port);
    ASSERT_EQ(m_port, port);
    ASSERT_TRUE(seen.waitFor([&] { return seen.numbers.size() == 6; }, 10000ms));
    stream.reset();
    EXPECT_EQ(seen.numbers, (std::vector<std::uint64_t> { 0, 1, 2, 3, 4, 5 }));
    for (const LedgerError &e : seen.errors)
        EXPECT_EQ(e.kind(), LedgerError::Kind::Unavailable) << e.what();
}

TEST_F(FabricStreamsTest, DroppingASubscriptionStopsItPromptly)
{
    auto l = ledger();
    Seen seen;
    auto stream = blocks(*l, seen, 0);
    ASSERT_TRUE(seen.waitFor([&] { return seen.numbers.size() == 6; }));
    const auto t0 = std::chrono::steady_clock::now();
    stream.reset(); // the server is waiting for block 6
    EXPECT_LT(std::chrono::steady_clock::now() - t0, 1000ms);
    // Dropped from its own callback: no deadlock, no crash.
    Seen again;
    std::unique_ptr<client::Subscription> self;
    std::mutex selfMutex;
    {
        std::lock_guard lock(selfMutex);
        self = l->deliver(
            0, seekFor,
            [&](const common::Block &b) {
                again.block(b.header().number());
                if (b.header().number() == 1) {
                    std::lock_guard inner(selfMutex);
                    self.reset();
                }
            },
            {});
    }
    ASSERT_TRUE(again.waitFor([&] { return again.numbers.size() == 2; }));
    std::this_thread::sleep_for(100ms);
    std::lock_guard lock(again.mutex);
    EXPECT_EQ(again.numbers.size(), 2u);
}

TEST_F(FabricStreamsTest, ChaincodeEventsResumeAfterTheLastBlockWithEvents)
{
    {
        std::lock_guard lock(m_peer.mutex);
        m_peer.breakAfter = 1;
    }
    auto l = ledger();
    Seen seen;
    std::vector<std::string> names;
    auto stream = l->chaincodeEvents(
        0,
        [&seen](std::uint64_t from) {
            std::lock_guard lock(seen.mutex);
            seen.signedFor.push_back(from);
            gateway::ChaincodeEventsRequest request;
            request.mutable_start_position()->mutable_specified()->set_number(from);
            gateway::SignedChaincodeEventsRequest signedRequest;
            signedRequest.set_request(request.SerializeAsString());
            return signedRequest;
        },
        [&](const gateway::ChaincodeEventsResponse &r) {
            {
                std::lock_guard lock(seen.mutex);
                names.push_back(r.events(0).event_name());
            }
            seen.block(r.block_number());
        },
        [&seen](const LedgerError &e) { seen.error(e); });
    ASSERT_TRUE(seen.waitFor([&] { return seen.numbers.size() == 3; }));
    stream.reset();
    EXPECT_EQ(seen.numbers, (std::vector<std::uint64_t> { 0, 2, 4 }));
    EXPECT_EQ(names, (std::vector<std::string> { "Issued0", "Issued2", "Issued4" }));
    ASSERT_EQ(seen.errors.size(), 1u);
    EXPECT_EQ(seen.errors[0].reasonCode(), "PEER_UNAVAILABLE");
    EXPECT_EQ(seen.signedFor, (std::vector<std::uint64_t> { 0, 1 }));
}

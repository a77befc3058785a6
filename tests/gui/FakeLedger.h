#pragma once

#include "ledgerclient/Ledger.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace lx::test {

// A Ledger that answers chain-info queries and delivers blocks it makes up,
// from its own thread, as fast as a test asks. Enough for the ledger status
// model; endorsing and submitting are not served.
class FakeLedger : public client::Ledger
{
public:
    explicit FakeLedger(const std::vector<std::string> &channels);
    ~FakeLedger() override;

    // Commits count blocks on channel, one every intervalMs, on a producer
    // thread; returns at once.
    void produceBlocks(const std::string &channel, int count, int intervalMs);
    std::uint64_t height(const std::string &channel) const;
    // A peer going away and coming back: while unreachable every query
    // fails as Unavailable ("PEER_UNAVAILABLE") and each block stream hears
    // of it once through its onError, as FabricGateway's streams do; the
    // streams stay and deliver again when it is back.
    void setReachable(bool reachable);
    // What the registry contract's ListMembers answers (trust channel).
    void setMemberList(std::string memberList);

    gateway::EvaluateResponse evaluate(const gateway::EvaluateRequest &request) override;
    gateway::EndorseResponse endorse(const gateway::EndorseRequest &request) override;
    void submit(const gateway::SubmitRequest &request) override;
    gateway::CommitStatusResponse commitStatus(const gateway::SignedCommitStatusRequest &request) override;
    std::unique_ptr<client::Subscription> deliver(std::uint64_t fromHeight, SignedSeek seek,
        std::function<void(const common::Block &)> onBlock, StreamError onError) override;
    std::unique_ptr<client::Subscription> chaincodeEvents(std::uint64_t fromHeight, SignedEventsRequest request,
        std::function<void(const gateway::ChaincodeEventsResponse &)> onEvents, StreamError onError) override;

private:
    struct Subscriber
    {
        std::string channel;
        std::function<void(const common::Block &)> onBlock;
        StreamError onError;
    };
    class FakeSubscription;
    void unsubscribe(int id);

    mutable std::mutex m_mutex;
    std::map<std::string, std::uint64_t> m_heights;
    std::map<int, Subscriber> m_subscribers;
    int m_nextId = 0;
    bool m_reachable = true;
    std::string m_memberList;
    std::vector<std::thread> m_producers;
};

} // namespace lx::test

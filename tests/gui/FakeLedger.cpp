#include "FakeLedger.h"

#include "common/ledger.pb.h"
#include "peer/chaincode.pb.h"
#include "peer/proposal.pb.h"

#include <chrono>
#include <stdexcept>

namespace lx::test {

class FakeLedger::FakeSubscription : public client::Subscription
{
public:
    FakeSubscription(FakeLedger &ledger, int id) : m_ledger(ledger), m_id(id) { }
    ~FakeSubscription() override { m_ledger.unsubscribe(m_id); }

private:
    FakeLedger &m_ledger;
    int m_id;
};

FakeLedger::FakeLedger(const std::vector<std::string> &channels)
{
    for (const auto &channel : channels)
        m_heights[channel] = 1; // the genesis block
}

FakeLedger::~FakeLedger()
{
    for (auto &producer : m_producers)
        producer.join();
}

void FakeLedger::produceBlocks(const std::string &channel, int count, int intervalMs)
{
    m_producers.emplace_back([this, channel, count, intervalMs]() {
        for (int i = 0; i < count; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(intervalMs));
            // Under the lock: a subscription's destructor waits for a
            // delivery in progress, as a real backend's would.
            const std::lock_guard lock(m_mutex);
            common::Block block;
            block.mutable_header()->set_number(m_heights[channel]++);
            for (const auto &[id, subscriber] : m_subscribers) {
                if (subscriber.channel == channel)
                    subscriber.onBlock(block);
            }
        }
    });
}

std::uint64_t FakeLedger::height(const std::string &channel) const
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_heights.find(channel);
    return it == m_heights.end() ? 0 : it->second;
}

void FakeLedger::setReachable(bool reachable)
{
    std::vector<StreamError> toTell;
    {
        const std::lock_guard lock(m_mutex);
        if (m_reachable == reachable)
            return;
        m_reachable = reachable;
        if (!reachable) {
            for (const auto &[id, subscriber] : m_subscribers) {
                if (subscriber.onError)
                    toTell.push_back(subscriber.onError);
            }
        }
    }
    const client::LedgerError error(
        client::LedgerError::Kind::Unavailable, "PEER_UNAVAILABLE", "peer 127.0.0.1:1: connection refused");
    for (const auto &onError : toTell)
        onError(error);
}

void FakeLedger::setMemberList(std::string memberList)
{
    const std::lock_guard lock(m_mutex);
    m_memberList = std::move(memberList);
}

gateway::EvaluateResponse FakeLedger::evaluate(const gateway::EvaluateRequest &request)
{
    {
        const std::lock_guard lock(m_mutex);
        if (!m_reachable)
            throw client::LedgerError(
                client::LedgerError::Kind::Unavailable, "PEER_UNAVAILABLE", "peer 127.0.0.1:1: connection refused");
    }
    // Which contract: the proposal's chaincode ID.
    protos::Proposal proposal;
    protos::ChaincodeProposalPayload payload;
    protos::ChaincodeInvocationSpec invocation;
    if (proposal.ParseFromString(request.proposed_transaction().proposal_bytes())
        && payload.ParseFromString(proposal.payload()) && invocation.ParseFromString(payload.input())
        && invocation.chaincode_spec().chaincode_id().name() == "registry") {
        const std::lock_guard lock(m_mutex);
        gateway::EvaluateResponse response;
        response.mutable_result()->set_status(200);
        response.mutable_result()->set_payload(m_memberList);
        return response;
    }
    const std::uint64_t blocks = height(request.channel_id());
    common::BlockchainInfo info;
    info.set_height(blocks);
    info.set_currentblockhash(std::string(32, static_cast<char>(blocks & 0xff)));
    gateway::EvaluateResponse response;
    response.mutable_result()->set_status(200);
    response.mutable_result()->set_payload(info.SerializeAsString());
    return response;
}

gateway::EndorseResponse FakeLedger::endorse(const gateway::EndorseRequest &)
{
    throw std::logic_error("FakeLedger does not endorse");
}

void FakeLedger::submit(const gateway::SubmitRequest &)
{
    throw std::logic_error("FakeLedger does not order");
}

gateway::CommitStatusResponse FakeLedger::commitStatus(const gateway::SignedCommitStatusRequest &)
{
    throw std::logic_error("FakeLedger does not commit");
}

std::unique_ptr<client::Subscription> FakeLedger::deliver(
    std::uint64_t fromHeight, SignedSeek seek, std::function<void(const common::Block &)> onBlock, StreamError onError)
{
    const common::Envelope seekInfo = seek(fromHeight);
    common::Payload payload;
    common::ChannelHeader header;
    if (!payload.ParseFromString(seekInfo.payload()) || !header.ParseFromString(payload.header().channel_header()))
        throw std::invalid_argument("FakeLedger: bad seek envelope");
    const std::lock_guard lock(m_mutex);
    const int id = m_nextId++;
    m_subscribers[id] = Subscriber { header.channel_id(), std::move(onBlock), std::move(onError) };
    return std::make_unique<FakeSubscription>(*this, id);
}

std::unique_ptr<client::Subscription> FakeLedger::chaincodeEvents(
    std::uint64_t, SignedEventsRequest, std::function<void(const gateway::ChaincodeEventsResponse &)>, StreamError)
{
    throw std::logic_error("FakeLedger has no chaincode events");
}

void FakeLedger::unsubscribe(int id)
{
    const std::lock_guard lock(m_mutex);
    m_subscribers.erase(id);
}

} // namespace lx::test

#include "ledgerclient/EmbeddedLedger.h"

#include "ledger/Consortium.h"
#include "ledger/LedgerError.h"

#include "orderer/ab.pb.h"
#include "peer/transaction.pb.h"

#include <atomic>
#include <thread>

namespace lx::client {

namespace {

LedgerError translate(const ledger::LedgerError &e)
{
    switch (e.kind()) {
    case ledger::LedgerError::Kind::Unavailable:
        return LedgerError(LedgerError::Kind::Unavailable, e.reasonCode(), e.what());
    case ledger::LedgerError::Kind::DataInvalid:
        return LedgerError(LedgerError::Kind::DataInvalid, e.reasonCode(), e.what());
    default:
        return LedgerError(LedgerError::Kind::Rejected, e.reasonCode(), e.what());
    }
}

template<typename F> auto guarded(F &&f) -> decltype(f())
{
    try {
        return f();
    } catch (const ledger::LedgerError &e) {
        throw translate(e);
    }
}

// A stream of blocks from one channel, served on its own thread: it reads
// the block store up to the tip, then waits for each new block, so there is
// no gap between history and live blocks. The thread owns what it uses (the
// stop flag, the consortium that keeps the channel alive), so a stream
// destroyed from its own callback detaches without leaving the thread
// reading freed memory.
class BlockStream : public Subscription
{
public:
    BlockStream(std::shared_ptr<ledger::Consortium> consortium, ledger::Channel &channel, std::uint64_t from,
        std::uint64_t to, std::function<void(const common::Block &)> onBlock)
    {
        m_thread = std::thread(
            [stop = m_stop, consortium = std::move(consortium), &channel, from, to, onBlock = std::move(onBlock)] {
                for (std::uint64_t next = from; !*stop && next <= to;) {
                    if (next < channel.height()) {
                        if (const auto block = channel.blocks().block(next))
                            onBlock(*block);
                        ++next;
                    } else {
                        channel.waitForHeight(next, std::chrono::milliseconds(100));
                    }
                }
            });
    }
    ~BlockStream() override
    {
        *m_stop = true;
        if (m_thread.get_id() == std::this_thread::get_id())
            m_thread.detach(); // destroyed from its own callback: it ends by itself
        else if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    std::thread m_thread;
};

class EmbeddedLedger : public Ledger
{
public:
    EmbeddedLedger(const std::filesystem::path &dir, ledger::Access access)
        : m_consortium(
            guarded([&] { return std::make_shared<ledger::Consortium>(dir, ledger::OrdererSettings {}, access); }))
    {
        m_consortium->installStandardContracts();
    }

    gateway::EvaluateResponse evaluate(const gateway::EvaluateRequest &request) override
    {
        return guarded([&] {
            gateway::EvaluateResponse response;
            *response.mutable_result() = m_consortium->evaluate(request.proposed_transaction());
            return response;
        });
    }

    gateway::EndorseResponse endorse(const gateway::EndorseRequest &request) override
    {
        return guarded([&] {
            std::vector<std::string> orgs(
                request.endorsing_organizations().begin(), request.endorsing_organizations().end());
            ledger::Endorsed endorsed = m_consortium->endorse(request.proposed_transaction(), orgs);
            // As a Fabric gateway: a contract's rejection fails the call.
            if (endorsed.result.status() >= 400)
                throw rejectionOf(endorsed.result);
            gateway::EndorseResponse response;
            *response.mutable_prepared_transaction() = std::move(endorsed.preparedTransaction);
            return response;
        });
    }

    void submit(const gateway::SubmitRequest &request) override
    {
        guarded([&] {
            m_consortium->submit(request.prepared_transaction());
            return 0;
        });
    }

    gateway::CommitStatusResponse commitStatus(const gateway::SignedCommitStatusRequest &signedRequest) override
    {
        return guarded([&] {
            gateway::CommitStatusRequest request;
            if (!request.ParseFromString(signedRequest.request()))
                throw LedgerError(LedgerError::Kind::Rejected, "REQUEST_MALFORMED", "commit status request malformed");
            ledger::Channel &channel = m_consortium->channel(request.channel_id());
            const auto identity = channel.msps()->identity(request.identity());
            if (!identity || !identity->publicKey.verify(signedRequest.request(), signedRequest.signature()))
                throw LedgerError(LedgerError::Kind::Rejected, "BAD_SIGNATURE",
                    "The commit status request is not signed by a member of the channel.");
            const auto result = channel.waitForCommit(request.transaction_id(), std::chrono::seconds(60));
            if (!result)
                throw LedgerError(LedgerError::Kind::Unavailable, "COMMIT_TIMEOUT",
                    "Transaction " + request.transaction_id() + " was not committed within 60 s.");
            gateway::CommitStatusResponse response;
            response.set_result(static_cast<protos::TxValidationCode>(result->validationCode));
            response.set_block_number(result->blockNumber);
            return response;
        });
    }

    // In-process: nothing breaks, so the request is signed once.
    std::unique_ptr<Subscription> deliver(std::uint64_t fromHeight, SignedSeek signSeek,
        std::function<void(const common::Block &)> onBlock, StreamError) override
    {
        const common::Envelope envelope = signSeek(fromHeight);
        return guarded([&]() -> std::unique_ptr<Subscription> {
            common::Payload payload;
            common::ChannelHeader channelHeader;
            common::SignatureHeader signatureHeader;
            orderer::SeekInfo seek;
            if (!payload.ParseFromString(envelope.payload())
                || !channelHeader.ParseFromString(payload.header().channel_header())
                || !signatureHeader.ParseFromString(payload.header().signature_header())
                || channelHeader.type() != common::DELIVER_SEEK_INFO || !seek.ParseFromString(payload.data()))
                throw LedgerError(LedgerError::Kind::Rejected, "REQUEST_MALFORMED", "deliver request malformed");
            ledger::Channel &channel = m_consortium->channel(channelHeader.channel_id());
            const auto identity = channel.msps()->identity(signatureHeader.creator());
            if (!identity || !identity->publicKey.verify(envelope.payload(), envelope.signature()))
                throw LedgerError(LedgerError::Kind::Rejected, "BAD_SIGNATURE",
                    "The deliver request is not signed by a member of the channel.");
            const auto position = [&](const orderer::SeekPosition &p, std::uint64_t fallback) {
                if (p.has_specified())
                    return p.specified().number();
                if (p.has_oldest())
                    return std::uint64_t { 0 };
                if (p.has_newest())
                    return channel.height() > 0 ? channel.height() - 1 : 0;
                return fallback;
            };
            const std::uint64_t from = position(seek.start(), channel.height());
            const std::uint64_t to = seek.has_stop() ? position(seek.stop(), UINT64_MAX) : UINT64_MAX;
            return std::make_unique<BlockStream>(m_consortium, channel, from, to, std::move(onBlock));
        });
    }

    std::unique_ptr<Subscription> chaincodeEvents(std::uint64_t fromHeight, SignedEventsRequest sign,
        std::function<void(const gateway::ChaincodeEventsResponse &)> onEvents, StreamError) override
    {
        const gateway::SignedChaincodeEventsRequest signedRequest = sign(fromHeight);
        return guarded([&]() -> std::unique_ptr<Subscription> {
            gateway::ChaincodeEventsRequest request;
            if (!request.ParseFromString(signedRequest.request()))
                throw LedgerError(LedgerError::Kind::Rejected, "REQUEST_MALFORMED", "events request malformed");
            ledger::Channel &channel = m_consortium->channel(request.channel_id());
            const auto identity = channel.msps()->identity(request.identity());
            if (!identity || !identity->publicKey.verify(signedRequest.request(), signedRequest.signature()))
                throw LedgerError(LedgerError::Kind::Rejected, "BAD_SIGNATURE",
                    "The events request is not signed by a member of the channel.");
            const std::uint64_t from = request.start_position().has_specified()
                ? request.start_position().specified().number()
                : channel.height();
            const std::string chaincode = request.chaincode_id();
            const std::string channelId = channel.id();
            auto onBlock = [chaincode, channelId, onEvents = std::move(onEvents)](const common::Block &block) {
                gateway::ChaincodeEventsResponse response;
                response.set_block_number(block.header().number());
                const Bytes &filter = block.metadata().metadata(common::TRANSACTIONS_FILTER);
                for (int i = 0; i < block.data().data_size(); ++i) {
                    if (static_cast<std::size_t>(i) >= filter.size() || filter[static_cast<std::size_t>(i)] != 0)
                        continue;
                    const auto tx = ledger::parseTransaction(block.data().data(i), channelId, nullptr, nullptr);
                    if (tx.event && tx.event->chaincode_id() == chaincode)
                        *response.add_events() = *tx.event;
                }
                if (response.events_size() > 0)
                    onEvents(response);
            };
            return std::make_unique<BlockStream>(m_consortium, channel, from, UINT64_MAX, std::move(onBlock));
        });
    }

private:
    std::shared_ptr<ledger::Consortium> m_consortium;
};

} // namespace

std::shared_ptr<Ledger> openEmbeddedLedger(const std::filesystem::path &consortiumDir)
{
    return std::make_shared<EmbeddedLedger>(consortiumDir, ledger::Access::ReadWrite);
}

std::shared_ptr<Ledger> openEmbeddedLedgerForReading(const std::filesystem::path &consortiumDir)
{
    return std::make_shared<EmbeddedLedger>(consortiumDir, ledger::Access::ReadOnly);
}

} // namespace lx::client

#pragma once

#include "common/common.pb.h"
#include "gateway/gateway.pb.h"
#include "peer/proposal_response.pb.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

namespace lx::client {

// Errors the ledger answers with. Kinds map to the CLI's exit codes:
// Rejected 3, Unavailable 4, DataInvalid 5.
class LedgerError : public std::runtime_error
{
public:
    enum class Kind { Rejected, Unavailable, DataInvalid };
    LedgerError(Kind kind, std::string reasonCode, const std::string &message, int contractStatus = 0)
        : std::runtime_error(message)
        , m_kind(kind)
        , m_reasonCode(std::move(reasonCode))
        , m_contractStatus(contractStatus)
    {
    }
    Kind kind() const { return m_kind; }
    const std::string &reasonCode() const { return m_reasonCode; }
    // The contract's status (400 and up) when a contract refused; else 0.
    int contractStatus() const { return m_contractStatus; }

private:
    Kind m_kind;
    std::string m_reasonCode;
    int m_contractStatus = 0;
};

// A contract's answer of status 400 or more as the error it is: Rejected
// with the contract's reason code ("REASON_CODE: message" on the wire), or
// CONTRACT_ERROR when the message carries none; contractStatus() keeps the
// status. Backends throw it from endorse() as Fabric's gateway fails the
// call (the embedded one as well, so both mean the same).
LedgerError rejectionOf(const protos::Response &response);

// Cancels its stream when destroyed.
class Subscription
{
public:
    virtual ~Subscription() = default;
};

// The ledger as the workstation sees it: Fabric's Gateway service plus
// Deliver, with signed protobuf messages in and out. Everything arrives
// already signed by the user's identity on the client side. The embedded
// backend serves it in-process; a Fabric gateway backend maps it onto gRPC.
// Methods may block; callers keep them off the GUI thread. Callbacks run on
// a backend thread.
class Ledger
{
public:
    virtual ~Ledger() = default;

    virtual gateway::EvaluateResponse evaluate(const gateway::EvaluateRequest &request) = 0;
    virtual gateway::EndorseResponse endorse(const gateway::EndorseRequest &request) = 0;
    virtual void submit(const gateway::SubmitRequest &request) = 0;
    // Waits until the transaction is committed.
    virtual gateway::CommitStatusResponse commitStatus(const gateway::SignedCommitStatusRequest &request) = 0;

    // Streams sign their request for a start height: a backend asks again
    // to resume after a broken stream (Fabric refuses a seek signed long
    // ago), so it never holds a key and never replays a stale signature.
    // Deliver's request: an Envelope of type DELIVER_SEEK_INFO carrying
    // orderer.SeekInfo from that height on.
    using SignedSeek = std::function<common::Envelope(std::uint64_t fromHeight)>;
    using SignedEventsRequest = std::function<gateway::SignedChaincodeEventsRequest(std::uint64_t fromHeight)>;
    // Called on the stream's thread each time it breaks: an Unavailable
    // error while the backend retries, any other kind when it gives up.
    using StreamError = std::function<void(const LedgerError &)>;

    // Blocks from fromHeight on, then live, each once and in order.
    virtual std::unique_ptr<Subscription> deliver(std::uint64_t fromHeight, SignedSeek seek,
        std::function<void(const common::Block &)> onBlock, StreamError onError = {})
        = 0;
    // The chaincode events of each block from fromHeight on that has any.
    virtual std::unique_ptr<Subscription> chaincodeEvents(std::uint64_t fromHeight, SignedEventsRequest request,
        std::function<void(const gateway::ChaincodeEventsResponse &)> onEvents, StreamError onError = {})
        = 0;
};

} // namespace lx::client

#pragma once

#include "common/common.pb.h"
#include "gateway/gateway.pb.h"
#include "peer/proposal_response.pb.h"

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

    // Deliver: an Envelope of type DELIVER_SEEK_INFO carrying orderer.SeekInfo.
    virtual std::unique_ptr<Subscription> deliver(
        const common::Envelope &seekInfo, std::function<void(const common::Block &)> onBlock)
        = 0;
    virtual std::unique_ptr<Subscription> chaincodeEvents(const gateway::SignedChaincodeEventsRequest &request,
        std::function<void(const gateway::ChaincodeEventsResponse &)> onEvents)
        = 0;
};

} // namespace lx::client

#pragma once

#include "chaincode/Stub.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lx::chaincode {

// Fabric's shim statuses: 200 OK; 400 and up reject the proposal.
enum Status : std::int32_t {
    Ok = 200,
    BadRequest = 400,
    Forbidden = 403,
    NotFound = 404,
    Conflict = 409,
    InternalError = 500,
};

// A contract's answer. A rejection carries a stable reason code
// (e.g. "LC_WRONG_BANK") and an English message a person can act on; the UI
// translates by reason code. On the wire (protos.Response.message, which a
// real Fabric peer passes through too) it reads "REASON_CODE: message".
struct Response
{
    std::int32_t status = Ok;
    std::string reasonCode;
    std::string message;
    Bytes payload;

    static Response ok(Bytes payload = {});
    static Response reject(std::int32_t status, std::string reasonCode, std::string message);
    bool isOk() const { return status < 400; }
    std::string wireMessage() const;
    // The inverse of wireMessage(): a message that starts with a code
    // ("UPPER_CASE: ...") gives reasonCode and message; any other text is
    // the message alone (reasonCode empty).
    static Response fromWire(std::int32_t status, const std::string &message, Bytes payload = {});
};

// Which organizations' peers must endorse a call: every MSP ID in allOf.
// The ledger expresses it as Fabric's SignaturePolicyEnvelope (an AND of
// peer-role principals) when it validates.
struct EndorsementPolicy
{
    std::vector<std::string> allOf;
};

struct Invocation
{
    std::string function;
    std::vector<Bytes> args; // without the function name
    std::string creatorMspId;
};

// A contract: a pure function of (state reads, signed proposal) -> (writes,
// events, response). No I/O, no clocks, no randomness: every endorsing peer
// must compute the same result.
class Contract
{
public:
    virtual ~Contract() = default;

    virtual std::string name() const = 0;
    virtual Response invoke(Stub &stub) const = 0;
    // Deterministic from the invocation alone, so that validation at commit
    // can recompute it from the transaction.
    virtual EndorsementPolicy endorsementPolicy(const Invocation &invocation) const = 0;
    // Functions that only read; evaluating them never produces a transaction.
    virtual bool isQuery(const std::string &function) const = 0;
};

} // namespace lx::chaincode

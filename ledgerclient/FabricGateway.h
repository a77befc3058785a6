#pragma once

#include "ledgerclient/Ledger.h"

#include <chrono>
#include <memory>
#include <string>

namespace lx::client {

// Where a Fabric peer's Gateway service listens and how to trust it.
struct FabricPeerEndpoint
{
    std::string address; // "127.0.0.1:7051"
    std::string tlsCaPem; // the peer's TLS root certificate(s); empty: plaintext
    // Mutual TLS: the client's certificate and key, when the peer asks.
    std::string clientCertPem;
    std::string clientKeyPem;
    // Every unary call's deadline; commitStatus waits up to commitTimeout.
    std::chrono::milliseconds callTimeout { 30000 };
    std::chrono::milliseconds commitTimeout { 120000 };
    // After a failure, reconnect after reconnectMin, doubling up to
    // reconnectMax (the channel and the block and event streams).
    std::chrono::milliseconds reconnectMin { 250 };
    std::chrono::milliseconds reconnectMax { 10000 };
};

// The Ledger interface served by a real Fabric peer's gateway.Gateway over
// gRPC: Evaluate, Endorse, Submit and CommitStatus one to one. Requests
// arrive signed by the client (Client signs; this backend holds no key).
//
// An endorse request that names no organizations gets those of our
// contract's per-invocation policy (endorsingOrganizations), so the gateway
// endorses on exactly those peers, all at once; an evaluate request that
// names none goes to the signer's own organization (creatorMspId).
//
// Errors: a contract's rejection (the endorsers' "chaincode response 4xx,
// CODE: message") becomes LedgerError(Rejected, CODE); an unreachable peer
// or an expired deadline LedgerError(Unavailable, "PEER_UNAVAILABLE" |
// "PEER_TIMEOUT"); anything else the gateway refuses
// LedgerError(Rejected, "GATEWAY_REFUSED") with the gateway's text and each
// endorser's message.
//
// Blocks come from the peer's protos.Deliver service, chaincode events from
// gateway.ChaincodeEvents, each on its own thread. A stream that breaks is
// reported to its onError (Unavailable "PEER_UNAVAILABLE") and resumed after
// a back-off from the block after the last one delivered, with a request
// signed anew; a refusal (the service's status, e.g. FORBIDDEN for an
// identity the channel does not admit) is reported as Rejected
// ("DELIVER_REFUSED" / "STREAM_REFUSED") and ends the stream.
std::shared_ptr<Ledger> openFabricGateway(const FabricPeerEndpoint &endpoint);

} // namespace lx::client

#pragma once

#include "app/chaincode/ShimStub.h"
#include "chaincode/Contract.h"

#include "peer/chaincode_shim.grpc.pb.h"

#include <functional>
#include <memory>
#include <string>

namespace lx::chaincode_server {

inline constexpr const char *kDateTransient = "lianxin.date";

struct ServerSettings
{
    std::string chaincodeId; // the package ID Fabric gave ("label:hash"), sent in REGISTER
    // Test networks only: transient lianxin.date (YYYY-MM-DD) sets the
    // transaction's day; without it such an entry is refused.
    bool datedTransactions = false;
    // One line per stream opened/closed and per refused transaction;
    // stderr unless a test captures them.
    std::function<void(const std::string &line)> log;
};

// The answer to one TRANSACTION or INIT of a peer: COMPLETED with the
// contract's protos.Response (and its event) or ERROR. Runs the contract
// through a ShimStub whose requests go through call. Throws StreamClosed.
protos::ChaincodeMessage runTransaction(const chaincode::Contract &contract, const ServerSettings &settings,
    const protos::ChaincodeMessage &transaction, const PeerCall &call);

// protos.Chaincode as a chaincode-as-a-service: each Connect is a peer's
// stream (REGISTER, REGISTERED, READY, then transactions, many at once).
class ChaincodeService final : public protos::Chaincode::Service
{
public:
    ChaincodeService(std::shared_ptr<const chaincode::Contract> contract, ServerSettings settings);

    grpc::Status Connect(grpc::ServerContext *context,
        grpc::ServerReaderWriter<protos::ChaincodeMessage, protos::ChaincodeMessage> *stream) override;

    const chaincode::Contract &contract() const { return *m_contract; }
    const ServerSettings &settings() const { return m_settings; }
    void log(const std::string &line) const;

private:
    std::shared_ptr<const chaincode::Contract> m_contract;
    ServerSettings m_settings;
};

} // namespace lx::chaincode_server

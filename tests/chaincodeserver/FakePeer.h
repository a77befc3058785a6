#pragma once

#include "app/chaincode/ChaincodeServer.h"
#include "app/chaincode/ServerOptions.h"
#include "crypto/Certificate.h"
#include "crypto/EcKey.h"
#include "ledger/queryresult/kv_query_result.pb.h"
#include "ledgerclient/SigningIdentity.h"

#include "peer/chaincode_shim.grpc.pb.h"

#include <functional>
#include <grpcpp/grpcpp.h>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace lx::test {

using protos::ChaincodeMessage;

// Sandbox-like identities: a CA per organization, users with the sandbox's
// OUs (admins "admin" only, others "client" + role).
class TestOrgs
{
public:
    client::SigningIdentity user(const std::string &mspId, const std::string &name, std::vector<std::string> ous);
    const crypto::Certificate &ca(const std::string &mspId);
    const crypto::PrivateKey &caKey(const std::string &mspId);

private:
    struct Ca
    {
        crypto::PrivateKey key;
        crypto::Certificate cert;
    };
    Ca &ca_(const std::string &mspId);
    std::map<std::string, std::unique_ptr<Ca>> m_cas;
};

struct TxOptions
{
    TxOptions(std::string channel_ = "trust", std::string chaincode_ = "registry",
        std::map<std::string, Bytes> transient_ = {}, std::optional<std::int64_t> timestampSeconds_ = {},
        std::string txIdOverride_ = {})
        : channel(std::move(channel_))
        , chaincode(std::move(chaincode_))
        , transient(std::move(transient_))
        , timestampSeconds(timestampSeconds_)
        , txIdOverride(std::move(txIdOverride_))
    {
    }
    std::string channel;
    std::string chaincode;
    std::map<std::string, Bytes> transient;
    std::optional<std::int64_t> timestampSeconds;
    std::string txIdOverride; // the message's txid instead of the proposal's
};

// A TRANSACTION as Fabric's peer sends it: ChaincodeInput payload, the
// client's SignedProposal (built by the project's TransactionBuilder),
// channel and txid.
ChaincodeMessage transactionMessage(const client::SigningIdentity &who, const std::string &function,
    const std::vector<Bytes> &args, const TxOptions &options = {});

// What Fabric's peer does on a chaincode stream, against an in-memory
// world state: the peer dials the server (Chaincode/Connect), answers the
// handshake and every request of the chaincode shim protocol. Range and
// history results come in batches of batchSize (has_more).
class FakePeer
{
public:
    explicit FakePeer(std::shared_ptr<grpc::Channel> channel);
    ~FakePeer();

    // Reads REGISTER (returns its ChaincodeID name), sends REGISTERED, READY.
    std::string handshake();
    void send(const ChaincodeMessage &message);
    // The next message from the server; nullopt when the stream ended.
    std::optional<ChaincodeMessage> read();
    // The peer's answer to a chaincode request, from the world below.
    ChaincodeMessage answer(const ChaincodeMessage &request);
    // Sends the transaction and answers its requests until it completes;
    // returns the COMPLETED or ERROR.
    ChaincodeMessage transact(const ChaincodeMessage &transaction);
    // protos.Response of a COMPLETED.
    static protos::Response response(const ChaincodeMessage &completed);
    // Ends the stream from the peer's side (as a peer that goes away).
    void hangUp();
    grpc::Status finish();

    // The world. Reads see the committed state only (as in Fabric); writes
    // are recorded and applied by commit().
    std::map<std::string, Bytes> state;
    std::map<std::string, std::map<std::string, Bytes>> privateData; // collection -> key -> value
    std::set<std::string> notHeld; // collections this peer does not hold (reads fail, hashes answer)
    std::map<std::string, std::vector<queryresult::KeyModification>> history;
    std::map<std::string, protos::StateMetadataResult> metadata;
    std::set<std::string> failingKeys; // GET_STATE of these answers ERROR
    int batchSize = 2;
    std::function<ChaincodeMessage(const protos::ChaincodeSpec &)> onInvoke; // INVOKE_CHAINCODE's inner answer

    struct Write
    {
        ChaincodeMessage::Type type;
        std::string collection;
        std::string key;
        Bytes value; // PUT_STATE value; PUT_STATE_METADATA: serialized StateMetadata
    };
    std::vector<Write> writes;
    std::vector<ChaincodeMessage> requests; // every request the server made, in order
    int openIterators = 0;
    void commit();

private:
    std::vector<Bytes> page(const std::string &id);
    ChaincodeMessage queryResponse(const ChaincodeMessage &request, const std::string &id);

    grpc::ClientContext m_context;
    std::unique_ptr<grpc::ClientReaderWriter<ChaincodeMessage, ChaincodeMessage>> m_stream;
    std::unique_ptr<protos::Chaincode::Stub> m_stub;
    std::map<std::string, std::vector<Bytes>> m_iterators; // id -> remaining results
    int m_nextIterator = 0;
    bool m_finished = false;
};

// A lianxin-chaincode server on a free local port.
class TestServer
{
public:
    TestServer(std::shared_ptr<const chaincode::Contract> contract, chaincode_server::ServerSettings settings = {},
        chaincode_server::Options tls = {});
    ~TestServer();
    std::shared_ptr<grpc::Channel> channel(std::shared_ptr<grpc::ChannelCredentials> credentials = nullptr);
    std::string address() const { return "127.0.0.1:" + std::to_string(m_port); }
    std::vector<std::string> logLines() const;
    // Waits (a few seconds at most) for a log line containing text.
    bool waitForLog(const std::string &text) const;

private:
    mutable std::mutex m_mutex;
    std::vector<std::string> m_log;
    std::unique_ptr<chaincode_server::ChaincodeService> m_service;
    std::unique_ptr<grpc::Server> m_server;
    int m_port = 0;
};

} // namespace lx::test

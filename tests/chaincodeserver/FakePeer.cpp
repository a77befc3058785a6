#include "FakePeer.h"

#include "crypto/Hash.h"
#include "ledgerclient/TransactionBuilder.h"

#include "peer/chaincode.pb.h"
#include "peer/proposal_response.pb.h"

#include <chrono>
#include <gtest/gtest.h>
#include <thread>

namespace lx::test {

TestOrgs::Ca &TestOrgs::ca_(const std::string &mspId)
{
    auto &slot = m_cas[mspId];
    if (!slot) {
        crypto::PrivateKey key = crypto::PrivateKey::generate();
        crypto::DistinguishedName dn;
        dn.organization = mspId;
        dn.commonName = "ca." + mspId;
        crypto::Certificate cert = crypto::makeSelfSignedCa(key, dn, 30);
        slot = std::make_unique<Ca>(Ca { std::move(key), std::move(cert) });
    }
    return *slot;
}

const crypto::Certificate &TestOrgs::ca(const std::string &mspId)
{
    return ca_(mspId).cert;
}

const crypto::PrivateKey &TestOrgs::caKey(const std::string &mspId)
{
    return ca_(mspId).key;
}

client::SigningIdentity TestOrgs::user(const std::string &mspId, const std::string &name, std::vector<std::string> ous)
{
    Ca &ca = ca_(mspId);
    crypto::PrivateKey key = crypto::PrivateKey::generate();
    crypto::DistinguishedName dn;
    dn.organization = mspId;
    dn.organizationalUnits = std::move(ous);
    dn.commonName = name;
    const auto cert = crypto::issueCertificate(ca.cert, ca.key, key.publicKey(), dn, false, 30);
    return client::SigningIdentity(mspId, cert.toPem(), std::move(key));
}

ChaincodeMessage transactionMessage(const client::SigningIdentity &who, const std::string &function,
    const std::vector<Bytes> &args, const TxOptions &options)
{
    google::protobuf::Timestamp timestamp = client::timestampNow();
    if (options.timestampSeconds) {
        timestamp.set_seconds(*options.timestampSeconds);
        timestamp.set_nanos(0);
    }
    const auto built = client::buildSignedProposal(
        who, options.channel, options.chaincode, function, args, options.transient, timestamp);
    protos::ChaincodeInput input;
    input.add_args(function);
    for (const Bytes &arg : args)
        input.add_args(arg);
    ChaincodeMessage tx;
    tx.set_type(ChaincodeMessage::TRANSACTION);
    tx.set_payload(input.SerializeAsString());
    tx.set_txid(options.txIdOverride.empty() ? built.txId : options.txIdOverride);
    tx.set_channel_id(options.channel);
    *tx.mutable_proposal() = built.signedProposal;
    // Like Fabric 2.5's peer (createCCMessage), no ChaincodeMessage.timestamp:
    // the time is in the proposal's channel header only.
    return tx;
}

FakePeer::FakePeer(std::shared_ptr<grpc::Channel> channel) : m_stub(protos::Chaincode::NewStub(std::move(channel)))
{
    m_context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(60));
    m_stream = m_stub->Connect(&m_context);
}

FakePeer::~FakePeer()
{
    if (!m_finished) {
        m_context.TryCancel();
        m_stream->Finish();
    }
}

std::string FakePeer::handshake()
{
    const auto reg = read();
    if (!reg || reg->type() != ChaincodeMessage::REGISTER) {
        ADD_FAILURE() << "expected REGISTER first";
        return {};
    }
    protos::ChaincodeID id;
    EXPECT_TRUE(id.ParseFromString(reg->payload()));
    ChaincodeMessage registered;
    registered.set_type(ChaincodeMessage::REGISTERED);
    send(registered);
    ChaincodeMessage ready;
    ready.set_type(ChaincodeMessage::READY);
    send(ready);
    return id.name();
}

void FakePeer::send(const ChaincodeMessage &message)
{
    EXPECT_TRUE(m_stream->Write(message)) << "the server's stream is gone";
}

std::optional<ChaincodeMessage> FakePeer::read()
{
    ChaincodeMessage message;
    if (!m_stream->Read(&message))
        return std::nullopt;
    return message;
}

void FakePeer::hangUp()
{
    m_context.TryCancel();
}

grpc::Status FakePeer::finish()
{
    m_stream->WritesDone();
    m_finished = true;
    return m_stream->Finish();
}

protos::Response FakePeer::response(const ChaincodeMessage &completed)
{
    protos::Response r;
    EXPECT_EQ(completed.type(), ChaincodeMessage::COMPLETED) << completed.payload();
    EXPECT_TRUE(r.ParseFromString(completed.payload()));
    return r;
}

ChaincodeMessage FakePeer::transact(const ChaincodeMessage &transaction)
{
    send(transaction);
    for (;;) {
        const auto message = read();
        if (!message) {
            ADD_FAILURE() << "the stream ended before the transaction completed";
            return {};
        }
        if ((message->type() == ChaincodeMessage::COMPLETED || message->type() == ChaincodeMessage::ERROR)
            && message->txid() == transaction.txid() && message->channel_id() == transaction.channel_id())
            return *message;
        if (message->type() == ChaincodeMessage::KEEPALIVE)
            continue;
        send(answer(*message));
    }
}

namespace {

ChaincodeMessage reply(const ChaincodeMessage &to, ChaincodeMessage::Type type, const Bytes &payload)
{
    ChaincodeMessage out;
    out.set_type(type);
    out.set_payload(payload);
    out.set_txid(to.txid());
    out.set_channel_id(to.channel_id());
    return out;
}

bool inRange(const std::string &key, const std::string &start, const std::string &end)
{
    return key >= start && (end.empty() || key < end);
}

} // namespace

std::vector<Bytes> FakePeer::page(const std::string &id)
{
    auto &rest = m_iterators.at(id);
    const auto n = std::min<std::size_t>(static_cast<std::size_t>(batchSize), rest.size());
    std::vector<Bytes> out(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(n));
    rest.erase(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(n));
    return out;
}

ChaincodeMessage FakePeer::queryResponse(const ChaincodeMessage &request, const std::string &id)
{
    protos::QueryResponse response;
    for (const Bytes &b : page(id))
        response.add_results()->set_resultbytes(b);
    response.set_has_more(!m_iterators.at(id).empty());
    response.set_id(id);
    return reply(request, ChaincodeMessage::RESPONSE, response.SerializeAsString());
}

ChaincodeMessage FakePeer::answer(const ChaincodeMessage &request)
{
    requests.push_back(request);
    const auto error = [&](const std::string &text) { return reply(request, ChaincodeMessage::ERROR, text); };
    const auto ok = [&](const Bytes &payload) { return reply(request, ChaincodeMessage::RESPONSE, payload); };
    switch (request.type()) {
    case ChaincodeMessage::GET_STATE: {
        protos::GetState get;
        get.ParseFromString(request.payload());
        if (failingKeys.count(get.key()))
            return error("GET_STATE failed: transaction ID: " + request.txid() + ": ledger unreachable");
        if (get.collection().empty()) {
            const auto it = state.find(get.key());
            return ok(it == state.end() ? Bytes() : it->second);
        }
        if (notHeld.count(get.collection()))
            return error("private data matching public hash version is not available");
        const auto &c = privateData[get.collection()];
        const auto it = c.find(get.key());
        return ok(it == c.end() ? Bytes() : it->second);
    }
    case ChaincodeMessage::GET_PRIVATE_DATA_HASH: {
        protos::GetState get;
        get.ParseFromString(request.payload());
        const auto &c = privateData[get.collection()];
        const auto it = c.find(get.key());
        return ok(it == c.end() ? Bytes() : crypto::sha256(it->second));
    }
    case ChaincodeMessage::PUT_STATE: {
        protos::PutState put;
        put.ParseFromString(request.payload());
        writes.push_back({ ChaincodeMessage::PUT_STATE, put.collection(), put.key(), put.value() });
        return ok({});
    }
    case ChaincodeMessage::DEL_STATE: {
        protos::DelState del;
        del.ParseFromString(request.payload());
        writes.push_back({ ChaincodeMessage::DEL_STATE, del.collection(), del.key(), {} });
        return ok({});
    }
    case ChaincodeMessage::GET_STATE_METADATA: {
        protos::GetStateMetadata get;
        get.ParseFromString(request.payload());
        const auto it = metadata.find(get.key());
        return ok(it == metadata.end() ? Bytes() : it->second.SerializeAsString());
    }
    case ChaincodeMessage::PUT_STATE_METADATA: {
        protos::PutStateMetadata put;
        put.ParseFromString(request.payload());
        writes.push_back(
            { ChaincodeMessage::PUT_STATE_METADATA, put.collection(), put.key(), put.metadata().SerializeAsString() });
        return ok({});
    }
    case ChaincodeMessage::GET_STATE_BY_RANGE: {
        protos::GetStateByRange get;
        get.ParseFromString(request.payload());
        if (!get.collection().empty() && notHeld.count(get.collection()))
            return error("private data for collection " + get.collection() + " is not held by this peer");
        const auto &source = get.collection().empty() ? state : privateData[get.collection()];
        std::vector<Bytes> results;
        for (const auto &[key, value] : source) {
            if (!inRange(key, get.startkey(), get.endkey()))
                continue;
            queryresult::KV kv;
            kv.set_namespace_("test");
            kv.set_key(key);
            kv.set_value(value);
            results.push_back(kv.SerializeAsString());
        }
        const std::string id = "it" + std::to_string(++m_nextIterator);
        m_iterators[id] = std::move(results);
        ++openIterators;
        return queryResponse(request, id);
    }
    case ChaincodeMessage::GET_HISTORY_FOR_KEY: {
        protos::GetHistoryForKey get;
        get.ParseFromString(request.payload());
        std::vector<Bytes> results;
        for (const auto &m : history[get.key()])
            results.push_back(m.SerializeAsString());
        const std::string id = "it" + std::to_string(++m_nextIterator);
        m_iterators[id] = std::move(results);
        ++openIterators;
        return queryResponse(request, id);
    }
    case ChaincodeMessage::QUERY_STATE_NEXT: {
        protos::QueryStateNext next;
        next.ParseFromString(request.payload());
        if (!m_iterators.count(next.id()))
            return error("query iterator not found");
        return queryResponse(request, next.id());
    }
    case ChaincodeMessage::QUERY_STATE_CLOSE: {
        protos::QueryStateClose close;
        close.ParseFromString(request.payload());
        if (m_iterators.erase(close.id()))
            --openIterators;
        protos::QueryResponse response;
        response.set_id(close.id());
        return ok(response.SerializeAsString());
    }
    case ChaincodeMessage::INVOKE_CHAINCODE: {
        protos::ChaincodeSpec spec;
        spec.ParseFromString(request.payload());
        if (!onInvoke)
            return error("INVOKE_CHAINCODE failed: no such chaincode");
        return ok(onInvoke(spec).SerializeAsString());
    }
    default:
        return error("unexpected request " + ChaincodeMessage::Type_Name(request.type()));
    }
}

void FakePeer::commit()
{
    for (const Write &w : writes) {
        auto &target = w.collection.empty() ? state : privateData[w.collection];
        if (w.type == ChaincodeMessage::PUT_STATE)
            target[w.key] = w.value;
        else if (w.type == ChaincodeMessage::DEL_STATE)
            target.erase(w.key);
    }
    writes.clear();
}

TestServer::TestServer(std::shared_ptr<const chaincode::Contract> contract, chaincode_server::ServerSettings settings,
    chaincode_server::Options tls)
{
    if (settings.chaincodeId.empty())
        settings.chaincodeId = "test_1.0:0123abcd";
    settings.log = [this](const std::string &line) {
        std::lock_guard lock(m_mutex);
        m_log.push_back(line);
    };
    m_service = std::make_unique<chaincode_server::ChaincodeService>(std::move(contract), settings);
    tls.address = "127.0.0.1:0";
    m_server = chaincode_server::startServer(tls, *m_service, &m_port);
}

TestServer::~TestServer()
{
    m_server->Shutdown(std::chrono::system_clock::now() + std::chrono::milliseconds(200));
    m_server->Wait();
}

std::shared_ptr<grpc::Channel> TestServer::channel(std::shared_ptr<grpc::ChannelCredentials> credentials)
{
    grpc::ChannelArguments args;
    args.SetSslTargetNameOverride("localhost");
    return grpc::CreateCustomChannel(address(), credentials ? credentials : grpc::InsecureChannelCredentials(), args);
}

std::vector<std::string> TestServer::logLines() const
{
    std::lock_guard lock(m_mutex);
    return m_log;
}

bool TestServer::waitForLog(const std::string &text) const
{
    for (int i = 0; i < 100; ++i) {
        for (const auto &line : logLines())
            if (line.find(text) != std::string::npos)
                return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
}

} // namespace lx::test

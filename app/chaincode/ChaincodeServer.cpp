#include "app/chaincode/ChaincodeServer.h"

#include "app/chaincode/Endorsement.h"
#include "ledgerclient/Clock.h"

#include "peer/chaincode.pb.h"
#include "peer/proposal_response.pb.h"

#include <chrono>
#include <condition_variable>
#include <future>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <system_error>
#include <thread>

namespace lx::chaincode_server {

using protos::ChaincodeMessage;

namespace {

std::mutex g_logMutex;

std::string shortTx(const std::string &txId)
{
    return txId.substr(0, 8);
}

ChaincodeMessage errorMessage(const ChaincodeMessage &to, const std::string &text)
{
    ChaincodeMessage out;
    out.set_type(ChaincodeMessage::ERROR);
    out.set_payload(text);
    out.set_txid(to.txid());
    out.set_channel_id(to.channel_id());
    return out;
}

ChaincodeMessage completed(
    const ChaincodeMessage &to, const chaincode::Response &r, const std::optional<protos::ChaincodeEvent> &event)
{
    protos::Response response;
    response.set_status(r.status);
    response.set_message(r.wireMessage());
    response.set_payload(r.payload);
    ChaincodeMessage out;
    out.set_type(ChaincodeMessage::COMPLETED);
    out.set_payload(response.SerializeAsString());
    out.set_txid(to.txid());
    out.set_channel_id(to.channel_id());
    if (event)
        *out.mutable_chaincode_event() = *event;
    return out;
}

// --dated-transactions: the contracts' "today" from transient lianxin.date.
std::optional<chaincode::Response> applyDate(ShimStub &stub, bool enabled)
{
    const auto entry = stub.transient().find(kDateTransient);
    if (entry == stub.transient().end())
        return std::nullopt;
    if (!enabled)
        return chaincode::Response::reject(chaincode::BadRequest, "CHAINCODE_DATE_NOT_ALLOWED",
            "This chaincode signs with the proposal's own time; a transaction date (transient lianxin.date) is "
            "accepted only on a test network started with --dated-transactions.");
    const auto day = client::parseCalendarDay(entry->second);
    if (!day)
        return chaincode::Response::reject(chaincode::BadRequest, "CHAINCODE_DATE_INVALID",
            "The transaction date (transient lianxin.date) must be a calendar day written YYYY-MM-DD, not \""
                + entry->second + "\".");
    // The day at the proposal's China time of day, exactly as the sandbox's
    // --date clock maps it; from the proposal, so every peer agrees.
    const auto proposalTime
        = std::chrono::system_clock::time_point(std::chrono::seconds(stub.proposalTimestampSeconds()));
    const auto instant = client::chinaDateInstant(*day, proposalTime);
    stub.setTimestampSeconds(std::chrono::duration_cast<std::chrono::seconds>(instant.time_since_epoch()).count());
    return std::nullopt;
}

} // namespace

ChaincodeMessage runTransaction(const chaincode::Contract &contract, const ServerSettings &settings,
    const ChaincodeMessage &transaction, const PeerCall &call)
{
    const auto refuse = [&](const std::string &function, const std::string &reason) {
        if (settings.log)
            settings.log("refused channel=" + transaction.channel_id() + " tx=" + shortTx(transaction.txid())
                + " function=" + function + " reason=" + reason);
    };
    if (transaction.type() == ChaincodeMessage::INIT) {
        // Our contracts need no initialisation; a definition that asks for
        // one (--init-required) gets a plain success.
        return completed(transaction, chaincode::Response::ok(), std::nullopt);
    }
    std::string function = "?";
    try {
        ShimStub stub(transaction, contract.name(), call);
        function = stub.args().front();
        chaincode::Response response;
        if (function == kPrepareEndorsement) {
            response = prepareEndorsement(stub, std::vector<std::string>(stub.args().begin() + 1, stub.args().end()));
        } else if (const auto refused = applyDate(stub, settings.datedTransactions)) {
            response = *refused;
        } else {
            response = contract.invoke(stub);
            if (response.isOk() && !contract.isQuery(function)) {
                const chaincode::Invocation invocation { function,
                    std::vector<Bytes>(stub.args().begin() + 1, stub.args().end()), stub.creator().mspId };
                enforceEndorsementPolicy(stub, contract.endorsementPolicy(invocation));
            }
        }
        if (!response.isOk())
            refuse(function,
                (response.reasonCode.empty() ? std::string("-") : response.reasonCode)
                    + " status=" + std::to_string(response.status));
        return completed(transaction, response, stub.event());
    } catch (const StreamClosed &) {
        throw;
    } catch (const PeerError &e) {
        refuse(function, std::string("ERROR peer: ") + e.what());
        return errorMessage(transaction, e.what());
    } catch (const MalformedTransaction &e) {
        refuse(function, std::string("ERROR malformed: ") + e.what());
        return errorMessage(transaction, e.what());
    } catch (const std::exception &e) {
        refuse(function, std::string("ERROR contract: ") + e.what());
        return errorMessage(transaction, std::string("the contract failed: ") + e.what());
    }
}

namespace {

using Stream = grpc::ServerReaderWriter<ChaincodeMessage, ChaincodeMessage>;

std::string routeKey(const ChaincodeMessage &m)
{
    return m.channel_id() + '\0' + m.txid();
}

// One peer's stream: reads on the gRPC handler's thread, runs each
// transaction on its own thread, writes one message at a time.
class Session : public std::enable_shared_from_this<Session>
{
public:
    Session(Stream *stream, const ChaincodeService &service, std::string peer)
        : m_stream(stream), m_service(service), m_peer(std::move(peer))
    {
    }

    void run();

private:
    bool write(const ChaincodeMessage &message);
    ChaincodeMessage call(const ChaincodeMessage &request);
    void start(const ChaincodeMessage &transaction);
    void runOne(const ChaincodeMessage &transaction);
    void deliver(const ChaincodeMessage &answer);

    Stream *m_stream;
    const ChaincodeService &m_service;
    std::string m_peer;
    std::mutex m_writeMutex;

    std::mutex m_mutex;
    std::condition_variable m_idle;
    bool m_closed = false;
    std::set<std::string> m_running; // channel\0txid of transactions in progress
    int m_threads = 0; // transaction threads still using the session (until their answer is written)
    std::map<std::string, std::shared_ptr<std::promise<ChaincodeMessage>>> m_waiting;
    int m_transactions = 0;
};

bool Session::write(const ChaincodeMessage &message)
{
    std::lock_guard lock(m_writeMutex);
    {
        std::lock_guard state(m_mutex);
        if (m_closed)
            return false;
    }
    return m_stream->Write(message);
}

ChaincodeMessage Session::call(const ChaincodeMessage &request)
{
    const std::string key = routeKey(request);
    std::future<ChaincodeMessage> answer;
    {
        std::lock_guard lock(m_mutex);
        if (m_closed)
            throw StreamClosed("the peer's stream is closed");
        auto promise = std::make_shared<std::promise<ChaincodeMessage>>();
        answer = promise->get_future();
        m_waiting[key] = std::move(promise);
    }
    if (!write(request)) {
        std::lock_guard lock(m_mutex);
        m_waiting.erase(key);
        throw StreamClosed("the peer's stream is closed");
    }
    return answer.get();
}

void Session::deliver(const ChaincodeMessage &answer)
{
    std::shared_ptr<std::promise<ChaincodeMessage>> waiting;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_waiting.find(routeKey(answer));
        if (it != m_waiting.end()) {
            waiting = std::move(it->second);
            m_waiting.erase(it);
        }
    }
    if (waiting)
        waiting->set_value(answer);
    else
        m_service.log("stream peer=" + m_peer + ": " + ChaincodeMessage::Type_Name(answer.type())
            + " for no waiting request (channel=" + answer.channel_id() + " tx=" + shortTx(answer.txid()) + ")");
}

void Session::start(const ChaincodeMessage &transaction)
{
    const std::string key = routeKey(transaction);
    {
        std::lock_guard lock(m_mutex);
        if (!m_running.insert(key).second) {
            // Fabric never runs one transaction twice at once; refuse the
            // second without disturbing the first.
            m_service.log("refused channel=" + transaction.channel_id() + " tx=" + shortTx(transaction.txid())
                + " function=? reason=ERROR duplicate transaction");
        } else {
            try {
                std::thread([self = shared_from_this(), transaction] { self->runOne(transaction); }).detach();
                ++m_transactions;
                ++m_threads;
                return;
            } catch (const std::system_error &e) {
                // No thread to be had: refuse this one, keep the stream.
                m_running.erase(key);
                m_service.log("refused channel=" + transaction.channel_id() + " tx=" + shortTx(transaction.txid())
                    + " function=? reason=ERROR no thread: " + e.what());
            }
        }
    }
    write(errorMessage(transaction,
        "transaction " + transaction.txid() + " cannot run now on channel " + transaction.channel_id()
            + " (already running, or no thread left)"));
}

void Session::runOne(const ChaincodeMessage &transaction)
{
    try {
        const ChaincodeMessage answer = runTransaction(m_service.contract(), m_service.settings(), transaction,
            [this](const ChaincodeMessage &request) { return call(request); });
        // Done before the peer hears of it: the peer may run the same
        // transaction ID again at once (a contract calling this one twice
        // across channels, e.g. the L/C contract asking the notary about
        // each document of a presentation).
        {
            std::lock_guard lock(m_mutex);
            m_running.erase(routeKey(transaction));
        }
        write(answer);
    } catch (const StreamClosed &) {
        m_service.log("abandoned channel=" + transaction.channel_id() + " tx=" + shortTx(transaction.txid())
            + ": the peer's stream closed");
    }
    std::lock_guard lock(m_mutex);
    m_running.erase(routeKey(transaction));
    --m_threads;
    m_idle.notify_all();
}

void Session::run()
{
    m_service.log("stream open peer=" + m_peer + " chaincode=" + m_service.settings().chaincodeId);
    protos::ChaincodeID id;
    id.set_name(m_service.settings().chaincodeId);
    ChaincodeMessage reg;
    reg.set_type(ChaincodeMessage::REGISTER);
    reg.set_payload(id.SerializeAsString());
    enum class State { Created, Established, Ready } state = State::Created;
    std::string endReason = "the peer closed it";
    if (!write(reg)) {
        endReason = "REGISTER could not be sent";
    } else {
        ChaincodeMessage message;
        while (m_stream->Read(&message)) {
            switch (message.type()) {
            case ChaincodeMessage::KEEPALIVE:
                write(message); // as Fabric's shim: the same message back
                continue;
            case ChaincodeMessage::RESPONSE:
            case ChaincodeMessage::ERROR:
                deliver(message);
                continue;
            default:
                break;
            }
            if (state == State::Created && message.type() == ChaincodeMessage::REGISTERED) {
                state = State::Established;
            } else if (state == State::Established && message.type() == ChaincodeMessage::READY) {
                state = State::Ready;
            } else if (state == State::Ready
                && (message.type() == ChaincodeMessage::TRANSACTION || message.type() == ChaincodeMessage::INIT)) {
                start(message);
            } else {
                m_service.log("stream peer=" + m_peer + ": unexpected " + ChaincodeMessage::Type_Name(message.type())
                    + " (channel=" + message.channel_id() + " tx=" + shortTx(message.txid()) + ")");
                write(errorMessage(message,
                    "lianxin-chaincode cannot handle " + ChaincodeMessage::Type_Name(message.type()) + " now"));
            }
        }
    }
    std::map<std::string, std::shared_ptr<std::promise<ChaincodeMessage>>> waiting;
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        waiting.swap(m_waiting);
    }
    for (auto &[key, promise] : waiting)
        promise->set_exception(std::make_exception_ptr(StreamClosed("the peer's stream closed")));
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_threads == 0; });
    m_service.log("stream closed peer=" + m_peer + " (" + endReason + "; " + std::to_string(m_transactions)
        + " transactions, " + std::to_string(waiting.size()) + " failed while waiting)");
}

} // namespace

ChaincodeService::ChaincodeService(std::shared_ptr<const chaincode::Contract> contract, ServerSettings settings)
    : m_contract(std::move(contract)), m_settings(std::move(settings))
{
    if (!m_settings.log)
        m_settings.log = [](const std::string &line) {
            std::lock_guard lock(g_logMutex);
            std::cerr << "lianxin-chaincode: " << line << std::endl;
        };
}

void ChaincodeService::log(const std::string &line) const
{
    m_settings.log(line);
}

grpc::Status ChaincodeService::Connect(grpc::ServerContext *context, Stream *stream)
{
    auto session = std::make_shared<Session>(stream, *this, context->peer());
    session->run();
    return grpc::Status::OK;
}

} // namespace lx::chaincode_server

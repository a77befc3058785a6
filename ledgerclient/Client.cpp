#include "ledgerclient/Client.h"

#include "chaincode/Contract.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "ledger/ChannelConfig.h"
#include "ledger/ConfigUpdate.h"
#include "ledger/LedgerError.h"
#include "ledgerclient/TransactionBuilder.h"

#include "lianxin/ledger.pb.h"
#include "orderer/ab.pb.h"
#include "peer/chaincode.pb.h"
#include "peer/proposal.pb.h"

#include <chrono>
#include <thread>
#include <limits>

namespace lx::client {

namespace {

// The contract's response inside a prepared transaction: Payload ->
// Transaction -> ChaincodeActionPayload -> ProposalResponsePayload ->
// ChaincodeAction, where Fabric's gateway leaves it for the client.
protos::Response preparedResponse(const common::Envelope &prepared, const std::string &txId)
{
    common::Payload payload;
    protos::Transaction transaction;
    protos::ChaincodeActionPayload actionPayload;
    protos::ProposalResponsePayload responsePayload;
    protos::ChaincodeAction action;
    if (!payload.ParseFromString(prepared.payload()) || !transaction.ParseFromString(payload.data())
        || transaction.actions_size() != 1 || !actionPayload.ParseFromString(transaction.actions(0).payload())
        || !responsePayload.ParseFromString(actionPayload.action().proposal_response_payload())
        || !action.ParseFromString(responsePayload.extension()))
        throw LedgerError(LedgerError::Kind::DataInvalid, "PREPARED_TX_MALFORMED",
            "The endorsed transaction " + txId + " came back in a form this client cannot read.");
    return action.response();
}

// A contract's refusal back as the response it was (status, wire message).
protos::Response refusedResponse(const LedgerError &e)
{
    protos::Response response;
    response.set_status(e.contractStatus());
    response.set_message(e.reasonCode() == "CONTRACT_ERROR" ? std::string(e.what()) : e.reasonCode() + ": " + e.what());
    return response;
}

orderer::SeekPosition specified(std::uint64_t number)
{
    orderer::SeekPosition position;
    position.mutable_specified()->set_number(number);
    return position;
}

} // namespace

// Contracts answer "REASON_CODE: message".
LedgerError rejectionOf(const protos::Response &response)
{
    const auto parsed = chaincode::Response::fromWire(response.status(), response.message());
    if (!parsed.reasonCode.empty())
        return LedgerError(LedgerError::Kind::Rejected, parsed.reasonCode, parsed.message, response.status());
    return LedgerError(LedgerError::Kind::Rejected, "CONTRACT_ERROR",
        parsed.message.empty() ? "The contract refused (status " + std::to_string(response.status()) + ")."
                               : parsed.message,
        response.status());
}

Client::Client(std::shared_ptr<Ledger> ledger, SigningIdentity identity)
    : m_ledger(std::move(ledger)), m_identity(std::move(identity))
{
}

void Client::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

protos::Response Client::evaluate(const std::string &channel, const std::string &chaincode, const std::string &function,
    const std::vector<Bytes> &args)
{
    protos::Response response = evaluateAsIs(channel, chaincode, function, args);
    if (response.status() >= 400)
        throw rejectionOf(response);
    return response;
}

protos::Response Client::evaluateAsIs(const std::string &channel, const std::string &chaincode,
    const std::string &function, const std::vector<Bytes> &args, const std::map<std::string, Bytes> &transient)
{
    SignedProposalBuild p
        = buildSignedProposal(m_identity, channel, chaincode, function, args, transient, timestampAt(m_clock()));
    gateway::EvaluateRequest request;
    request.set_transaction_id(p.txId);
    request.set_channel_id(channel);
    *request.mutable_proposed_transaction() = std::move(p.signedProposal);
    gateway::EvaluateResponse response = m_ledger->evaluate(request);
    return response.result();
}

Client::PreparedProposal Client::prepare(const std::string &channel, const std::string &chaincode,
    const std::string &function, const std::vector<Bytes> &args, const std::map<std::string, Bytes> &transient)
{
    SignedProposalBuild p
        = buildSignedProposal(m_identity, channel, chaincode, function, args, transient, timestampAt(m_clock()));
    return PreparedProposal { channel, p.txId, p.signedProposal.SerializeAsString() };
}

Client::Pending Client::send(const PreparedProposal &proposal)
{
    Endorsed endorsed = endorseAndSend(proposal);
    if (!endorsed.sent)
        throw rejectionOf(endorsed.pending.response);
    return endorsed.pending;
}

Client::Endorsed Client::endorseAndSend(const PreparedProposal &proposal)
{
    gateway::EndorseRequest endorse;
    endorse.set_transaction_id(proposal.txId);
    endorse.set_channel_id(proposal.channel);
    if (!endorse.mutable_proposed_transaction()->ParseFromString(proposal.signedProposal))
        throw LedgerError(LedgerError::Kind::DataInvalid, "PROPOSAL_DAMAGED",
            "The stored proposal of transaction " + proposal.txId + " is unreadable.");
    gateway::EndorseResponse endorsed;
    try {
        endorsed = m_ledger->endorse(endorse);
    } catch (const LedgerError &e) {
        if (e.contractStatus() < 400)
            throw;
        return Endorsed { Pending { proposal.channel, proposal.txId, refusedResponse(e) }, false };
    }
    const protos::Response response = preparedResponse(endorsed.prepared_transaction(), proposal.txId);
    if (response.status() >= 400) // a backend that answers instead of failing the call
        return Endorsed { Pending { proposal.channel, proposal.txId, response }, false };

    gateway::SubmitRequest submit;
    submit.set_transaction_id(proposal.txId);
    submit.set_channel_id(proposal.channel);
    *submit.mutable_prepared_transaction() = signTransaction(m_identity, endorsed.prepared_transaction());
    m_ledger->submit(submit);
    return Endorsed { Pending { proposal.channel, proposal.txId, response }, true };
}

Client::Pending Client::submitNoWait(const std::string &channel, const std::string &chaincode,
    const std::string &function, const std::vector<Bytes> &args, const std::map<std::string, Bytes> &transient)
{
    return send(prepare(channel, chaincode, function, args, transient));
}

SubmitResult Client::waitForCommit(const Pending &pending)
{
    gateway::CommitStatusRequest request;
    request.set_transaction_id(pending.txId);
    request.set_channel_id(pending.channel);
    request.set_identity(m_identity.serialized());
    gateway::SignedCommitStatusRequest signedRequest;
    signedRequest.set_request(request.SerializeAsString());
    signedRequest.set_signature(m_identity.sign(signedRequest.request()));
    const gateway::CommitStatusResponse status = m_ledger->commitStatus(signedRequest);
    return SubmitResult { pending.txId, status.result(), status.block_number(), pending.response };
}

SubmitResult Client::submit(const std::string &channel, const std::string &chaincode, const std::string &function,
    const std::vector<Bytes> &args, const std::map<std::string, Bytes> &transient)
{
    return waitForCommit(submitNoWait(channel, chaincode, function, args, transient));
}

SubmitResult Client::submitAsIs(const std::string &channel, const std::string &chaincode, const std::string &function,
    const std::vector<Bytes> &args, const std::map<std::string, Bytes> &transient)
{
    const Endorsed endorsed = endorseAndSend(prepare(channel, chaincode, function, args, transient));
    if (!endorsed.sent)
        return SubmitResult { endorsed.pending.txId, protos::NOT_VALIDATED, 0, endorsed.pending.response };
    return waitForCommit(endorsed.pending);
}

common::BlockchainInfo Client::chainInfo(const std::string &channel)
{
    common::BlockchainInfo info;
    if (!info.ParseFromString(evaluate(channel, "qscc", "GetChainInfo", { channel }).payload()))
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "GetChainInfo answered garbage");
    return info;
}

common::Block Client::block(const std::string &channel, std::uint64_t number)
{
    common::Block block;
    if (!block.ParseFromString(
            evaluate(channel, "qscc", "GetBlockByNumber", { channel, std::to_string(number) }).payload()))
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "GetBlockByNumber answered garbage");
    return block;
}

Client::ChannelConfiguration Client::channelConfiguration(const std::string &channel)
{
    const common::BlockchainInfo info = chainInfo(channel);
    ChannelConfiguration out;
    if (info.height() > 1) {
        const common::Block tip = block(channel, info.height() - 1);
        out.blockNumber = ledger::ChannelConfig::lastConfigIndex(tip).value_or(0);
    }
    try {
        out.envelope = ledger::ChannelConfig::envelopeOf(block(channel, out.blockNumber));
    } catch (const ledger::LedgerError &e) {
        throw LedgerError(LedgerError::Kind::DataInvalid, "CONFIG_INVALID",
            "channel " + channel + ", block " + std::to_string(out.blockNumber) + ": " + e.what());
    }
    return out;
}

SubmitResult Client::submitConfigUpdate(const std::string &channel, const common::ConfigUpdateEnvelope &update)
{
    const std::uint64_t before = channelConfiguration(channel).envelope.config().sequence();
    const common::Envelope envelope
        = ledger::configUpdateTransaction(channel, update, m_identity.privateKey(), m_identity.serialized());
    common::Payload payload;
    common::ChannelHeader header;
    payload.ParseFromString(envelope.payload());
    header.ParseFromString(payload.header().channel_header());
    gateway::SubmitRequest request;
    request.set_transaction_id(header.tx_id());
    request.set_channel_id(channel);
    *request.mutable_prepared_transaction() = envelope;
    m_ledger->submit(request);
    // The ordering service answers a CONFIG_UPDATE with a CONFIG
    // transaction of its own making (on Fabric without the update's
    // transaction ID), so the commit shows as the channel's next
    // configuration rather than as a commit status.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (true) {
        const ChannelConfiguration now = channelConfiguration(channel);
        if (now.envelope.config().sequence() > before)
            return SubmitResult { header.tx_id(), protos::VALID, now.blockNumber, {} };
        if (std::chrono::steady_clock::now() > deadline)
            throw LedgerError(LedgerError::Kind::Unavailable, "CONFIG_NOT_APPLIED",
                "channel " + channel + " shows no new configuration 60 s after the update was sent;"
                                       " the ordering service may have refused it (its log says why)");
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

protos::ProcessedTransaction Client::transaction(const std::string &channel, const std::string &txId)
{
    protos::ProcessedTransaction tx;
    if (!tx.ParseFromString(evaluate(channel, "qscc", "GetTransactionByID", { channel, txId }).payload()))
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "GetTransactionByID answered garbage");
    return tx;
}

std::optional<Client::TransactionStatus> Client::transactionStatus(const std::string &channel, const std::string &txId)
{
    common::Block block;
    try {
        if (!block.ParseFromString(evaluate(channel, "qscc", "GetBlockByTxID", { channel, txId }).payload()))
            throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "GetBlockByTxID answered garbage");
    } catch (const LedgerError &e) {
        if (e.kind() == LedgerError::Kind::Rejected && e.reasonCode() == "TX_NOT_FOUND")
            return std::nullopt;
        throw;
    }
    const Bytes filter = block.metadata().metadata_size() > common::TRANSACTIONS_FILTER
        ? block.metadata().metadata(common::TRANSACTIONS_FILTER)
        : Bytes();
    for (int i = 0; i < block.data().data_size(); ++i) {
        common::Envelope envelope;
        common::Payload payload;
        common::ChannelHeader header;
        if (envelope.ParseFromString(block.data().data(i)) && payload.ParseFromString(envelope.payload())
            && header.ParseFromString(payload.header().channel_header()) && header.tx_id() == txId) {
            const auto code = static_cast<std::size_t>(i) < filter.size()
                ? static_cast<protos::TxValidationCode>(static_cast<unsigned char>(filter[i]))
                : protos::NOT_VALIDATED;
            // A later copy of an ID already on the ledger is marked
            // DUPLICATE_TXID; the first one is the transaction's fate.
            return TransactionStatus { code, block.header().number() };
        }
    }
    throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER",
        "GetBlockByTxID answered block " + std::to_string(block.header().number()) + " without " + txId);
}

std::vector<KeyHistoryEntry> Client::history(
    const std::string &channel, const std::string &chaincode, const std::string &key)
{
    lianxin::ledger::KeyHistory history;
    if (!history.ParseFromString(evaluate(channel, chaincode, "GetHistoryForKey", { key }).payload()))
        throw LedgerError(LedgerError::Kind::DataInvalid, "BAD_ANSWER", "GetHistoryForKey answered garbage");
    std::vector<KeyHistoryEntry> out;
    for (const auto &m : history.modifications())
        out.push_back(KeyHistoryEntry { m.tx_id(), m.block_number(), m.timestamp_seconds(), m.is_delete(), m.value() });
    return out;
}

std::unique_ptr<Subscription> Client::subscribeBlocks(const std::string &channel, std::uint64_t fromHeight,
    std::function<void(const common::Block &)> onBlock, Ledger::StreamError onError)
{
    // Signed again at each (re)connection, with the time of that moment;
    // copies, so that the stream may outlive this client.
    auto seek = [identity = m_identity, clock = m_clock, channel](std::uint64_t from) {
        common::SignatureHeader signatureHeader;
        signatureHeader.set_creator(identity.serialized());
        signatureHeader.set_nonce(crypto::randomBytes(24));
        common::ChannelHeader channelHeader;
        channelHeader.set_type(common::DELIVER_SEEK_INFO);
        channelHeader.set_channel_id(channel);
        *channelHeader.mutable_timestamp() = timestampAt(clock());
        orderer::SeekInfo seekInfo;
        *seekInfo.mutable_start() = specified(from);
        *seekInfo.mutable_stop() = specified(std::numeric_limits<std::uint64_t>::max());
        seekInfo.set_behavior(orderer::SeekInfo::BLOCK_UNTIL_READY);
        common::Payload payload;
        payload.mutable_header()->set_channel_header(channelHeader.SerializeAsString());
        payload.mutable_header()->set_signature_header(signatureHeader.SerializeAsString());
        payload.set_data(seekInfo.SerializeAsString());
        common::Envelope envelope;
        envelope.set_payload(payload.SerializeAsString());
        envelope.set_signature(identity.sign(envelope.payload()));
        return envelope;
    };
    return m_ledger->deliver(fromHeight, std::move(seek), std::move(onBlock), std::move(onError));
}

std::unique_ptr<Subscription> Client::subscribeChaincodeEvents(const std::string &channel, const std::string &chaincode,
    std::uint64_t fromHeight, std::function<void(const gateway::ChaincodeEventsResponse &)> onEvents,
    Ledger::StreamError onError)
{
    auto sign = [identity = m_identity, channel, chaincode](std::uint64_t from) {
        gateway::ChaincodeEventsRequest request;
        request.set_channel_id(channel);
        request.set_chaincode_id(chaincode);
        request.set_identity(identity.serialized());
        *request.mutable_start_position() = specified(from);
        gateway::SignedChaincodeEventsRequest signedRequest;
        signedRequest.set_request(request.SerializeAsString());
        signedRequest.set_signature(identity.sign(signedRequest.request()));
        return signedRequest;
    };
    return m_ledger->chaincodeEvents(fromHeight, std::move(sign), std::move(onEvents), std::move(onError));
}

} // namespace lx::client

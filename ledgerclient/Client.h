#pragma once

#include "ledgerclient/Clock.h"
#include "ledgerclient/Ledger.h"
#include "ledgerclient/SigningIdentity.h"

#include "common/configtx.pb.h"
#include "common/ledger.pb.h"
#include "peer/proposal_response.pb.h"
#include "peer/transaction.pb.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lx::client {

struct SubmitResult
{
    std::string txId;
    protos::TxValidationCode code = protos::NOT_VALIDATED;
    std::uint64_t blockNumber = 0;
    protos::Response response; // what the contract returned at endorsement
};

struct KeyHistoryEntry
{
    std::string txId;
    std::uint64_t blockNumber = 0;
    std::int64_t timestampSeconds = 0;
    bool isDelete = false;
    Bytes value;
};

// One user's view of the ledger: builds Fabric proposals and transactions,
// signs them with the user's identity and drives a Ledger backend.
// Thread-safe; every call blocks, so the GUI calls it from workers.
class Client
{
public:
    Client(std::shared_ptr<Ledger> ledger, SigningIdentity identity);

    const SigningIdentity &identity() const { return m_identity; }

    // The time signed into each transaction (the contracts' "today");
    // the system clock unless a test, the sandbox's --date or the demo book
    // sets another. Not synchronized: set it before the client is shared
    // between threads (a client per worker when workers sign as of
    // different days).
    void setClock(Clock clock);

    // A query: no transaction. Throws LedgerError(Rejected) with the
    // contract's reason when it answers 400 or more.
    protos::Response evaluate(const std::string &channel, const std::string &chaincode, const std::string &function,
        const std::vector<Bytes> &args);

    // Endorse, sign, order and wait for commit. A contract rejection throws
    // LedgerError(Rejected) at endorsement; an invalidated transaction comes
    // back with its validation code.
    SubmitResult submit(const std::string &channel, const std::string &chaincode, const std::string &function,
        const std::vector<Bytes> &args, const std::map<std::string, Bytes> &transient = {});

    // The raw counterparts of evaluate and submit (lianxin-cli chaincode
    // query|invoke, as Fabric's peer chaincode query|invoke): a contract's
    // rejection (status 400 and up) comes back as the response instead of a
    // LedgerError. submitAsIs sends nothing then (code NOT_VALIDATED, block 0).
    protos::Response evaluateAsIs(const std::string &channel, const std::string &chaincode, const std::string &function,
        const std::vector<Bytes> &args, const std::map<std::string, Bytes> &transient = {});
    SubmitResult submitAsIs(const std::string &channel, const std::string &chaincode, const std::string &function,
        const std::vector<Bytes> &args, const std::map<std::string, Bytes> &transient = {});

    // Split submission for pipelining (benchmarks, outbox): prepare and send
    // without waiting, then wait for the commit status.
    struct Pending
    {
        std::string channel;
        std::string txId;
        protos::Response response;
    };
    // A proposal built and signed once and kept (the outbox does), so that
    // every attempt sends the same bytes under the same transaction ID and
    // a retry can never commit the action twice.
    struct PreparedProposal
    {
        std::string channel;
        std::string txId;
        Bytes signedProposal; // protos::SignedProposal
    };
    PreparedProposal prepare(const std::string &channel, const std::string &chaincode, const std::string &function,
        const std::vector<Bytes> &args, const std::map<std::string, Bytes> &transient = {});
    // Endorse, sign and hand to the orderer; the proposal must be this
    // client's identity's.
    Pending send(const PreparedProposal &proposal);
    Pending submitNoWait(const std::string &channel, const std::string &chaincode, const std::string &function,
        const std::vector<Bytes> &args, const std::map<std::string, Bytes> &transient = {});
    SubmitResult waitForCommit(const Pending &pending);

    // Where a transaction ended up: nullopt when the channel has none with
    // that ID (never sent, or still on its way).
    struct TransactionStatus
    {
        protos::TxValidationCode code = protos::NOT_VALIDATED;
        std::uint64_t blockNumber = 0;
    };
    std::optional<TransactionStatus> transactionStatus(const std::string &channel, const std::string &txId);

    // Ledger queries through Fabric's qscc system chaincode.
    common::BlockchainInfo chainInfo(const std::string &channel);
    common::Block block(const std::string &channel, std::uint64_t number);
    protos::ProcessedTransaction transaction(const std::string &channel, const std::string &txId);
    // The channel's configuration in force, from the block the tip names as
    // its last configuration (a Fabric peer's and the embedded orderer's
    // OrdererBlockMetadata.last_config).
    struct ChannelConfiguration
    {
        std::uint64_t blockNumber = 0;
        common::ConfigEnvelope envelope;
    };
    ChannelConfiguration channelConfiguration(const std::string &channel);
    // Sends a configuration update with its admins' signatures as a
    // CONFIG_UPDATE transaction signed by this identity, and waits for the
    // configuration block (docs/channel-configuration.md). The ordering
    // service's refusal is LedgerError(Rejected, CONFIG_UPDATE_REFUSED).
    SubmitResult submitConfigUpdate(const std::string &channel, const common::ConfigUpdateEnvelope &update);
    // History of a key through the contract's GetHistoryForKey function.
    std::vector<KeyHistoryEntry> history(
        const std::string &channel, const std::string &chaincode, const std::string &key);

    // Blocks from fromHeight on, then live. onError hears of each break of
    // the stream (Ledger::deliver).
    std::unique_ptr<Subscription> subscribeBlocks(const std::string &channel, std::uint64_t fromHeight,
        std::function<void(const common::Block &)> onBlock, Ledger::StreamError onError = {});
    std::unique_ptr<Subscription> subscribeChaincodeEvents(const std::string &channel, const std::string &chaincode,
        std::uint64_t fromHeight, std::function<void(const gateway::ChaincodeEventsResponse &)> onEvents,
        Ledger::StreamError onError = {});

private:
    // Endorses the proposal; when the contract accepts, signs and hands the
    // transaction to the orderer (sent = true).
    struct Endorsed
    {
        Pending pending;
        bool sent = false;
    };
    Endorsed endorseAndSend(const PreparedProposal &proposal);

    std::shared_ptr<Ledger> m_ledger;
    SigningIdentity m_identity;
    Clock m_clock = systemClock();
};

} // namespace lx::client

#pragma once

#include "ledgerclient/Client.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace lx::cache {

// Where an action stands, as the workstation shows it.
enum class OutboxStatus {
    Queued = 1, // durable and signed; not yet handed to the ledger (or to be sent again)
    Sent = 2, // endorsed and handed to the orderer; waiting for its block
    Committed = 3, // valid in block `block`
    Rejected = 4, // the contract refused it at endorsement: reasonCode, reasonMessage; final
    Invalidated = 5, // ordered but marked invalid (validation code in reasonCode); final
};

struct OutboxEntry
{
    std::int64_t id = 0;
    std::string identity; // wallet label of the signer, "MSPID/user"
    std::string kind; // "SubmitDraft", "ApproveDraft", "ReturnDraft", "Notarize", ...
    std::string lcNo;
    std::string summary; // what the user did, in a line
    client::Client::PreparedProposal proposal;
    OutboxStatus status = OutboxStatus::Queued;
    std::uint64_t block = 0;
    std::string reasonCode;
    std::string reasonMessage;
    int attempts = 0;
    std::int64_t createdSeconds = 0;
    std::int64_t updatedSeconds = 0;
    Bytes response; // the contract's payload once committed
};

// Every action the user takes, written to the cache before it is sent: the
// signed proposal itself, so its transaction ID never changes and a retry
// after a failure or a crash sends the same transaction (the ledger keeps
// the first copy; a later one is marked DUPLICATE_TXID). The sender and
// the sync both settle entries; settling is idempotent.
class Outbox
{
public:
    explicit Outbox(sqlite3 *db);

    static void createSchema(sqlite3 *db);

    struct NewEntry
    {
        std::string identity;
        std::string kind;
        std::string lcNo;
        std::string summary;
        client::Client::PreparedProposal proposal;
    };
    // Durable when it returns.
    std::int64_t add(const NewEntry &entry);

    // Queued and Sent entries, oldest first.
    std::vector<OutboxEntry> unsettled();
    std::vector<OutboxEntry> recent(int limit);
    std::optional<OutboxEntry> byTransactionId(const std::string &txId);
    int unsettledCount();

    void markSent(std::int64_t id);
    // Leaves the entry Queued for another attempt, noting why.
    void markRetry(std::int64_t id, const std::string &reasonCode, const std::string &message);
    void markRejected(std::int64_t id, const std::string &reasonCode, const std::string &message);
    // From the transaction's fate on the ledger; a no-op for unknown IDs and
    // for entries already settled. True when an entry changed.
    bool settle(
        const std::string &txId, protos::TxValidationCode code, std::uint64_t block, const Bytes &response = {});

    // Committed entries whose follow-up transactions are not yet written.
    std::vector<OutboxEntry> awaitingFollowUp();
    // Adds the follow-ups and clears the entry's flag, atomically.
    void completeFollowUp(std::int64_t id, const std::vector<NewEntry> &followUps);

private:
    sqlite3 *m_db;
};

const char *outboxStatusName(OutboxStatus status);

} // namespace lx::cache

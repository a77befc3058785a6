#include "cache/Outbox.h"

#include "cache/Statement.h"

#include <chrono>
#include <sqlite3.h>

namespace lx::cache {

namespace {

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

constexpr const char *kColumns = "id, identity, kind, lc_no, summary, channel, tx_id, proposal, status, block,"
                                 " reason_code, reason_message, attempts, created, updated, response";

OutboxEntry readEntry(const Statement &row)
{
    OutboxEntry e;
    e.id = row.integer(0);
    e.identity = row.text(1);
    e.kind = row.text(2);
    e.lcNo = row.text(3);
    e.summary = row.text(4);
    e.proposal.channel = row.text(5);
    e.proposal.txId = row.text(6);
    e.proposal.signedProposal = row.blob(7);
    e.status = static_cast<OutboxStatus>(row.integer(8));
    e.block = static_cast<std::uint64_t>(row.integer(9));
    e.reasonCode = row.text(10);
    e.reasonMessage = row.text(11);
    e.attempts = static_cast<int>(row.integer(12));
    e.createdSeconds = row.integer(13);
    e.updatedSeconds = row.integer(14);
    e.response = row.blob(15);
    return e;
}

std::vector<OutboxEntry> readAll(Statement &query)
{
    std::vector<OutboxEntry> out;
    while (query.step())
        out.push_back(readEntry(query));
    return out;
}

} // namespace

Outbox::Outbox(sqlite3 *db) : m_db(db) { }

void Outbox::createSchema(sqlite3 *db)
{
    execute(db,
        "CREATE TABLE IF NOT EXISTS outbox("
        " id INTEGER PRIMARY KEY AUTOINCREMENT, identity TEXT NOT NULL, kind TEXT NOT NULL,"
        " lc_no TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '', channel TEXT NOT NULL,"
        " tx_id TEXT NOT NULL UNIQUE, proposal BLOB NOT NULL, status INTEGER NOT NULL,"
        " block INTEGER NOT NULL DEFAULT 0, reason_code TEXT NOT NULL DEFAULT '',"
        " reason_message TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 0,"
        " created INTEGER NOT NULL, updated INTEGER NOT NULL, response BLOB,"
        " follow_up INTEGER NOT NULL DEFAULT 0);"
        "CREATE INDEX IF NOT EXISTS outbox_unsettled ON outbox(status) WHERE status IN (1, 2);");
}

std::int64_t Outbox::add(const NewEntry &entry)
{
    Statement insert(m_db,
        "INSERT INTO outbox(identity, kind, lc_no, summary, channel, tx_id, proposal, status,"
        " created, updated) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?8, ?8)");
    insert.bind(1, entry.identity)
        .bind(2, entry.kind)
        .bind(3, entry.lcNo)
        .bind(4, entry.summary)
        .bind(5, entry.proposal.channel)
        .bind(6, entry.proposal.txId)
        .bindBlob(7, entry.proposal.signedProposal)
        .bind(8, nowSeconds());
    insert.run();
    Statement id(m_db, "SELECT id FROM outbox WHERE tx_id = ?1");
    id.bind(1, entry.proposal.txId);
    id.step();
    return id.integer(0);
}

std::vector<OutboxEntry> Outbox::unsettled()
{
    Statement query(m_db, std::string("SELECT ") + kColumns + " FROM outbox WHERE status IN (1, 2) ORDER BY id");
    return readAll(query);
}

std::vector<OutboxEntry> Outbox::recent(int limit)
{
    Statement query(m_db, std::string("SELECT ") + kColumns + " FROM outbox ORDER BY id DESC LIMIT ?1");
    query.bind(1, limit);
    return readAll(query);
}

std::optional<OutboxEntry> Outbox::byTransactionId(const std::string &txId)
{
    Statement query(m_db, std::string("SELECT ") + kColumns + " FROM outbox WHERE tx_id = ?1");
    query.bind(1, txId);
    if (!query.step())
        return std::nullopt;
    return readEntry(query);
}

int Outbox::unsettledCount()
{
    Statement query(m_db, "SELECT count(*) FROM outbox WHERE status IN (1, 2)");
    query.step();
    return static_cast<int>(query.integer(0));
}

void Outbox::markSent(std::int64_t id)
{
    Statement update(m_db,
        "UPDATE outbox SET status = 2, attempts = attempts + 1, updated = ?2"
        " WHERE id = ?1 AND status IN (1, 2)");
    update.bind(1, id).bind(2, nowSeconds()).run();
}

void Outbox::markRetry(std::int64_t id, const std::string &reasonCode, const std::string &message)
{
    Statement update(m_db,
        "UPDATE outbox SET status = 1, reason_code = ?2, reason_message = ?3, updated = ?4"
        " WHERE id = ?1 AND status IN (1, 2)");
    update.bind(1, id).bind(2, reasonCode).bind(3, message).bind(4, nowSeconds()).run();
}

void Outbox::markRejected(std::int64_t id, const std::string &reasonCode, const std::string &message)
{
    Statement update(m_db,
        "UPDATE outbox SET status = 4, reason_code = ?2, reason_message = ?3, updated = ?4"
        " WHERE id = ?1 AND status IN (1, 2)");
    update.bind(1, id).bind(2, reasonCode).bind(3, message).bind(4, nowSeconds()).run();
}

bool Outbox::settle(const std::string &txId, protos::TxValidationCode code, std::uint64_t block, const Bytes &response)
{
    const bool valid = code == protos::VALID;
    // A committed entry may owe follow-up transactions (an approved issue is
    // notarized on trust); the sender writes them, in one transaction with
    // clearing the flag, so none is lost or doubled by a crash.
    Statement update(m_db,
        "UPDATE outbox SET status = ?2, block = ?3, reason_code = ?4, reason_message = '',"
        " response = ?5, updated = ?6, follow_up = ?7 WHERE tx_id = ?1 AND status IN (1, 2)");
    update.bind(1, txId)
        .bind(2, static_cast<std::int64_t>(valid ? OutboxStatus::Committed : OutboxStatus::Invalidated))
        .bind(3, static_cast<std::int64_t>(block))
        .bind(4, valid ? std::string() : protos::TxValidationCode_Name(code))
        .bindBlob(5, response)
        .bind(6, nowSeconds())
        .bind(7, valid ? 1 : 0);
    update.step();
    return sqlite3_changes(m_db) > 0;
}

std::vector<OutboxEntry> Outbox::awaitingFollowUp()
{
    Statement query(m_db, std::string("SELECT ") + kColumns + " FROM outbox WHERE follow_up = 1 ORDER BY id");
    return readAll(query);
}

void Outbox::completeFollowUp(std::int64_t id, const std::vector<NewEntry> &followUps)
{
    Transaction transaction(m_db);
    for (const NewEntry &entry : followUps)
        add(entry);
    Statement update(m_db, "UPDATE outbox SET follow_up = 0 WHERE id = ?1");
    update.bind(1, id).run();
    transaction.commit();
}

const char *outboxStatusName(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Queued:
        return "QUEUED";
    case OutboxStatus::Sent:
        return "SENT";
    case OutboxStatus::Committed:
        return "COMMITTED";
    case OutboxStatus::Rejected:
        return "REJECTED";
    case OutboxStatus::Invalidated:
        return "INVALIDATED";
    }
    return "UNKNOWN";
}

} // namespace lx::cache

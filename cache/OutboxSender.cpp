#include "cache/OutboxSender.h"

#include "cache/CacheError.h"

namespace lx::cache {

OutboxSender::OutboxSender(sqlite3 *db, ClientFor clientFor, FollowUps followUps, Before before)
    : m_outbox(db), m_clientFor(std::move(clientFor)), m_followUps(std::move(followUps)), m_before(std::move(before))
{
}

OutboxSender::~OutboxSender()
{
    stop();
}

// Returns false when the ledger is unavailable: the pass stops there.
bool OutboxSender::sendOne(const OutboxEntry &entry, client::Client &client, SendReport &report)
{
    const auto &proposal = entry.proposal;
    try {
        // An entry never handed over cannot be on the ledger: ask only about
        // those a previous attempt may have sent (a block fetch each).
        const bool maybeSent = entry.attempts > 0 || entry.status == OutboxStatus::Sent;
        if (const auto status = maybeSent ? client.transactionStatus(proposal.channel, proposal.txId) : std::nullopt) {
            report.settled += m_outbox.settle(proposal.txId, status->code, status->blockNumber) ? 1 : 0;
            return true;
        }
        if (m_before)
            m_before(entry, client);
        // Marked before it leaves: after a crash from here on, the next pass
        // finds the transaction on the ledger or sends the same bytes again.
        if (observer)
            observer(entry, Stage::Sending);
        m_outbox.markSent(entry.id);
        const client::Client::Pending pending = client.send(proposal);
        if (observer)
            observer(entry, Stage::HandedToOrderer);
        client::SubmitResult result = client.waitForCommit(pending);
        if (result.code == protos::DUPLICATE_TXID) {
            if (const auto first = client.transactionStatus(proposal.channel, proposal.txId)) {
                result.code = first->code;
                result.blockNumber = first->blockNumber;
            }
        }
        report.settled
            += m_outbox.settle(proposal.txId, result.code, result.blockNumber, pending.response.payload()) ? 1 : 0;
        if (observer)
            observer(entry, Stage::Settled);
        return true;
    } catch (const client::LedgerError &e) {
        report.lastError = e.what();
        if (e.kind() == client::LedgerError::Kind::Unavailable) {
            m_outbox.markRetry(entry.id, e.reasonCode(), e.what());
            report.ledgerUnavailable = true;
            return false;
        }
        m_outbox.markRejected(entry.id, e.reasonCode(), e.what());
        ++report.rejected;
        return true;
    }
}

SendReport OutboxSender::sendPending()
{
    SendReport report;
    bool more = true;
    while (more && !report.ledgerUnavailable) {
        for (const OutboxEntry &entry : m_outbox.unsettled()) {
            client::Client *client = m_clientFor(entry.identity);
            if (!client)
                continue; // its signer is not signed in; it waits
            if (!sendOne(entry, *client, report))
                break;
        }
        more = false;
        for (const OutboxEntry &entry : m_outbox.awaitingFollowUp()) {
            client::Client *client = m_clientFor(entry.identity);
            if (!client)
                continue;
            std::vector<Outbox::NewEntry> followUps;
            if (m_followUps && entry.status == OutboxStatus::Committed)
                followUps = m_followUps(entry, *client);
            m_outbox.completeFollowUp(entry.id, followUps);
            report.followUps += static_cast<int>(followUps.size());
            more = more || !followUps.empty();
        }
    }
    return report;
}

void OutboxSender::start(std::function<void(const SendReport &)> onPass)
{
    stop();
    m_stop = false;
    m_thread = std::thread([this, onPass = std::move(onPass)] { run(onPass); });
}

void OutboxSender::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wakeCv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void OutboxSender::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wakeCv.notify_all();
}

void OutboxSender::run(std::function<void(const SendReport &)> onPass)
{
    std::chrono::milliseconds backoff { 500 };
    while (true) {
        SendReport report;
        try {
            report = sendPending();
        } catch (const std::exception &e) {
            // The cache itself failed (disk full, tampering): report and wait.
            report.lastError = e.what();
            report.ledgerUnavailable = true;
        }
        if (onPass)
            onPass(report);
        std::unique_lock lock(m_mutex);
        if (report.ledgerUnavailable) {
            m_wakeCv.wait_for(lock, backoff, [this] { return m_stop || m_woken; });
            backoff = std::min(backoff * 2, maxBackoff);
        } else {
            backoff = std::chrono::milliseconds(500);
            m_wakeCv.wait(lock, [this] { return m_stop || m_woken; });
        }
        if (m_stop)
            return;
        m_woken = false;
    }
}

} // namespace lx::cache

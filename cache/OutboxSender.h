#pragma once

#include "cache/Outbox.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

struct sqlite3;

namespace lx::cache {

struct SendReport
{
    int settled = 0; // committed or invalidated, by this pass or found already on the ledger
    int rejected = 0; // refused by the contract (final)
    int followUps = 0; // entries added after a commit (notarization)
    bool ledgerUnavailable = false; // the pass stopped early; entries stay queued
    std::string lastError;
};

// Sends the outbox to the ledger, oldest entry first. Before each attempt it
// asks the ledger for the entry's transaction ID, so an entry sent just
// before a crash is settled instead of sent twice; a resent copy that
// reaches a block anyway is marked DUPLICATE_TXID there and the first copy
// stays the entry's fate. When the ledger is unavailable the pass stops and
// the order of the queue is kept.
//
// sendPending() runs one pass on the calling thread; start() runs passes on
// a thread of the sender's own, woken by wake() and retrying with backoff.
// The connection is used only by whichever of the two runs.
class OutboxSender
{
public:
    // The client for a wallet label, or nullptr while that identity is locked.
    using ClientFor = std::function<client::Client *(const std::string &identity)>;
    // The transactions an entry owes once committed, signed by client.
    using FollowUps = std::function<std::vector<Outbox::NewEntry>(const OutboxEntry &, client::Client &)>;

    // What must be on the ledger before an entry is sent (a presentation's
    // documents notarized on trust before its approval), written by client
    // and waited for; throws LedgerError when it cannot be, which counts as
    // the entry's own failure (retried when the ledger is unavailable,
    // rejected with the reason otherwise). Must be safe to repeat.
    using Before = std::function<void(const OutboxEntry &, client::Client &)>;

    OutboxSender(sqlite3 *db, ClientFor clientFor, FollowUps followUps = {}, Before before = {});
    ~OutboxSender();
    OutboxSender(const OutboxSender &) = delete;
    OutboxSender &operator=(const OutboxSender &) = delete;

    SendReport sendPending();

    void start(std::function<void(const SendReport &)> onPass = {});
    void stop();
    void wake();

    std::chrono::milliseconds maxBackoff { 30000 };

    // Told as each entry goes (the status bar's progress; crash tests kill
    // the process at a stage).
    enum class Stage { Sending, HandedToOrderer, Settled };
    std::function<void(const OutboxEntry &, Stage)> observer;

private:
    bool sendOne(const OutboxEntry &entry, client::Client &client, SendReport &report);
    void run(std::function<void(const SendReport &)> onPass);

    Outbox m_outbox;
    ClientFor m_clientFor;
    FollowUps m_followUps;
    Before m_before;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wakeCv;
    bool m_woken = false;
    bool m_stop = false;
};

} // namespace lx::cache

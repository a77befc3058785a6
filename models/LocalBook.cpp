#include "models/LocalBook.h"

#include "cache/Database.h"
#include "cache/DeskOutbox.h"
#include "cache/DocumentStore.h"
#include "cache/LcOutbox.h"
#include "cache/LedgerSync.h"
#include "cache/LocalCache.h"
#include "cache/Outbox.h"
#include "cache/OutboxSender.h"

#include "ledgerclient/Client.h"
#include "ledgerclient/DeskWorkflow.h"
#include "models/OutboxModel.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <exception>
#include <optional>

namespace lx::models {

namespace {
constexpr int kProgressEveryMs = 100;
constexpr int kFirstRetryMs = 1000;
constexpr int kMaxRetryMs = 30000;
} // namespace

// One product channel followed into the cache: its connection (its live
// thread writes through it) and its sync, declared so the sync goes first.
struct LocalBook::ChannelSync
{
    cache::Database db;
    std::unique_ptr<cache::LedgerSync> sync;
};

// What one open book runs on: its connections (one per thread that writes),
// the syncs (the L/C channel's first) and the sender. Declared so that the
// syncs and the sender, whose threads use the connections, are destroyed
// (and joined) first.
struct LocalBook::Engine
{
    std::shared_ptr<cache::LocalCache> cache;
    std::shared_ptr<client::Client> client;
    std::string label;
    cache::Viewer viewer;
    std::atomic<bool> cancel { false };
    std::optional<cache::Database> sendDb;
    std::vector<std::unique_ptr<ChannelSync>> syncs;
    std::unique_ptr<cache::OutboxSender> sender;
};

LocalBook::LocalBook(QObject *parent) : QObject(parent)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshThrottleMs);
    connect(&m_refresh, &QTimer::timeout, this, &LocalBook::bookChanged);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &LocalBook::startCatchUp);
    connect(&m_catchUp, &QFutureWatcher<CatchUpResult>::finished, this, &LocalBook::onCatchUpFinished);
}

LocalBook::~LocalBook()
{
    close();
}

void LocalBook::open(
    std::shared_ptr<cache::LocalCache> cache, std::shared_ptr<client::Client> client, const BankIdentity &identity)
{
    close();
    auto engine = std::make_shared<Engine>();
    engine->cache = std::move(cache);
    engine->client = std::move(client);
    engine->label = identity.label.toStdString();
    engine->viewer = cache::Viewer::forMsp(identity.mspId.toStdString());
    m_engine = std::move(engine);
    m_retryDelayMs = kFirstRetryMs;
    m_lastError.clear();
    startCatchUp();
    Q_EMIT bookChanged(); // a different book: everything shown is stale
}

void LocalBook::close()
{
    ++m_generation;
    m_retry.stop();
    m_refresh.stop();
    if (m_engine) {
        m_engine->cancel = true;
        // The catch-up stops at its next group of blocks.
        m_catchUp.waitForFinished();
        m_engine.reset(); // joins the live sync and the sender
    }
    m_syncedHeight = 0;
    m_pending = 0;
    setState(SyncState::Closed);
}

void LocalBook::setState(SyncState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT syncStateChanged(state);
}

void LocalBook::cancelCatchUp()
{
    if (m_engine && m_state == SyncState::CatchingUp)
        m_engine->cancel = true;
}

void LocalBook::resumeSync()
{
    if (m_engine && (m_state == SyncState::Paused || m_state == SyncState::Retrying)) {
        m_retry.stop();
        startCatchUp();
    }
}

// On a pool thread: connections and the sync are made there (opening reads
// the file), then the blocks since the checkpoint are applied.
void LocalBook::startCatchUp()
{
    if (!m_engine || m_catchUp.isRunning())
        return;
    Engine *engine = m_engine.get();
    engine->cancel = false;
    for (const auto &channel : engine->syncs)
        channel->sync->stop(); // after a failure: its thread has ended
    setState(SyncState::CatchingUp);
    const quint64 generation = m_generation;
    m_catchUp.setFuture(QtConcurrent::run([this, engine, generation]() -> CatchUpResult {
        CatchUpResult result;
        try {
            if (!engine->sendDb) {
                // Whole or not at all: a ledger that does not answer here
                // (a network's peer away at sign-in) leaves nothing half
                // made for the next attempt, which starts over.
                // One sync per channel, following every product on it.
                std::vector<std::vector<client::DeskWorkflow::Product>> byChannel;
                for (const auto &product : client::DeskWorkflow::products()) {
                    const auto same = std::find_if(byChannel.begin(), byChannel.end(),
                        [&](const auto &group) { return group.front().channel == product.channel; });
                    if (same == byChannel.end())
                        byChannel.push_back({ product });
                    else
                        same->push_back(product);
                }
                std::vector<std::unique_ptr<ChannelSync>> syncs;
                for (auto &products : byChannel) {
                    const std::string &name = products.front().channel;
                    try {
                        engine->client->chainInfo(name);
                    } catch (const client::LedgerError &e) {
                        if (name == "lc" || e.reasonCode() != "CHANNEL_UNKNOWN")
                            throw;
                        continue; // a network without this product: nothing to follow
                    }
                    auto channel = std::make_unique<ChannelSync>(ChannelSync { engine->cache->connect(), nullptr });
                    channel->sync = std::make_unique<cache::LedgerSync>(
                        channel->db.handle(), *engine->client, engine->viewer, std::move(products));
                    syncs.push_back(std::move(channel));
                }
                engine->syncs = std::move(syncs);
                engine->sendDb.emplace(engine->cache->connect());
            }
            QMetaObject::invokeMethod(
                this,
                [this, generation] {
                    if (generation == m_generation)
                        startSender();
                },
                Qt::QueuedConnection);
            // One progress over every channel: the blocks still to apply.
            std::vector<std::uint64_t> starts;
            std::uint64_t total = 0;
            for (const auto &channel : engine->syncs) {
                starts.push_back(channel->sync->height());
                const std::uint64_t height = engine->client->chainInfo(channel->sync->products().front().channel).height();
                total += height > starts.back() ? height - starts.back() : 0;
            }
            std::uint64_t before = 0;
            QElapsedTimer sinceReport;
            sinceReport.start();
            for (std::size_t i = 0; i < engine->syncs.size() && !engine->cancel.load(); ++i) {
                const std::uint64_t applied = engine->syncs[i]->sync->catchUp([&](std::uint64_t done, std::uint64_t) {
                    const std::uint64_t sum = std::min(before + done, total);
                    if (sinceReport.elapsed() >= kProgressEveryMs || sum == total) {
                        sinceReport.restart();
                        const quint64 lcHeight = i == 0 ? starts[0] + done : 0;
                        QMetaObject::invokeMethod(
                            this,
                            [this, generation, lcHeight, sum, total] {
                                if (generation != m_generation)
                                    return;
                                if (lcHeight)
                                    m_syncedHeight = lcHeight;
                                Q_EMIT syncProgress(sum, total);
                            },
                            Qt::QueuedConnection);
                    }
                    return !engine->cancel.load();
                });
                before += applied;
            }
            result.height = engine->syncs.front()->sync->height();
            result.cancelled = engine->cancel.load();
        } catch (const std::exception &e) {
            result.error = QString::fromStdString(e.what());
        }
        return result;
    }));
}

void LocalBook::onCatchUpFinished()
{
    if (!m_engine || m_state != SyncState::CatchingUp)
        return; // closed meanwhile
    const CatchUpResult result = m_catchUp.result();
    if (!result.error.isEmpty()) {
        scheduleRetry(result.error);
        return;
    }
    noteApplied(result.height, true);
    if (result.cancelled) {
        setState(SyncState::Paused);
        return;
    }
    m_retryDelayMs = kFirstRetryMs;
    m_lastError.clear();
    startLive();
}

// The sync's and the sender's callbacks run on their own threads; they use
// only their thread's connection and hand results over as queued calls.
// Both threads are joined before the engine, and this, go away.
void LocalBook::startLive()
{
    Engine *engine = m_engine.get();
    const quint64 generation = m_generation;
    for (const auto &channel : engine->syncs) {
        const bool isLc = channel == engine->syncs.front();
        cache::Database *db = &channel->db;
        channel->sync->start(
            [this, db, isLc, generation](const cache::AppliedBlocks &applied) {
                const bool outboxTouched = applied.outboxSettled > 0;
                const int pending = outboxTouched ? cache::Outbox(db->handle()).unsettledCount() : -1;
                const quint64 height = isLc ? applied.toBlock + 1 : 0;
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, height, pending] {
                        if (generation != m_generation)
                            return;
                        if (pending >= 0 && pending != m_pending) {
                            m_pending = pending;
                            Q_EMIT outboxChanged(pending);
                        }
                        noteApplied(height ? height : m_syncedHeight, height == 0);
                    },
                    Qt::QueuedConnection);
            },
            [this, generation](const std::string &error) {
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, error = QString::fromStdString(error)] {
                        if (generation == m_generation)
                            scheduleRetry(error);
                    },
                    Qt::QueuedConnection);
            });
    }
    setState(SyncState::Live);
    startSender();
    refreshPending();
}

// The outbox goes out from the start, while the book still catches up: an
// action taken meanwhile need not wait for the catch-up (nor, if its maker
// signs out first, for their next sign-in).
void LocalBook::startSender()
{
    Engine *engine = m_engine.get();
    const quint64 generation = m_generation;
    if (!engine->sender) {
        engine->sender = std::make_unique<cache::OutboxSender>(
            engine->sendDb->handle(),
            [engine](const std::string &identity) -> client::Client * {
                // Entries of another user of this bank wait until they sign in.
                return identity == engine->label ? engine->client.get() : nullptr;
            },
            &cache::lcFollowUps, &cache::lcBeforeSending);
        engine->sender->start([this, engine, generation](const cache::SendReport &) {
            const int pending = cache::Outbox(engine->sendDb->handle()).unsettledCount();
            QMetaObject::invokeMethod(
                this,
                [this, generation, pending] {
                    if (generation != m_generation)
                        return;
                    if (pending == m_pending) {
                        if (pending > 0)
                            Q_EMIT outboxAttempted();
                        return;
                    }
                    m_pending = pending;
                    Q_EMIT outboxChanged(pending);
                    m_refresh.start();
                },
                Qt::QueuedConnection);
        });
    }
}

void LocalBook::noteApplied(quint64 height, bool force)
{
    if (height != m_syncedHeight || force) {
        m_syncedHeight = height;
        if (!m_refresh.isActive())
            m_refresh.start();
    }
}

void LocalBook::scheduleRetry(const QString &error)
{
    m_lastError = error;
    setState(SyncState::Retrying);
    m_retry.start(m_retryDelayMs);
    m_retryDelayMs = std::min(m_retryDelayMs * 2, kMaxRetryMs);
}

void LocalBook::refreshPending()
{
    if (!m_engine)
        return;
    auto cache = m_engine->cache;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<int>(this);
    connect(watcher, &QFutureWatcher<int>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const int pending = watcher->result();
        if (generation != m_generation || pending < 0 || pending == m_pending)
            return;
        m_pending = pending;
        Q_EMIT outboxChanged(pending);
    });
    watcher->setFuture(QtConcurrent::run([cache] {
        try {
            cache::Database db = cache->connect();
            return cache::Outbox(db.handle()).unsettledCount();
        } catch (const std::exception &) {
            return -1;
        }
    }));
}

namespace {
struct QueuedAction
{
    qint64 entryId = 0;
    QString summary;
    int pending = 0;
    QString error;
};
} // namespace

void LocalBook::enqueue(EntryMaker make)
{
    if (!m_engine) {
        Q_EMIT actionFailed(tr("Sign in before acting."));
        return;
    }
    // The engine is kept by the task: an action signed just before a sign-out
    // is still stored, and goes out at the next sign-in.
    auto engine = m_engine;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<QueuedAction>(this);
    connect(watcher, &QFutureWatcher<QueuedAction>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const QueuedAction done = watcher->result();
        if (generation != m_generation)
            return;
        if (!done.error.isEmpty()) {
            Q_EMIT actionFailed(done.error);
            return;
        }
        m_pending = done.pending;
        Q_EMIT outboxChanged(m_pending);
        Q_EMIT actionQueued(done.entryId, done.summary);
        if (m_engine && m_engine->sender)
            m_engine->sender->wake();
    });
    watcher->setFuture(QtConcurrent::run([engine, make = std::move(make)] {
        QueuedAction done;
        try {
            cache::Database db = engine->cache->connect();
            const auto [id, summary] = make(*engine, db.handle());
            done.entryId = id;
            done.summary = summary;
            done.pending = cache::Outbox(db.handle()).unsettledCount();
        } catch (const std::exception &e) {
            done.error = QString::fromStdString(e.what());
        }
        return done;
    }));
}

void LocalBook::submitDraft(const lianxin::lc::LcAction &action, const std::vector<Attachment> &attachments)
{
    enqueue([action, attachments](Engine &engine, sqlite3 *db) {
        cache::Outbox outbox(db);
        const auto entry = cache::lcDraftEntry(*engine.client, engine.label, action);
        // The files first (kept under their hashes; harmless if the entry
        // never follows), then the signed entry.
        cache::DocumentStore documents(db);
        for (const Attachment &file : attachments)
            documents.attach(entry.lcNo, 0, file.docType, file.fileName, file.content);
        return std::make_pair(outbox.add(entry), OutboxModel::summaryText(entry.kind, entry.lcNo, entry.proposal));
    });
}

void LocalBook::approveDraft(const QString &draftId, const QString &lcNo)
{
    enqueue([draftId = draftId.toStdString(), lcNo = lcNo.toStdString()](Engine &engine, sqlite3 *db) {
        cache::Outbox outbox(db);
        const auto entry = cache::lcApprovalEntry(*engine.client, engine.label, draftId, lcNo);
        return std::make_pair(outbox.add(entry), OutboxModel::summaryText(entry.kind, entry.lcNo, entry.proposal));
    });
}

void LocalBook::returnDraft(const QString &draftId, const QString &lcNo, const QString &comment)
{
    enqueue([draftId = draftId.toStdString(), lcNo = lcNo.toStdString(), comment = comment.toStdString()](
                Engine &engine, sqlite3 *db) {
        cache::Outbox outbox(db);
        const auto entry = cache::lcReturnEntry(*engine.client, engine.label, draftId, lcNo, comment);
        return std::make_pair(outbox.add(entry), OutboxModel::summaryText(entry.kind, entry.lcNo, entry.proposal));
    });
}

void LocalBook::submitDeskDraft(const std::string &contract, const std::string &action)
{
    enqueue([contract, action](Engine &engine, sqlite3 *db) {
        const auto entry
            = cache::deskDraftEntry(*engine.client, engine.label, client::DeskWorkflow::product(contract), action);
        return std::make_pair(
            cache::Outbox(db).add(entry), OutboxModel::summaryText(entry.kind, entry.lcNo, entry.proposal));
    });
}

void LocalBook::approveDeskDraft(const std::string &contract, const QString &draftId, const QString &subject)
{
    enqueue([contract, draftId = draftId.toStdString(), subject = subject.toStdString()](Engine &engine, sqlite3 *db) {
        const auto entry = cache::deskApprovalEntry(
            *engine.client, engine.label, client::DeskWorkflow::product(contract), draftId, subject);
        return std::make_pair(
            cache::Outbox(db).add(entry), OutboxModel::summaryText(entry.kind, entry.lcNo, entry.proposal));
    });
}

void LocalBook::returnDeskDraft(
    const std::string &contract, const QString &draftId, const QString &subject, const QString &comment)
{
    enqueue([contract, draftId = draftId.toStdString(), subject = subject.toStdString(),
                comment = comment.toStdString()](Engine &engine, sqlite3 *db) {
        const auto entry = cache::deskReturnEntry(
            *engine.client, engine.label, client::DeskWorkflow::product(contract), draftId, subject, comment);
        return std::make_pair(
            cache::Outbox(db).add(entry), OutboxModel::summaryText(entry.kind, entry.lcNo, entry.proposal));
    });
}

} // namespace lx::models

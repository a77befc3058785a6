#include "models/LocalBook.h"

#include "cache/Database.h"
#include "cache/DocumentStore.h"
#include "cache/LcOutbox.h"
#include "cache/LedgerSync.h"
#include "cache/LocalCache.h"
#include "cache/Outbox.h"
#include "cache/OutboxSender.h"

#include "ledgerclient/Client.h"

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

// What one open book runs on: its connections (one per thread that writes),
// the sync and the sender. Declared so that the sync and the sender, whose
// threads use the connections, are destroyed (and joined) first.
struct LocalBook::Engine
{
    std::shared_ptr<cache::LocalCache> cache;
    std::shared_ptr<client::Client> client;
    std::string label;
    cache::Viewer viewer;
    std::atomic<bool> cancel { false };
    std::optional<cache::Database> syncDb;
    std::optional<cache::Database> sendDb;
    std::unique_ptr<cache::LedgerSync> sync;
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
    if (engine->sync)
        engine->sync->stop(); // after a failure: its thread has ended
    setState(SyncState::CatchingUp);
    const quint64 generation = m_generation;
    m_catchUp.setFuture(QtConcurrent::run([this, engine, generation]() -> CatchUpResult {
        CatchUpResult result;
        try {
            if (!engine->syncDb) {
                engine->syncDb.emplace(engine->cache->connect());
                engine->sendDb.emplace(engine->cache->connect());
                engine->sync
                    = std::make_unique<cache::LedgerSync>(engine->syncDb->handle(), *engine->client, engine->viewer);
            }
            const quint64 start = engine->sync->height();
            QElapsedTimer sinceReport;
            sinceReport.start();
            engine->sync->catchUp([&](std::uint64_t applied, std::uint64_t total) {
                if (sinceReport.elapsed() >= kProgressEveryMs || applied == total) {
                    sinceReport.restart();
                    QMetaObject::invokeMethod(
                        this,
                        [this, generation, start, applied, total] {
                            if (generation != m_generation)
                                return;
                            m_syncedHeight = start + applied;
                            Q_EMIT syncProgress(applied, total);
                        },
                        Qt::QueuedConnection);
                }
                return !engine->cancel.load();
            });
            result.height = engine->sync->height();
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
    engine->sync->start(
        [this, engine, generation](const cache::AppliedBlocks &applied) {
            const bool outboxTouched = applied.outboxSettled > 0;
            const int pending = outboxTouched ? cache::Outbox(engine->syncDb->handle()).unsettledCount() : -1;
            const quint64 height = applied.toBlock + 1;
            QMetaObject::invokeMethod(
                this,
                [this, generation, height, pending] {
                    if (generation != m_generation)
                        return;
                    if (pending >= 0 && pending != m_pending) {
                        m_pending = pending;
                        Q_EMIT outboxChanged(pending);
                    }
                    noteApplied(height, false);
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
    setState(SyncState::Live);
    if (!engine->sender) {
        engine->sender = std::make_unique<cache::OutboxSender>(
            engine->sendDb->handle(),
            [engine](const std::string &identity) -> client::Client * {
                // Entries of another user of this bank wait until they sign in.
                return identity == engine->label ? engine->client.get() : nullptr;
            },
            &cache::lcFollowUps);
        engine->sender->start([this, engine, generation](const cache::SendReport &) {
            const int pending = cache::Outbox(engine->sendDb->handle()).unsettledCount();
            QMetaObject::invokeMethod(
                this,
                [this, generation, pending] {
                    if (generation != m_generation || pending == m_pending)
                        return;
                    m_pending = pending;
                    Q_EMIT outboxChanged(pending);
                    m_refresh.start();
                },
                Qt::QueuedConnection);
        });
    }
    refreshPending();
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
        return std::make_pair(outbox.add(entry), QString::fromStdString(entry.summary));
    });
}

void LocalBook::approveDraft(const QString &draftId, const QString &lcNo)
{
    enqueue([draftId = draftId.toStdString(), lcNo = lcNo.toStdString()](Engine &engine, sqlite3 *db) {
        cache::Outbox outbox(db);
        const auto entry = cache::lcApprovalEntry(*engine.client, engine.label, draftId, lcNo);
        return std::make_pair(outbox.add(entry), QString::fromStdString(entry.summary));
    });
}

void LocalBook::returnDraft(const QString &draftId, const QString &lcNo, const QString &comment)
{
    enqueue([draftId = draftId.toStdString(), lcNo = lcNo.toStdString(), comment = comment.toStdString()](
                Engine &engine, sqlite3 *db) {
        cache::Outbox outbox(db);
        const auto entry = cache::lcReturnEntry(*engine.client, engine.label, draftId, lcNo, comment);
        return std::make_pair(outbox.add(entry), QString::fromStdString(entry.summary));
    });
}

} // namespace lx::models

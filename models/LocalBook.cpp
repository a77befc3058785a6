#include "models/LocalBook.h"

#include "models/LocalBookEngine.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <exception>

namespace lx::models {

namespace {
constexpr int kProgressEveryMs = 100;
constexpr int kFirstRetryMs = 1000;
constexpr int kMaxRetryMs = 30000;
} // namespace

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

} // namespace lx::models

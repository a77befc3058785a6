#include "models/LedgerStatusWorker.h"

#include "ledgerclient/Client.h"

#include <QMetaObject>

#include <exception>
#include <mutex>
#include <set>

namespace lx::models {

// Shared with the backend's callbacks, which may outlive neither the
// subscriptions nor, thanks to the mutex, the worker they wake.
struct LedgerStatusWorker::Inbox
{
    std::mutex mutex;
    std::set<QString> dirtyChannels;
    bool wakePending = false;
    LedgerStatusWorker *worker = nullptr;
};

LedgerStatusWorker::LedgerStatusWorker(
    std::shared_ptr<client::Client> client, const QStringList &channels, quint64 generation)
    : m_client(std::move(client))
    , m_channels(channels)
    , m_generation(generation)
    , m_inbox(std::make_shared<Inbox>())
    , m_throttle(this)
    , m_probe(this)
{
    m_inbox->worker = this;
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &LedgerStatusWorker::flush);
    m_probe.setInterval(kProbeMs);
    connect(&m_probe, &QTimer::timeout, this, &LedgerStatusWorker::probe);
}

LedgerStatusWorker::~LedgerStatusWorker()
{
    // Without the lock: a subscription's destructor may wait for a callback
    // that is itself waiting for the lock.
    m_subscriptions.clear();
    const std::lock_guard lock(m_inbox->mutex);
    m_inbox->worker = nullptr;
}

void LedgerStatusWorker::start()
{
    if (!m_unreachable)
        Q_EMIT stateChanged(m_generation, Connecting, QString());
    m_subscriptions.clear();
    for (const QString &channel : std::as_const(m_channels)) {
        try {
            const std::string channelId = channel.toStdString();
            const common::BlockchainInfo info = m_client->chainInfo(channelId);
            Q_EMIT channelStatus(m_generation, channel, info.height(),
                QString::fromStdString(toHex(info.currentblockhash())), QDateTime::currentDateTime());
            m_subscriptions.push_back(
                m_client->subscribeBlocks(channelId, info.height(), blockCallback(channel), errorCallback()));
        } catch (const client::LedgerError &error) {
            if (error.kind() == client::LedgerError::Kind::Unavailable) {
                // Not there yet: ask again until it answers.
                m_subscriptions.clear();
                setUnreachable(QString::fromStdString(error.what()));
                return;
            }
            Q_EMIT stateChanged(m_generation, Failed, QString::fromStdString(error.what()));
            return;
        } catch (const std::exception &error) {
            Q_EMIT stateChanged(m_generation, Failed, QString::fromStdString(error.what()));
            return;
        }
    }
    m_started = true;
    m_unreachable = false;
    m_probe.stop();
    m_sinceFlush.start();
    Q_EMIT stateChanged(m_generation, Live, QString());
}

// Runs on a stream's thread: an Unavailable break while the backend
// retries, any other kind when it gave up. Handed to the worker's thread.
std::function<void(const client::LedgerError &)> LedgerStatusWorker::errorCallback() const
{
    return [weakInbox = std::weak_ptr<Inbox>(m_inbox)](const client::LedgerError &error) {
        const auto inbox = weakInbox.lock();
        if (!inbox)
            return;
        const std::lock_guard lock(inbox->mutex);
        if (!inbox->worker)
            return;
        LedgerStatusWorker *worker = inbox->worker;
        const bool unavailable = error.kind() == client::LedgerError::Kind::Unavailable;
        const QString message = QString::fromStdString(error.what());
        QMetaObject::invokeMethod(
            worker, [worker, unavailable, message]() { worker->onStreamError(unavailable, message); },
            Qt::QueuedConnection);
    };
}

void LedgerStatusWorker::onStreamError(bool unavailable, const QString &message)
{
    if (unavailable)
        setUnreachable(message);
    else
        Q_EMIT stateChanged(m_generation, Failed, message);
}

void LedgerStatusWorker::setUnreachable(const QString &message)
{
    if (!m_unreachable) {
        m_unreachable = true;
        Q_EMIT stateChanged(m_generation, Unreachable, message);
    }
    if (!m_probe.isActive())
        m_probe.start();
}

// While unreachable: one question to the peer per interval, on this
// worker's thread. An answer means it is back (the backend's streams
// resume by themselves); before the first start, it starts.
void LedgerStatusWorker::probe()
{
    if (!m_started) {
        start();
        return;
    }
    for (const QString &channel : std::as_const(m_channels)) {
        try {
            const common::BlockchainInfo info = m_client->chainInfo(channel.toStdString());
            Q_EMIT channelStatus(m_generation, channel, info.height(),
                QString::fromStdString(toHex(info.currentblockhash())), QDateTime::currentDateTime());
        } catch (const std::exception &) {
            return; // still away; the timer asks again
        }
    }
    m_probe.stop();
    m_unreachable = false;
    Q_EMIT stateChanged(m_generation, Live, QString());
}

// Runs on a backend thread: mark the channel, wake the worker once.
std::function<void(const common::Block &)> LedgerStatusWorker::blockCallback(const QString &channel) const
{
    return [weakInbox = std::weak_ptr<Inbox>(m_inbox), channel](const common::Block &) {
        const auto inbox = weakInbox.lock();
        if (!inbox)
            return;
        const std::lock_guard lock(inbox->mutex);
        inbox->dirtyChannels.insert(channel);
        if (inbox->wakePending || !inbox->worker)
            return;
        inbox->wakePending = true;
        LedgerStatusWorker *worker = inbox->worker;
        QMetaObject::invokeMethod(
            worker, [worker]() { worker->onBlocksNoticed(); }, Qt::QueuedConnection);
    };
}

void LedgerStatusWorker::onBlocksNoticed()
{
    if (m_unreachable) { // a block came: the peer is back
        m_probe.stop();
        m_unreachable = false;
        Q_EMIT stateChanged(m_generation, Live, QString());
    }
    if (m_throttle.isActive())
        return;
    const qint64 since = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : kThrottleMs;
    if (since >= kThrottleMs)
        flush();
    else
        m_throttle.start(static_cast<int>(kThrottleMs - since));
}

void LedgerStatusWorker::flush()
{
    std::set<QString> channels;
    {
        const std::lock_guard lock(m_inbox->mutex);
        channels.swap(m_inbox->dirtyChannels);
        m_inbox->wakePending = false;
    }
    m_sinceFlush.start();
    for (const QString &channel : channels) {
        if (!report(channel))
            return;
    }
}

bool LedgerStatusWorker::report(const QString &channel)
{
    try {
        const common::BlockchainInfo info = m_client->chainInfo(channel.toStdString());
        Q_EMIT channelStatus(m_generation, channel, info.height(),
            QString::fromStdString(toHex(info.currentblockhash())), QDateTime::currentDateTime());
        return true;
    } catch (const client::LedgerError &error) {
        if (error.kind() == client::LedgerError::Kind::Unavailable)
            setUnreachable(QString::fromStdString(error.what()));
        else
            Q_EMIT stateChanged(m_generation, Failed, QString::fromStdString(error.what()));
        return false;
    } catch (const std::exception &error) {
        Q_EMIT stateChanged(m_generation, Failed, QString::fromStdString(error.what()));
        return false;
    }
}

} // namespace lx::models

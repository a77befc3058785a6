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
{
    m_inbox->worker = this;
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &LedgerStatusWorker::flush);
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
    Q_EMIT stateChanged(m_generation, Connecting, QString());
    for (const QString &channel : std::as_const(m_channels)) {
        try {
            const std::string channelId = channel.toStdString();
            const common::BlockchainInfo info = m_client->chainInfo(channelId);
            Q_EMIT channelStatus(m_generation, channel, info.height(),
                QString::fromStdString(toHex(info.currentblockhash())), QDateTime::currentDateTime());
            m_subscriptions.push_back(m_client->subscribeBlocks(channelId, info.height(), blockCallback(channel)));
        } catch (const std::exception &error) {
            Q_EMIT stateChanged(m_generation, Failed, QString::fromStdString(error.what()));
            return;
        }
    }
    m_sinceFlush.start();
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
    } catch (const std::exception &error) {
        Q_EMIT stateChanged(m_generation, Failed, QString::fromStdString(error.what()));
        return false;
    }
}

} // namespace lx::models

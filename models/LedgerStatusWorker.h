#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace common {
class Block;
} // namespace common

namespace lx::client {
class Client;
class Subscription;
} // namespace lx::client

namespace lx::models {

// Lives on LedgerStatusModel's thread. Reads each channel's chain info,
// subscribes to its new blocks and reports heights. Block callbacks arrive
// on a backend thread; they only mark the channel in an inbox and wake this
// worker through a queued call, and the worker re-reads the chain info at
// most once per throttle interval, so a burst of blocks costs one update.
class LedgerStatusWorker : public QObject
{
    Q_OBJECT

public:
    static constexpr int kThrottleMs = 200;

    LedgerStatusWorker(std::shared_ptr<client::Client> client, const QStringList &channels, quint64 generation);
    ~LedgerStatusWorker() override; // cancels the subscriptions first

    enum State { Connecting, Live, Failed };

public Q_SLOTS:
    void start();

Q_SIGNALS:
    void channelStatus(
        quint64 generation, const QString &channel, quint64 height, const QString &blockHashHex, const QDateTime &at);
    void stateChanged(quint64 generation, int state, const QString &error);

private:
    struct Inbox;
    std::function<void(const common::Block &)> blockCallback(const QString &channel) const;
    void onBlocksNoticed();
    void flush();
    bool report(const QString &channel); // false on a ledger error

    std::shared_ptr<client::Client> m_client;
    QStringList m_channels;
    quint64 m_generation;
    std::shared_ptr<Inbox> m_inbox;
    std::vector<std::unique_ptr<client::Subscription>> m_subscriptions;
    QTimer m_throttle;
    QElapsedTimer m_sinceFlush;
};

} // namespace lx::models

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
class LedgerError;
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
    // While the peer is unreachable, how often the worker asks it again.
    static constexpr int kProbeMs = 1000;

    LedgerStatusWorker(std::shared_ptr<client::Client> client, const QStringList &channels, quint64 generation);
    ~LedgerStatusWorker() override; // cancels the subscriptions first

    // Unreachable: a Fabric peer that does not answer (a broken block
    // stream, a call refused as unavailable) while the backend retries; Live
    // again as soon as it answers or a block arrives.
    enum State { Connecting, Live, Failed, Unreachable };

public Q_SLOTS:
    void start();

Q_SIGNALS:
    void channelStatus(
        quint64 generation, const QString &channel, quint64 height, const QString &blockHashHex, const QDateTime &at);
    void stateChanged(quint64 generation, int state, const QString &error);

private:
    struct Inbox;
    std::function<void(const common::Block &)> blockCallback(const QString &channel) const;
    std::function<void(const client::LedgerError &)> errorCallback() const;
    void onBlocksNoticed();
    void onStreamError(bool unavailable, const QString &message);
    void flush();
    void probe();
    void setUnreachable(const QString &message);
    bool report(const QString &channel); // false on a ledger error

    std::shared_ptr<client::Client> m_client;
    QStringList m_channels;
    quint64 m_generation;
    std::shared_ptr<Inbox> m_inbox;
    std::vector<std::unique_ptr<client::Subscription>> m_subscriptions;
    QTimer m_throttle;
    QTimer m_probe;
    QElapsedTimer m_sinceFlush;
    bool m_unreachable = false;
    bool m_started = false; // every channel read and subscribed once
};

} // namespace lx::models

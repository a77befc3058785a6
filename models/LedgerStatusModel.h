#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>
#include <QThread>

#include <memory>
#include <vector>

namespace lx::client {
class Client;
}

namespace lx::models {

class LedgerStatusWorker;
class SessionModel;

// Height and last block of every channel, for the Ledger page and the status
// bar. A worker on this model's own thread reads the ledger and follows new
// blocks; nothing here calls the ledger on the GUI thread. The model follows
// the session: a new identity means a new worker (same rows).
class LedgerStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ChannelColumn, HeightColumn, BlockHashColumn, UpdatedColumn, ColumnCount };
    enum Roles {
        ChannelRole = Qt::UserRole + 1,
        HeightRole, // quint64; 0 until known
        BlockHashRole, // full hex of the last block header's hash
        UpdatedRole, // QDateTime of the last report
    };
    Q_ENUM(Roles)
    // Unreachable: the network's peer does not answer; the backend retries
    // and the state turns Live again when it does.
    enum class SyncState { Offline, Connecting, Live, Failed, Unreachable };
    Q_ENUM(SyncState)

    explicit LedgerStatusModel(SessionModel &session, QObject *parent = nullptr);
    ~LedgerStatusModel() override; // stops the worker and its thread

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    SyncState syncState() const { return m_state; }
    QString lastError() const { return m_lastError; }
    quint64 height(const QString &channel) const; // 0 when unknown
    // Every channel known with a height of at least one block.
    bool allChannelsKnown() const;

    // Follows these channels through this client; the session's identity
    // changes call it, and tests hand it a client over a fake ledger.
    void follow(std::shared_ptr<client::Client> client, const QStringList &channels);

    static constexpr int kShortHashChars = 12;

public Q_SLOTS:
    // Header titles and time formats follow the interface language.
    void retranslate();

Q_SIGNALS:
    void syncStateChanged(lx::models::LedgerStatusModel::SyncState state);
    void heightsChanged();

private:
    struct ChannelRow
    {
        QString channel;
        quint64 height = 0;
        QString blockHashHex;
        QDateTime updated;
    };
    void followSession();
    void stopWorker();
    void applyStatus(
        quint64 generation, const QString &channel, quint64 height, const QString &blockHashHex, const QDateTime &at);
    void applyState(quint64 generation, int state, const QString &error);
    void setState(SyncState state, const QString &error);

    SessionModel &m_session;
    std::vector<ChannelRow> m_rows;
    SyncState m_state = SyncState::Offline;
    QString m_lastError;
    QThread m_thread;
    QPointer<LedgerStatusWorker> m_worker;
    quint64 m_generation = 0; // reports of replaced workers are ignored
};

} // namespace lx::models

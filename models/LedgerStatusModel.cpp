#include "models/LedgerStatusModel.h"

#include "models/LedgerStatusWorker.h"
#include "models/SessionModel.h"

namespace lx::models {

LedgerStatusModel::LedgerStatusModel(SessionModel &session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    m_thread.setObjectName(QStringLiteral("LedgerStatus"));
    m_thread.start();
    connect(&m_session, &SessionModel::identityChanged, this, &LedgerStatusModel::followSession);
    // Locked or signed out there is no client: the worker lets its copy go.
    connect(&m_session, &SessionModel::lockChanged, this, &LedgerStatusModel::followSession);
    connect(&m_session, &SessionModel::signedOut, this, &LedgerStatusModel::followSession);
    if (m_session.isSignedIn())
        followSession();
}

LedgerStatusModel::~LedgerStatusModel()
{
    stopWorker();
    m_thread.quit();
    m_thread.wait(); // the worker's deferred deletion runs as the thread finishes
}

void LedgerStatusModel::followSession()
{
    follow(m_session.client(), m_session.channels());
}

void LedgerStatusModel::follow(std::shared_ptr<client::Client> client, const QStringList &channels)
{
    stopWorker();
    bool sameRows = static_cast<int>(m_rows.size()) == channels.size();
    for (std::size_t i = 0; sameRows && i < m_rows.size(); ++i)
        sameRows = m_rows[i].channel == channels[static_cast<int>(i)];
    if (!sameRows) {
        beginResetModel();
        m_rows.clear();
        for (const QString &channel : channels)
            m_rows.push_back({ channel, 0, QString(), QDateTime() });
        endResetModel();
    }
    if (!client) {
        setState(SyncState::Offline, QString());
        return;
    }

    auto *worker = new LedgerStatusWorker(std::move(client), channels, ++m_generation);
    worker->moveToThread(&m_thread);
    connect(worker, &LedgerStatusWorker::channelStatus, this, &LedgerStatusModel::applyStatus);
    connect(worker, &LedgerStatusWorker::stateChanged, this, &LedgerStatusModel::applyState);
    m_worker = worker;
    setState(SyncState::Connecting, QString());
    QMetaObject::invokeMethod(worker, &LedgerStatusWorker::start, Qt::QueuedConnection);
}

void LedgerStatusModel::stopWorker()
{
    if (m_worker) {
        disconnect(m_worker, nullptr, this, nullptr);
        m_worker->deleteLater(); // on its own thread, after any call in progress
    }
    m_worker = nullptr;
}

void LedgerStatusModel::applyStatus(
    quint64 generation, const QString &channel, quint64 height, const QString &blockHashHex, const QDateTime &at)
{
    if (generation != m_generation)
        return;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        ChannelRow &row = m_rows[i];
        if (row.channel != channel)
            continue;
        row.height = height;
        if (!blockHashHex.isEmpty())
            row.blockHashHex = blockHashHex;
        row.updated = at;
        const int r = static_cast<int>(i);
        Q_EMIT dataChanged(index(r, HeightColumn), index(r, UpdatedColumn));
        Q_EMIT heightsChanged();
        return;
    }
}

void LedgerStatusModel::applyState(quint64 generation, int state, const QString &error)
{
    if (generation != m_generation)
        return;
    switch (state) {
    case LedgerStatusWorker::Connecting:
        setState(SyncState::Connecting, QString());
        break;
    case LedgerStatusWorker::Live:
        setState(SyncState::Live, QString());
        break;
    case LedgerStatusWorker::Unreachable:
        setState(SyncState::Unreachable, error);
        break;
    default:
        setState(SyncState::Failed, error);
        break;
    }
}

void LedgerStatusModel::setState(SyncState state, const QString &error)
{
    if (state == m_state && error == m_lastError)
        return;
    m_state = state;
    m_lastError = error;
    Q_EMIT syncStateChanged(state);
}

int LedgerStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LedgerStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ChannelRow &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case ChannelRole:
        return row.channel;
    case HeightRole:
        return row.height;
    case BlockHashRole:
        return row.blockHashHex;
    case UpdatedRole:
        return row.updated;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ChannelColumn:
            return row.channel;
        case HeightColumn:
            return row.height > 0 ? QVariant(row.height) : QVariant();
        case BlockHashColumn:
            return row.blockHashHex.left(kShortHashChars);
        case UpdatedColumn:
            return row.updated.isValid() ? row.updated.time().toString(QStringLiteral("HH:mm:ss")) : QString();
        }
        return QVariant();
    case Qt::ToolTipRole:
        return index.column() == BlockHashColumn ? QVariant(row.blockHashHex) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == HeightColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return QVariant();
    }
}

QVariant LedgerStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChannelColumn:
        //: Fabric channel, one chain of the consortium (zh: 通道)
        return tr("Channel");
    case HeightColumn:
        //: Number of blocks in a channel's chain
        return tr("Height");
    case BlockHashColumn:
        return tr("Last block hash");
    case UpdatedColumn:
        return tr("Last updated");
    }
    return QVariant();
}

QHash<int, QByteArray> LedgerStatusModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ChannelRole, QByteArrayLiteral("channel"));
    names.insert(HeightRole, QByteArrayLiteral("height"));
    names.insert(BlockHashRole, QByteArrayLiteral("blockHash"));
    names.insert(UpdatedRole, QByteArrayLiteral("updated"));
    return names;
}

quint64 LedgerStatusModel::height(const QString &channel) const
{
    for (const ChannelRow &row : m_rows) {
        if (row.channel == channel)
            return row.height;
    }
    return 0;
}

bool LedgerStatusModel::allChannelsKnown() const
{
    if (m_rows.empty())
        return false;
    for (const ChannelRow &row : m_rows) {
        if (row.height == 0)
            return false;
    }
    return true;
}

void LedgerStatusModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, UpdatedColumn), index(rowCount() - 1, UpdatedColumn));
}

} // namespace lx::models

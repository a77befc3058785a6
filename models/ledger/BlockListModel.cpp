#include "models/ledger/BlockListModel.h"

#include "ledgerclient/Client.h"
#include "models/LedgerStatusModel.h"
#include "models/SessionModel.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace lx::models {

BlockListModel::BlockListModel(SessionModel &session, LedgerStatusModel &status, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_status(status)
{
    connect(&m_status, &LedgerStatusModel::heightsChanged, this, &BlockListModel::onHeightsChanged);
    connect(&m_session, &SessionModel::identityChanged, this, &BlockListModel::reset);
}

BlockListModel::~BlockListModel() = default;

void BlockListModel::setChannel(const QString &channel)
{
    if (channel == m_channel)
        return;
    m_channel = channel;
    reset();
}

void BlockListModel::reset()
{
    beginResetModel();
    ++m_generation; // pages still on their way belong to the previous channel or identity
    m_rows.clear();
    m_fetchingPage = false;
    m_fetchingTop = false;
    m_top = m_channel.isEmpty() ? 0 : m_status.height(m_channel);
    endResetModel();
}

void BlockListModel::onHeightsChanged()
{
    if (m_channel.isEmpty())
        return;
    const quint64 height = m_status.height(m_channel);
    if (height <= m_top)
        return;
    if (m_top == 0) { // first report: nothing fetched yet, views fetch on demand
        beginResetModel();
        m_top = height;
        endResetModel();
        return;
    }
    fetchTop(height);
}

void BlockListModel::fetchTop(quint64 newHeight)
{
    if (m_fetchingTop || newHeight <= m_top)
        return;
    m_fetchingTop = true;
    startFetch(m_top, newHeight - m_top, true);
}

bool BlockListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetchingPage && m_session.client() && m_top > m_rows.size();
}

void BlockListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const quint64 bottom = m_top - m_rows.size();
    const quint64 count = std::min<quint64>(kPageSize, bottom);
    m_fetchingPage = true;
    startFetch(bottom - count, count, false);
}

void BlockListModel::startFetch(quint64 first, quint64 count, bool onTop)
{
    auto *watcher = new QFutureWatcher<Page>(this);
    connect(watcher, &QFutureWatcher<Page>::finished, this, [this, watcher]() {
        applyPage(watcher->result());
        watcher->deleteLater();
    });
    // Runs on a pool thread: one block query per number.
    watcher->setFuture(QtConcurrent::run([client = m_session.client(), channel = m_channel.toStdString(), first, count,
                                             onTop, generation = m_generation]() {
        Page page;
        page.generation = generation;
        page.onTop = onTop;
        try {
            if (!client)
                throw std::runtime_error("not signed in");
            for (quint64 n = first; n < first + count; ++n) {
                try {
                    page.blocks.push_back(client::summarizeBlock(client->block(channel, n)));
                } catch (const client::LedgerError &e) {
                    // An altered block is refused by the ledger: it is
                    // listed as such, and the blocks around it still are.
                    if (e.kind() != client::LedgerError::Kind::DataInvalid)
                        throw;
                    client::BlockSummary refused;
                    refused.number = n;
                    refused.problem = e.what();
                    page.blocks.push_back(std::move(refused));
                }
            }
        } catch (const std::exception &e) {
            page.error = QString::fromStdString(e.what());
        }
        return page;
    }));
}

void BlockListModel::applyPage(const Page &page)
{
    if (page.generation != m_generation)
        return;
    (page.onTop ? m_fetchingTop : m_fetchingPage) = false;
    if (!page.error.isEmpty() || page.blocks.empty()) {
        Q_EMIT fetchFailed(page.error);
        return;
    }
    const int count = static_cast<int>(page.blocks.size());
    if (page.onTop) {
        if (page.blocks.front().number != m_top)
            return;
        beginInsertRows(QModelIndex(), 0, count - 1);
        m_rows.insert(m_rows.begin(), page.blocks.rbegin(), page.blocks.rend());
        m_top += page.blocks.size();
        endInsertRows();
    } else {
        if (page.blocks.back().number + 1 != m_top - m_rows.size())
            return;
        const int first = rowCount();
        beginInsertRows(QModelIndex(), first, first + count - 1);
        m_rows.insert(m_rows.end(), page.blocks.rbegin(), page.blocks.rend());
        endInsertRows();
    }
    Q_EMIT blocksFetched();
    if (page.onTop)
        fetchTop(m_status.height(m_channel)); // the channel may have grown meanwhile
}

int BlockListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BlockListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BlockListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const client::BlockSummary &block = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case NumberRole:
        return QVariant::fromValue<quint64>(block.number);
    case DataHashRole:
        return QString::fromStdString(block.dataHashHex);
    case PreviousHashRole:
        return QString::fromStdString(block.previousHashHex);
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return QVariant::fromValue<quint64>(block.number);
        case TimeColumn:
            return block.timestampSeconds > 0
                ? QDateTime::fromSecsSinceEpoch(block.timestampSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                : QString();
        case TransactionsColumn:
            return block.transactionCount;
        case DataHashColumn:
            if (!block.problem.empty())
                //: In the block list: the ledger refused to serve an altered block (zh: 已被篡改，拒绝读取)
                return tr("altered, not served");
            return QString::fromStdString(block.dataHashHex).left(kShortHashChars);
        case PreviousHashColumn:
            return QString::fromStdString(block.previousHashHex).left(kShortHashChars);
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (!block.problem.empty())
            return QString::fromStdString(block.problem);
        if (index.column() == DataHashColumn)
            return QString::fromStdString(block.dataHashHex);
        if (index.column() == PreviousHashColumn)
            return QString::fromStdString(block.previousHashHex);
        return QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == NumberColumn || index.column() == TransactionsColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    default:
        return QVariant();
    }
}

QVariant BlockListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        //: Block number in a channel's chain (zh: 区块号)
        return tr("Block");
    case TimeColumn:
        return tr("Time");
    case TransactionsColumn:
        return tr("Transactions");
    case DataHashColumn:
        return tr("Data hash");
    case PreviousHashColumn:
        return tr("Previous hash");
    }
    return QVariant();
}

QHash<int, QByteArray> BlockListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(NumberRole, QByteArrayLiteral("number"));
    names.insert(DataHashRole, QByteArrayLiteral("dataHash"));
    names.insert(PreviousHashRole, QByteArrayLiteral("previousHash"));
    return names;
}

void BlockListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace lx::models

#include "models/OutboxModel.h"

#include "models/BookReader.h"
#include "models/LcText.h"
#include "models/ReasonCatalog.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace lx::models {

OutboxModel::OutboxModel(BookReader &reader, QObject *parent) : QAbstractTableModel(parent), m_reader(reader) { }

void OutboxModel::refresh()
{
    if (!m_reader.hasCache())
        return;
    const quint64 generation = ++m_generation;
    m_reader.read<std::vector<cache::OutboxEntry>>(
        this, [](sqlite3 *db) { return cache::Outbox(db).recent(kShown); },
        [this, generation](std::vector<cache::OutboxEntry> entries) {
            if (generation != m_generation)
                return;
            beginResetModel();
            m_entries = std::move(entries);
            endResetModel();
            Q_EMIT refreshed(static_cast<int>(m_entries.size()));
        });
}

void OutboxModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString OutboxModel::kindText(const std::string &kind)
{
    if (kind == "SubmitDraft")
        return tr("Draft for approval");
    if (kind == "ApproveDraft")
        return tr("Approval");
    if (kind == "ReturnDraft")
        return tr("Return to the maker");
    if (kind == "Notarize")
        return tr("Notarization of documents");
    return QString::fromStdString(kind);
}

QString OutboxModel::statusText(const cache::OutboxEntry &entry)
{
    using S = cache::OutboxStatus;
    switch (entry.status) {
    case S::Queued:
        if (entry.attempts == 0)
            return tr("Waiting to be sent");
        if (entry.reasonCode.empty())
            return tr("Waiting to be sent again (%1 attempts)").arg(entry.attempts);
        // Why the last attempt failed: the officer sees what they wait for
        // (the bank's peer, the ordering service).
        return tr("Waiting to be sent again (%1 attempts): %2")
            .arg(entry.attempts)
            .arg(ReasonCatalog::describe(
                LcText::shown(entry.reasonCode), LcText::shown(entry.reasonMessage)));
    case S::Sent:
        return tr("Sent, waiting for its block");
    case S::Committed:
        return tr("Committed in block %1").arg(entry.block);
    case S::Rejected:
        return tr("Rejected: %1")
            .arg(ReasonCatalog::describe(
                LcText::shown(entry.reasonCode), LcText::shown(entry.reasonMessage)));
    case S::Invalidated:
        return tr("Invalid on the ledger (%1)").arg(QString::fromStdString(entry.reasonCode));
    }
    return {};
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cache::OutboxEntry &entry = m_entries[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CreatedColumn:
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(entry.createdSeconds), QLocale::ShortFormat);
        case ActionColumn:
            return kindText(entry.kind);
        case LcNoColumn:
            return QString::fromStdString(entry.lcNo);
        case SignerColumn:
            return QString::fromStdString(entry.identity);
        case StatusColumn:
            return statusText(entry);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return LcText::shown(entry.summary);
    case Qt::ForegroundRole:
        if (entry.status == cache::OutboxStatus::Rejected || entry.status == cache::OutboxStatus::Invalidated)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case StatusRole:
        return static_cast<int>(entry.status);
    case BlockRole:
        return QVariant::fromValue<qulonglong>(entry.block);
    case ReasonCodeRole:
        return QString::fromStdString(entry.reasonCode);
    case TxIdRole:
        return QString::fromStdString(entry.proposal.txId);
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CreatedColumn:
        return tr("When");
    case ActionColumn:
        return tr("Action");
    case LcNoColumn:
        return tr("L/C No.");
    case SignerColumn:
        return tr("Signed by");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace lx::models

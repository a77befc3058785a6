#include "models/WorklistModel.h"

#include "models/BookReader.h"
#include "models/BusinessDays.h"
#include "models/Money.h"
#include "models/ProductDraftText.h"
#include "models/lc/LcText.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <climits>

namespace lx::models {

WorklistModel::WorklistModel(BookReader &reader, QObject *parent)
    : QAbstractTableModel(parent), m_reader(reader), m_clock(client::systemClock())
{
}

void WorklistModel::setDesk(const QString &bankMsp, const QString &role, client::Clock clock)
{
    m_bank = bankMsp;
    m_role = role;
    m_clock = std::move(clock);
    beginResetModel();
    m_items.clear();
    endResetModel();
    refresh();
}

void WorklistModel::refresh()
{
    if (m_bank.isEmpty() || !m_reader.hasCache())
        return;
    m_today = chinaToday(m_clock);
    const quint64 generation = ++m_generation;
    m_reader.read<std::vector<Item>>(
        this,
        [bank = m_bank.toStdString(), role = m_role.toStdString(), today = m_today](sqlite3 *db) {
            std::vector<Item> items;
            for (auto &work : cache::worklist(db, bank, role, today)) {
                Item item { std::move(work), std::nullopt };
                if (item.work.dueDate)
                    item.businessDaysLeft = businessDaysLeft(today, *item.work.dueDate);
                items.push_back(std::move(item));
            }
            return items;
        },
        [this, generation](std::vector<Item> items) { onItems(generation, std::move(items)); },
        [this](const QString &message) { Q_EMIT readFailed(message); });
}

void WorklistModel::onItems(quint64 generation, std::vector<Item> items)
{
    if (generation != m_generation)
        return;
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
    Q_EMIT refreshed(static_cast<int>(m_items.size()));
}

void WorklistModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int WorklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int WorklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items[static_cast<std::size_t>(index.row())];
    const bool overdue = item.businessDaysLeft && *item.businessDaysLeft < 0;
    switch (role) {
    case Qt::DisplayRole:
        return display(item, index.column());
    case Qt::ForegroundRole:
        if (overdue)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == DaysLeftColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KindRole:
        return static_cast<int>(item.work.kind);
    case LcNoRole:
        return QString::fromStdString(item.work.lcNo);
    case PresentationNoRole:
        return item.work.presentationNo;
    case DraftIdRole:
        return QString::fromStdString(item.work.draftId);
    case ProductRole:
        return QString::fromStdString(item.work.product);
    case OverdueRole:
        return overdue;
    case SortRole:
        switch (index.column()) {
        case AmountColumn:
            return QVariant::fromValue<qint64>(item.work.amountFen);
        case DueColumn:
        case DaysLeftColumn:
            // Undated items last.
            return item.work.dueDate ? *item.work.dueDate : INT_MAX;
        default:
            return display(item, index.column());
        }
    default:
        return {};
    }
}

QVariant WorklistModel::display(const Item &item, int column) const
{
    const cache::WorkItem &work = item.work;
    switch (column) {
    case TaskColumn:
        if (work.kind == cache::WorkKind::ApproveDraft)
            return tr("Approve %1 drafted by %2")
                .arg(ProductDraftText::actionName(
                         QString::fromStdString(work.product), QString::fromStdString(work.action)),
                    QString::fromStdString(work.maker));
        if (work.presentationNo > 0)
            return tr("%1 (presentation %2)")
                .arg(LcText::workKindName(static_cast<int>(work.kind)))
                .arg(work.presentationNo);
        return LcText::workKindName(static_cast<int>(work.kind));
    case ProductColumn:
        return ProductDraftText::productName(QString::fromStdString(work.product));
    case ReferenceColumn:
        return LcText::shown(work.lcNo);
    case CounterpartyColumn:
        return LcText::bankName(QString::fromStdString(work.counterparty));
    case AmountColumn:
        if (work.product != "lc") // another product's draft: no amount of an L/C
            return QString();
        return Money::fromFen(work.amountFen).toString(QLocale());
    case DueColumn:
        return LcText::dateText(work.dueDate);
    case DaysLeftColumn:
        if (!item.businessDaysLeft)
            return QString();
        if (*item.businessDaysLeft < 0)
            return tr("Overdue by %n business day(s)", nullptr, -*item.businessDaysLeft);
        if (*item.businessDaysLeft == 0)
            return tr("Due today");
        return tr("%n business day(s)", nullptr, *item.businessDaysLeft);
    default:
        return {};
    }
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TaskColumn:
        return tr("Task");
    case ProductColumn:
        return tr("Product");
    case ReferenceColumn:
        //: The number of the record a task concerns: an L/C, guarantee, listing, deal or quote (zh: 业务编号)
        return tr("Reference");
    case CounterpartyColumn:
        return tr("Counterparty");
    case AmountColumn:
        return tr("Amount (CNY)");
    case DueColumn:
        return tr("Due");
    case DaysLeftColumn:
        return tr("Time left");
    default:
        return {};
    }
}

QHash<int, QByteArray> WorklistModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(LcNoRole, "lcNo");
    names.insert(PresentationNoRole, "presentationNo");
    names.insert(DraftIdRole, "draftId");
    names.insert(ProductRole, "product");
    names.insert(OverdueRole, "overdue");
    return names;
}

} // namespace lx::models

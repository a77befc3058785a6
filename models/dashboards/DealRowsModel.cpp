#include "models/dashboards/DealRowsModel.h"

#include "models/dashboards/DashboardText.h"
#include "models/lc/LcText.h"

namespace lx::models {

using namespace cache::dash;

DealRowsModel::DealRowsModel(QObject *parent) : QAbstractTableModel(parent) { }

void DealRowsModel::setRows(std::vector<DealRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void DealRowsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::DisplayRole });
}

int DealRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DealRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DealRow &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProductColumn:
            return DashboardText::productName(row.product);
        case ReferenceColumn:
            return QString::fromStdString(row.ref);
        case ItemColumn:
            return row.item > 0 ? QString::number(row.item) : QString();
        case StateColumn:
            return DashboardText::rowStateName(row);
        case FirstBankColumn:
            return LcText::bankName(QString::fromStdString(row.firstBank));
        case SecondBankColumn:
            return LcText::bankName(QString::fromStdString(row.secondBank));
        case AmountColumn:
            return LcText::money(row.amountFen);
        case StartColumn:
            return LcText::dateText(row.startDate);
        case DueColumn:
            return LcText::dateText(row.dueDate);
        case DoneColumn:
            return LcText::dateText(row.doneDate);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == AmountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ProductRole:
        return static_cast<int>(row.product);
    case ReferenceRole:
        return QString::fromStdString(row.ref);
    case AmountFenRole:
        return static_cast<qint64>(row.amountFen);
    default:
        return {};
    }
}

QVariant DealRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case ReferenceColumn:
        return tr("Reference");
    case ItemColumn:
        //: A presentation's or demand's number within its deal.
        return tr("Item");
    case StateColumn:
        return tr("State");
    case FirstBankColumn:
        //: L/C: issuing bank; forfaiting: seller; guarantee: guarantor.
        return tr("Issuing / selling bank");
    case SecondBankColumn:
        //: L/C: advising bank; forfaiting: buyer; guarantee: advising bank.
        return tr("Advising / buying bank");
    case AmountColumn:
        return tr("Amount");
    case StartColumn:
        return tr("Start");
    case DueColumn:
        return tr("Due");
    case DoneColumn:
        return tr("Done");
    }
    return {};
}

QHash<int, QByteArray> DealRowsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ProductRole, "product");
    names.insert(ReferenceRole, "reference");
    names.insert(AmountFenRole, "amountFen");
    return names;
}

} // namespace lx::models

#include "models/forfaiting/FfTableModel.h"

#include "models/forfaiting/FfDesk.h"

namespace lx::models {

FfTableModel::FfTableModel(const FfDesk &desk, QObject *parent) : QAbstractTableModel(parent), m_desk(desk)
{
    connect(&desk, &FfDesk::changed, this, &FfTableModel::reset);
}

void FfTableModel::reset()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void FfTableModel::retranslate()
{
    const int columns = columnCount();
    if (columns == 0)
        return;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows() - 1, columns - 1));
}

int FfTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int FfTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(headers().size());
}

QVariant FfTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(index.row(), index.column(), role);
}

QVariant FfTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    return headers().at(section);
}

QHash<int, QByteArray> FfTableModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "recordId");
    names.insert(ClaimIdRole, "claimId");
    names.insert(SortRole, "sortKey");
    names.insert(HighlightRole, "highlight");
    return names;
}

int FfTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < rows(); ++row) {
        if (cell(row, 0, IdRole).toString() == id)
            return row;
    }
    return -1;
}

} // namespace lx::models

#include "models/governance/DealFlagModel.h"

#include "models/governance/GovernanceText.h"
#include "models/lc/LcText.h"

#include "lianxin/trust.pb.h"

#include <QStringList>

namespace lx::models {

using lianxin::audit::DealFlag;

DealFlagModel::DealFlagModel(QObject *parent) : QAbstractTableModel(parent) { }

void DealFlagModel::setFlags(std::vector<DealFlag> flags)
{
    beginResetModel();
    m_flags = std::move(flags);
    endResetModel();
}

void DealFlagModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString DealFlagModel::productName(const std::string &product)
{
    if (product == "lc")
        return GovernanceText::lineName(lianxin::trust::LINE_LC);
    if (product == "guarantee")
        return GovernanceText::lineName(lianxin::trust::LINE_GUARANTEE);
    if (product == "forfaiting")
        return GovernanceText::lineName(lianxin::trust::LINE_FORFAITING);
    return LcText::shown(product);
}

int DealFlagModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_flags.size());
}

int DealFlagModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealFlagModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DealFlag &f = m_flags[static_cast<std::size_t>(index.row())];
    if (role == SortRole) {
        if (index.column() == SequenceColumn)
            return f.sequence();
        if (index.column() == FlaggedColumn)
            return static_cast<qlonglong>(f.flagged_seconds());
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole && index.column() == NoteColumn)
        return LcText::shown(f.note());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ProductColumn:
        return productName(f.product());
    case DealColumn:
        return LcText::shown(f.deal_id());
    case SequenceColumn:
        return QString::number(f.sequence());
    case NoteColumn:
        return LcText::shown(f.note()).simplified();
    case FlaggedColumn:
        //: %1 the regulator's user, %2 when (China time).
        return tr("%1, %2").arg(LcText::shown(f.flagged_by()), GovernanceText::chinaTime(f.flagged_seconds()));
    case PartiesColumn: {
        QStringList parties;
        for (const std::string &msp : f.parties())
            parties << LcText::bankName(QString::fromStdString(msp));
        return parties.join(GovernanceText::tr(", "));
    }
    default:
        return {};
    }
}

QVariant DealFlagModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case DealColumn:
        //: The L/C number, guarantee number or forfaiting deal ID.
        return tr("Deal");
    case SequenceColumn:
        //: The flag's number among the deal's flags.
        return tr("Flag");
    case NoteColumn:
        return tr("Regulator's note");
    case FlaggedColumn:
        return tr("Flagged by, at");
    case PartiesColumn:
        return tr("Banks party to it");
    default:
        return {};
    }
}

} // namespace lx::models

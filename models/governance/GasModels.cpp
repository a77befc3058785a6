#include "models/governance/GasModels.h"

#include "models/Money.h"
#include "models/lc/LcText.h"

#include <QLocale>

namespace lx::models {

using lianxin::trust::GasBalance;
using lianxin::trust::GasCredit;
using lianxin::trust::GasReport;

QString gasText(qint64 milliGas)
{
    const QLocale locale;
    const qint64 whole = milliGas / 1000;
    const qint64 fraction = (milliGas < 0 ? -milliGas : milliGas) % 1000;
    return locale.toString(whole) + locale.decimalPoint()
        + QStringLiteral("%1").arg(fraction, 3, 10, QLatin1Char('0'));
}

GasReportModel::GasReportModel(QObject *parent) : QAbstractTableModel(parent) { }

void GasReportModel::setReport(GasReport report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

void GasReportModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int GasReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_report.credits_size();
}

int GasReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GasReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GasCredit &c = m_report.credits(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MemberColumn:
            return LcText::shown(c.msp_id());
        case EndorsementsColumn:
            return locale.toString(static_cast<qlonglong>(c.endorsements()));
        case TransactionsColumn:
            return locale.toString(static_cast<qlonglong>(c.transactions()));
        case HoursColumn:
            return locale.toString(static_cast<qlonglong>(c.available_hours()));
        case CostColumn:
            return Money::fromFen(c.approved_cost_fen()).toDisplayString(locale);
        case GasColumn:
            return gasText(c.gas_milli());
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == MemberColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case MspIdRole:
        return QString::fromStdString(c.msp_id());
    case SortRole:
        switch (index.column()) {
        case MemberColumn:
            return QString::fromStdString(c.msp_id());
        case EndorsementsColumn:
            return static_cast<qlonglong>(c.endorsements());
        case TransactionsColumn:
            return static_cast<qlonglong>(c.transactions());
        case HoursColumn:
            return static_cast<qlonglong>(c.available_hours());
        case CostColumn:
            return static_cast<qlonglong>(c.approved_cost_fen());
        default:
            return static_cast<qlonglong>(c.gas_milli());
        }
    default:
        return {};
    }
}

QVariant GasReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MemberColumn:
        return tr("Member");
    case EndorsementsColumn:
        //: Endorsements the member's peers gave valid transactions of the month.
        return tr("Endorsements");
    case TransactionsColumn:
        //: Valid transactions of the month the member's users submitted.
        return tr("Transactions");
    case HoursColumn:
        //: Hours the member's nodes stated they were available in the month.
        return tr("Available hours");
    case CostColumn:
        //: Node costs the council approved for the member and month.
        return tr("Approved node cost");
    case GasColumn:
        return tr("Gas");
    default:
        return {};
    }
}

QHash<int, QByteArray> GasReportModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(MspIdRole, "mspId");
    names.insert(SortRole, "sortValue");
    return names;
}

GasBalanceModel::GasBalanceModel(QObject *parent) : QAbstractTableModel(parent) { }

void GasBalanceModel::setBalances(std::vector<GasBalance> balances)
{
    beginResetModel();
    m_balances = std::move(balances);
    endResetModel();
}

void GasBalanceModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int GasBalanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_balances.size());
}

int GasBalanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GasBalanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GasBalance &b = m_balances[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MemberColumn:
            return LcText::shown(b.msp_id());
        case BalanceColumn:
            return gasText(b.balance_milli());
        case MonthsColumn:
            return QLocale().toString(b.periods());
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == MemberColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case MspIdRole:
        return QString::fromStdString(b.msp_id());
    case SortRole:
        switch (index.column()) {
        case MemberColumn:
            return QString::fromStdString(b.msp_id());
        case BalanceColumn:
            return static_cast<qlonglong>(b.balance_milli());
        default:
            return b.periods();
        }
    default:
        return {};
    }
}

QVariant GasBalanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MemberColumn:
        return tr("Member");
    case BalanceColumn:
        //: A member's Gas over every recorded month.
        return tr("Gas balance");
    case MonthsColumn:
        //: How many recorded months credited the member.
        return tr("Months");
    default:
        return {};
    }
}

QHash<int, QByteArray> GasBalanceModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(MspIdRole, "mspId");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace lx::models

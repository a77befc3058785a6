#pragma once

#include "lianxin/governance.pb.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace lx::models {

// Gas as a person reads it: milli-Gas in the ledger, Gas with three
// decimals on screen ("1,234.500"), in the locale's separators.
QString gasText(qint64 milliGas);

// One month's recorded Gas report (docs/gas.md): each member's facts of
// the month and the Gas they earned.
class GasReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        MemberColumn,
        EndorsementsColumn,
        TransactionsColumn,
        HoursColumn,
        CostColumn,
        GasColumn,
        ColumnCount
    };
    enum Role {
        MspIdRole = Qt::UserRole + 1,
        SortRole,
    };
    Q_ENUM(Role)

    explicit GasReportModel(QObject *parent = nullptr);

    // An empty report (no period) shows no rows.
    void setReport(lianxin::trust::GasReport report);
    const lianxin::trust::GasReport &report() const { return m_report; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    lianxin::trust::GasReport m_report;
};

// Each member's Gas over every recorded month.
class GasBalanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MemberColumn, BalanceColumn, MonthsColumn, ColumnCount };
    enum Role {
        MspIdRole = Qt::UserRole + 1,
        SortRole,
    };
    Q_ENUM(Role)

    explicit GasBalanceModel(QObject *parent = nullptr);

    void setBalances(std::vector<lianxin::trust::GasBalance> balances);
    const std::vector<lianxin::trust::GasBalance> &balances() const { return m_balances; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<lianxin::trust::GasBalance> m_balances;
};

} // namespace lx::models

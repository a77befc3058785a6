#pragma once

#ifndef Q_MOC_RUN // moc (Qt 6.4) cannot parse <compare>, which the engine's keys use
#include "cache/Dashboards.h"
#endif

#include <QAbstractTableModel>

#include <vector>

namespace lx::models {

// The deals behind a dashboard point (a drill-down), or the deadline
// chart's late and overdue items: product, reference, presentation or
// demand number, state, the two banks, the amount the point counted, and
// the start, due and done dates.
class DealRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ProductColumn, ReferenceColumn, ItemColumn, StateColumn, FirstBankColumn, SecondBankColumn,
        AmountColumn, StartColumn, DueColumn, DoneColumn, ColumnCount };
    enum Roles {
        ProductRole = Qt::UserRole + 1, // int: cache::dash::Product
        ReferenceRole, // QString: L/C number, deal ID, guarantee number
        AmountFenRole // qint64
    };

    explicit DealRowsModel(QObject *parent = nullptr);

    void setRows(std::vector<cache::dash::DealRow> rows);
    const std::vector<cache::dash::DealRow> &rows() const { return m_rows; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::vector<cache::dash::DealRow> m_rows;
};

} // namespace lx::models

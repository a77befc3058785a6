#pragma once

#include "lianxin/quotes.pb.h"

#include <QAbstractTableModel>

#include <vector>

namespace lx::models {

// The board's most recent reported deals, newest trade date first: the
// prices the market actually traded at.
class DealListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TradeDateColumn,
        TierColumn,
        TenorColumn,
        RateColumn,
        MethodColumn,
        FaceColumn,
        ReportingBankColumn,
        DealIdColumn,
        ColumnCount
    };
    enum Role {
        DealIdRole = Qt::UserRole + 1,
        RateRole, // micros
        SortRole,
    };

    explicit DealListModel(QObject *parent = nullptr);

    void setDeals(std::vector<lianxin::quotes::DealReport> deals);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const lianxin::quotes::DealReport &deal, int column) const;
    QVariant sortValue(const lianxin::quotes::DealReport &deal, int column) const;

    std::vector<lianxin::quotes::DealReport> m_deals;
};

} // namespace lx::models

#pragma once

#include "lianxin/quotes.pb.h"

#include <QAbstractTableModel>

#include <vector>

namespace lx::models {

// The board's cells, one row per (tenor bucket, obligor tier): per side the
// best rate, the banks quoting it and the depth (count and amount), then
// the deals traded in the board's window. Sorted and filtered by a proxy
// on SortRole.
class QuoteBoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TenorColumn,
        TierColumn,
        BestBidColumn,
        BidBanksColumn,
        BidDepthColumn,
        BidAmountColumn,
        BestOfferColumn,
        OfferBanksColumn,
        OfferDepthColumn,
        OfferAmountColumn,
        DealsColumn,
        DealVolumeColumn,
        ColumnCount
    };
    enum Role {
        TenorRole = Qt::UserRole + 1, // lianxin.quotes.TenorBucket number
        TierRole,
        BestBidRole, // rate micros, 0 when no bid
        BestOfferRole,
        BidDepthRole,
        OfferDepthRole,
        SortRole, // the column's value as a number or text, for sorting
    };

    explicit QuoteBoardModel(QObject *parent = nullptr);

    void setBoard(const lianxin::quotes::Board &board);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const lianxin::quotes::BoardCell &cell, int column) const;
    QVariant sortValue(const lianxin::quotes::BoardCell &cell, int column) const;

    std::vector<lianxin::quotes::BoardCell> m_cells;
};

} // namespace lx::models

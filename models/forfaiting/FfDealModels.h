#pragma once

#include "models/forfaiting/FfSnapshot.h"
#include "models/forfaiting/FfTableModel.h"

#include <vector>

namespace lx::models {

// The deals this bank is a party to, as seller, buyer or obligor.
class FfDealsModel : public FfTableModel
{
    Q_OBJECT

public:
    enum Column {
        DealColumn,
        OurRoleColumn,
        SellerColumn,
        BuyerColumn,
        FaceColumn,
        NetColumn,
        MaturityColumn,
        MarketColumn,
        StateColumn,
    };
    enum DealRole { StateRole = HighlightRole + 1 }; // Deal.State number
    using FfTableModel::FfTableModel;
    const lianxin::forfaiting::Deal *dealAt(int row) const;
    QHash<int, QByteArray> roleNames() const override;

protected:
    void rebuild() override;
    int rows() const override { return static_cast<int>(m_rows.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    std::vector<lianxin::forfaiting::Deal> m_rows;
};

// A deal's timeline from the ledger: each committed change with its date,
// action, block, transaction, bank, maker and checker.
class FfTimelineModel : public FfTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        ActionColumn,
        BlockColumn,
        TransactionColumn,
        BankColumn,
        MakerColumn,
        CheckerColumn,
        SummaryColumn // what it did, in the current language
    };
    enum TimelineRole { ActionNameRole = HighlightRole + 1 }; // the contract's name: "Settle"
    using FfTableModel::FfTableModel;
    void setDeal(const QString &dealId);
    QHash<int, QByteArray> roleNames() const override;

protected:
    void rebuild() override;
    int rows() const override { return static_cast<int>(m_rows.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QString m_deal;
    std::vector<FfTimelineEntry> m_rows;
};

} // namespace lx::models

#pragma once

#include "models/forfaiting/FfTableModel.h"

#include "lianxin/forfaiting.pb.h"

#include <vector>

namespace lx::models {

// Open listings: other banks' (the market this bank may quote on) or this
// bank's own (what it offers, with how many quotes came in and the best).
class FfListingsModel : public FfTableModel
{
    Q_OBJECT

public:
    enum class Side { Market, Own };
    enum Column {
        ListingColumn,
        SellerColumn,
        ObligorColumn,
        TierColumn,
        FaceColumn,
        MaturityColumn,
        DaysColumn,
        MarketColumn,
        QuotesColumn, // Market: this bank's quote; Own: quotes received
    };
    FfListingsModel(const FfDesk &desk, Side side, QObject *parent = nullptr);
    const lianxin::forfaiting::Listing *listingAt(int row) const;

protected:
    void rebuild() override;
    int rows() const override { return static_cast<int>(m_rows.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QString quotesText(const lianxin::forfaiting::Listing &listing) const;

    Side m_side;
    std::vector<lianxin::forfaiting::Listing> m_rows;
};

// The quotes on one of this bank's listings, side by side: the best net
// amount among the live ones is highlighted (HighlightRole).
class FfQuotesModel : public FfTableModel
{
    Q_OBJECT

public:
    enum Column {
        BankColumn,
        RateColumn,
        MethodColumn,
        GraceColumn,
        FeesColumn,
        NetColumn,
        ValidUntilColumn,
        StateColumn,
    };
    using FfTableModel::FfTableModel;
    void setListing(const QString &listingId);
    const QString &listingId() const { return m_listing; }
    const lianxin::forfaiting::Quote *quoteAt(int row) const;
    QString bestQuoteId() const;

protected:
    void rebuild() override;
    int rows() const override { return static_cast<int>(m_rows.size()); }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QString m_listing;
    std::vector<lianxin::forfaiting::Quote> m_rows;
};

} // namespace lx::models

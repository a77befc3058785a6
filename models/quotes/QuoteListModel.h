#pragma once

#include "lianxin/quotes.pb.h"

#include <QAbstractTableModel>
#include <QString>

#include <cstdint>
#include <vector>

namespace lx::models {

// The live quotes on the board (those passing its filter), one row each;
// the signed-in bank's own quotes are marked (OwnRole, bold, "yours") as
// the ones it may withdraw.
class QuoteListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SideColumn,
        TierColumn,
        TenorColumn,
        RateColumn,
        MethodColumn,
        GraceColumn,
        FeesColumn,
        AmountColumn,
        ValidUntilColumn,
        BankColumn,
        ColumnCount
    };
    enum Role {
        QuoteIdRole = Qt::UserRole + 1,
        OwnRole, // bool: the signed-in bank's quote
        SideRole, // lianxin.quotes.Side number
        RateRole, // micros
        SortRole,
    };

    explicit QuoteListModel(QObject *parent = nullptr);

    void setQuotes(std::vector<lianxin::quotes::Quote> quotes, const QString &bankMsp, std::int64_t nowSeconds);
    void retranslate();
    int rowOf(const QString &quoteId) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const lianxin::quotes::Quote &quote, int column) const;
    QVariant sortValue(const lianxin::quotes::Quote &quote, int column) const;

    std::vector<lianxin::quotes::Quote> m_quotes;
    QString m_bank;
    std::int64_t m_now = 0;
};

} // namespace lx::models

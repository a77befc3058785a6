#pragma once

#include "lianxin/guarantee.pb.h"

#include <QAbstractTableModel>

#include <vector>

namespace lx::models {

class BookReader;

// The guarantees in the bank's cache (channel "guarantee", the records the
// bank is party to), one row each, read on the BookReader's thread. A bank
// holds hundreds of guarantees, not millions: the rows are all held, and a
// GuaranteeFilterProxy sorts and filters them. refresh() re-reads after the
// cache changed; rows whose guarantee stays in place change in place.
class GuaranteeListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        TypeColumn,
        ApplicantColumn,
        BeneficiaryColumn,
        IssuerColumn,
        AdvisingBankColumn,
        AmountColumn,
        AvailableColumn,
        ExpiryColumn,
        StateColumn,
        FrozenColumn,
        DeadlineColumn,
        ColumnCount
    };
    enum Role {
        GuaranteeNoRole = Qt::UserRole + 1,
        StateRole, // Guarantee.State number
        TypeRole, // Guarantee.Type number
        IssuerRole, // MSP ID
        AdvisingBankRole, // MSP ID
        AmountFenRole,
        AvailableFenRole,
        FrozenRole,
        DeadlineDaysRole, // business days left to examine the open demand; null when none
        SortRole, // the column's value for sorting (numbers as numbers)
        SearchTextRole, // number, parties and underlying contract, for the search box
    };

    explicit GuaranteeListModel(BookReader &reader, QObject *parent = nullptr);

    // Today as a day number (days since 1970-01-01), for the deadlines.
    void setToday(int day);
    void setRows(std::vector<lianxin::guarantee::Guarantee> rows);
    const lianxin::guarantee::Guarantee *guarantee(int row) const;
    void refresh();
    void retranslate();
    bool isLoaded() const { return m_loaded; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loaded();
    void readFailed(const QString &message);

private:
    QVariant display(const lianxin::guarantee::Guarantee &g, int column) const;
    QVariant sortValue(const lianxin::guarantee::Guarantee &g, int column) const;
    QVariant deadlineDays(const lianxin::guarantee::Guarantee &g) const;

    BookReader &m_reader;
    std::vector<lianxin::guarantee::Guarantee> m_rows;
    int m_today = 0;
    quint64 m_generation = 0;
    bool m_loaded = false;
};

} // namespace lx::models

#pragma once

#include "cache/LcQuery.h"

#include "ledgerclient/Clock.h"

#include <QAbstractTableModel>

#include <vector>

namespace lx::models {

class BookReader;

// What waits on the signed-in user now (cache::worklist): L/Cs to advise,
// amendments to answer, documents to examine, payments, drafts to approve,
// each with its deadline in business days; overdue items carry OverdueRole
// and a red foreground. Small enough to hold whole; views sort it through a
// QSortFilterProxyModel (SortRole gives sortable values).
class WorklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TaskColumn,
        ProductColumn,
        ReferenceColumn, // the record's number: an L/C, or a draft's guarantee, listing, deal or quote
        CounterpartyColumn,
        AmountColumn,
        DueColumn,
        DaysLeftColumn,
        ColumnCount
    };
    enum Role {
        KindRole = Qt::UserRole + 1, // cache::WorkKind number
        LcNoRole,
        PresentationNoRole,
        DraftIdRole,
        OverdueRole,
        SortRole,
        ProductRole, // ApproveDraft: the desk's contract ("lc", "forfaiting", "guarantee", "quotes")
    };

    explicit WorklistModel(BookReader &reader, QObject *parent = nullptr);

    // Whose work: the bank, the user's role ("officer", "checker",
    // "manager") and the clock that says which day it is.
    void setDesk(const QString &bankMsp, const QString &role, client::Clock clock);
    void refresh();
    void retranslate();
    int today() const { return m_today; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void refreshed(int items);
    void readFailed(const QString &message);

private:
    struct Item
    {
        cache::WorkItem work;
        std::optional<int> businessDaysLeft;
    };
    void onItems(quint64 generation, std::vector<Item> items);
    QVariant display(const Item &item, int column) const;

    BookReader &m_reader;
    QString m_bank;
    QString m_role;
    client::Clock m_clock;
    int m_today = 0;
    quint64 m_generation = 0;
    std::vector<Item> m_items;
};

} // namespace lx::models

#pragma once

#include "cache/LcQuery.h"
#include "models/TableExport.h"
#include "models/WorkstationSettings.h"

#include <QAbstractTableModel>

#include <functional>
#include <map>
#include <set>

namespace lx::models {

class BookReader;

// The whole book of L/Cs as a table, for any number of rows: it holds only
// the pages the view has asked for (read on the BookReader's thread, a few
// dozen at most) and counts the matches separately, so the first page
// paints before the count is known. Filtering and sorting happen in SQL,
// not in a proxy: a proxy would read every row to sort them. refresh()
// re-reads after the cache changed, keeping the rows on screen until their
// new values arrive, so the view neither flickers nor loses its place.
class LcListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LcNoColumn,
        StateColumn,
        ApplicantColumn,
        BeneficiaryColumn,
        IssuingBankColumn,
        AdvisingBankColumn,
        AmountColumn,
        IssueDateColumn,
        ExpiryDateColumn,
        NextDeadlineColumn,
        ColumnCount
    };
    enum Role {
        LcNoRole = Qt::UserRole + 1,
        StateRole, // LetterOfCredit.State number
        AmountFenRole,
        LoadedRole, // false while the row's page is being read
    };

    static constexpr int kMaxPagesHeld = 40;

    explicit LcListModel(BookReader &reader, QObject *parent = nullptr);

    // Rows read from the cache at a time (Settings); a change reloads.
    void setPageRows(int rows);
    int pageRows() const { return m_pageRows; }
    void setFilter(const cache::LcFilter &filter);
    const cache::LcFilter &filter() const { return m_filter; }
    cache::LcSort sortOrder() const { return m_sort; }
    // Rows known to match (-1 until counted).
    qint64 totalMatching() const { return m_total; }
    bool isLoading() const { return !m_inFlight.empty() || m_counting; }
    // Pages read and held now (at most kMaxPagesHeld).
    int pagesHeld() const { return static_cast<int>(m_pages.size()); }

    // Every matching row in the list's order, as the list displays it, for
    // an export: read and formatted on the reader's thread, so a book of a
    // million L/Cs never passes through the GUI thread. The headers are
    // filled in; the heading (title, bank, date, filters) is the caller's.
    void readAllDisplayed(QObject *receiver, std::function<void(ExportTable)> done,
        std::function<void(const QString &)> failed) const;

    // Re-reads the count and the pages held.
    void refresh();
    // Headers and state names in the new language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void totalChanged(qint64 total);
    void loadingChanged(bool loading);
    void readFailed(const QString &message);

private:
    struct Page
    {
        std::vector<cache::LcRow> rows;
        quint64 generation = 0;
        quint64 lastUse = 0;
    };

    void reload(); // filter or sort changed: a new list
    void requestPage(int page) const;
    void requestCount();
    void onPage(quint64 generation, int page, std::vector<cache::LcRow> rows);
    void onCount(quint64 generation, qint64 total);
    void setRowCount(int rows);
    void evictPages();
    void noteLoading(bool before);
    static QVariant display(const cache::LcRow &row, int column);

    BookReader &m_reader;
    cache::LcFilter m_filter;
    cache::LcSort m_sort;
    quint64 m_generation = 0; // bumped by every reload and refresh
    int m_rowCount = 0;
    qint64 m_total = -1;
    bool m_counting = false;
    // Held pages and the reads under way (data() is const; requests are not
    // state the view can see).
    mutable std::map<int, Page> m_pages;
    int m_pageRows = WorkstationSettings::kDefaultPageRows;
    mutable std::set<int> m_inFlight;
    mutable quint64 m_useClock = 0;
};

} // namespace lx::models

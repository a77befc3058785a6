#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace lx::models {

class FfDesk;

// The common part of the forfaiting tables: each is a view of the desk's
// latest snapshot, rebuilt (a model reset: the lists are small) whenever
// the desk re-reads the book. Subclasses keep their rows and say how a
// cell reads; every table has the same named roles for its subject.
class FfTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the row's record: claim, listing, quote or deal ID
        ClaimIdRole,
        SortRole, // numbers and days as numbers
        HighlightRole, // the row stands out: the best quote, a maturity within 30 days
    };

    explicit FfTableModel(const FfDesk &desk, QObject *parent = nullptr);

    // Headers and cells in the new language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The row whose IdRole is id; -1 when absent.
    int rowOf(const QString &id) const;

protected:
    // Re-reads the rows from the desk's snapshot (inside a model reset).
    virtual void rebuild() = 0;
    virtual int rows() const = 0;
    virtual QStringList headers() const = 0;
    virtual QVariant cell(int row, int column, int role) const = 0;
    void reset();

    const FfDesk &m_desk;
};

} // namespace lx::models

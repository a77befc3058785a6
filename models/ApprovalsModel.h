#pragma once

#include "lianxin/lc.pb.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace lx::models {

class BookReader;

// The bank's open drafts (the cache's mirror of its private collection):
// pending ones wait for a checker, returned ones for their maker. Each row
// also carries the L/C as the cache holds it now, so the checker sees what
// the draft would change (DraftComparison).
class ApprovalsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ActionColumn, LcNoColumn, MakerColumn, DraftedColumn, StatusColumn, ColumnCount };
    enum Role {
        DraftIdRole = Qt::UserRole + 1,
        LcNoRole,
        StatusRole, // lianxin::lc::Draft::Status number
        SortRole,
    };

    struct Row
    {
        lianxin::lc::Draft draft;
        std::optional<lianxin::lc::LetterOfCredit> current; // none for a new L/C
    };

    explicit ApprovalsModel(BookReader &reader, QObject *parent = nullptr);

    void setBank(const QString &bankMsp);
    void refresh();
    void retranslate();
    const Row *rowAt(int row) const;
    int rowOf(const QString &draftId) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString actionTitle(const lianxin::lc::LcAction &action);

Q_SIGNALS:
    void refreshed(int drafts);
    void readFailed(const QString &message);

private:
    void onRows(quint64 generation, std::vector<Row> rows);
    QVariant display(const Row &row, int column) const;

    BookReader &m_reader;
    QString m_bank;
    quint64 m_generation = 0;
    std::vector<Row> m_rows;
};

} // namespace lx::models

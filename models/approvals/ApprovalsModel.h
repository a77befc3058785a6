#pragma once

#include "ledgerclient/Clock.h"

#include "lianxin/desk.pb.h"
#include "lianxin/lc.pb.h"

#include <QAbstractTableModel>

#include <optional>
#include <string>
#include <vector>

namespace lx::models {

class BookReader;

// The bank's open drafts of every product (the cache's mirror of its
// private collections): pending ones wait for a checker, returned ones for
// their maker. Each row also carries what the draft concerns as the cache
// holds it now: the L/C (DraftComparison), or the guarantee, listing,
// quote, deal or claim of another product (DraftTerms), so the checker sees
// what the draft would change.
class ApprovalsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ProductColumn,
        ActionColumn,
        SubjectColumn,
        MakerColumn,
        AgeColumn, // how long it has waited; sorts by the time drafted, its tooltip
        StatusColumn,
        ColumnCount
    };
    enum Role {
        DraftIdRole = Qt::UserRole + 1,
        SubjectRole, // the L/C, guarantee, listing, deal or quote number
        LcNoRole = SubjectRole,
        StatusRole, // lianxin::desk::Draft::Status number (the L/C's is the same)
        SortRole,
        ProductRole, // the product's contract: "lc", "forfaiting", "guarantee", "quotes"
        ActionKindRole, // the action message's name: "Issue", "AcceptQuote", "Post"
        MakerRole,
    };

    // The record another product's draft concerns, as the cache holds it.
    struct Record
    {
        std::string message; // its full message name
        std::string value;
    };

    struct Row
    {
        std::string contract; // client::DeskWorkflow::Product::contract
        std::string actionMessage; // full name of the product's action message
        lianxin::desk::Draft draft; // the action is the product's message, serialized
        std::string kind;
        std::string subject;
        lianxin::lc::LcAction lcAction; // an L/C draft's action
        std::optional<lianxin::lc::LetterOfCredit> current; // an L/C draft's L/C (none for a new one)
        std::optional<Record> record; // another product's record (none for a new one)

        bool isLc() const { return contract == "lc"; }
    };

    explicit ApprovalsModel(BookReader &reader, QObject *parent = nullptr);

    void setBank(const QString &bankMsp);
    // What "now" is for the drafts' age (the session's clock).
    void setClock(client::Clock clock);
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
    static QString actionTitle(const Row &row);
    static QString subjectText(const Row &row);
    // "5 min", "3 h", "2 days": how long a draft has waited.
    static QString ageText(qint64 seconds);

Q_SIGNALS:
    void refreshed(int drafts);
    void readFailed(const QString &message);

private:
    void onRows(quint64 generation, std::vector<Row> rows);
    QVariant display(const Row &row, int column) const;
    qint64 ageSeconds(const Row &row) const;

    BookReader &m_reader;
    QString m_bank;
    client::Clock m_clock;
    quint64 m_generation = 0;
    std::vector<Row> m_rows;
};

} // namespace lx::models

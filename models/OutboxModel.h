#pragma once

#include "cache/Outbox.h"
#include "ledgerclient/EndorsementPlan.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace lx::models {

class BookReader;

// The user's actions as the outbox holds them, newest first: what was done,
// on which product's record, by whom, and where it stands (waiting to be
// sent, sent, committed in block N, rejected with the contract's reason,
// invalidated with Fabric's code).
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CreatedColumn,
        ActionColumn,
        ProductColumn,
        ReferenceColumn, // the record's number: an L/C, guarantee, listing, deal or quote
        SignerColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { StatusRole = Qt::UserRole + 1, BlockRole, ReasonCodeRole, TxIdRole };

    static constexpr int kShown = 500;

    explicit OutboxModel(BookReader &reader, QObject *parent = nullptr);

    void refresh();
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const cache::OutboxEntry &entry);
    static QString kindText(const std::string &kind);
    // What the entry does, in a line in the current language, from the
    // proposal it signed (the drafted action rides in its private inputs);
    // the cache's own summary is English, for the command line.
    static QString summaryText(
        const std::string &kind, const std::string &subject, const client::Client::PreparedProposal &proposal);
    static QString summaryText(
        const std::string &kind, const std::string &subject, const std::optional<client::ProposalCall> &call);
    // The product whose contract the entry calls ("L/C", "Guarantee", ...).
    static QString productText(const std::optional<client::ProposalCall> &call);

Q_SIGNALS:
    void refreshed(int entries);

private:
    quint64 m_generation = 0;
    BookReader &m_reader;
    // Each entry with its signed proposal read once, on the reader's thread
    // (what the product and summary columns are written from).
    struct Row
    {
        cache::OutboxEntry entry;
        std::optional<client::ProposalCall> call;
    };
    std::vector<Row> m_rows;
};

} // namespace lx::models

#pragma once

#include "ledgerclient/BlockDecoder.h"

#include <QAbstractTableModel>
#include <QString>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace lx::ledger {
class MspRegistry;
}

namespace lx::models {

class SessionModel;

// The transactions of one block, decoded on a worker thread: who created
// and endorsed each, what it invoked, the validation code the committing
// peer wrote in the block's transactions filter, and whether the creator's
// and endorsers' signatures verify against the channel's MSPs (read once
// per channel from its genesis block). Stale results (another block chosen
// meanwhile) are dropped by a generation counter.
class TransactionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IndexColumn,
        TxIdColumn,
        TypeColumn,
        ChannelColumn,
        ChaincodeColumn,
        CreatorColumn,
        EndorsersColumn,
        TimeColumn,
        ValidationColumn,
        SignaturesColumn,
        ColumnCount
    };
    enum Roles {
        TxIdRole = Qt::UserRole + 1, // full transaction ID
        ValidationCodeRole, // int, protos::TxValidationCode
        ValidationNameRole, // e.g. "VALID"
        SortRole, // numbers as numbers, the rest as displayed
    };
    Q_ENUM(Roles)

    explicit TransactionListModel(SessionModel &session, QObject *parent = nullptr);
    ~TransactionListModel() override;

    // Reads and decodes this block; loaded() or loadFailed() follows.
    void setBlock(const QString &channel, quint64 number);
    void clear();
    const QString &channel() const { return m_channel; }
    quint64 blockNumber() const { return m_number; }
    bool isLoading() const { return m_loading; }
    // nullptr for a row out of range.
    const client::DecodedTransaction *transactionAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // What a transaction asked of a contract, in the current language
    // ("L/C: approve a draft"); a function this build does not know reads as
    // "chaincode.function", as Fabric names it (the tooltip always does).
    static QString callText(const std::string &chaincode, const std::string &function);

public Q_SLOTS:
    void retranslate();

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &error);

private:
    struct Decoded
    {
        quint64 generation = 0;
        std::string channel;
        std::shared_ptr<const ledger::MspRegistry> msps;
        std::vector<client::DecodedTransaction> transactions;
        QString error;
    };
    void apply(const Decoded &decoded);
    QString displayText(const client::DecodedTransaction &tx, int column) const;

    SessionModel &m_session;
    QString m_channel;
    quint64 m_number = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
    std::vector<client::DecodedTransaction> m_rows;
    std::map<std::string, std::shared_ptr<const ledger::MspRegistry>> m_msps; // by channel
};

} // namespace lx::models

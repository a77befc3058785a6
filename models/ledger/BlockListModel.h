#pragma once

#include "ledgerclient/BlockDecoder.h"

#include <QAbstractTableModel>
#include <QString>

#include <memory>
#include <vector>

namespace lx::models {

class LedgerStatusModel;
class SessionModel;

// The blocks of one channel, newest first, read lazily in pages through the
// session's client on worker threads: a channel of any height opens at once
// and views ask for more as they scroll (canFetchMore/fetchMore). New blocks
// reported by LedgerStatusModel are read and inserted on top. Results of a
// previous channel or identity are dropped by a generation counter.
class BlockListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, TimeColumn, TransactionsColumn, DataHashColumn, PreviousHashColumn, ColumnCount };
    enum Roles {
        NumberRole = Qt::UserRole + 1, // quint64
        DataHashRole, // full hex
        PreviousHashRole, // full hex
    };
    Q_ENUM(Roles)

    static constexpr int kPageSize = 50;
    static constexpr int kShortHashChars = 12;

    BlockListModel(SessionModel &session, LedgerStatusModel &status, QObject *parent = nullptr);
    ~BlockListModel() override;

    // Shows this channel's blocks (empty: none).
    void setChannel(const QString &channel);
    const QString &channel() const { return m_channel; }
    // The height the rows count down from; rowCount() reaches it once
    // everything is fetched.
    quint64 height() const { return m_top; }
    bool isFetching() const { return m_fetchingPage || m_fetchingTop; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public Q_SLOTS:
    void retranslate();

Q_SIGNALS:
    // A page or new blocks arrived (rows inserted).
    void blocksFetched();
    void fetchFailed(const QString &error);

private:
    struct Page
    {
        quint64 generation = 0;
        bool onTop = false;
        std::vector<client::BlockSummary> blocks; // ascending numbers
        QString error;
    };
    void reset();
    void onHeightsChanged();
    void fetchTop(quint64 newHeight);
    void startFetch(quint64 first, quint64 count, bool onTop);
    void applyPage(const Page &page);

    SessionModel &m_session;
    LedgerStatusModel &m_status;
    QString m_channel;
    std::vector<client::BlockSummary> m_rows; // newest first
    quint64 m_top = 0; // rows are blocks m_top - 1 down to m_top - rowCount()
    quint64 m_generation = 0;
    bool m_fetchingPage = false;
    bool m_fetchingTop = false;
};

} // namespace lx::models

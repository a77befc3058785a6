#pragma once

#include "crypto/Bytes.h"
#include "ledgerclient/Clock.h"

#include "lianxin/quotes.pb.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace lx::models {

class BookReader;

// The unified quote board (統一報價) as the bank's cache holds it: the
// quotes and deal reports of contract "quotes" on channel "trust", turned
// into the board by the contract's own buildBoard on the reader's thread,
// as of the session's clock. Nobody writes "expired": a quote leaves the
// board when its validity passes, so the board is judged again every
// reevaluation interval (a minute) as well as on every refresh.
class QuoteMarket : public QObject
{
    Q_OBJECT

public:
    static constexpr int kReevaluateMs = 60 * 1000;

    struct Snapshot
    {
        std::int64_t asOf = 0; // Unix seconds the board was judged at
        lianxin::quotes::Board board; // the filtered cells and recent deals
        std::vector<lianxin::quotes::Quote> live; // live quotes passing the filter, by tenor, tier, side, rate
        std::map<std::string, Bytes> records; // every cached quote and deal record, by state key (for dry runs)
    };
    // Best bid by tier, then by tenor bucket (lianxin.quotes.TenorBucket numbers).
    using Curve = std::map<int, std::map<int, std::int64_t>>;

    QuoteMarket(BookReader &reader, client::Clock clock, QObject *parent = nullptr);

    void setBank(const QString &bankMsp);
    const QString &bank() const { return m_bank; }
    void setClock(client::Clock clock);
    // 0 for every tier / every bucket.
    void setFilter(int tier, int tenorBucket);
    int tierFilter() const { return m_tier; }
    int tenorFilter() const { return m_tenor; }
    void setReevaluateInterval(int ms);
    // Reads the cache again and rebuilds the board as of now.
    void refresh();

    const Snapshot &snapshot() const { return m_snapshot; }
    bool isLoaded() const { return m_loaded; }
    static Curve curveOf(const lianxin::quotes::Board &board);
    // The contract's answer to withdrawing quoteId now, for the bank; empty when it would be accepted.
    std::optional<std::string> withdrawRejection(const QString &quoteId) const;
    std::int64_t nowSeconds() const;

Q_SIGNALS:
    void changed();
    void readFailed(const QString &message);

private:
    void onSnapshot(quint64 generation, Snapshot snapshot);

    BookReader &m_reader;
    client::Clock m_clock;
    QString m_bank;
    int m_tier = 0;
    int m_tenor = 0;
    quint64 m_generation = 0;
    bool m_loaded = false;
    Snapshot m_snapshot;
    QTimer m_reevaluate;
};

} // namespace lx::models

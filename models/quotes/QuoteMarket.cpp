#include "models/quotes/QuoteMarket.h"

#include "cache/ProductRecords.h"
#include "chaincode/quotes/QuoteActions.h"
#include "chaincode/quotes/QuoteBoard.h"
#include "chaincode/quotes/QuoteDryRun.h"
#include "models/BookReader.h"

#include <algorithm>
#include <chrono>
#include <tuple>

namespace lx::models {

namespace {

using lianxin::quotes::DealReport;
using lianxin::quotes::Quote;
namespace board = chaincode::quotes;

const char *const kChannel = "trust";

QuoteMarket::Snapshot readMarket(sqlite3 *db, std::int64_t now, const board::BoardFilter &filter)
{
    QuoteMarket::Snapshot out;
    out.asOf = now;
    std::vector<Quote> quotes;
    for (const cache::ProductRecord &record : cache::productRecords(db, kChannel, "quote")) {
        Quote quote;
        if (!quote.ParseFromString(record.value))
            continue;
        out.records[record.key] = record.value;
        quotes.push_back(std::move(quote));
    }
    std::vector<DealReport> deals;
    for (const cache::ProductRecord &record : cache::productRecords(db, kChannel, "deal")) {
        DealReport deal;
        if (!deal.ParseFromString(record.value))
            continue;
        out.records[record.key] = record.value;
        deals.push_back(std::move(deal));
    }
    out.board = board::buildBoard(quotes, deals, now, filter);
    for (const Quote &quote : quotes) {
        if (!board::isLive(quote, now))
            continue;
        if ((filter.tier != 0 && quote.obligor_tier() != filter.tier)
            || (filter.tenor != lianxin::quotes::TENOR_UNSPECIFIED && board::bucketAt(quote, now) != filter.tenor))
            continue;
        out.live.push_back(quote);
    }
    const auto order = [now](const Quote &q) {
        return std::make_tuple(static_cast<int>(board::bucketAt(q, now)), q.obligor_tier(), static_cast<int>(q.side()),
            q.rate_micros(), q.id());
    };
    std::sort(out.live.begin(), out.live.end(), [&](const Quote &a, const Quote &b) { return order(a) < order(b); });
    return out;
}

} // namespace

QuoteMarket::QuoteMarket(BookReader &reader, client::Clock clock, QObject *parent)
    : QObject(parent), m_reader(reader), m_clock(std::move(clock))
{
    m_reevaluate.setInterval(kReevaluateMs);
    connect(&m_reevaluate, &QTimer::timeout, this, &QuoteMarket::refresh);
    m_reevaluate.start();
}

void QuoteMarket::setBank(const QString &bankMsp)
{
    m_bank = bankMsp;
    refresh();
}

void QuoteMarket::setClock(client::Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

void QuoteMarket::setFilter(int tier, int tenorBucket)
{
    if (tier == m_tier && tenorBucket == m_tenor)
        return;
    m_tier = tier;
    m_tenor = tenorBucket;
    refresh();
}

void QuoteMarket::setReevaluateInterval(int ms)
{
    m_reevaluate.start(ms);
}

std::int64_t QuoteMarket::nowSeconds() const
{
    const auto now = m_clock ? m_clock() : std::chrono::system_clock::now();
    return std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
}

void QuoteMarket::refresh()
{
    if (!m_reader.hasCache())
        return;
    const quint64 generation = ++m_generation;
    board::BoardFilter filter;
    filter.tier = m_tier;
    filter.tenor = static_cast<lianxin::quotes::TenorBucket>(m_tenor);
    m_reader.read<Snapshot>(
        this, [now = nowSeconds(), filter](sqlite3 *db) { return readMarket(db, now, filter); },
        [this, generation](Snapshot snapshot) { onSnapshot(generation, std::move(snapshot)); },
        [this](const QString &message) { Q_EMIT readFailed(message); });
}

void QuoteMarket::onSnapshot(quint64 generation, Snapshot snapshot)
{
    if (generation != m_generation)
        return;
    m_snapshot = std::move(snapshot);
    m_loaded = true;
    Q_EMIT changed();
}

QuoteMarket::Curve QuoteMarket::curveOf(const lianxin::quotes::Board &board)
{
    Curve curve;
    for (const auto &cell : board.cells()) {
        if (cell.buy().best_rate_micros() != 0)
            curve[cell.obligor_tier()][static_cast<int>(cell.tenor())] = cell.buy().best_rate_micros();
    }
    return curve;
}

std::optional<std::string> QuoteMarket::withdrawRejection(const QString &quoteId) const
{
    lianxin::quotes::QuoteAction action;
    action.mutable_withdraw()->set_quote_id(quoteId.toStdString());
    return board::dryRunRejection(m_snapshot.records, action, m_bank.toStdString(), nowSeconds());
}

} // namespace lx::models

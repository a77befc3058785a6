#include "models/dashboards/DashboardModel.h"

#include "models/BookReader.h"
#include "models/BusinessDays.h"
#include "models/LocalBook.h"
#include "models/SessionModel.h"
#include "models/dashboards/DashboardChartModel.h"
#include "models/dashboards/DealRowsModel.h"

#include <chrono>
#include <memory>

namespace lx::models {

using namespace cache::dash;

DashboardModel::DashboardModel(SessionModel &session, LocalBook &book, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_readers { new BookReader(this), new BookReader(this) }
    , m_late(new DealRowsModel(this))
{
    for (int c = 0; c < kChartCount; ++c)
        m_charts[static_cast<std::size_t>(c)] = new DashboardChartModel(static_cast<Chart>(c), this);
    connect(&session, &SessionModel::identityChanged, this, &DashboardModel::onIdentityChanged);
    // Locked: the readers let the cache go; unlocked: the same figures again.
    // Signed out, the same: the session holds no cache then.
    const auto followCache = [this] {
        for (BookReader *reader : m_readers)
            reader->setCache(m_session.localCache());
        if (m_session.localCache())
            recompute();
    };
    connect(&session, &SessionModel::lockChanged, this, followCache);
    connect(&session, &SessionModel::signedOut, this, followCache);
    // A book change may name new banks; a filter change cannot.
    connect(&book, &LocalBook::bookChanged, this, [this] {
        m_banksStale = true;
        recompute();
    });
    if (session.isSignedIn())
        onIdentityChanged();
}

DashboardModel::~DashboardModel() = default;

void DashboardModel::onIdentityChanged()
{
    for (BookReader *reader : m_readers)
        reader->setCache(m_session.localCache());
    m_banks.clear();
    m_banksStale = true;
    m_hasResult = false;
    ++m_generation;
    recompute();
}

bool DashboardModel::seesConsortium() const
{
    return m_session.isSignedIn() && m_session.identity().orgKind != QLatin1String("bank");
}

void DashboardModel::setRange(std::optional<int> from, std::optional<int> to)
{
    if (m_filter.from == from && m_filter.to == to)
        return;
    m_filter.from = from;
    m_filter.to = to;
    ++m_generation;
    recompute();
}

void DashboardModel::setBank(const QString &mspId)
{
    if (m_filter.bank == mspId.toStdString())
        return;
    m_filter.bank = mspId.toStdString();
    ++m_generation;
    recompute();
}

void DashboardModel::setProducts(unsigned products)
{
    if (m_filter.products == products)
        return;
    m_filter.products = products;
    ++m_generation;
    recompute();
}

DashboardChartModel *DashboardModel::chartModel(Chart chart) const
{
    return m_charts[static_cast<std::size_t>(chart)];
}

Filter DashboardModel::currentFilter() const
{
    Filter filter = m_filter;
    filter.viewer = seesConsortium() ? std::string() : m_session.identity().mspId.toStdString();
    filter.today = chinaToday(m_session.clock());
    filter.nowSeconds
        = std::chrono::duration_cast<std::chrono::seconds>(m_session.clock()().time_since_epoch()).count();
    return filter;
}

// Coalesced: while one recompute runs, further requests leave one queued.
void DashboardModel::recompute()
{
    if (!m_session.isSignedIn() || !m_readers[0]->hasCache())
        return;
    if (!m_active) {
        m_stale = true;
        return;
    }
    if (m_running) {
        m_pending = true;
        return;
    }
    start();
}

namespace {

// The two halves of a refresh, one per reader: the charts of the L/C scan
// (the longest pass) and the rest with the late list and the bank names.
constexpr unsigned kFirstHalf
    = chartBit(Chart::Issued) | chartBit(Chart::Exposure) | chartBit(Chart::Funnel) | chartBit(Chart::Statistics);
constexpr unsigned kHalves[2] = { kFirstHalf, kAllCharts & ~kFirstHalf };

} // namespace

void DashboardModel::setActive(bool active)
{
    m_active = active;
    if (m_active && (m_stale || !m_hasResult))
        recompute();
}

void DashboardModel::start()
{
    m_stale = false;
    m_running = true;
    m_pending = false;
    m_filter = currentFilter();
    m_waiting = 2;
    m_readingBanks = m_banksStale;
    m_failure.clear();
    const std::uint64_t generation = m_generation;
    Q_EMIT computing();
    for (int h = 0; h < 2; ++h) {
        m_readers[static_cast<std::size_t>(h)]->read<Computed>(
            this,
            [filter = m_filter, h, banks = m_readingBanks](sqlite3 *db) {
                Computed computed { compute(db, filter, kHalves[h]), {} };
                if (h == 1 && banks)
                    computed.banks = banksInCache(db);
                return computed;
            },
            [this, generation, h](Computed computed) {
                m_halves[static_cast<std::size_t>(h)] = std::move(computed);
                halfDone(generation);
            },
            [this, generation](const QString &message) {
                m_failure = message;
                halfDone(generation);
            });
    }
}

void DashboardModel::halfDone(std::uint64_t generation)
{
    if (--m_waiting > 0)
        return;
    m_running = false;
    if (!m_failure.isEmpty()) {
        Q_EMIT failed(m_failure);
    } else if (generation == m_generation) {
        Result merged;
        for (int c = 0; c < kChartCount; ++c) {
            const int h = (kHalves[0] & chartBit(static_cast<Chart>(c))) ? 0 : 1;
            merged.points[c] = std::move(m_halves[static_cast<std::size_t>(h)].result.points[c]);
        }
        merged.late = std::move(m_halves[1].result.late);
        m_result = std::move(merged);
        m_resultFilter = m_filter;
        m_hasResult = true;
        if (m_readingBanks) {
            m_banks.clear();
            for (const std::string &bank : m_halves[1].banks)
                m_banks.append(QString::fromStdString(bank));
            m_banksStale = false;
        }
        for (int c = 0; c < kChartCount; ++c)
            m_charts[static_cast<std::size_t>(c)]->setPoints(m_result.points[c]);
        m_late->setRows(m_result.late);
        Q_EMIT updated();
    }
    m_halves = {};
    if ((m_pending || generation != m_generation) && m_readers[0]->hasCache())
        start();
}

void DashboardModel::drill(const Key &key)
{
    struct Drilled
    {
        std::vector<DealRow> rows;
        std::size_t total = 0;
    };
    m_readers[0]->read<Drilled>(
        this,
        [filter = m_resultFilter, key](sqlite3 *db) {
            Drilled drilled;
            drilled.rows = drillDown(db, filter, key, kDrillLimit, &drilled.total);
            return drilled;
        },
        [this, key](Drilled drilled) { Q_EMIT drillReady(key, drilled.rows, static_cast<qint64>(drilled.total)); },
        [this](const QString &message) { Q_EMIT failed(message); });
}

void DashboardModel::retranslate()
{
    for (DashboardChartModel *chart : m_charts)
        chart->retranslate();
    m_late->retranslate();
}

} // namespace lx::models

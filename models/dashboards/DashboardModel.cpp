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
    , m_reader(new BookReader(this))
    , m_late(new DealRowsModel(this))
{
    for (int c = 0; c < kChartCount; ++c)
        m_charts[static_cast<std::size_t>(c)] = new DashboardChartModel(static_cast<Chart>(c), this);
    connect(&session, &SessionModel::identityChanged, this, &DashboardModel::onIdentityChanged);
    connect(&book, &LocalBook::bookChanged, this, &DashboardModel::recompute);
    if (session.isSignedIn())
        onIdentityChanged();
}

DashboardModel::~DashboardModel() = default;

void DashboardModel::onIdentityChanged()
{
    m_reader->setCache(m_session.localCache());
    m_banks.clear();
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
    if (!m_session.isSignedIn() || !m_reader->hasCache())
        return;
    if (m_running) {
        m_pending = true;
        return;
    }
    start();
}

void DashboardModel::start()
{
    m_running = true;
    m_pending = false;
    m_filter = currentFilter();
    const std::uint64_t generation = m_generation;
    Q_EMIT computing();
    m_reader->read<Computed>(
        this,
        [filter = m_filter](sqlite3 *db) { return Computed { compute(db, filter), banksInCache(db) }; },
        [this, generation, filter = m_filter](Computed computed) {
            m_running = false;
            if (generation == m_generation) {
                m_result = std::move(computed.result);
                m_resultFilter = filter;
                m_hasResult = true;
                m_banks.clear();
                for (const std::string &bank : computed.banks)
                    m_banks.append(QString::fromStdString(bank));
                for (int c = 0; c < kChartCount; ++c)
                    m_charts[static_cast<std::size_t>(c)]->setPoints(m_result.points[c]);
                m_late->setRows(m_result.late);
                Q_EMIT updated();
            }
            if (m_pending || generation != m_generation)
                start();
        },
        [this, generation](const QString &message) {
            m_running = false;
            Q_EMIT failed(message);
            if ((m_pending || generation != m_generation) && m_reader->hasCache())
                start();
        });
}

void DashboardModel::drill(const Key &key)
{
    struct Drilled
    {
        std::vector<DealRow> rows;
        std::size_t total = 0;
    };
    m_reader->read<Drilled>(
        this,
        [filter = m_resultFilter, key](sqlite3 *db) {
            Drilled drilled;
            drilled.rows = drillDown(db, filter, key, kDrillLimit, &drilled.total);
            return drilled;
        },
        [this, key](Drilled drilled) {
            Q_EMIT drillReady(key, drilled.rows, static_cast<qint64>(drilled.total));
        },
        [this](const QString &message) { Q_EMIT failed(message); });
}

void DashboardModel::retranslate()
{
    for (DashboardChartModel *chart : m_charts)
        chart->retranslate();
    m_late->retranslate();
}

} // namespace lx::models

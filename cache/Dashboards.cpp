// The dashboards: one classification (cache/DashboardFacts.cpp) feeds two
// sinks, one counting every key and one collecting the rows of one key, so
// a drill-down lists exactly the deals its bar counted.
#include "cache/Dashboards.h"

#include "cache/DashboardFacts.h"
#include "cache/Statement.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>

namespace lx::cache::dash {

using namespace detail;

namespace {

constexpr unsigned kLcDealCharts
    = chartBit(Chart::Issued) | chartBit(Chart::Exposure) | chartBit(Chart::Funnel) | chartBit(Chart::Statistics);
constexpr std::size_t kLateListed = 500;

struct Totals
{
    std::int64_t count = 0;
    std::int64_t amount = 0;
    std::int64_t outstanding = 0;
    Wide rateWeight = 0;
};

bool isLate(Packed key)
{
    if (static_cast<Chart>(key >> 60) != Chart::Deadlines)
        return false;
    const auto outcome = static_cast<Outcome>((key >> 40) & 0xFF);
    return outcome == Outcome::Late || outcome == Outcome::Overdue;
}

// A row kept for a drill-down or the late list, resolved after the scans.
struct Kept
{
    Kept(const RowRef &r, std::int64_t a) : ref(r), lcNo(r.lcNo), amount(a) { ref.lcNo = {}; }
    RowRef ref;
    std::string lcNo; // owns what ref.lcNo pointed to
    std::int64_t amount = 0;
};

// Every key's totals, and the late and overdue items as they pass (they
// come from the presentation and demand passes only, one by one, so deal
// facts may still arrive batched).
class Counter : public Sink
{
public:
    void add(Packed key, std::int64_t amount, std::int64_t outstanding, Wide rateWeight, const RowRef &ref) override
    {
        Totals &t = totals[key];
        t.count += ref.count;
        t.amount += amount;
        t.outstanding += outstanding;
        t.rateWeight += rateWeight;
        if (isLate(key))
            late.emplace_back(ref, amount);
    }
    std::unordered_map<Packed, Totals> totals;
    std::vector<Kept> late;
};

// The rows of one key, one by one (no batching: each row is a deal).
class Collector : public Sink
{
public:
    Collector(std::optional<Packed> target, std::size_t limit) : m_target(target), m_limit(limit) { }
    bool batches() const override { return false; }
    void add(Packed key, std::int64_t amount, std::int64_t, Wide, const RowRef &ref) override
    {
        if (key != m_target)
            return;
        ++total;
        if (kept.size() < m_limit)
            kept.emplace_back(ref, amount);
    }
    std::vector<Kept> kept;
    std::size_t total = 0;

private:
    std::optional<Packed> m_target; // none: a key no deal can have
    std::size_t m_limit;
};

struct Run
{
    Banks banks;
    std::vector<ProductDeal> products;
};

// Every source the charts need, into the sink.
void scanAll(sqlite3 *db, const Filter &filter, unsigned charts, Run &run, Sink &sink)
{
    Scope scope { filter };
    scope.viewer = run.banks.id(filter.viewer);
    scope.bank = run.banks.id(filter.bank);
    if (scope.wants(Product::Lc)) {
        if (charts & kLcDealCharts)
            scanLcDeals(db, scope, run.banks, charts, sink);
        const bool maturities = (charts & chartBit(Chart::Maturity)) != 0;
        const bool duties = (charts & chartBit(Chart::Deadlines)) != 0;
        if (maturities || duties)
            scanLcPresentations(db, scope, filter.today, maturities, duties, sink);
    }
    if (!scope.wants(Product::Forfaiting) && !scope.wants(Product::Guarantee))
        return;
    run.products = loadProductDeals(db, run.banks);
    for (std::size_t i = 0; i < run.products.size(); ++i) {
        const DealFact &fact = run.products[i].fact;
        if (!scope.admits(fact))
            continue;
        RowRef ref;
        ref.product = fact.product;
        ref.index = i;
        classifyDeal(fact, ref, scope, charts, filter.today, sink);
    }
    if (charts & chartBit(Chart::Deadlines))
        addProductDuties(scope, run.products, filter.today, sink);
}

// The order a chart shows its points: by category (month, bank, bucket,
// duty), then by series (product, role, outcome), so months run in order
// whichever product issued first.
bool shownBefore(const Point &a, const Point &b)
{
    const auto order = [](const Key &k) {
        return std::tie(k.chart, k.month, k.bank, k.bucket, k.duty, k.type, k.product, k.role, k.state, k.outcome);
    };
    return order(a.key) < order(b.key);
}

std::vector<Point> pointsOf(const Counter &counter, Chart chart, const Banks &banks)
{
    std::vector<Point> out;
    for (const auto &[packed, t] : counter.totals) {
        if (static_cast<Chart>(packed >> 60) != chart)
            continue;
        Point p;
        p.key = unpack(packed, banks);
        p.count = t.count;
        p.amountFen = t.amount;
        p.outstandingFen = t.outstanding;
        if (t.amount > 0)
            p.rateMicros = static_cast<std::int64_t>((t.rateWeight + t.amount / 2) / t.amount);
        out.push_back(std::move(p));
    }
    std::sort(out.begin(), out.end(), shownBefore);
    return out;
}

// Adds the board's best to the rate points (a bucket the board quotes and
// we never dealt in gets a point with count 0).
void addBoard(sqlite3 *db, const Filter &filter, std::vector<Point> &rates)
{
    for (const auto &[bucket, best] : boardBest(db, filter.nowSeconds)) {
        auto it = std::find_if(rates.begin(), rates.end(), [b = bucket](const Point &p) { return p.key.bucket == b; });
        if (it == rates.end()) {
            Point p;
            p.key.chart = Chart::ForfaitingRates;
            p.key.bucket = bucket;
            it = rates.insert(rates.end(), p);
        }
        it->boardBidMicros = best.bid;
        it->boardOfferMicros = best.offer;
    }
    std::sort(rates.begin(), rates.end(), shownBefore);
}

std::optional<int> day(const Statement &row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return static_cast<int>(row.integer(column));
}

std::vector<DealRow> resolve(sqlite3 *db, const std::vector<Kept> &kept, const Run &run)
{
    constexpr const char *kColumns
        = "SELECT lc_no, state, issuing_bank, advising_bank, issue_date, expiry_date FROM lc WHERE ";
    Statement byRowid(db, std::string(kColumns) + "rowid = ?1");
    Statement byNumber(db, std::string(kColumns) + "lc_no = ?1");
    std::vector<DealRow> out;
    out.reserve(kept.size());
    for (const Kept &k : kept) {
        DealRow row;
        row.product = k.ref.product;
        row.item = k.ref.item;
        row.amountFen = k.amount;
        if (k.ref.product == Product::Lc) {
            Statement &query = k.ref.rowid >= 0 ? byRowid : byNumber;
            if (k.ref.rowid >= 0)
                query.bind(1, k.ref.rowid);
            else
                query.bind(1, k.lcNo);
            if (query.step()) {
                row.ref = query.text(0);
                row.state = static_cast<int>(query.integer(1));
                row.firstBank = query.text(2);
                row.secondBank = query.text(3);
                row.startDate = day(query, 4);
                row.dueDate = day(query, 5);
            }
            query.reset();
        } else {
            const ProductDeal &deal = run.products[k.ref.index];
            row.ref = deal.ref;
            row.state = deal.fact.state;
            row.firstBank = deal.firstBank;
            row.secondBank = deal.secondBank;
            row.startDate = deal.fact.start;
            row.dueDate = deal.due;
        }
        if (k.ref.itemState >= 0)
            row.state = k.ref.itemState;
        if (k.ref.due)
            row.dueDate = k.ref.due;
        row.doneDate = k.ref.done;
        out.push_back(std::move(row));
    }
    return out;
}

} // namespace

MaturityBucket maturityBucket(int daysLeft)
{
    return daysLeft < 0   ? MaturityBucket::Overdue
        : daysLeft <= 30  ? MaturityBucket::Days0To30
        : daysLeft <= 60  ? MaturityBucket::Days31To60
        : daysLeft <= 90  ? MaturityBucket::Days61To90
        : daysLeft <= 180 ? MaturityBucket::Days91To180
        : daysLeft <= 360 ? MaturityBucket::Days181To360
                          : MaturityBucket::Over360;
}

const char *maturityLabel(MaturityBucket bucket)
{
    static const char *const kLabels[kMaturityBuckets]
        = { "overdue", "0-30", "31-60", "61-90", "91-180", "181-360", ">360" };
    return kLabels[static_cast<int>(bucket)];
}

Result compute(sqlite3 *db, const Filter &filter, unsigned charts)
{
    charts &= kAllCharts;
    Run run;
    Counter counter;
    scanAll(db, filter, charts, run, counter);
    Result out;
    for (int c = 0; c < kChartCount; ++c)
        if (charts & chartBit(static_cast<Chart>(c)))
            out.points[c] = pointsOf(counter, static_cast<Chart>(c), run.banks);
    if ((charts & chartBit(Chart::ForfaitingRates)) && (filter.products & productBit(Product::Forfaiting)))
        addBoard(db, filter, out.points[static_cast<int>(Chart::ForfaitingRates)]);
    // The late items of every product, the most overdue kLateListed first.
    std::vector<Kept> &kept = counter.late;
    const auto overdueBy = [&filter](const Kept &k) {
        return (k.ref.done ? *k.ref.done : filter.today) - k.ref.due.value_or(filter.today);
    };
    const auto listed = std::min(kept.size(), kLateListed);
    std::partial_sort(kept.begin(), kept.begin() + static_cast<std::ptrdiff_t>(listed), kept.end(),
        [&](const Kept &a, const Kept &b) { return overdueBy(a) > overdueBy(b); });
    kept.erase(kept.begin() + static_cast<std::ptrdiff_t>(listed), kept.end());
    out.late = resolve(db, kept, run);
    return out;
}

std::vector<Point> computeChart(sqlite3 *db, const Filter &filter, Chart chart)
{
    return std::move(compute(db, filter, chartBit(chart)).points[static_cast<int>(chart)]);
}

std::vector<DealRow> drillDown(sqlite3 *db, const Filter &filter, const Key &key, std::size_t limit, std::size_t *total)
{
    Run run;
    // The key's bank gets its number before the scans meet it.
    run.banks.id(key.bank);
    Collector collector(packKey(key, run.banks), limit);
    scanAll(db, filter, chartBit(key.chart), run, collector);
    auto rows = resolve(db, collector.kept, run);
    std::sort(rows.begin(), rows.end(), [](const DealRow &a, const DealRow &b) {
        return std::tie(a.product, a.ref, a.item) < std::tie(b.product, b.ref, b.item);
    });
    if (total)
        *total = collector.total;
    return rows;
}

std::vector<std::string> banksInCache(sqlite3 *db)
{
    std::set<std::string> banks;
    // (A nominated bank is the advising bank or another party in practice;
    // its column has no index to skip through.)
    for (const char *column : { "issuing_bank", "advising_bank" }) {
        // Each bank once, by skipping through the index rather than reading every entry.
        Statement next(db, std::string("SELECT min(") + column + ") FROM lc WHERE " + column + " > ?1");
        std::string after;
        for (;;) {
            next.bind(1, after);
            if (!next.step() || next.isNull(0))
                break;
            after = next.text(0);
            next.reset();
            banks.insert(after);
        }
    }
    Banks interned;
    for (const ProductDeal &deal : loadProductDeals(db, interned)) {
        banks.insert(deal.firstBank);
        banks.insert(deal.secondBank);
    }
    banks.erase(std::string());
    return { banks.begin(), banks.end() };
}

} // namespace lx::cache::dash

// The dashboards of cache/Dashboards.h against the same questions answered
// in the test over the generated messages (not the cache's rows): every
// chart's numbers, every drill-down's deals, under several filters.
#include "cache/Dashboards.h"

#include "LcBookFixture.h"
#include "bench/ProductBookGenerator.h"
#include "cache/LcRecords.h"
#include "cache/ProductRecords.h"
#include "cache/Statement.h"

#include "chaincode/quotes/QuoteBoard.h"

#include <algorithm>
#include <chrono>
#include <limits>
#include <map>
#include <set>
#include <sqlite3.h>
#include <tuple>

// Keys are written with designated initializers naming only their chart's
// fields; the rest keep their defaults on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace lx::cache::test {

namespace {

using namespace lx::cache::dash;
using lianxin::forfaiting::Claim;
using lianxin::forfaiting::Deal;
using lianxin::guarantee::Guarantee;
using lianxin::lc::LetterOfCredit;
using lianxin::lc::Presentation;

constexpr std::int64_t kNow = std::int64_t { 20418 } * 86400 + 3 * 3600; // 11:00 China time on kToday

int month(int day)
{
    const std::chrono::year_month_day d { std::chrono::sys_days(std::chrono::days(day)) };
    return static_cast<int>(d.year()) * 12 + static_cast<int>(unsigned(d.month())) - 1;
}

int bucket(int daysLeft)
{
    return daysLeft < 0   ? 0
        : daysLeft <= 30  ? 1
        : daysLeft <= 60  ? 2
        : daysLeft <= 90  ? 3
        : daysLeft <= 180 ? 4
        : daysLeft <= 360 ? 5
                          : 6;
}

int outcome(std::optional<int> due, std::optional<int> done, bool pending, int today)
{
    if (done)
        return due && *done > *due ? 1 : 0;
    if (pending)
        return due && *due < today ? 3 : 2;
    return 0;
}

// One count of one deal (or item) under one key.
struct Entry
{
    Key key;
    std::int64_t amount = 0;
    std::int64_t outstanding = 0;
    double rateWeight = 0;
    Product product = Product::Lc;
    std::string ref;
    int item = 0;
};

struct Totals
{
    std::int64_t count = 0, amount = 0, outstanding = 0;
    double rateWeight = 0;
};

} // namespace

class DashboardsTest : public LcBookFixture
{
protected:
    static constexpr int kClaims = 400;
    static constexpr int kGuarantees = 500;
    static constexpr int kQuotes = 60;
    int m_reused = 0; // presentations given a re-used document

    void SetUp() override
    {
        LcBookFixture::SetUp();
        bench::ProductBookGenerator generator(9, kToday, m_banks);
        Transaction transaction(m_db);
        ProductWriter writer(m_db);
        for (int i = 0; i < kClaims; ++i) {
            m_forfaiting.push_back(generator.forfaiting(i));
            const auto &f = m_forfaiting.back();
            writer.upsert("forfaiting", "claim/" + f.claim.claim_id(), f.claim.SerializeAsString(), 9, 0, "tx-c");
            for (const Deal &deal : f.deals)
                writer.upsert("forfaiting", "deal/" + deal.deal_id(), deal.SerializeAsString(), 9, 0, "tx-d");
        }
        for (int i = 0; i < kGuarantees; ++i) {
            m_guarantees.push_back(generator.guarantee(i));
            writer.upsert("guarantee", "guarantee/" + m_guarantees.back().guarantee_no(),
                m_guarantees.back().SerializeAsString(), 9, 0, "tx-g");
        }
        for (int i = 0; i < kQuotes; ++i) {
            m_quotes.push_back(generator.quote(i, kNow));
            writer.upsert("trust", "quote/" + m_quotes.back().id(), m_quotes.back().SerializeAsString(), 9, 0, "tx-q");
        }
        // Some presentations re-use a document of another L/C.
        LcWriter letters(m_db);
        for (std::size_t i = 0; i < m_book.size(); i += 7) {
            LetterOfCredit &lc = m_book[i];
            if (lc.presentations().empty())
                continue;
            auto *duplicate = lc.mutable_presentations(0)->add_duplicates();
            duplicate->set_doc_type("INVOICE");
            duplicate->add_other_lc_nos(m_book[(i + 1) % m_book.size()].lc_no());
            letters.upsert(lc, 9, "tx-dup");
            ++m_reused;
        }
        transaction.commit();
    }

    Filter filter(const std::string &viewer = {}) const
    {
        Filter f;
        f.viewer = viewer;
        f.today = kToday;
        f.nowSeconds = kNow;
        return f;
    }

    // Every count the charts should make, from the messages.
    std::vector<Entry> entries(const Filter &f) const
    {
        std::vector<Entry> out;
        const auto admitted = [&f](Product p, std::optional<int> start, const std::vector<std::string> &parties) {
            if (!(f.products & productBit(p)))
                return false;
            if ((f.from || f.to) && (!start || (f.from && *start < *f.from) || (f.to && *start > *f.to)))
                return false;
            const auto in = [&parties](const std::string &b) {
                return b.empty() || std::find(parties.begin(), parties.end(), b) != parties.end();
            };
            return in(f.viewer) && in(f.bank);
        };
        const auto deal
            = [&](Product p, const std::string &ref, int state, bool live, std::int64_t face, std::int64_t outstanding,
                  std::optional<int> start, const std::vector<std::pair<std::string, int>> &exposures,
                  const std::vector<std::string> &parties) {
                  const auto add = [&](Key key, std::int64_t amount, std::int64_t out2 = 0) {
                      out.push_back({ key, amount, out2, 0, p, ref, 0 });
                  };
                  if (start)
                      add({ .chart = Chart::Issued, .product = p, .month = month(*start) }, face);
                  add({ .chart = Chart::Funnel, .product = p, .state = state }, face);
                  std::set<std::string> distinct(parties.begin(), parties.end());
                  distinct.erase(std::string());
                  for (const auto &bank : distinct)
                      add({ .chart = Chart::Statistics, .product = p, .bank = bank }, face, live ? outstanding : 0);
                  if (live)
                      for (const auto &[bank, role] : exposures)
                          if (!bank.empty() && bank != f.viewer)
                              add({ .chart = Chart::Exposure, .bank = bank, .role = role }, outstanding);
              };
        const auto duty = [&](Product p, const std::string &ref, int item, Duty d, std::optional<int> due,
                              std::optional<int> done, bool pending, std::int64_t amount) {
            out.push_back({ { .chart = Chart::Deadlines,
                                .duty = static_cast<int>(d),
                                .outcome = outcome(due, done, pending, kToday) },
                amount, 0, 0, p, ref, item });
        };

        for (const LetterOfCredit &lc : m_book) {
            const auto start = days(lc.issue_date());
            if (!admitted(
                    Product::Lc, start, { lc.issuing_bank_msp(), lc.advising_bank_msp(), lc.nominated_bank_msp() }))
                continue;
            const int s = lc.state();
            const bool live = s != 0 && s != 1 && (s < 11 || s > 15);
            deal(Product::Lc, lc.lc_no(), s, live, lc.amount_fen(), lc.available_balance_fen(), start,
                { { lc.issuing_bank_msp(), 0 }, { lc.advising_bank_msp(), 1 } },
                { lc.issuing_bank_msp(), lc.advising_bank_msp(), lc.nominated_bank_msp() });
            for (const Presentation &p : lc.presentations()) {
                if (p.state() == Presentation::ACCEPTED && days(p.payment_confirmation().maturity_date())) {
                    const auto due = *days(p.payment_confirmation().maturity_date());
                    const auto amount = p.payment_confirmation().amount_fen() > 0
                        ? p.payment_confirmation().amount_fen()
                        : p.amount_fen();
                    out.push_back(
                        { { .chart = Chart::Maturity, .product = Product::Lc, .bucket = bucket(due - kToday) }, amount,
                            0, 0, Product::Lc, lc.lc_no(), p.number() });
                }
                if (days(p.examination_deadline()))
                    for (const Duty kind : { Duty::LcExamination, Duty::LcDuplicateExamination })
                        if (kind == Duty::LcExamination || p.duplicates_size() > 0)
                            duty(Product::Lc, lc.lc_no(), p.number(), kind, days(p.examination_deadline()),
                                days(p.examination().examined_date()), p.state() == Presentation::PRESENTED,
                                p.amount_fen());
                if (days(p.payment_deadline()) && p.state() != Presentation::REFUSED) {
                    auto done = days(p.payment().paid_date());
                    const auto confirmed = days(p.payment_confirmation().confirmed_date());
                    if (confirmed && (!done || *confirmed < *done))
                        done = confirmed;
                    duty(Product::Lc, lc.lc_no(), p.number(), Duty::LcPayment, days(p.payment_deadline()), done,
                        p.state() == Presentation::COMPLYING || p.state() == Presentation::WAIVED, p.amount_fen());
                }
            }
        }

        for (const auto &f2 : m_forfaiting) {
            for (const Deal &d : f2.deals) {
                const auto start = days(d.trade_date());
                if (!admitted(Product::Forfaiting, start, { d.seller_msp(), d.buyer_msp(), d.obligor_msp() }))
                    continue;
                const bool holds = f2.claim.holder_msp() == d.buyer_msp();
                int state = d.state();
                if (state == Deal::SETTLED && holds && f2.claim.state() == Claim::PAID)
                    state = kDealPaidAtMaturity;
                if (state == Deal::SETTLED && holds && f2.claim.state() == Claim::OVERDUE)
                    state = kDealOverdue;
                const bool live = d.state() == Deal::SETTLED && holds && state != kDealPaidAtMaturity;
                deal(Product::Forfaiting, d.deal_id(), state, live, d.face_value_fen(), d.face_value_fen(), start,
                    { { d.buyer_msp(), 2 }, { d.obligor_msp(), 0 } },
                    { d.seller_msp(), d.buyer_msp(), d.obligor_msp() });
                if (live)
                    out.push_back({ { .chart = Chart::Maturity,
                                        .product = Product::Forfaiting,
                                        .bucket = bucket(*days(d.maturity_date()) - kToday) },
                        d.face_value_fen(), 0, 0, Product::Forfaiting, d.deal_id(), 0 });
                const bool ours = f.viewer.empty() || f.viewer == d.seller_msp() || f.viewer == d.buyer_msp();
                const int tenor = static_cast<int>(chaincode::quotes::bucketOf(d.days()));
                if (ours && tenor != 0)
                    out.push_back({ { .chart = Chart::ForfaitingRates, .bucket = tenor }, d.face_value_fen(), 0,
                        static_cast<double>(d.rate_micros()) * static_cast<double>(d.face_value_fen()),
                        Product::Forfaiting, d.deal_id(), 0 });
            }
        }

        for (const Guarantee &g : m_guarantees) {
            const auto start = days(g.issue_date());
            if (!admitted(Product::Guarantee, start, { g.issuer_msp(), g.advising_bank_msp() }))
                continue;
            const bool live = g.state() >= Guarantee::ISSUED && g.state() <= Guarantee::DEMANDED;
            deal(Product::Guarantee, g.guarantee_no(), g.state(), live, g.amount_fen(), g.available_fen(), start,
                { { g.issuer_msp(), 3 }, { g.advising_bank_msp(), 1 } }, { g.issuer_msp(), g.advising_bank_msp() });
            if (live) {
                out.push_back({ { .chart = Chart::GuaranteeTypes, .type = g.type() }, g.available_fen(), 0, 0,
                    Product::Guarantee, g.guarantee_no(), 0 });
                if (g.expiry_type() == Guarantee::FIXED_DATE)
                    out.push_back({ { .chart = Chart::Maturity,
                                        .product = Product::Guarantee,
                                        .bucket = bucket(*days(g.expiry_date()) - kToday) },
                        g.available_fen(), 0, 0, Product::Guarantee, g.guarantee_no(), 0 });
            }
            for (const auto &d : g.demands())
                duty(Product::Guarantee, g.guarantee_no(), d.number(), Duty::GuaranteeExamination,
                    days(d.examination_deadline()), days(d.examined_date()),
                    d.state() == lianxin::guarantee::Demand::PRESENTED, d.amount_fen());
        }
        return out;
    }

    std::map<Key, Totals> totals(const Filter &f) const
    {
        std::map<Key, Totals> out;
        for (const Entry &e : entries(f)) {
            Totals &t = out[e.key];
            ++t.count;
            t.amount += e.amount;
            t.outstanding += e.outstanding;
            t.rateWeight += e.rateWeight;
        }
        return out;
    }

    void expectCharts(const Filter &f) const
    {
        const Result result = compute(m_db, f);
        auto expected = totals(f);
        std::size_t points = 0;
        for (int c = 0; c < kChartCount; ++c) {
            for (const Point &p : result.points[c]) {
                ASSERT_EQ(static_cast<int>(p.key.chart), c);
                if (p.key.chart == Chart::ForfaitingRates && p.count == 0)
                    continue; // a bucket only the board quotes
                const auto it = expected.find(p.key);
                ASSERT_NE(it, expected.end()) << "unexpected point in chart " << c;
                EXPECT_EQ(p.count, it->second.count) << "chart " << c;
                EXPECT_EQ(p.amountFen, it->second.amount) << "chart " << c;
                if (p.key.chart == Chart::Statistics) {
                    EXPECT_EQ(p.outstandingFen, it->second.outstanding);
                }
                if (p.key.chart == Chart::ForfaitingRates) {
                    EXPECT_NEAR(static_cast<double>(p.rateMicros),
                        it->second.rateWeight / static_cast<double>(p.amountFen), 1.0);
                }
                ++points;
            }
            EXPECT_EQ(computeChart(m_db, f, static_cast<Chart>(c)).size(), result.points[c].size());
        }
        EXPECT_EQ(points, expected.size()) << "points missing";
    }

    // Every point's drill-down lists exactly the deals the messages put
    // behind it, as many as the point counts.
    void expectDrillDowns(const Filter &f) const
    {
        std::map<Key, std::multiset<std::tuple<int, std::string, int>>> behind;
        for (const Entry &e : entries(f))
            behind[e.key].insert({ static_cast<int>(e.product), e.ref, e.item });
        const Result result = compute(m_db, f);
        int drilled = 0;
        for (int c = 0; c < kChartCount; ++c) {
            const auto &points = result.points[c];
            // Every point of the small charts, a spread of the large ones.
            const std::size_t step = std::max<std::size_t>(1, points.size() / 12);
            for (std::size_t i = 0; i < points.size(); i += step) {
                const Point &p = points[i];
                std::size_t total = 0;
                const auto rows = drillDown(m_db, f, p.key, kDrillLimit, &total);
                EXPECT_EQ(total, static_cast<std::size_t>(p.count)) << "chart " << c;
                EXPECT_EQ(rows.size(), static_cast<std::size_t>(p.count)) << "chart " << c;
                std::multiset<std::tuple<int, std::string, int>> got;
                std::int64_t amount = 0;
                for (const DealRow &row : rows) {
                    got.insert({ static_cast<int>(row.product), row.ref, row.item });
                    amount += row.amountFen;
                }
                EXPECT_EQ(got, behind[p.key]) << "chart " << c;
                EXPECT_EQ(amount, p.amountFen) << "chart " << c;
                EXPECT_TRUE(std::is_sorted(rows.begin(), rows.end(), [](const DealRow &a, const DealRow &b) {
                    return std::tie(a.product, a.ref, a.item) < std::tie(b.product, b.ref, b.item);
                }));
                ++drilled;
            }
        }
        EXPECT_GT(drilled, 40);
    }

    std::vector<bench::ProductBookGenerator::Forfaiting> m_forfaiting;
    std::vector<Guarantee> m_guarantees;
    std::vector<lianxin::quotes::Quote> m_quotes;
};

TEST_F(DashboardsTest, RegulatorChartsEqualTheMessages)
{
    expectCharts(filter());
}

// Presentations whose documents were presented under other L/Cs too are a
// duty of their own in the deadlines chart, with the L/Cs behind it.
TEST_F(DashboardsTest, ReusedDocumentsAreCountedAndDrilledDownTo)
{
    ASSERT_GT(m_reused, 10);
    std::int64_t counted = 0;
    const Result result = compute(m_db, filter());
    for (const Point &p : result.chart(Chart::Deadlines)) {
        if (p.key.duty != static_cast<int>(Duty::LcDuplicateExamination))
            continue;
        counted += p.count;
        const auto rows = drillDown(m_db, filter(), p.key);
        EXPECT_EQ(static_cast<std::int64_t>(rows.size()), p.count);
        for (const DealRow &row : rows) {
            const auto lc = std::find_if(
                m_book.begin(), m_book.end(), [&](const LetterOfCredit &l) { return l.lc_no() == row.ref; });
            ASSERT_NE(lc, m_book.end());
            EXPECT_GT(lc->presentations(row.item - 1).duplicates_size(), 0) << row.ref;
        }
    }
    int withDeadline = 0;
    for (const LetterOfCredit &lc : m_book)
        for (const Presentation &p : lc.presentations())
            withDeadline += p.duplicates_size() > 0 && days(p.examination_deadline()) ? 1 : 0;
    EXPECT_EQ(counted, withDeadline);
    EXPECT_GT(counted, 0);
}

TEST_F(DashboardsTest, BankChartsEqualTheMessages)
{
    expectCharts(filter(m_banks[0]));
    expectCharts(filter(m_banks[3]));
}

TEST_F(DashboardsTest, FiltersNarrowEveryChart)
{
    Filter f = filter(m_banks[1]);
    f.bank = m_banks[2];
    f.from = kToday - 300;
    f.to = kToday - 40;
    expectCharts(f);
    f = filter();
    f.products = productBit(Product::Lc) | productBit(Product::Guarantee);
    expectCharts(f);
    f.products = productBit(Product::Forfaiting);
    f.bank = m_banks[4];
    expectCharts(f);
    EXPECT_TRUE(compute(m_db, f).chart(Chart::GuaranteeTypes).empty());
}

TEST_F(DashboardsTest, DrillDownListsExactlyTheDealsBehindEachBar)
{
    expectDrillDowns(filter(m_banks[0]));
    Filter f = filter();
    f.from = kToday - 200;
    f.bank = m_banks[5];
    expectDrillDowns(f);
}

TEST_F(DashboardsTest, DrillDownRowsCarryTheDeal)
{
    const Filter f = filter();
    // An L/C of the book behind its issue-month bar: its banks, dates and amount.
    const LetterOfCredit &lc = *std::find_if(
        m_book.begin(), m_book.end(), [](const LetterOfCredit &l) { return days(l.issue_date()).has_value(); });
    const Key key { .chart = Chart::Issued, .product = Product::Lc, .month = month(*days(lc.issue_date())) };
    const auto rows = drillDown(m_db, f, key);
    const auto row = std::find_if(rows.begin(), rows.end(), [&](const DealRow &r) { return r.ref == lc.lc_no(); });
    ASSERT_NE(row, rows.end());
    EXPECT_EQ(row->firstBank, lc.issuing_bank_msp());
    EXPECT_EQ(row->secondBank, lc.advising_bank_msp());
    EXPECT_EQ(row->amountFen, lc.amount_fen());
    EXPECT_EQ(row->startDate, days(lc.issue_date()));
    EXPECT_EQ(row->dueDate, days(lc.expiry_date()));
    EXPECT_EQ(row->state, lc.state());
    // The limit caps the rows, not the total.
    std::size_t total = 0;
    EXPECT_EQ(drillDown(m_db, f, key, 3, &total).size(), std::min<std::size_t>(3, rows.size()));
    EXPECT_EQ(total, rows.size());
    // A bank no deal names: nothing behind it.
    EXPECT_TRUE(drillDown(m_db, f, Key { .chart = Chart::Exposure, .bank = "NoSuchBankMSP" }).empty());
}

TEST_F(DashboardsTest, ForfaitingRatesCompareWithTheBoardsBest)
{
    std::map<int, std::pair<std::int64_t, std::int64_t>> best; // bucket -> (lowest bid, highest offer)
    for (const auto &q : m_quotes) {
        if (q.status() != lianxin::quotes::Quote::LIVE || q.valid_until_seconds() <= kNow)
            continue;
        auto &b = best[q.tenor()];
        if (q.side() == lianxin::quotes::BUY && (b.first == 0 || q.rate_micros() < b.first))
            b.first = q.rate_micros();
        if (q.side() == lianxin::quotes::SELL && q.rate_micros() > b.second)
            b.second = q.rate_micros();
    }
    ASSERT_FALSE(best.empty());
    const auto rates = compute(m_db, filter(m_banks[2])).chart(Chart::ForfaitingRates);
    for (const auto &[bucket, b] : best) {
        const auto p
            = std::find_if(rates.begin(), rates.end(), [b2 = bucket](const Point &x) { return x.key.bucket == b2; });
        ASSERT_NE(p, rates.end()) << bucket;
        EXPECT_EQ(p->boardBidMicros, b.first);
        EXPECT_EQ(p->boardOfferMicros, b.second);
    }
    // No forfaiting in the filter: no rates, board or not.
    Filter lcOnly = filter();
    lcOnly.products = productBit(Product::Lc);
    EXPECT_TRUE(compute(m_db, lcOnly).chart(Chart::ForfaitingRates).empty());
}

TEST_F(DashboardsTest, LateItemsAreListedMostOverdueFirst)
{
    const Result result = compute(m_db, filter());
    std::int64_t lateCount = 0;
    for (const Point &p : result.chart(Chart::Deadlines))
        if (p.key.outcome == static_cast<int>(Outcome::Late) || p.key.outcome == static_cast<int>(Outcome::Overdue))
            lateCount += p.count;
    ASSERT_GT(lateCount, 0);
    EXPECT_EQ(result.late.size(), static_cast<std::size_t>(std::min<std::int64_t>(lateCount, 500)));
    int previous = std::numeric_limits<int>::max();
    for (const DealRow &row : result.late) {
        ASSERT_TRUE(row.dueDate);
        const int by = row.doneDate.value_or(kToday) - *row.dueDate;
        EXPECT_GT(by, 0) << row.ref;
        EXPECT_LE(by, previous);
        previous = by;
    }
}

TEST_F(DashboardsTest, BanksInCacheAreEveryPartyOnce)
{
    std::set<std::string> expected;
    for (const auto &lc : m_book) {
        expected.insert(lc.issuing_bank_msp());
        expected.insert(lc.advising_bank_msp());
    }
    for (const auto &g : m_guarantees) {
        expected.insert(g.issuer_msp());
        expected.insert(g.advising_bank_msp());
    }
    expected.erase(std::string());
    const auto banks = banksInCache(m_db);
    EXPECT_EQ(std::set<std::string>(banks.begin(), banks.end()), expected);
    EXPECT_TRUE(std::is_sorted(banks.begin(), banks.end()));
}

// Rows that agree on state, banks and issue month reach the counter as one
// weighted fact (a run in the index's order): the counts must still be the
// messages'. The generated book has few such runs; these make long ones.
TEST_F(DashboardsTest, RunsOfAlikeLettersCountOneByOne)
{
    LetterOfCredit like = m_book.front();
    like.clear_presentations();
    like.set_state(LetterOfCredit::ADVISED);
    Transaction transaction(m_db);
    LcWriter writer(m_db);
    for (int i = 0; i < 60; ++i) {
        LetterOfCredit lc = like;
        lc.set_lc_no("LC-RUN-" + std::to_string(1000 + i));
        lc.set_amount_fen(100000 + i);
        lc.set_available_balance_fen(50000 + i);
        // 40 in one month, then 20 in the next.
        lc.mutable_issue_date()->set_year(2025);
        lc.mutable_issue_date()->set_month(i < 40 ? 9 : 10);
        lc.mutable_issue_date()->set_day(1 + i % 28);
        writer.upsert(lc, 8, "tx-run-" + std::to_string(i));
        m_book.push_back(lc);
    }
    transaction.commit();
    expectCharts(filter());
    expectCharts(filter(like.issuing_bank_msp()));
    const Key september { .chart = Chart::Issued, .product = Product::Lc, .month = 2025 * 12 + 8 };
    const auto points = compute(m_db, filter()).chart(Chart::Issued);
    const auto p = std::find_if(points.begin(), points.end(), [&](const Point &x) { return x.key == september; });
    ASSERT_NE(p, points.end());
    EXPECT_EQ(drillDown(m_db, filter(), september).size(), static_cast<std::size_t>(p->count));
}

// A schema-3 cache (no examination or settlement days on its presentation
// rows) is brought to the current schema in place, the days read from its
// records.
TEST_F(DashboardsTest, SchemaThreeCacheIsMigrated)
{
    const Result before = compute(m_db, filter());
    execute(m_db,
        "ALTER TABLE lc_presentation DROP COLUMN examined_date; ALTER TABLE lc_presentation DROP COLUMN settled_date;"
        "ALTER TABLE lc_presentation DROP COLUMN advising_bank; ALTER TABLE lc_presentation DROP COLUMN nominated_bank;"
        "ALTER TABLE lc_presentation DROP COLUMN issue_date; ALTER TABLE lc_presentation DROP COLUMN duplicates;"
        "UPDATE meta SET value = 3 WHERE key = 'lc_schema_version';");
    createLcSchema(m_db);
    Statement version(m_db, "SELECT value FROM meta WHERE key = 'lc_schema_version'");
    ASSERT_TRUE(version.step());
    EXPECT_EQ(version.integer(0), kLcSchemaVersion);
    const Result after = compute(m_db, filter());
    // And a bank's view, which scopes presentations by the migrated parties.
    expectCharts(filter(m_banks[2]));
    const auto &a = before.chart(Chart::Deadlines);
    const auto &b = after.chart(Chart::Deadlines);
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].key, b[i].key);
        EXPECT_EQ(a[i].count, b[i].count);
    }
}

} // namespace lx::cache::test

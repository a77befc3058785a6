#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace lx::cache::dash {

// The managers' dashboards and the consortium statistics over the cache:
// every chart is a set of points, each point the count and amount of the
// deals behind one bar or slice, named by a Key; drillDown(key) lists
// exactly those deals, found by the same classification that counted them.
// Plain values, no Qt; dates are days since 1970-01-01 (China dates).
//
// The deals: L/Cs (the lc table), forfaiting deals (channel "forfaiting",
// their claims decide whether a settled deal is still outstanding) and
// guarantees (channel "guarantee"). Forfaiting rates compare with the
// unified quote board (channel "trust").

enum class Product { Lc = 0, Forfaiting = 1, Guarantee = 2 };
inline constexpr int kProductCount = 3;
inline constexpr unsigned kAllProducts = 0b111;
constexpr unsigned productBit(Product p)
{
    return 1u << static_cast<int>(p);
}

struct Filter
{
    // The deal's start day, inclusive: an L/C's issue date, a forfaiting
    // deal's trade date, a guarantee's issue date. A deal without one (an
    // L/C not yet issued) is outside any range.
    std::optional<int> from, to;
    std::string bank; // only deals this bank is a party to; empty = any
    unsigned products = kAllProducts; // productBit() of each product shown
    // The bank looking: only its own deals, and "counterparty" means the
    // other bank. Empty: every deal the cache holds (regulator, secretariat).
    std::string viewer;
    int today = 0; // maturities and deadlines are judged on this day
    std::int64_t nowSeconds = 0; // the quote board is judged at this instant
};

enum class Chart {
    Issued, // volume and count issued per month, by product
    Exposure, // outstanding by counterparty bank, by the role that bank plays
    Maturity, // outstanding by days to maturity (guarantees: to expiry), by product
    Funnel, // deals per state, by product
    Deadlines, // examinations and payments against their 5-business-day limits
    ForfaitingRates, // our forfaiting deals' rates by tenor bucket (and the board's best)
    GuaranteeTypes, // outstanding guarantees by type
    Statistics // per member bank and product: deals, volume, outstanding
};
inline constexpr int kChartCount = 8;
constexpr unsigned chartBit(Chart c)
{
    return 1u << static_cast<int>(c);
}
inline constexpr unsigned kAllCharts = (1u << kChartCount) - 1;

// The capacity a counterparty bank is in (Exposure): the L/C's issuing bank
// (also the obligor of a forfaited claim), the L/C's or the guarantee's
// advising bank, the buyer holding a forfaited claim, the guarantor.
enum class Role { IssuingBank = 0, AdvisingBank = 1, ForfaitingHolder = 2, Guarantor = 3 };

// Maturity buckets, by days from today to the maturity (or expiry) date.
enum class MaturityBucket { Overdue = 0, Days0To30, Days31To60, Days61To90, Days91To180, Days181To360, Over360 };
inline constexpr int kMaturityBuckets = 7;
MaturityBucket maturityBucket(int daysLeft);
const char *maturityLabel(MaturityBucket bucket); // "overdue", "0-30", ... ">360"

// Deadlines: what kind of duty, and how it went.
// LcDuplicateExamination: the examination of a presentation whose documents
// were presented under other L/Cs too (possible double financing), which
// the examiner must acknowledge; counted besides its LcExamination.
enum class Duty { LcExamination = 0, LcPayment = 1, GuaranteeExamination = 2, LcDuplicateExamination = 3 };
enum class Outcome {
    OnTime = 0, // done by the deadline
    Late = 1, // done after it
    Open = 2, // not done, the deadline is today or later
    Overdue = 3 // not done, the deadline has passed
};

// Forfaiting deals live on in the funnel after their deal states: a settled
// deal whose claim the buyer was paid, or recorded overdue.
inline constexpr int kDealPaidAtMaturity = 5;
inline constexpr int kDealOverdue = 6;

// What a point stands for. Only the fields of its chart are set.
struct Key
{
    Chart chart = Chart::Issued;
    Product product = Product::Lc; // Issued, Maturity, Funnel, Statistics
    int month = 0; // Issued: year * 12 + (month - 1)
    std::string bank; // Exposure, Statistics
    int role = 0; // Exposure: Role
    int bucket = 0; // Maturity: MaturityBucket; ForfaitingRates: lianxin.quotes.TenorBucket
    int state = 0; // Funnel: the product's state number (see kDeal*)
    int duty = 0; // Deadlines: Duty
    int outcome = 0; // Deadlines: Outcome
    int type = 0; // GuaranteeTypes: lianxin.guarantee.Guarantee.Type

    auto operator<=>(const Key &) const = default;
    bool operator==(const Key &) const = default;
};

struct Point
{
    Key key;
    std::int64_t count = 0;
    // Issued: face amounts issued; Exposure, Maturity, GuaranteeTypes:
    // outstanding (an L/C's available balance, an accepted presentation's
    // confirmed amount, a forfaited claim's face, a guarantee's available
    // amount); Funnel: face amounts; Deadlines: the amounts concerned;
    // ForfaitingRates: face amounts of our deals; Statistics: face volume.
    std::int64_t amountFen = 0;
    std::int64_t outstandingFen = 0; // Statistics only: of the volume, what is still outstanding
    // ForfaitingRates only: our deals' face-weighted average discount rate
    // and the board's best bid and offer in that bucket (0: none).
    std::int64_t rateMicros = 0;
    std::int64_t boardBidMicros = 0;
    std::int64_t boardOfferMicros = 0;
};

// One deal (or presentation, or demand) behind a point.
struct DealRow
{
    Product product = Product::Lc;
    std::string ref; // L/C number, forfaiting deal ID, guarantee number
    int item = 0; // presentation or demand number; 0 for the whole deal
    // The product's state number (forfaiting: see kDeal*); for a
    // presentation (Maturity, Deadlines) or a demand, its own state.
    int state = 0;
    std::string firstBank; // L/C: issuing; forfaiting: seller; guarantee: guarantor
    std::string secondBank; // L/C: advising; forfaiting: buyer; guarantee: advising
    std::int64_t amountFen = 0; // the amount the point counted for this row
    std::optional<int> startDate; // issue / trade date
    std::optional<int> dueDate; // maturity, expiry or deadline, when the chart has one
    std::optional<int> doneDate; // Deadlines: when it was done
    bool operator==(const DealRow &) const = default;
};

struct Result
{
    // Indexed by Chart; each chart's points by category (month, bank,
    // bucket, duty, type), then series (product, role, state, outcome).
    std::vector<Point> points[kChartCount];
    // Deadlines: the Late and Overdue items, most overdue first (days past
    // the deadline, to the day done or today), the first 500 (drill down on
    // the Late or Overdue bar for all of them).
    std::vector<DealRow> late;
    const std::vector<Point> &chart(Chart c) const { return points[static_cast<int>(c)]; }
};

// The charts in `charts` (chartBit()s) at once, one pass over each source
// they need (the late list comes with Deadlines); or one chart alone.
// Charts not asked for stay empty.
Result compute(sqlite3 *db, const Filter &filter, unsigned charts = kAllCharts);
std::vector<Point> computeChart(sqlite3 *db, const Filter &filter, Chart chart);

// The deals behind the point with this key, by product then reference then
// item. At most `limit` rows; total (when given) gets how many there are.
inline constexpr std::size_t kDrillLimit = 100000;
std::vector<DealRow> drillDown(
    sqlite3 *db, const Filter &filter, const Key &key, std::size_t limit = kDrillLimit, std::size_t *total = nullptr);

// The banks the cache's deals name (for the bank filter), sorted.
std::vector<std::string> banksInCache(sqlite3 *db);

} // namespace lx::cache::dash

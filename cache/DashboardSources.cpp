// Where the dashboards' facts come from: the L/C rows and presentation rows
// (SQL, never the records: a million L/Cs are not parsed to draw a chart),
// the forfaiting deals with their claims and the guarantees with their
// demands (parsed: thousands per bank), and the cached quote board.
#include "cache/DashboardFacts.h"
#include "cache/LcRecords.h"
#include "cache/ProductRecords.h"
#include "cache/Statement.h"

#include "chaincode/quotes/QuoteBoard.h"

#include "lianxin/forfaiting.pb.h"
#include "lianxin/guarantee.pb.h"

#include <chrono>
#include <map>
#include <unordered_map>

namespace lx::cache::dash::detail {

namespace {

bool liveLc(int state)
{
    return state != 0 && state != 1 && (state < 11 || state > 15);
}

std::optional<int> optionalDay(const Statement &row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return static_cast<int>(row.integer(column));
}

// The WHERE conditions the scope asks for on a table with the L/C's party
// and issue date columns (lc, and lc_presentation, which repeats them),
// with parameters ?1 viewer, ?2 bank, ?3 from, ?4 to (unused ones stay
// unbound).
std::string scopeConditions(const Scope &scope, const std::string &table)
{
    std::string where;
    const auto add = [&where](const std::string &condition) {
        where += where.empty() ? " WHERE " : " AND ";
        where += condition;
    };
    const auto party = [&table](const char *parameter) {
        return "(" + table + ".issuing_bank = " + parameter + " OR " + table + ".advising_bank = " + parameter + " OR "
            + table + ".nominated_bank = " + parameter + ")";
    };
    if (!scope.filter.viewer.empty())
        add(party("?1"));
    if (!scope.filter.bank.empty())
        add(party("?2"));
    if (scope.filter.from)
        add(table + ".issue_date >= ?3");
    if (scope.filter.to)
        add(table + ".issue_date <= ?4");
    return where;
}

void bindScope(Statement &statement, const Scope &scope)
{
    if (!scope.filter.viewer.empty())
        statement.bind(1, scope.filter.viewer);
    if (!scope.filter.bank.empty())
        statement.bind(2, scope.filter.bank);
    if (scope.filter.from)
        statement.bind(3, *scope.filter.from);
    if (scope.filter.to)
        statement.bind(4, *scope.filter.to);
}

} // namespace

void scanLcDeals(sqlite3 *db, const Scope &scope, Banks &banks, unsigned charts, Sink &sink)
{
    // The covering index: an lc row carries its record (over 1 KB), an
    // lc_dashboard entry about 60 bytes.
    Statement scan(db,
        "SELECT rowid, state, issuing_bank, advising_bank, nominated_bank, issue_date, amount_fen,"
        " available_balance_fen FROM lc INDEXED BY lc_dashboard"
            + scopeConditions(scope, "lc"));
    bindScope(scan, scope);
    DealFact fact;
    fact.product = Product::Lc;
    fact.partyCount = 3;
    fact.parties[0].role = PartyRole::Issuing;
    fact.parties[1].role = PartyRole::Advising;
    fact.parties[2].role = PartyRole::Nominated;
    // The index is ordered by state and the banks, so a column's bank is
    // mostly the previous row's: one comparison instead of a search.
    std::string last[3];
    std::uint16_t lastId[3] = { kNoBank, kNoBank, kNoBank };
    const auto bankAt = [&](int i) {
        const std::string_view name = scan.textView(2 + i);
        if (name != last[i]) {
            last[i] = name;
            lastId[i] = banks.id(name);
        }
        return lastId[i];
    };
    // When only counts are wanted, consecutive rows with the same state,
    // banks and issue month (the index's order makes them runs) count as
    // one fact of their summed amounts: classified once, weighted.
    const bool batch = sink.batches();
    RowRef ref;
    bool open = false;
    int monthFirst = 0;
    int monthLast = -1;
    const auto flush = [&] {
        if (open)
            classifyDeal(fact, ref, scope, charts, 0, sink);
        open = false;
    };
    while (scan.step()) {
        const int state = static_cast<int>(scan.integer(1));
        std::uint16_t ids[3];
        for (int i = 0; i < 3; ++i)
            ids[i] = bankAt(i);
        const auto start = optionalDay(scan, 5);
        const bool live = liveLc(state);
        const std::int64_t face = scan.integer(6);
        const std::int64_t outstanding = live ? scan.integer(7) : 0;
        if (batch && open && state == fact.state && ids[0] == fact.parties[0].bank && ids[1] == fact.parties[1].bank
            && ids[2] == fact.parties[2].bank && start.has_value() == fact.start.has_value()
            && (!start || (*start >= monthFirst && *start <= monthLast))) {
            ++ref.count;
            fact.face += face;
            fact.outstanding += outstanding;
            continue;
        }
        flush();
        open = true;
        ref.rowid = scan.integer(0);
        ref.count = 1;
        fact.state = state;
        fact.live = live;
        for (int i = 0; i < 3; ++i)
            fact.parties[i].bank = ids[i];
        fact.start = start;
        fact.face = face;
        fact.outstanding = outstanding;
        if (start) {
            const std::chrono::year_month_day day { std::chrono::sys_days(std::chrono::days(*start)) };
            const auto month = day.year() / day.month();
            monthFirst = static_cast<int>(std::chrono::sys_days(month / 1).time_since_epoch().count());
            monthLast = static_cast<int>(std::chrono::sys_days(month / std::chrono::last).time_since_epoch().count());
        }
    }
    flush();
}

void scanLcPresentations(sqlite3 *db, const Scope &scope, int today, bool maturities, bool duties, Sink &sink)
{
    // Presentation states (lc.proto): PRESENTED 1, COMPLYING 2, REFUSED 4,
    // WAIVED 5, ACCEPTED 6 (payment at maturity confirmed, unpaid).
    Statement scan(db,
        "SELECT p.lc_no, p.number, p.state, p.amount_fen, p.examination_deadline, p.examined_date,"
        " p.payment_deadline, p.settled_date, p.maturity_date, p.confirmed_fen, p.duplicates FROM lc_presentation p"
            + scopeConditions(scope, "p"));
    bindScope(scan, scope);
    RowRef ref;
    while (scan.step()) {
        ref.lcNo = scan.textView(0);
        ref.item = static_cast<int>(scan.integer(1));
        ref.itemState = static_cast<int>(scan.integer(2));
        const std::int64_t amount = scan.integer(3);
        if (maturities && ref.itemState == 6 && !scan.isNull(8)) {
            ref.due = optionalDay(scan, 8);
            ref.done = std::nullopt;
            const auto bucket = maturityBucket(*ref.due - today);
            const std::int64_t confirmed = scan.integer(9);
            sink.add(pack(Chart::Maturity, static_cast<int>(Product::Lc), static_cast<int>(bucket), 0, kNoBank, 0),
                confirmed > 0 ? confirmed : amount, 0, 0, ref);
        }
        if (!duties)
            continue;
        if (!scan.isNull(4)) {
            ref.due = optionalDay(scan, 4);
            ref.done = optionalDay(scan, 5);
            const auto outcome = outcomeOf(ref.due, ref.done, ref.itemState == 1, today);
            sink.add(
                pack(Chart::Deadlines, 0, static_cast<int>(Duty::LcExamination), static_cast<int>(outcome), kNoBank, 0),
                amount, 0, 0, ref);
            if (scan.integer(10) > 0)
                sink.add(pack(Chart::Deadlines, 0, static_cast<int>(Duty::LcDuplicateExamination),
                             static_cast<int>(outcome), kNoBank, 0),
                    amount, 0, 0, ref);
        }
        if (!scan.isNull(6) && ref.itemState != 4) {
            ref.due = optionalDay(scan, 6);
            ref.done = optionalDay(scan, 7);
            const bool pending = ref.itemState == 2 || ref.itemState == 5;
            const auto outcome = outcomeOf(ref.due, ref.done, pending, today);
            sink.add(
                pack(Chart::Deadlines, 0, static_cast<int>(Duty::LcPayment), static_cast<int>(outcome), kNoBank, 0),
                amount, 0, 0, ref);
        }
    }
}

std::vector<ProductDeal> loadProductDeals(sqlite3 *db, Banks &banks)
{
    using lianxin::forfaiting::Claim;
    using lianxin::forfaiting::Deal;
    using lianxin::guarantee::Demand;
    using lianxin::guarantee::Guarantee;
    std::vector<ProductDeal> out;

    std::map<std::string, Claim> claims;
    for (const ProductRecord &record : productRecords(db, "forfaiting", "claim")) {
        Claim claim;
        if (claim.ParseFromString(record.value))
            claims[claim.claim_id()] = std::move(claim);
    }
    for (const ProductRecord &record : productRecords(db, "forfaiting", "deal")) {
        Deal deal;
        if (!deal.ParseFromString(record.value))
            continue;
        ProductDeal d;
        DealFact &f = d.fact;
        f.product = Product::Forfaiting;
        f.state = deal.state();
        // A settled deal is outstanding while its buyer holds the unpaid claim.
        const auto claim = claims.find(deal.claim_id());
        const bool held = claim == claims.end() || claim->second.holder_msp() == deal.buyer_msp();
        if (deal.state() == Deal::SETTLED && held && claim != claims.end()) {
            if (claim->second.state() == Claim::PAID)
                f.state = kDealPaidAtMaturity;
            else if (claim->second.state() == Claim::OVERDUE)
                f.state = kDealOverdue;
        }
        f.live = deal.state() == Deal::SETTLED && held && f.state != kDealPaidAtMaturity;
        f.parties[0] = { banks.id(deal.seller_msp()), PartyRole::Seller };
        f.parties[1] = { banks.id(deal.buyer_msp()), PartyRole::Buyer };
        f.parties[2] = { banks.id(deal.obligor_msp()), PartyRole::Obligor };
        f.partyCount = 3;
        f.face = deal.face_value_fen();
        f.outstanding = f.live ? f.face : 0;
        f.start = epochDays(deal.trade_date());
        f.maturity = epochDays(deal.maturity_date());
        f.days = deal.days();
        f.rateMicros = deal.rate_micros();
        d.ref = deal.deal_id();
        d.firstBank = deal.seller_msp();
        d.secondBank = deal.buyer_msp();
        d.due = f.maturity;
        out.push_back(std::move(d));
    }

    for (const ProductRecord &record : productRecords(db, "guarantee", "guarantee")) {
        Guarantee g;
        if (!g.ParseFromString(record.value))
            continue;
        ProductDeal d;
        DealFact &f = d.fact;
        f.product = Product::Guarantee;
        f.state = g.state();
        f.live = g.state() >= Guarantee::ISSUED && g.state() <= Guarantee::DEMANDED;
        f.parties[0] = { banks.id(g.issuer_msp()), PartyRole::Guarantor };
        f.parties[1] = { banks.id(g.advising_bank_msp()), PartyRole::Advising };
        f.partyCount = 2;
        f.face = g.amount_fen();
        f.outstanding = f.live ? g.available_fen() : 0;
        f.start = epochDays(g.issue_date());
        if (g.expiry_type() == Guarantee::FIXED_DATE)
            f.maturity = epochDays(g.expiry_date());
        f.type = g.type();
        d.ref = g.guarantee_no();
        d.firstBank = g.issuer_msp();
        d.secondBank = g.advising_bank_msp();
        d.due = f.maturity;
        for (const Demand &demand : g.demands()) {
            if (!epochDays(demand.examination_deadline()))
                continue;
            d.duties.push_back(
                { demand.number(), demand.state(), demand.amount_fen(), epochDays(demand.examination_deadline()),
                    epochDays(demand.examined_date()), demand.state() == Demand::PRESENTED });
        }
        out.push_back(std::move(d));
    }
    return out;
}

void addProductDuties(const Scope &scope, const std::vector<ProductDeal> &deals, int today, Sink &sink)
{
    for (std::size_t i = 0; i < deals.size(); ++i) {
        const ProductDeal &deal = deals[i];
        if (deal.duties.empty() || !scope.admits(deal.fact))
            continue;
        RowRef ref;
        ref.product = deal.fact.product;
        ref.index = i;
        for (const ItemDuty &duty : deal.duties) {
            ref.item = duty.item;
            ref.itemState = duty.state;
            ref.due = duty.due;
            ref.done = duty.done;
            const auto outcome = outcomeOf(duty.due, duty.done, duty.pending, today);
            sink.add(pack(Chart::Deadlines, 0, static_cast<int>(Duty::GuaranteeExamination), static_cast<int>(outcome),
                         kNoBank, 0),
                duty.amount, 0, 0, ref);
        }
    }
}

std::vector<std::pair<int, BoardBest>> boardBest(sqlite3 *db, std::int64_t nowSeconds)
{
    std::vector<lianxin::quotes::Quote> quotes;
    for (const ProductRecord &record : productRecords(db, "trust", "quote")) {
        lianxin::quotes::Quote quote;
        if (quote.ParseFromString(record.value))
            quotes.push_back(std::move(quote));
    }
    const auto board = chaincode::quotes::buildBoard(quotes, {}, nowSeconds);
    std::map<int, BoardBest> best;
    for (const auto &cell : board.cells()) {
        BoardBest &b = best[cell.tenor()];
        if (cell.buy().best_rate_micros() > 0 && (b.bid == 0 || cell.buy().best_rate_micros() < b.bid))
            b.bid = cell.buy().best_rate_micros();
        if (cell.sell().best_rate_micros() > b.offer)
            b.offer = cell.sell().best_rate_micros();
    }
    return { best.begin(), best.end() };
}

} // namespace lx::cache::dash::detail

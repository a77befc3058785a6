// The worklist and the dashboard aggregates of LcQuery.h: SQL over the lc
// and lc_presentation rows, never the records, so a million L/Cs are not
// parsed to draw a chart.
#include "cache/LcQuery.h"
#include "cache/Statement.h"

#include <algorithm>
#include <chrono>
#include <map>

namespace lx::cache {

namespace {

// LetterOfCredit.State and Presentation.State numbers (lc.proto).
constexpr int kPresented = 1;
constexpr int kComplying = 2;
constexpr int kDiscrepant = 3;
constexpr int kWaived = 5;
constexpr int kAccepted = 6;
constexpr int kDeferred = 2; // PaymentTerm.Kind

constexpr const char *kParty = "(lc.issuing_bank = ?1 OR lc.advising_bank = ?1 OR lc.nominated_bank = ?1)";

std::optional<int> optionalDay(const Statement &row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return static_cast<int>(row.integer(column));
}

WorkItem item(WorkKind kind, const Statement &row, std::optional<int> due, int today)
{
    WorkItem out;
    out.kind = kind;
    out.lcNo = row.text(0);
    out.counterparty = row.text(1);
    out.amountFen = row.integer(2);
    out.dueDate = due;
    if (due)
        out.daysLeft = *due - today;
    return out;
}

bool isLive(int state)
{
    return state != 0 && state != 1 && (state < 11 || state > 15);
}

std::string scopeClause(const std::string &ownBank, const char *prefix)
{
    return ownBank.empty() ? std::string() : std::string(prefix) + kParty;
}

} // namespace

std::vector<WorkItem> draftWorkItems(sqlite3 *db, const std::string &bankMsp, int todayDays)
{
    constexpr std::int64_t kChinaOffsetSeconds = 8 * 3600;
    Statement drafts(db,
        "SELECT d.id, d.lc_no, d.action, d.maker, d.created, coalesce(lc.amount_fen, 0),"
        " coalesce(CASE WHEN lc.issuing_bank = ?1 THEN lc.advising_bank ELSE lc.issuing_bank END, '')"
        " FROM lc_draft d LEFT JOIN lc ON lc.lc_no = d.lc_no"
        " WHERE d.bank = ?1 AND d.status = 1 ORDER BY d.created, d.id");
    drafts.bind(1, bankMsp);
    std::vector<WorkItem> out;
    while (drafts.step()) {
        WorkItem w;
        w.kind = WorkKind::ApproveDraft;
        w.draftId = drafts.text(0);
        w.lcNo = drafts.text(1);
        w.action = drafts.text(2);
        w.maker = drafts.text(3);
        w.dueDate = static_cast<int>((drafts.integer(4) + kChinaOffsetSeconds) / 86400);
        w.daysLeft = *w.dueDate - todayDays;
        w.amountFen = drafts.integer(5);
        w.counterparty = drafts.text(6);
        out.push_back(std::move(w));
    }
    Statement desk(db,
        "SELECT id, subject, action, maker, created, contract FROM desk_draft"
        " WHERE bank = ?1 AND status = 1 ORDER BY created, id");
    desk.bind(1, bankMsp);
    while (desk.step()) {
        WorkItem w;
        w.kind = WorkKind::ApproveDraft;
        w.draftId = desk.text(0);
        w.lcNo = desk.text(1);
        w.action = desk.text(2);
        w.maker = desk.text(3);
        w.dueDate = static_cast<int>((desk.integer(4) + kChinaOffsetSeconds) / 86400);
        w.daysLeft = *w.dueDate - todayDays;
        w.product = desk.text(5);
        out.push_back(std::move(w));
    }
    return out;
}

std::vector<WorkItem> worklist(sqlite3 *db, const std::string &bankMsp, const std::string &role, int todayDays)
{
    std::vector<WorkItem> out;
    if (role == "checker")
        out = draftWorkItems(db, bankMsp, todayDays);
    else if (role == "officer" || role == "manager") {
        Statement answer(
            db, "SELECT lc_no, issuing_bank, amount_fen FROM lc WHERE advising_bank = ?1 AND amendment_pending = 1");
        answer.bind(1, bankMsp);
        while (answer.step())
            out.push_back(item(WorkKind::AnswerAmendment, answer, std::nullopt, todayDays));
        // The literal state lets SQLite use the partial index lc_to_advise.
        Statement issued(db, "SELECT lc_no, issuing_bank, amount_fen FROM lc WHERE advising_bank = ?1 AND state = 2");
        issued.bind(1, bankMsp);
        while (issued.step())
            out.push_back(item(WorkKind::Advise, issued, std::nullopt, todayDays));

        Statement open(db,
            "SELECT p.lc_no, p.presenting_bank, p.amount_fen, p.number, p.state, p.examination_deadline,"
            " p.payment_deadline, p.maturity_date, p.confirmed_fen, lc.payment_kind"
            " FROM lc_presentation p JOIN lc ON lc.lc_no = p.lc_no"
            " WHERE p.issuing_bank = ?1 AND p.state IN (1, 2, 3, 5, 6)");
        open.bind(1, bankMsp);
        while (open.step()) {
            const int state = static_cast<int>(open.integer(4));
            WorkItem w;
            if (state == kPresented || state == kDiscrepant)
                w = item(state == kPresented ? WorkKind::Examine : WorkKind::RefuseOrWaive, open, optionalDay(open, 5),
                    todayDays);
            else if (state == kComplying || state == kWaived)
                w = item(open.integer(9) == kDeferred ? WorkKind::ConfirmPayment : WorkKind::Pay, open,
                    optionalDay(open, 6), todayDays);
            else if (state == kAccepted) {
                w = item(WorkKind::PayAtMaturity, open, optionalDay(open, 7), todayDays);
                if (open.integer(8) > 0)
                    w.amountFen = open.integer(8);
            }
            w.presentationNo = static_cast<int>(open.integer(3));
            out.push_back(std::move(w));
        }

        // What the contract's Expire accepts: in force, past expiry, and no
        // presentation undecided or accepted and unpaid.
        Statement expire(db,
            "SELECT lc_no, advising_bank, available_balance_fen, expiry_date FROM lc"
            " WHERE issuing_bank = ?1 AND state NOT IN (13, 14, 15) AND expiry_date < ?2"
            " AND NOT EXISTS (SELECT 1 FROM lc_presentation p WHERE p.lc_no = lc.lc_no"
            " AND p.state IN (1, 2, 3, 5, 6))");
        expire.bind(1, bankMsp).bind(2, todayDays);
        while (expire.step())
            out.push_back(item(WorkKind::Expire, expire, optionalDay(expire, 3), todayDays));
    }
    std::sort(out.begin(), out.end(), [](const WorkItem &a, const WorkItem &b) {
        const auto key = [](const WorkItem &w) {
            return std::make_tuple(
                !w.dueDate, w.dueDate.value_or(0), w.lcNo, w.presentationNo, static_cast<int>(w.kind));
        };
        return key(a) < key(b);
    });
    return out;
}

namespace {

// Counts, exposure and monthly volume in one pass over the lc_dashboard
// index: GROUP BY on the bank or the month would sort a million entries.
LcDashboard scanLetters(sqlite3 *db, const std::string &ownBank)
{
    LcDashboard out;
    Statement scan(db,
        "SELECT state, issuing_bank, advising_bank, issue_date, amount_fen, available_balance_fen FROM lc"
            + scopeClause(ownBank, " WHERE "));
    if (!ownBank.empty())
        scan.bind(1, ownBank);
    std::map<int, StateTotal> states;
    std::map<std::string, BankExposure> exposure;
    std::map<std::pair<int, int>, MonthVolume> months;
    // Days to months through a small table: the scan sees few distinct days.
    std::map<std::int64_t, std::pair<int, int>> monthOfDay;
    while (scan.step()) {
        const int state = static_cast<int>(scan.integer(0));
        const std::int64_t amount = scan.integer(4);
        auto &t = states[state];
        t.state = state;
        ++t.count;
        t.amountFen += amount;
        if (isLive(state)) {
            std::string bank = scan.text(1);
            if (!ownBank.empty() && bank == ownBank)
                bank = scan.text(2);
            auto &e = exposure[bank];
            ++e.count;
            e.availableFen += scan.integer(5);
        }
        if (scan.isNull(3))
            continue;
        auto [it, added] = monthOfDay.try_emplace(scan.integer(3));
        if (added) {
            const std::chrono::year_month_day day { std::chrono::sys_days(std::chrono::days(it->first)) };
            it->second = { static_cast<int>(day.year()), static_cast<int>(unsigned(day.month())) };
        }
        auto &m = months[it->second];
        m.year = it->second.first;
        m.month = it->second.second;
        ++m.count;
        m.amountFen += amount;
    }
    for (const auto &[state, total] : states)
        out.byState.push_back(total);
    for (auto &[bank, e] : exposure) {
        e.bank = bank;
        out.exposure.push_back(e);
    }
    std::sort(out.exposure.begin(), out.exposure.end(), [](const BankExposure &a, const BankExposure &b) {
        return a.availableFen != b.availableFen ? a.availableFen > b.availableFen : a.bank < b.bank;
    });
    for (const auto &[key, m] : months)
        out.issued.push_back(m);
    return out;
}

} // namespace

std::vector<StateTotal> totalsByState(sqlite3 *db, const std::string &ownBank)
{
    return scanLetters(db, ownBank).byState;
}

std::vector<BankExposure> exposureByCounterparty(sqlite3 *db, const std::string &ownBank)
{
    return scanLetters(db, ownBank).exposure;
}

std::vector<MaturityBucket> maturityLadder(sqlite3 *db, const std::string &ownBank, int todayDays)
{
    std::vector<MaturityBucket> out { { "overdue" }, { "0-30" }, { "31-60" }, { "61-90" }, { "91-180" }, { "181-360" },
        { ">360" } };
    Statement query(db,
        "SELECT p.maturity_date - ?2, CASE WHEN p.confirmed_fen > 0 THEN p.confirmed_fen ELSE p.amount_fen END"
        " FROM lc_presentation p JOIN lc ON lc.lc_no = p.lc_no WHERE p.state = 6 AND p.maturity_date IS NOT NULL"
            + scopeClause(ownBank, " AND "));
    query.bind(1, ownBank).bind(2, todayDays);
    while (query.step()) {
        const auto days = query.integer(0);
        const std::size_t bucket = days < 0 ? 0
            : days <= 30                    ? 1
            : days <= 60                    ? 2
            : days <= 90                    ? 3
            : days <= 180                   ? 4
            : days <= 360                   ? 5
                                            : 6;
        ++out[bucket].count;
        out[bucket].amountFen += query.integer(1);
    }
    return out;
}

std::vector<MonthVolume> issuedByMonth(sqlite3 *db, const std::string &ownBank)
{
    return scanLetters(db, ownBank).issued;
}

LcDashboard dashboard(sqlite3 *db, const std::string &ownBank, int todayDays)
{
    LcDashboard out = scanLetters(db, ownBank);
    out.maturities = maturityLadder(db, ownBank, todayDays);
    return out;
}

} // namespace lx::cache

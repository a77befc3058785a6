// The worklist of LcQuery.h: SQL over the lc and lc_presentation rows and
// the draft mirrors, never the records.
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
            " p.payment_deadline, p.maturity_date, p.confirmed_fen, lc.payment_kind, p.duplicates"
            " FROM lc_presentation p JOIN lc ON lc.lc_no = p.lc_no"
            " WHERE p.issuing_bank = ?1 AND p.state IN (1, 2, 3, 5, 6)");
        open.bind(1, bankMsp);
        while (open.step()) {
            const int state = static_cast<int>(open.integer(4));
            WorkItem w;
            if (state == kPresented)
                w = item(open.integer(10) > 0 ? WorkKind::ExamineDuplicates : WorkKind::Examine, open,
                    optionalDay(open, 5), todayDays);
            else if (state == kDiscrepant)
                w = item(WorkKind::RefuseOrWaive, open, optionalDay(open, 5), todayDays);
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

} // namespace lx::cache

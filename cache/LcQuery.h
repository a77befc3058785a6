#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace lx::cache {

// The read side of the L/C cache for the UI: the list (filter, sort, page,
// count) and the bank's worklist (the dashboards: cache/Dashboards.h). Plain values in
// and out; every piece of user text reaches SQLite as a bound parameter.
// Dates are days since 1970-01-01.

struct LcFilter
{
    std::vector<int> states; // LetterOfCredit.State numbers; empty = any
    std::string counterpartyBank; // matches the issuing, advising or nominated bank
    std::string ownBank; // when set: only L/Cs where ownBank is a party; the regulator passes empty
    std::optional<int> issuedFrom, issuedTo, expiryFrom, expiryTo; // inclusive
    std::optional<std::int64_t> amountMinFen, amountMaxFen; // inclusive
    std::string text; // substring of the L/C number, a party name or the goods; ASCII case-insensitive
};

enum class LcSortColumn {
    LcNo,
    State,
    IssueDate,
    ExpiryDate,
    Amount,
    Applicant,
    Beneficiary,
    NextDeadline,
    IssuingBank,
    AdvisingBank
};

// Ties are broken by lc_no in the same direction. Unset dates (NULL) sort
// first ascending and last descending, as SQLite orders NULL.
struct LcSort
{
    LcSortColumn column = LcSortColumn::IssueDate;
    bool descending = true;
};

struct LcRow
{
    std::string lcNo;
    int state = 0;
    std::string issuingBank;
    std::string advisingBank;
    std::string nominatedBank;
    std::string applicantName;
    std::string beneficiaryName;
    std::string currency;
    std::int64_t amountFen = 0;
    std::int64_t availableBalanceFen = 0;
    int paymentKind = 0;
    std::optional<int> issueDate;
    std::optional<int> expiryDate;
    std::optional<int> nextDeadline;
    int presentationsCount = 0;
    bool amendmentPending = false;
};

struct LcPage
{
    std::vector<LcRow> rows;
    std::int64_t totalMatching = -1; // -1: not counted (ask countLcs)
};

// At most kMaxPageRows rows from offset. Bad input (negative offset, limit
// <= 0, a minimum above its maximum) gives an empty page with total 0.
// Counting walks every match; the list asks for the first page without the
// count (countTotal false) and then counts, so the first paint never waits.
inline constexpr int kMaxPageRows = 1000;
LcPage queryLcs(sqlite3 *db, const LcFilter &filter, const LcSort &sort, int offset, int limit, bool countTotal = true);
std::int64_t countLcs(sqlite3 *db, const LcFilter &filter);

// What waits on a bank now.
enum class WorkKind {
    Advise, // an issued L/C where we are the advising bank
    AnswerAmendment, // a pending amendment where we advise
    Examine, // a presentation PRESENTED at our issuing bank
    ExamineDuplicates, // the same, with documents presented under other L/Cs too: acknowledge them
    RefuseOrWaive, // DISCREPANT at our issuing bank
    Pay, // COMPLYING or WAIVED, sight: pay by the payment deadline
    ConfirmPayment, // COMPLYING or WAIVED, deferred: confirm payment at maturity
    PayAtMaturity, // ACCEPTED: pay at the maturity date
    Expire, // past expiry, in force, nothing owed: record the expiry
    ApproveDraft // a maker's draft awaiting this checker (see draftWorkItems)
};

struct WorkItem
{
    WorkKind kind = WorkKind::Advise;
    std::string lcNo;
    int presentationNo = 0; // 0 when the item concerns the whole L/C
    std::string counterparty; // the bank on the other side
    std::int64_t amountFen = 0;
    std::optional<int> dueDate; // none for advising and amendment answers: no rule sets a day
    std::optional<int> daysLeft; // dueDate - today; negative = overdue
    std::string draftId; // ApproveDraft: the draft, its action ("Issue", ...) and its maker
    std::string action;
    std::string maker;
    std::string product = "lc"; // ApproveDraft: the desk's contract ("lc", "forfaiting", "guarantee", "quotes")
};

// The officer and the manager see the bank's business items; the checker
// the drafts to approve. Sorted by due date (undated last), then L/C number
// and presentation.
std::vector<WorkItem> worklist(sqlite3 *db, const std::string &bankMsp, const std::string &role, int todayDays);

// The drafts of bankMsp awaiting a checker (the draft mirror), every
// product's, as ApproveDraft items due the day they were drafted (China
// time). Another product's draft names its subject (guarantee, listing,
// deal or quote number) as lcNo; it carries no amount or counterparty.
std::vector<WorkItem> draftWorkItems(sqlite3 *db, const std::string &bankMsp, int todayDays);

} // namespace lx::cache

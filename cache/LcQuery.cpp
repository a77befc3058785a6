#include "cache/LcQuery.h"

#include "cache/Statement.h"

#include <algorithm>
#include <optional>
#include <sqlite3.h>
#include <variant>

namespace lx::cache {

namespace {

using Value = std::variant<std::int64_t, std::string>;

// The WHERE clause and its parameters, in order: SQL text comes only from
// literals here, values only through bindings.
struct Where
{
    std::string sql;
    std::vector<Value> values;
    std::optional<std::int64_t> textMatches; // set when the trigram index answered the text

    void add(const std::string &clause) { sql += (sql.empty() ? " WHERE " : " AND ") + clause; }
    void bindTo(Statement &statement) const
    {
        for (std::size_t i = 0; i < values.size(); ++i) {
            const int index = static_cast<int>(i) + 1;
            if (const auto *n = std::get_if<std::int64_t>(&values[i]))
                statement.bind(index, *n);
            else
                statement.bind(index, std::get<std::string>(values[i]));
        }
    }
};

bool valid(const LcFilter &f)
{
    const auto ordered = [](const auto &low, const auto &high) { return !low || !high || *low <= *high; };
    return ordered(f.issuedFrom, f.issuedTo) && ordered(f.expiryFrom, f.expiryTo)
        && ordered(f.amountMinFen, f.amountMaxFen);
}

std::size_t utf8Length(const std::string &text)
{
    std::size_t n = 0;
    for (const char c : text)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

// LIKE pattern matching the text literally anywhere.
std::string containsPattern(const std::string &text)
{
    std::string out = "%";
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "%";
}

void addParty(Where &where, const std::string &bank)
{
    where.add("(issuing_bank = ? OR advising_bank = ? OR nominated_bank = ?)");
    where.values.insert(where.values.end(), 3, bank);
}

void addRange(Where &where, const char *column, const auto &from, const auto &to)
{
    if (from) {
        where.add(std::string(column) + " >= ?");
        where.values.emplace_back(static_cast<std::int64_t>(*from));
    }
    if (to) {
        where.add(std::string(column) + " <= ?");
        where.values.emplace_back(static_cast<std::int64_t>(*to));
    }
}

// Few dictionary terms contain the text: look their rows up by index.
// Many do (a common word): the list's own index walk meets matches early
// and stops after a page, cheaper than collecting every matching row.
constexpr int kMaxTermsLookedUp = 64;

bool fewTermsContain(sqlite3 *db, const std::string &pattern)
{
    Statement terms(db, "SELECT count(*) FROM (SELECT 1 FROM lc_term WHERE term LIKE ?1 ESCAPE '\\' LIMIT ?2)");
    terms.bind(1, pattern).bind(2, kMaxTermsLookedUp + 1);
    terms.step();
    return terms.integer(0) <= kMaxTermsLookedUp;
}

bool isAscii(const std::string &text)
{
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

std::int64_t trigramMatches(sqlite3 *db, const std::string &phrase)
{
    // Reads the index's doclists only, never an lc row.
    Statement count(db, "SELECT count(*) FROM lc_fts WHERE lc_fts MATCH ?");
    count.bind(1, phrase);
    count.step();
    return count.integer(0);
}

// Many matches: walking the sort order's index and testing each rowid
// against the match list stops after the page, while looking every match
// up reads a table page per match (the cost that decryption multiplies).
// Few matches: the lookups are cheaper than a long walk. The walk meets
// the page after about pageEnd * rows / matches index entries.
bool walkSortIndex(sqlite3 *db, std::int64_t matches, std::int64_t pageEnd)
{
    if (pageEnd <= 0 || matches == 0)
        return false;
    Statement last(db, "SELECT max(rowid) FROM lc");
    last.step();
    const std::int64_t rows = last.isNull(0) ? 0 : last.integer(0);
    return matches * matches > pageEnd * rows;
}

// pageEnd: the last row a list page needs (offset + limit); 0 for counts.
Where whereOf(sqlite3 *db, const LcFilter &f, std::int64_t pageEnd)
{
    Where where;
    if (!f.states.empty()) {
        std::string in = "state IN (";
        for (std::size_t i = 0; i < f.states.size(); ++i) {
            in += i ? ", ?" : "?";
            where.values.emplace_back(static_cast<std::int64_t>(f.states[i]));
        }
        where.add(in + ")");
    }
    if (!f.ownBank.empty())
        addParty(where, f.ownBank);
    if (!f.counterpartyBank.empty())
        addParty(where, f.counterpartyBank);
    addRange(where, "issue_date", f.issuedFrom, f.issuedTo);
    addRange(where, "expiry_date", f.expiryFrom, f.expiryTo);
    addRange(where, "amount_fen", f.amountMinFen, f.amountMaxFen);
    if (!f.text.empty()) {
        // The trigram index answers substrings of 3 characters or more. A
        // shorter one (two Chinese characters are a common name) is found
        // through the term dictionary when it matches few names and goods;
        // L/C numbers are ASCII, so a Chinese text never needs them scanned.
        const std::string pattern = containsPattern(f.text);
        if (utf8Length(f.text) >= 3) {
            std::string phrase = "\"";
            for (const char c : f.text)
                phrase += c == '"' ? std::string("\"\"") : std::string(1, c);
            phrase += "\"";
            where.textMatches = trigramMatches(db, phrase);
            // The unary + keeps the planner from turning the list into lookups.
            where.add(std::string(walkSortIndex(db, *where.textMatches, pageEnd) ? "+" : "")
                + "lc.rowid IN (SELECT rowid FROM lc_fts WHERE lc_fts MATCH ?)");
            where.values.emplace_back(phrase);
        } else if (!isAscii(f.text) && fewTermsContain(db, pattern)) {
            where.add("lc.rowid IN (SELECT rowid FROM lc WHERE applicant_name IN (SELECT term FROM lc_term"
                      " WHERE term LIKE ? ESCAPE '\\') UNION SELECT rowid FROM lc WHERE beneficiary_name IN"
                      " (SELECT term FROM lc_term WHERE term LIKE ? ESCAPE '\\') UNION SELECT rowid FROM lc"
                      " WHERE goods IN (SELECT term FROM lc_term WHERE term LIKE ? ESCAPE '\\'))");
            where.values.insert(where.values.end(), 3, pattern);
        } else {
            where.add("(lc_no LIKE ? ESCAPE '\\' OR applicant_name LIKE ? ESCAPE '\\'"
                      " OR beneficiary_name LIKE ? ESCAPE '\\' OR goods LIKE ? ESCAPE '\\')");
            where.values.insert(where.values.end(), 4, pattern);
        }
    }
    return where;
}

const char *sortColumn(LcSortColumn column)
{
    switch (column) {
    case LcSortColumn::LcNo:
        return nullptr;
    case LcSortColumn::State:
        return "state";
    case LcSortColumn::IssueDate:
        return "issue_date";
    case LcSortColumn::ExpiryDate:
        return "expiry_date";
    case LcSortColumn::Amount:
        return "amount_fen";
    case LcSortColumn::Applicant:
        return "applicant_name";
    case LcSortColumn::Beneficiary:
        return "beneficiary_name";
    case LcSortColumn::NextDeadline:
        return "next_deadline";
    case LcSortColumn::IssuingBank:
        return "issuing_bank";
    case LcSortColumn::AdvisingBank:
        return "advising_bank";
    }
    return nullptr;
}

std::optional<int> optionalDay(const Statement &row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return static_cast<int>(row.integer(column));
}

} // namespace

std::int64_t countLcs(sqlite3 *db, const LcFilter &filter)
{
    if (!valid(filter))
        return 0;
    const Where where = whereOf(db, filter, 0);
    const bool onlyText = filter.states.empty() && filter.ownBank.empty() && filter.counterpartyBank.empty()
        && !filter.issuedFrom && !filter.issuedTo && !filter.expiryFrom && !filter.expiryTo && !filter.amountMinFen
        && !filter.amountMaxFen;
    // Every indexed rowid is an lc row (the triggers keep them together).
    if (onlyText && where.textMatches)
        return *where.textMatches;
    Statement count(db, "SELECT count(*) FROM lc" + where.sql);
    where.bindTo(count);
    count.step();
    return count.integer(0);
}

LcPage queryLcs(sqlite3 *db, const LcFilter &filter, const LcSort &sort, int offset, int limit, bool countTotal)
{
    LcPage page;
    if (!valid(filter) || offset < 0 || limit <= 0) {
        page.totalMatching = 0;
        return page;
    }
    const int pageRows = std::min(limit, kMaxPageRows);
    const Where where = whereOf(db, filter, static_cast<std::int64_t>(offset) + pageRows);
    const std::string direction = sort.descending ? " DESC" : " ASC";
    std::string order = " ORDER BY ";
    if (const char *column = sortColumn(sort.column))
        order += std::string(column) + direction + ", ";
    order += "lc_no" + direction;
    // A deferred join: the page is chosen among rowids (from an index where
    // one covers the filter and the sort), and only its rows are read. A
    // plain SELECT would carry every match's columns into the sorter, each
    // read from an lc row that holds the whole record.
    Statement query(db,
        "SELECT lc_no, state, issuing_bank, advising_bank, nominated_bank, applicant_name, beneficiary_name,"
        " currency, amount_fen, available_balance_fen, payment_kind, issue_date, expiry_date, next_deadline,"
        " presentations_count, amendment_pending FROM lc WHERE lc.rowid IN (SELECT lc.rowid FROM lc"
            + where.sql + order + " LIMIT ? OFFSET ?)" + order);
    where.bindTo(query);
    const int next = static_cast<int>(where.values.size()) + 1;
    query.bind(next, pageRows).bind(next + 1, offset);
    while (query.step()) {
        LcRow row;
        row.lcNo = query.text(0);
        row.state = static_cast<int>(query.integer(1));
        row.issuingBank = query.text(2);
        row.advisingBank = query.text(3);
        row.nominatedBank = query.text(4);
        row.applicantName = query.text(5);
        row.beneficiaryName = query.text(6);
        row.currency = query.text(7);
        row.amountFen = query.integer(8);
        row.availableBalanceFen = query.integer(9);
        row.paymentKind = static_cast<int>(query.integer(10));
        row.issueDate = optionalDay(query, 11);
        row.expiryDate = optionalDay(query, 12);
        row.nextDeadline = optionalDay(query, 13);
        row.presentationsCount = static_cast<int>(query.integer(14));
        row.amendmentPending = query.integer(15) != 0;
        page.rows.push_back(std::move(row));
    }
    if (countTotal)
        page.totalMatching = countLcs(db, filter);
    return page;
}

} // namespace lx::cache

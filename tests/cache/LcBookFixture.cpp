#include "LcBookFixture.h"

#include "bench/LcBookGenerator.h"
#include "cache/CacheSchema.h"
#include "cache/LcRecords.h"
#include "cache/Statement.h"

#include <algorithm>
#include <chrono>
#include <random>
#include <sqlite3.h>
#include <tuple>

namespace lx::cache::test {

namespace {

std::string lowerAscii(std::string s)
{
    for (auto &c : s)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return s;
}

bool contains(const std::string &haystack, const std::string &needle)
{
    return lowerAscii(haystack).find(lowerAscii(needle)) != std::string::npos;
}

template<typename T> bool inRange(const std::optional<T> &value, const auto &from, const auto &to)
{
    if (!from && !to)
        return true;
    if (!value)
        return false; // NULL compares false in SQL
    return (!from || *value >= *from) && (!to || *value <= *to);
}

} // namespace

std::optional<int> days(const lianxin::lc::Date &date)
{
    if (date.year() == 0)
        return std::nullopt;
    using namespace std::chrono;
    const year_month_day ymd { year(date.year()), month(static_cast<unsigned>(date.month())),
        day(static_cast<unsigned>(date.day())) };
    return static_cast<int>(sys_days(ymd).time_since_epoch().count());
}

Expected expectedOf(const lianxin::lc::LetterOfCredit &lc)
{
    using lianxin::lc::Presentation;
    Expected e { lc.lc_no(), lc.state(), lc.issuing_bank_msp(), lc.advising_bank_msp(), lc.nominated_bank_msp(),
        lc.applicant().name(), lc.beneficiary().name(), lc.goods_description(), lc.amount_fen(),
        lc.available_balance_fen(), days(lc.issue_date()), days(lc.expiry_date()), std::nullopt,
        lc.payment_term().kind() };
    for (const auto &p : lc.presentations()) {
        std::optional<int> d;
        if (p.state() == Presentation::PRESENTED || p.state() == Presentation::DISCREPANT)
            d = days(p.examination_deadline());
        if (p.state() == Presentation::COMPLYING || p.state() == Presentation::WAIVED)
            d = days(p.payment_deadline());
        if (d && (!e.deadline || *d < *e.deadline))
            e.deadline = d;
    }
    return e;
}

bool matches(const Expected &e, const LcFilter &f)
{
    const auto party
        = [&](const std::string &bank) { return e.issuer == bank || e.adviser == bank || e.nominated == bank; };
    if (!f.states.empty() && std::find(f.states.begin(), f.states.end(), e.state) == f.states.end())
        return false;
    if (!f.ownBank.empty() && !party(f.ownBank))
        return false;
    if (!f.counterpartyBank.empty() && !party(f.counterpartyBank))
        return false;
    if (!inRange(e.issue, f.issuedFrom, f.issuedTo) || !inRange(e.expiry, f.expiryFrom, f.expiryTo)
        || !inRange(std::optional<std::int64_t>(e.amount), f.amountMinFen, f.amountMaxFen))
        return false;
    return f.text.empty() || contains(e.lcNo, f.text) || contains(e.applicant, f.text)
        || contains(e.beneficiary, f.text) || contains(e.goods, f.text);
}

bool before(const Expected &a, const Expected &b, const LcSort &sort)
{
    // Optional<T> orders nullopt first, as SQLite orders NULL.
    const auto key = [&](const Expected &e) {
        using K = std::tuple<std::optional<std::int64_t>, std::string>;
        switch (sort.column) {
        case LcSortColumn::LcNo:
            return K { 0, "" };
        case LcSortColumn::State:
            return K { e.state, "" };
        case LcSortColumn::IssueDate:
            return K { e.issue ? std::optional<std::int64_t>(*e.issue) : std::nullopt, "" };
        case LcSortColumn::ExpiryDate:
            return K { e.expiry ? std::optional<std::int64_t>(*e.expiry) : std::nullopt, "" };
        case LcSortColumn::Amount:
            return K { e.amount, "" };
        case LcSortColumn::Applicant:
            return K { 0, e.applicant };
        case LcSortColumn::Beneficiary:
            return K { 0, e.beneficiary };
        case LcSortColumn::NextDeadline:
            return K { e.deadline ? std::optional<std::int64_t>(*e.deadline) : std::nullopt, "" };
        case LcSortColumn::IssuingBank:
            return K { 0, e.issuer };
        case LcSortColumn::AdvisingBank:
            return K { 0, e.adviser };
        }
        return K {};
    };
    const auto ka = std::tuple_cat(key(a), std::make_tuple(a.lcNo));
    const auto kb = std::tuple_cat(key(b), std::make_tuple(b.lcNo));
    return sort.descending ? kb < ka : ka < kb;
}

void LcBookFixture::SetUp()
{
    std::random_device seed;
    m_file = std::filesystem::temp_directory_path() / ("lianxin-lcquery-" + std::to_string(seed()) + ".db");
    ASSERT_EQ(sqlite3_open_v2(m_file.c_str(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr), SQLITE_OK);
    createCacheSchema(m_db);
    createLcSchema(m_db); // idempotent
    bench::LcBookGenerator generator(42, kToday, 6);
    m_banks = bench::LcBookGenerator::bankNames(6);
    Transaction transaction(m_db);
    LcWriter writer(m_db);
    for (int i = 0; i < kLetters; ++i) {
        m_book.push_back(generator.make(i));
        writer.upsert(m_book.back(), 7, "tx-" + std::to_string(i));
    }
    transaction.commit();
}

void LcBookFixture::TearDown()
{
    sqlite3_close(m_db);
    std::error_code ignored;
    std::filesystem::remove(m_file, ignored);
}

std::vector<Expected> LcBookFixture::expected(const LcFilter &filter) const
{
    std::vector<Expected> out;
    for (const auto &lc : m_book)
        if (const Expected e = expectedOf(lc); matches(e, filter))
            out.push_back(e);
    return out;
}

std::vector<std::string> LcBookFixture::allPages(const LcFilter &filter, const LcSort &sort, int pageSize)
{
    std::vector<std::string> out;
    for (int offset = 0;; offset += pageSize) {
        const LcPage page = queryLcs(m_db, filter, sort, offset, pageSize, offset == 0);
        for (const auto &row : page.rows)
            out.push_back(row.lcNo);
        if (static_cast<int>(page.rows.size()) < pageSize)
            return out;
    }
}

} // namespace lx::cache::test

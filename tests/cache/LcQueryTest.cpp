// The list queries of cache/LcQuery.h against the same filters and sorts
// computed in the test over the generated messages.
#include "LcBookFixture.h"
#include "cache/LcRecords.h"
#include "cache/Statement.h"

#include <algorithm>
#include <set>

namespace lx::cache::test {

namespace {

std::vector<std::string> numbers(std::vector<Expected> rows, const LcSort &sort)
{
    std::sort(rows.begin(), rows.end(), [&](const Expected &a, const Expected &b) { return before(a, b, sort); });
    std::vector<std::string> out;
    for (const auto &e : rows)
        out.push_back(e.lcNo);
    return out;
}

std::int64_t scalar(sqlite3 *db, const std::string &sql)
{
    Statement query(db, sql);
    query.step();
    return query.integer(0);
}

} // namespace

using LcQueryTest = LcBookFixture;

TEST_F(LcQueryTest, EachFilterAloneAndCombined)
{
    std::vector<std::pair<std::string, LcFilter>> filters;
    const auto add = [&](std::string name, auto set) {
        LcFilter f;
        set(f);
        filters.emplace_back(std::move(name), f);
    };
    add("none", [](LcFilter &) {});
    add("states", [](LcFilter &f) { f.states = { 5, 6, 10 }; });
    add("one state", [](LcFilter &f) { f.states = { 3 }; });
    add("counterparty", [&](LcFilter &f) { f.counterpartyBank = m_banks[2]; });
    add("own bank", [&](LcFilter &f) { f.ownBank = m_banks[0]; });
    add("unknown bank", [](LcFilter &f) { f.ownBank = "NoSuchBankMSP"; });
    add("issued from", [](LcFilter &f) { f.issuedFrom = kToday - 200; });
    add("issued to", [](LcFilter &f) { f.issuedTo = kToday - 1000; });
    add("expiry range", [](LcFilter &f) { f.expiryFrom = kToday - 30, f.expiryTo = kToday + 60; });
    add("amount min", [](LcFilter &f) { f.amountMinFen = 300000000; });
    add("amount max", [](LcFilter &f) { f.amountMaxFen = 50000000; });
    add("amount exact", [&](LcFilter &f) { f.amountMinFen = f.amountMaxFen = m_book[17].amount_fen(); });
    add("text", [](LcFilter &f) { f.text = "钢铁"; });
    add("combined", [&](LcFilter &f) {
        f.states = { 3, 4, 5, 10 };
        f.ownBank = m_banks[1];
        f.counterpartyBank = m_banks[3];
        f.issuedFrom = kToday - 900;
        f.expiryTo = kToday + 400;
        f.amountMinFen = 2000000;
        f.amountMaxFen = 400000000;
    });
    add("combined with text", [&](LcFilter &f) {
        f.ownBank = m_banks[4];
        f.amountMinFen = 10000000;
        f.text = "有限公司";
    });
    const LcSort byNumber { LcSortColumn::LcNo, false };
    for (const auto &[name, filter] : filters) {
        SCOPED_TRACE(name);
        const auto want = numbers(expected(filter), byNumber);
        EXPECT_EQ(allPages(filter, byNumber, kMaxPageRows), want);
        EXPECT_EQ(countLcs(m_db, filter), static_cast<std::int64_t>(want.size()));
        EXPECT_EQ(queryLcs(m_db, filter, byNumber, 0, 10).totalMatching, static_cast<std::int64_t>(want.size()));
        if (name != "none" && name != "unknown bank") {
            EXPECT_LT(want.size(), static_cast<std::size_t>(kLetters));
        }
        if (name != "unknown bank") {
            EXPECT_FALSE(want.empty());
        }
    }
}

TEST_F(LcQueryTest, EverySortBothDirectionsWithTieBreak)
{
    LcFilter some;
    some.states = { 2, 3, 5, 6, 7, 9, 10, 11 };
    for (int column = 0; column <= static_cast<int>(LcSortColumn::AdvisingBank); ++column) {
        for (const bool descending : { false, true }) {
            const LcSort sort { static_cast<LcSortColumn>(column), descending };
            SCOPED_TRACE(std::to_string(column) + (descending ? " desc" : " asc"));
            EXPECT_EQ(allPages({}, sort, kMaxPageRows), numbers(expected({}), sort));
            EXPECT_EQ(allPages(some, sort, 250), numbers(expected(some), sort));
        }
    }
}

TEST_F(LcQueryTest, PagesHaveNoGapsOrDuplicates)
{
    const LcSort sort { LcSortColumn::State, true }; // many ties: the lc_no tie-break decides
    const auto rows = allPages({}, sort, 37);
    EXPECT_EQ(rows.size(), static_cast<std::size_t>(kLetters));
    EXPECT_EQ(std::set<std::string>(rows.begin(), rows.end()).size(), rows.size());
    EXPECT_EQ(rows, numbers(expected({}), sort));
    const LcPage tail = queryLcs(m_db, {}, sort, kLetters - 5, 50);
    EXPECT_EQ(tail.rows.size(), 5u);
    EXPECT_TRUE(queryLcs(m_db, {}, sort, kLetters + 10, 50).rows.empty());
}

TEST_F(LcQueryTest, ChineseAndAsciiSubstrings)
{
    const LcSort sort { LcSortColumn::LcNo, false };
    const auto &lc = m_book[123];
    const std::string applicant = lc.applicant().name();
    // Three characters and more go through the trigram index, fewer scan.
    for (const std::string &text :
        { applicant.substr(3, 9), applicant.substr(6, 6), applicant.substr(0, 3), std::string("钢"),
            std::string("q235b"), std::string("Cu-cath"), std::string("M10"), lc.lc_no().substr(3, 6), lc.lc_no(),
            std::string("吨"), lc.goods_description().substr(lc.goods_description().find("数量")) }) {
        SCOPED_TRACE(text);
        LcFilter filter;
        filter.text = text;
        const auto want = numbers(expected(filter), sort);
        EXPECT_FALSE(want.empty());
        EXPECT_EQ(allPages(filter, sort, kMaxPageRows), want);
        // Small pages of a common text walk the sort index; a rare text's
        // matches are looked up: both plans give the same rows.
        const LcSort newest { LcSortColumn::IssueDate, true };
        EXPECT_EQ(allPages(filter, newest, 20), numbers(expected(filter), newest));
        EXPECT_EQ(countLcs(m_db, filter), static_cast<std::int64_t>(want.size()));
    }
    for (const char *odd : { "\"", "a\"b\"c", "%", "_", "%%%", "\\", "OR 1=1; --", "'; DROP TABLE lc; --" }) {
        LcFilter filter;
        filter.text = odd;
        EXPECT_EQ(allPages(filter, sort, kMaxPageRows), numbers(expected(filter), sort)) << odd;
    }
    EXPECT_EQ(scalar(m_db, "SELECT count(*) FROM lc"), kLetters);
}

TEST_F(LcQueryTest, OwnBankSeesOnlyItsLettersTheRegulatorAll)
{
    for (const auto &bank : m_banks) {
        LcFilter own;
        own.ownBank = bank;
        const auto rows = queryLcs(m_db, own, { LcSortColumn::Amount, true }, 0, kMaxPageRows).rows;
        ASSERT_FALSE(rows.empty());
        for (const auto &row : rows)
            EXPECT_TRUE(row.issuingBank == bank || row.advisingBank == bank || row.nominatedBank == bank);
    }
    EXPECT_EQ(countLcs(m_db, {}), kLetters);
}

TEST_F(LcQueryTest, RowsCarryTheListColumns)
{
    const LcPage page = queryLcs(m_db, {}, { LcSortColumn::LcNo, false }, 0, kMaxPageRows);
    ASSERT_EQ(page.rows.size(), static_cast<std::size_t>(kMaxPageRows));
    for (const auto &row : page.rows) {
        const auto lc
            = std::find_if(m_book.begin(), m_book.end(), [&](const auto &l) { return l.lc_no() == row.lcNo; });
        ASSERT_NE(lc, m_book.end());
        const Expected e = expectedOf(*lc);
        EXPECT_EQ(row.state, e.state);
        EXPECT_EQ(row.applicantName, e.applicant);
        EXPECT_EQ(row.beneficiaryName, e.beneficiary);
        EXPECT_EQ(row.amountFen, e.amount);
        EXPECT_EQ(row.availableBalanceFen, e.available);
        EXPECT_EQ(row.issueDate, e.issue);
        EXPECT_EQ(row.expiryDate, e.expiry);
        EXPECT_EQ(row.nextDeadline, e.deadline);
        EXPECT_EQ(row.paymentKind, e.paymentKind);
        EXPECT_EQ(row.currency, "CNY");
        EXPECT_EQ(row.presentationsCount, lc->presentations_size());
    }
}

TEST_F(LcQueryTest, BadInputGivesAnEmptyPage)
{
    const LcSort sort { LcSortColumn::IssueDate, true };
    LcFilter inverted;
    inverted.amountMinFen = 500;
    inverted.amountMaxFen = 100;
    for (const auto &[filter, offset, limit] : { std::tuple { inverted, 0, 50 }, std::tuple { LcFilter {}, 0, 0 },
             std::tuple { LcFilter {}, -1, 50 }, std::tuple { LcFilter {}, 0, -5 } }) {
        const LcPage page = queryLcs(m_db, filter, sort, offset, limit);
        EXPECT_TRUE(page.rows.empty());
        EXPECT_EQ(page.totalMatching, 0);
    }
    LcFilter dates;
    dates.issuedFrom = kToday;
    dates.issuedTo = kToday - 1;
    EXPECT_TRUE(queryLcs(m_db, dates, sort, 0, 50).rows.empty());
    EXPECT_EQ(countLcs(m_db, dates), 0);
    EXPECT_EQ(queryLcs(m_db, {}, sort, 0, 1000000).rows.size(), static_cast<std::size_t>(kMaxPageRows));
    EXPECT_EQ(queryLcs(m_db, {}, sort, 0, 50, false).totalMatching, -1);
}

TEST_F(LcQueryTest, NewerVersionReplacesRowPresentationsAndEvents)
{
    auto lc = m_book[5];
    lc.set_state(lianxin::lc::LetterOfCredit::CLOSED);
    lc.mutable_applicant()->set_name("厦门新名字进出口有限公司");
    lc.clear_presentations();
    auto *e = lc.add_history();
    e->set_action("Close");
    e->set_tx_id("tx-close");
    e->set_summary("Closed");
    upsertLetterOfCredit(m_db, lc, 99, "tx-close");

    const auto loaded = loadLetterOfCredit(m_db, lc.lc_no());
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->SerializeAsString(), lc.SerializeAsString());
    EXPECT_FALSE(loadLetterOfCredit(m_db, "LC-NONE"));
    EXPECT_EQ(scalar(m_db, "SELECT count(*) FROM lc"), kLetters);
    EXPECT_EQ(scalar(m_db, "SELECT count(*) FROM lc_event WHERE lc_no = '" + lc.lc_no() + "'"), lc.history_size());
    EXPECT_EQ(scalar(m_db, "SELECT block FROM lc_event WHERE tx_id = 'tx-close'"), 99);
    EXPECT_EQ(scalar(m_db, "SELECT count(*) FROM lc_presentation WHERE lc_no = '" + lc.lc_no() + "'"), 0);
    EXPECT_EQ(scalar(m_db, "SELECT last_block FROM lc WHERE lc_no = '" + lc.lc_no() + "'"), 99);

    LcFilter byNewName;
    byNewName.text = "新名字进出口";
    const auto found = queryLcs(m_db, byNewName, { LcSortColumn::LcNo, false }, 0, 10).rows;
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].state, lianxin::lc::LetterOfCredit::CLOSED);
    LcFilter byOldName;
    byOldName.text = m_book[5].applicant().name();
    for (const auto &row : queryLcs(m_db, byOldName, { LcSortColumn::LcNo, false }, 0, kMaxPageRows).rows)
        EXPECT_NE(row.lcNo, lc.lc_no());
    EXPECT_EQ(scalar(m_db, "SELECT value FROM meta WHERE key = 'lc_schema_version'"), kLcSchemaVersion);
    // The full-text index agrees with its content table.
    execute(m_db, "INSERT INTO lc_fts(lc_fts, rank) VALUES('integrity-check', 1)");
}

} // namespace lx::cache::test

namespace lx::cache::test {

TEST_F(LcQueryTest, ShortTextFindsRareNamesAndGoodsThroughTheDictionary)
{
    // Two-character words in no other record: one in a beneficiary's name,
    // one in goods. Trigrams cannot look them up; the term dictionary does.
    auto named = m_book[17];
    named.mutable_beneficiary()->set_name("福建麒麟茶业有限公司");
    upsertLetterOfCredit(m_db, named, 7, "tx-named");
    auto goods = m_book[18];
    goods.set_goods_description("冷冻鲸鱼肉 20 吨");
    upsertLetterOfCredit(m_db, goods, 7, "tx-goods");
    const LcSort sort { LcSortColumn::IssueDate, true };
    const std::vector<std::pair<std::string, std::string>> cases
        = { { "麒麟", named.lc_no() }, { "鲸鱼", goods.lc_no() }, { "鲸", goods.lc_no() } };
    for (const auto &[text, lcNo] : cases) {
        SCOPED_TRACE(text);
        LcFilter filter;
        filter.text = text;
        const LcPage page = queryLcs(m_db, filter, sort, 0, 50);
        ASSERT_EQ(page.rows.size(), 1u);
        EXPECT_EQ(page.rows[0].lcNo, lcNo);
        EXPECT_EQ(page.totalMatching, 1);
        EXPECT_EQ(countLcs(m_db, filter), 1);
    }
    LcFilter nothing;
    nothing.text = "鹦鹉";
    EXPECT_TRUE(queryLcs(m_db, nothing, sort, 0, 50).rows.empty());
}

} // namespace lx::cache::test

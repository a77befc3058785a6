#pragma once

#include "cache/LcQuery.h"

#include "lianxin/lc.pb.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace lx::cache::test {

// What a list row should hold, computed from the message in the test, not
// by the cache's code.
struct Expected
{
    std::string lcNo;
    int state = 0;
    std::string issuer, adviser, nominated, applicant, beneficiary, goods;
    std::int64_t amount = 0, available = 0;
    std::optional<int> issue, expiry, deadline;
    int paymentKind = 0;
};

std::optional<int> days(const lianxin::lc::Date &date);
Expected expectedOf(const lianxin::lc::LetterOfCredit &lc);
bool matches(const Expected &e, const LcFilter &filter);
// SQLite's order: NULL first, text by bytes, ties by lc_no, all reversed when descending.
bool before(const Expected &a, const Expected &b, const LcSort &sort);

// A generated book of L/Cs in a plain SQLite file, with the messages.
class LcBookFixture : public ::testing::Test
{
protected:
    static constexpr int kLetters = 3000;
    static constexpr int kToday = 20418; // 2025-11-26

    void SetUp() override;
    void TearDown() override;

    std::vector<Expected> expected(const LcFilter &filter) const;
    // Every row the query returns, page by page.
    std::vector<std::string> allPages(const LcFilter &filter, const LcSort &sort, int pageSize);

    std::filesystem::path m_file;
    sqlite3 *m_db = nullptr;
    std::vector<lianxin::lc::LetterOfCredit> m_book;
    std::vector<std::string> m_banks;
};

} // namespace lx::cache::test

// The consortium's one amount limit (chaincode/Amount.h) on every product
// that takes money, the amount in words for every amount up to it, and
// other hostile values the structured fuzzer (fuzz_contracts) sends.
#include "FfDesk.h"
#include "GtDesk.h"
#include "LcDesk.h"
#include "QuoteDesk.h"

#include "chaincode/Amount.h"
#include "chaincode/Desk.h"
#include "chaincode/forfaiting/FfPricing.h"
#include "chaincode/lc/LcAmountWords.h"
#include "chaincode/lc/LcRules.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <limits>
#include <random>

namespace lx::test {

namespace {

using chaincode::kMaxAmountFen;
using chaincode::lc::amountInWords;

constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kInt64Min = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kOneTrillionYuan = 100'000'000'000'000; // the tester's amount, in fen

// Reads capital amount words back into fen, independently of how they are
// written: digits, 拾/佰/仟 within a group, 万 and 亿 closing groups (the
// count of 亿 may itself hold 万), 零 skipped. -1 for anything malformed.
std::int64_t fenFromWords(const std::string &words)
{
    static const std::vector<std::string> digits { "零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖" };
    const std::string prefix = "人民币";
    if (words.rfind(prefix, 0) != 0)
        return -1;
    std::size_t at = prefix.size();
    std::int64_t total = 0; // closed by 亿
    std::int64_t section = 0; // closed by 万
    std::int64_t digit = 0;
    std::int64_t yuan = -1;
    std::int64_t fen = 0;
    bool done = false;
    while (at < words.size() && !done) {
        const std::string ch = words.substr(at, 3); // every character here is three bytes in UTF-8
        at += 3;
        const auto d = std::find(digits.begin(), digits.end(), ch);
        if (d != digits.end()) {
            digit = d - digits.begin();
        } else if (ch == "拾" || ch == "佰" || ch == "仟") {
            section += digit * (ch == "拾" ? 10 : ch == "佰" ? 100 : 1000);
            digit = 0;
        } else if (ch == "万") {
            section = (section + digit) * 10'000;
            digit = 0;
        } else if (ch == "亿") {
            total = (total + section + digit) * 100'000'000;
            section = digit = 0;
        } else if (ch == "元") {
            yuan = total + section + digit;
            digit = 0;
        } else if (ch == "角") {
            fen += digit * 10;
            digit = 0;
        } else if (ch == "分") {
            fen += digit;
            digit = 0;
        } else if (ch == "整") {
            done = true;
        } else {
            return -1;
        }
    }
    if (yuan < 0 || at != words.size())
        return -1;
    return yuan * 100 + fen;
}

} // namespace

TEST(AmountWords, TrickyAmounts)
{
    const std::pair<std::int64_t, const char *> table[] = {
        { 0, "人民币零元整" },
        { 1, "人民币零元壹分" },
        { 10, "人民币零元壹角" },
        { 100, "人民币壹元整" },
        { 1'000, "人民币壹拾元整" },
        { 100'005, "人民币壹仟元零伍分" },
        { 10'000'000'000, "人民币壹亿元整" }, // 10^8 yuan
        { 10'000'000'005, "人民币壹亿元零伍分" }, // 100000000.05
        { 10'000'100'000, "人民币壹亿零壹仟元整" }, // a whole group of zeros is read
        { 10'000'000'100, "人民币壹亿零壹元整" },
        { 1'010'101'000, "人民币壹仟零壹拾万壹仟零壹拾元整" },
        { 20'300'000, "人民币贰拾万叁仟元整" }, // zeros ending a group are not
        { 10'100'000'000, "人民币壹亿零壹佰万元整" },
        { 100'000'000'000, "人民币壹拾亿元整" },
        { 10'000'000'000'000, "人民币壹仟亿元整" },
        { 10'000'000'000'100, "人民币壹仟亿零壹元整" },
        { kOneTrillionYuan, "人民币壹万亿元整" }, // 10^12 yuan: read past the old table of units
        { 100'050'000'000'000, "人民币壹万零伍亿元整" },
        { 100'005'000'000'000, "人民币壹万亿零伍仟万元整" },
        { 123'456'789'012'345, "人民币壹万贰仟叁佰肆拾伍亿陆仟柒佰捌拾玖万零壹佰贰拾叁元肆角伍分" },
        { kMaxAmountFen, "人民币壹拾万亿元整" },
        { kMaxAmountFen - 1, "人民币玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分" },
    };
    for (const auto &[fen, words] : table) {
        EXPECT_EQ(amountInWords(fen), words) << fen;
        EXPECT_EQ(fenFromWords(words), fen) << words;
    }
}

TEST(AmountWords, RefusedOutsideTheLimit)
{
    for (const std::int64_t fen :
        { kMaxAmountFen + 1, 9'000'000'000'000'000'000, kInt64Max, std::int64_t { -1 }, kInt64Min })
        EXPECT_EQ(amountInWords(fen), "") << fen;
}

// Every amount up to the limit reads back as itself: all ten digits in
// every position, zeros in every pattern (amounts drawn digit by digit,
// each digit zero half of the time), and the limit's neighbours.
TEST(AmountWords, EveryAmountReadsBackAsItself)
{
    std::mt19937_64 random(20261204);
    std::vector<std::int64_t> amounts { kMaxAmountFen, kMaxAmountFen - 1 };
    for (int i = 0; i < 100'000; ++i) {
        const int length = 1 + static_cast<int>(random() % 16);
        std::int64_t fen = 0;
        for (int p = 0; p < length; ++p)
            fen = fen * 10 + (random() % 2 ? 0 : static_cast<std::int64_t>(random() % 10));
        amounts.push_back(fen % (kMaxAmountFen + 1));
    }
    for (const std::int64_t fen : amounts) {
        const std::string words = amountInWords(fen);
        ASSERT_EQ(fenFromWords(words), fen) << words;
        ASSERT_EQ(words.find("零零"), std::string::npos) << words;
        ASSERT_EQ(words.find("零元"), fen < 100 ? 9u : std::string::npos) << words;
        ASSERT_EQ(words.find("零万"), std::string::npos) << words;
        ASSERT_EQ(words.find("零亿"), std::string::npos) << words;
    }
}

TEST(AmountLimit, OneLimitOneValidator)
{
    EXPECT_EQ(kMaxAmountFen, 1'000'000'000'000'000); // docs/amounts.md
    EXPECT_FALSE(chaincode::amountOverLimit(kMaxAmountFen, "The amount"));
    EXPECT_FALSE(chaincode::amountOverLimit(kInt64Min, "The amount")); // "above zero" is each product's own rule
    const auto message = chaincode::amountOverLimit(kMaxAmountFen + 1, "The amount");
    ASSERT_TRUE(message);
    EXPECT_NE(message->find("CNY 10,000,000,000,000.00"), std::string::npos) << *message;
    EXPECT_EQ(chaincode::addAmounts(kInt64Max, 1), kInt64Max);
    EXPECT_EQ(chaincode::addAmounts(kInt64Min, -1), kInt64Min);
    EXPECT_EQ(chaincode::addAmounts(kMaxAmountFen, kMaxAmountFen), 2 * kMaxAmountFen);
}

// The tester's report: one trillion yuan crashed lianxin-cli (the words read
// past their table of units); nine quintillion fen was committed as
// "人民币玖元整".
TEST(AmountLimit, LcIssueUpToTheLimitWithItsWords)
{
    for (const std::int64_t fen : { kOneTrillionYuan, kMaxAmountFen }) {
        LcDesk desk;
        auto terms = sampleLc();
        terms.set_amount_fen(fen);
        desk.issued(terms);
        EXPECT_EQ(desk.lc().amount_fen(), fen);
        EXPECT_EQ(desk.lc().amount_in_words(), amountInWords(fen));
        EXPECT_FALSE(desk.lc().amount_in_words().empty());
    }
    for (const std::int64_t fen : { kMaxAmountFen + 1, 9'000'000'000'000'000'000, kInt64Max }) {
        LcDesk desk;
        auto terms = sampleLc();
        terms.set_amount_fen(fen);
        expectRejected(desk, kHuaxia, issueAction(terms), "LC_AMOUNT_TOO_LARGE");
    }
}

TEST(AmountLimit, LcAmendmentAndPresentation)
{
    LcDesk desk;
    desk.advised(); // CNY 1,000,000.00
    expectRejected(desk, kHuaxia, amendAction(kOneTrillionYuan * 10), "LC_AMOUNT_TOO_LARGE");
    expectRejected(desk, kHuaxia, amendAction(kInt64Max), "LC_AMOUNT_TOO_LARGE");
    auto decrease = amendAction(0);
    decrease.mutable_amend()->mutable_amendment()->clear_increase_fen();
    decrease.mutable_amend()->mutable_amendment()->set_decrease_fen(kInt64Min);
    expectRejected(desk, kHuaxia, decrease, "LC_AMOUNT_INVALID");
    // Raised to a trillion yuan (the tester's crash), the words follow.
    ASSERT_TRUE(desk.act(kHuaxia, amendAction(kOneTrillionYuan - desk.lc().amount_fen())).isOk());
    ASSERT_TRUE(desk.act(kDongfang, answerAction(1, true)).isOk());
    EXPECT_EQ(desk.lc().amount_in_words(), "人民币壹万亿元整");
    expectRejected(
        desk, kDongfang, presentAction(samplePresentation(kInt64Max, date(2026, 8, 28))), "LC_AMOUNT_TOO_LARGE");
}

// A record written before the limit (the tester's nine-quintillion-fen
// L/C): the tolerance on it is computed exactly, not wrapped negative.
TEST(AmountLimit, ToleranceOnARecordAboveTheLimitDoesNotOverflow)
{
    auto lc = sampleLc();
    lc.set_amount_fen(9'000'000'000'000'000'000);
    lc.set_available_balance_fen(9'000'000'000'000'000'000);
    lc.mutable_tolerance()->set_plus_percent(5);
    EXPECT_EQ(chaincode::lc::maxPresentableFen(lc), kInt64Max);
    lc.set_amount_fen(kMaxAmountFen);
    lc.set_available_balance_fen(kMaxAmountFen);
    lc.mutable_tolerance()->set_plus_percent(100);
    EXPECT_EQ(chaincode::lc::maxPresentableFen(lc), 2 * kMaxAmountFen);
}

TEST(AmountLimit, Guarantee)
{
    GtDesk desk;
    auto g = sampleGuarantee();
    g.set_amount_fen(kMaxAmountFen + 1);
    expectGtRejected(desk, kHuaxia, gtIssue(g), "GT_AMOUNT_TOO_LARGE");
    // Two clauses of INT64_MAX: their sum overflowed.
    g = sampleGuarantee();
    g.mutable_reduction_schedule(0)->set_amount_fen(kInt64Max);
    *g.add_reduction_schedule() = g.reduction_schedule(0);
    expectGtRejected(desk, kHuaxia, gtIssue(g), "GT_AMOUNT_TOO_LARGE");
    g = sampleGuarantee();
    g.set_amount_fen(kMaxAmountFen);
    ASSERT_TRUE(desk.act(kHuaxia, gtIssue(g)).isOk());
    ASSERT_TRUE(desk.act(kDongfang, gtAdvise()).isOk());
    expectGtRejected(desk, kHuaxia, gtAmend(1), "GT_AMOUNT_TOO_LARGE");
    expectGtRejected(desk, kHuaxia, gtAmend(kInt64Max), "GT_AMOUNT_TOO_LARGE");
}

TEST(AmountLimit, ForfaitingPriceAndQuote)
{
    namespace ff = chaincode::forfaiting;
    const auto refused = [](std::int64_t face, std::int64_t fees) {
        const auto priced = ff::price({ face, 30'000, 90, fees, ff::Method::DiscountToYield });
        const auto *error = std::get_if<ff::PriceError>(&priced);
        return error ? error->reasonCode : std::string();
    };
    EXPECT_EQ(refused(kMaxAmountFen + 1, 0), "FF_AMOUNT_TOO_LARGE");
    EXPECT_EQ(refused(kInt64Max, 0), "FF_AMOUNT_TOO_LARGE");
    EXPECT_EQ(refused(kMaxAmountFen, kInt64Max), "FF_AMOUNT_TOO_LARGE");
    EXPECT_EQ(refused(kMaxAmountFen, 0), "");

    FfDesk desk;
    desk.acceptedClaim();
    ASSERT_TRUE(desk.act(kDongfang, listAction()).isOk());
    const std::string listing = std::string(kClaimId) + "/L1";
    expectFfRejected(desk, kChangjiang,
        quoteAction(listing, 30'000, lianxin::forfaiting::STRAIGHT_DISCOUNT, 0, kMaxAmountFen + 1),
        "FF_AMOUNT_TOO_LARGE");
}

TEST(AmountLimit, QuoteBoard)
{
    QuoteDesk desk;
    const auto quote = [&desk](std::int64_t amount) {
        return standingQuote(lianxin::quotes::BUY, 1, lianxin::quotes::DAYS_91_180, 30'500, amount, desk.now() + kDay);
    };
    expectRefused(desk, kTier1Bank, postAction(quote(kMaxAmountFen + 1)), "QT_AMOUNT_TOO_LARGE", 400);
    auto fees = quote(100);
    fees.set_fees_fen(kInt64Max);
    expectRefused(desk, kTier1Bank, postAction(fees), "QT_AMOUNT_TOO_LARGE", 400);
    desk.post(kTier1Bank, quote(kMaxAmountFen));
    auto deal = dealReport("FF-DEAL-1", 1, 120, 30'000, kInt64Max, 2026, 8, 20);
    expectRefused(desk, kTier1Bank, dealAction(deal), "QT_AMOUNT_TOO_LARGE", 400);
}

// Dates beyond what std::chrono keeps (16-bit year, 8-bit month and day)
// wrapped around into real days: an expiry in the year 67562 read as 2026.
TEST(HostileDates, OutOfRangeDatesAreNotRealDays)
{
    using chaincode::lc::civil;
    EXPECT_TRUE(civil(date(9999, 12, 31)));
    EXPECT_FALSE(civil(date(10'000, 1, 1)));
    EXPECT_FALSE(civil(date(65'536 + 2026, 12, 31)));
    EXPECT_FALSE(civil(date(2026, 256 + 12, 31)));
    EXPECT_FALSE(civil(date(2026, 12, 256 + 31)));
    EXPECT_FALSE(civil(date(std::numeric_limits<std::int32_t>::max(), 12, 31)));
    LcDesk desk;
    auto terms = sampleLc();
    *terms.mutable_expiry_date() = date(65'536 + 2026, 12, 31);
    expectRejected(desk, kHuaxia, issueAction(terms), "LC_DATE_INVALID");
}

// A text or list of any length went into the record: one action could make
// every later one parse and store megabytes.
TEST(HostileSizes, AnActionIsAtMostTheDeskLimit)
{
    LcDesk desk;
    auto terms = sampleLc();
    terms.set_goods_description(std::string(chaincode::kMaxDraftBytes, 'x'));
    expectRejected(desk, kHuaxia, issueAction(terms), "LC_DRAFT_TOO_LARGE");
    terms.set_goods_description(std::string(60'000, 'x')); // long, and well under the limit
    desk.issued(terms);

    GtDesk gt;
    auto g = sampleGuarantee();
    for (int i = 0; i < 20'000; ++i)
        g.add_reduction_schedule()->CopyFrom(g.reduction_schedule(0));
    expectGtRejected(gt, kHuaxia, gtIssue(g), "GT_DRAFT_TOO_LARGE");
}

} // namespace lx::test

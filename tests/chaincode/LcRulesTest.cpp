// The pure validators, as the UI calls them for instant feedback.
#include "chaincode/lc/LcRules.h"

#include "LcDesk.h"

#include "chaincode/lc/LcAmountWords.h"

#include <gtest/gtest.h>

namespace lx::test {

using namespace chaincode::lc;
using namespace std::chrono;

namespace {

const Date kIssue = year { 2026 } / 9 / 1;

bool hasCode(const std::vector<Violation> &violations, const std::string &code)
{
    for (const Violation &v : violations) {
        if (v.reasonCode == code)
            return true;
    }
    return false;
}

} // namespace

TEST(LcRules, SampleTermsPass)
{
    const auto violations = validateTerms(sampleLc(), kIssue);
    for (const Violation &v : violations)
        ADD_FAILURE() << v.reasonCode << " " << v.field << ": " << v.message;
}

TEST(LcRules, ExpiryBeforeIssue)
{
    auto lc = sampleLc();
    *lc.mutable_expiry_date() = date(2026, 8, 31);
    const auto violations = validateTerms(lc, kIssue);
    ASSERT_TRUE(hasCode(violations, "LC_EXPIRY_BEFORE_ISSUE"));
    EXPECT_EQ(violations.front().field, "expiry_date");
}

TEST(LcRules, LatestShipmentAfterExpiry)
{
    auto lc = sampleLc();
    *lc.mutable_latest_shipment_date() = date(2027, 1, 5);
    EXPECT_TRUE(hasCode(validateTerms(lc, kIssue), "LC_SHIPMENT_AFTER_EXPIRY"));
    lc.clear_latest_shipment_date(); // absent: equals the expiry date
    EXPECT_TRUE(validateTerms(lc, kIssue).empty());
}

TEST(LcRules, DeferredTermOverOneYear)
{
    auto lc = sampleLc();
    auto *term = lc.mutable_payment_term();
    term->set_kind(lianxin::lc::PaymentTerm::DEFERRED);
    term->set_basis(lianxin::lc::PaymentTerm::AFTER_SIGHT);
    term->set_days(365);
    EXPECT_TRUE(validateTerms(lc, kIssue).empty());
    term->set_days(366);
    EXPECT_TRUE(hasCode(validateTerms(lc, kIssue), "LC_DEFERRED_OVER_ONE_YEAR"));
    term->set_basis(lianxin::lc::PaymentTerm::FIXED_DATE);
    *term->mutable_fixed_maturity() = date(2027, 9, 2);
    EXPECT_TRUE(hasCode(validateTerms(lc, kIssue), "LC_DEFERRED_OVER_ONE_YEAR"));
    *term->mutable_fixed_maturity() = date(2027, 9, 1);
    EXPECT_TRUE(validateTerms(lc, kIssue).empty());
}

TEST(LcRules, MandatoryTermsEachHaveACode)
{
    auto lc = sampleLc();
    lc.set_irrevocable(false);
    lc.set_currency("USD");
    lc.mutable_applicant()->set_uscc("91310000123456789");
    lc.clear_goods_description();
    lc.clear_required_documents();
    lc.clear_charges();
    lc.set_negotiable(true);
    const auto violations = validateTerms(lc, kIssue);
    for (const char *code : { "LC_NOT_IRREVOCABLE", "LC_CURRENCY_NOT_CNY", "LC_PARTY_USCC", "LC_GOODS_MISSING",
             "LC_DOCUMENTS_MISSING", "LC_CHARGES_MISSING", "LC_NEGOTIATING_BANK_MISSING" })
        EXPECT_TRUE(hasCode(violations, code)) << code;
}

TEST(LcRules, PresentationWindowAndAmount)
{
    auto lc = sampleLc();
    lc.set_available_balance_fen(lc.amount_fen());
    const Date today = year { 2026 } / 9 / 10;
    EXPECT_TRUE(validatePresentation(lc, samplePresentation(105'000'000, date(2026, 9, 1)), today).empty());
    EXPECT_TRUE(hasCode(
        validatePresentation(lc, samplePresentation(105'000'001, date(2026, 9, 1)), today), "LC_AMOUNT_OVER_BALANCE"));
    EXPECT_TRUE(hasCode(validatePresentation(lc, samplePresentation(1'000'000, date(2026, 8, 25)), today),
        "LC_PRESENTATION_PERIOD_OVER"));
    EXPECT_TRUE(
        hasCode(validatePresentation(lc, samplePresentation(1'000'000, date(2026, 12, 20)), year { 2027 } / 1 / 2),
            "LC_PRESENTED_AFTER_EXPIRY"));
}

TEST(LcRules, AmendmentAnswerMustBeWhole)
{
    lianxin::lc::Amendment amendment;
    amendment.set_number(1);
    amendment.set_increase_fen(1000);
    *amendment.mutable_new_expiry_date() = date(2027, 1, 31);
    lianxin::lc::LcAction::AnswerAmendment answer;
    answer.set_accept(true);
    EXPECT_TRUE(validateAmendmentAnswer(amendment, answer).empty());
    answer.add_accepted_changes("amount");
    EXPECT_TRUE(hasCode(validateAmendmentAnswer(amendment, answer), "LC_PARTIAL_AMENDMENT_ACCEPTANCE"));
    answer.add_accepted_changes("expiry_date");
    EXPECT_TRUE(validateAmendmentAnswer(amendment, answer).empty());
}

TEST(LcRules, MaturityAndMoney)
{
    auto lc = sampleLc();
    auto *term = lc.mutable_payment_term();
    term->set_kind(lianxin::lc::PaymentTerm::DEFERRED);
    term->set_basis(lianxin::lc::PaymentTerm::AFTER_SHIPMENT_DATE);
    term->set_days(90);
    const auto maturity = maturityDate(lc, samplePresentation(1, date(2026, 9, 1)));
    ASSERT_TRUE(maturity);
    EXPECT_EQ(*maturity, Date { year { 2026 } / 11 / 30 });
    EXPECT_EQ(formatFen(123456789), "CNY 1,234,567.89");
    EXPECT_EQ(formatFen(5), "CNY 0.05");
}

TEST(LcRules, AmountInWords)
{
    using chaincode::lc::amountInWords;
    EXPECT_EQ(amountInWords(100'000'000), "人民币壹佰万元整");
    EXPECT_EQ(amountInWords(3'005'000'000), "人民币叁仟零伍万元整");
    EXPECT_EQ(amountInWords(8'000'000'000), "人民币捌仟万元整");
    EXPECT_EQ(amountInWords(10'020'300'050), "人民币壹亿零贰拾万叁仟元伍角");
    EXPECT_EQ(amountInWords(30'000'001), "人民币叁拾万元零壹分");
    EXPECT_EQ(amountInWords(20'030'000), "人民币贰拾万零叁佰元整");
    EXPECT_EQ(amountInWords(100'001'000), "人民币壹佰万零壹拾元整");
    EXPECT_EQ(amountInWords(101'000'000), "人民币壹佰零壹万元整");
    EXPECT_EQ(amountInWords(1'234), "人民币壹拾贰元叁角肆分");
    EXPECT_EQ(amountInWords(5), "人民币零元伍分");
}

TEST(LcRules, AmendedAmountKeepsItsWords)
{
    lianxin::lc::LetterOfCredit lc = sampleLc();
    lc.set_available_balance_fen(lc.amount_fen());
    lianxin::lc::Amendment increase;
    increase.set_increase_fen(20'000'000);
    EXPECT_EQ(chaincode::lc::applyAmendment(lc, increase).amount_in_words(), "人民币壹佰贰拾万元整");
}

TEST(LcRules, AmendmentCannotSetAnExpiryInThePast)
{
    lianxin::lc::LetterOfCredit lc = sampleLc();
    *lc.mutable_issue_date() = date(2026, 9, 1);
    lc.set_available_balance_fen(lc.amount_fen());
    lianxin::lc::Amendment amendment;
    *amendment.mutable_new_expiry_date() = date(2026, 10, 31);
    *amendment.mutable_new_latest_shipment_date() = date(2026, 10, 15);
    const auto today = std::chrono::year { 2026 } / 11 / 2;
    const auto violations = chaincode::lc::validateAmendment(lc, amendment, today);
    ASSERT_FALSE(violations.empty());
    EXPECT_EQ(violations.front().reasonCode, "LC_EXPIRY_IN_PAST");
    EXPECT_TRUE(chaincode::lc::validateAmendment(lc, amendment, std::chrono::year { 2026 } / 10 / 31).empty());
}

} // namespace lx::test

// The one rule for names the contracts store and for how every output
// shows stored text (chaincode/TextRules.h).
#include "chaincode/TextRules.h"

#include <gtest/gtest.h>

namespace lx::test {

using chaincode::freeTextProblem;
using chaincode::nameProblem;
using chaincode::trimmed;
using chaincode::validDocumentType;
using chaincode::visible;

TEST(TextRules, VisibleWritesOutEveryHiddenCharacterAndKeepsChinese)
{
    EXPECT_EQ(visible("華夏銀行 Huaxia"), "華夏銀行 Huaxia");
    EXPECT_EQ(visible("a\nb\rc\td"), "a\\nb\\rc\\td");
    EXPECT_EQ(visible("\x1b[31mred"), "\\e[31mred");
    EXPECT_EQ(visible(std::string("nul\0end", 7)), "nul\\x00end");
    EXPECT_EQ(visible("invoice\u202Efdp.exe"), "invoice\\u202Efdp.exe");
    EXPECT_EQ(visible("\u2066x\u2069\u200F\u061C"), "\\u2066x\\u2069\\u200F\\u061C");
    EXPECT_EQ(visible("\xC2\x85"), "\\u0085"); // NEL, a C1 control
    EXPECT_EQ(visible("back\\slash"), "back\\slash");
    EXPECT_EQ(visible(visible("a\nb\u202E")), visible("a\nb\u202E")) << "shown twice reads as shown once";
    EXPECT_EQ(visible("\xFF\xC3("), "\\xFF\\xC3("); // not UTF-8
    EXPECT_EQ(visible("\xE0\x80\xAF"), "\\xE0\\x80\\xAF"); // overlong
}

TEST(TextRules, JsonEscapesHiddenCharactersAndMayKeepItsLayout)
{
    using chaincode::jsonEscapedHidden;
    EXPECT_EQ(jsonEscapedHidden("\"a\u202Eb\nc\x7f\""), "\"a\\u202eb\\u000ac\\u007f\"");
    EXPECT_EQ(jsonEscapedHidden("{\n \"a\": \"\u2066\"\n}", true), "{\n \"a\": \"\\u2066\"\n}");
    EXPECT_EQ(jsonEscapedHidden("\"\xff\""), "\"\\ufffd\"");
    EXPECT_EQ(jsonEscapedHidden("\"華夏\""), "\"華夏\"");
}

TEST(TextRules, ANameWithAHiddenCharacterIsRefusedWithItsPosition)
{
    EXPECT_FALSE(nameProblem("上海華東貿易有限公司", "The name"));
    const auto newline = nameProblem("Good Corp\nKYC EDD 2027-12-31", "The corporate's name");
    ASSERT_TRUE(newline);
    EXPECT_EQ(newline->reasonCode, "TEXT_HIDDEN_CHARACTER");
    EXPECT_NE(newline->message.find("U+000A at position 10"), std::string::npos) << newline->message;
    EXPECT_EQ(nameProblem("invoice\u202Efdp.exe", "x")->reasonCode, "TEXT_HIDDEN_CHARACTER");
    EXPECT_EQ(nameProblem("a\rb", "x")->reasonCode, "TEXT_HIDDEN_CHARACTER");
    EXPECT_EQ(nameProblem("\x1b[2J", "x")->reasonCode, "TEXT_HIDDEN_CHARACTER");
    EXPECT_EQ(nameProblem(std::string("a\0b", 3), "x")->reasonCode, "TEXT_HIDDEN_CHARACTER");
    EXPECT_EQ(nameProblem("\xFF", "x")->reasonCode, "TEXT_NOT_UTF8");
    EXPECT_EQ(nameProblem("   ", "x")->reasonCode, "TEXT_BLANK");
    EXPECT_EQ(nameProblem("\u3000 ", "x")->reasonCode, "TEXT_BLANK");
    EXPECT_EQ(nameProblem("", "x")->reasonCode, "TEXT_BLANK");
}

TEST(TextRules, FreeTextKeepsLineBreaksAndTabsOnly)
{
    EXPECT_FALSE(freeTextProblem("Steel coils\n\tgrade Q235", "x"));
    EXPECT_FALSE(freeTextProblem("", "x"));
    EXPECT_EQ(freeTextProblem("a\rb", "x")->reasonCode, "TEXT_HIDDEN_CHARACTER");
    EXPECT_EQ(freeTextProblem("a\u202Eb", "x")->reasonCode, "TEXT_HIDDEN_CHARACTER");
}

TEST(TextRules, TrimmedDropsOuterSpacesOnly)
{
    EXPECT_EQ(trimmed("  Huaxia Trading  "), "Huaxia Trading");
    EXPECT_EQ(trimmed("\u3000華夏 貿易\u3000"), "華夏 貿易");
    EXPECT_EQ(trimmed("   "), "");
}

TEST(TextRules, ADocumentTypeIsCapitalsDigitsAndUnderscores)
{
    for (const char *good : { "INVOICE", "BILL_OF_LADING", "LC", "FORM_A1" })
        EXPECT_TRUE(validDocumentType(good)) << good;
    for (const char *bad : { "", "invoice", "Invoice", "INVOICE\u202E", "INV OICE", "_INVOICE", "1INVOICE",
             "INVOICE-2", "A2345678901234567890123456789012345678901" })
        EXPECT_FALSE(validDocumentType(bad)) << bad;
}

} // namespace lx::test

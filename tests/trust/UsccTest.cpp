#include "chaincode/trust/Uscc.h"

#include <gtest/gtest.h>
#include <string>

using lx::chaincode::trust::checkUscc;
using lx::chaincode::trust::normalizeUscc;
using lx::chaincode::trust::organizationCodeCheckCharacter;
using lx::chaincode::trust::usccCheckCharacter;

namespace {

// Each computed with an independent script and the first two by hand:
//   91350100M000100Y43  the published example. Organization code M000100Y:
//     22*3 + 1*5 + 34*2 = 139, 139 mod 11 = 7, 11 - 7 = 4. Check character:
//     9*1 + 1*3 + 3*9 + 5*27 + 1*26 + 21*20 + 1*8 + 30*30 + 4*28 = 1640,
//     1640 mod 31 = 28, 31 - 28 = 3.
//   91110108MA01ABCD5T  organization code 358 mod 11 = 6 -> 5; check
//     character sum 1927 mod 31 = 5 -> 26 = T.
const char *const kValid[] = {
    "91350100M000100Y43", // enterprise, Fuzhou
    "91110108MA01ABCD5T", // enterprise, Beijing Haidian; letter check character
    "51440300500001237N", // social organization (civil affairs), Shenzhen
    "123100004250000657", // public institution (organ establishment), Shanghai
    "92330106MA2H7K3P2N", // individual business, Hangzhou
    "Y1530100000000019X", // other authority, Kunming
    "11100000000013127D", // organ registered at national level
    "9144010110000018XM", // organization code check character X
    "914401011000000402", // organization code check character 0
    "913205002000000050", // check character 0
};

} // namespace

TEST(Uscc, AcceptsValidCodes)
{
    for (const char *code : kValid) {
        const auto check = checkUscc(code);
        EXPECT_TRUE(check.valid) << code << ": " << check.reasonCode << " " << check.message;
        EXPECT_TRUE(check.reasonCode.empty()) << code;
    }
}

TEST(Uscc, ComputesCheckCharacters)
{
    EXPECT_EQ(organizationCodeCheckCharacter("M000100Y"), '4');
    EXPECT_EQ(organizationCodeCheckCharacter("MA01ABCD"), '5');
    EXPECT_EQ(organizationCodeCheckCharacter("10000018"), 'X');
    EXPECT_EQ(organizationCodeCheckCharacter("10000004"), '0');
    EXPECT_EQ(organizationCodeCheckCharacter("1000001"), '\0');
    EXPECT_EQ(usccCheckCharacter("91350100M000100Y4"), '3');
    EXPECT_EQ(usccCheckCharacter("91110108MA01ABCD5"), 'T');
    EXPECT_EQ(usccCheckCharacter("91320500200000005"), '0');
    EXPECT_EQ(usccCheckCharacter("91350100M000100I4"), '\0');
}

TEST(Uscc, NormalizesTypedInput)
{
    EXPECT_EQ(normalizeUscc("  91110108ma01abcd5t \n"), "91110108MA01ABCD5T");
    EXPECT_EQ(normalizeUscc("   "), "");
    EXPECT_TRUE(checkUscc(normalizeUscc(" 91350100m000100y43")).valid);
}

TEST(Uscc, RejectsWrongLength)
{
    for (const char *code : { "", "91350100M000100Y4", "91350100M000100Y433" }) {
        const auto check = checkUscc(code);
        EXPECT_FALSE(check.valid);
        EXPECT_EQ(check.reasonCode, "USCC_LENGTH") << code;
        EXPECT_NE(check.message.find("18 characters"), std::string::npos);
    }
}

TEST(Uscc, RejectsCharactersOutsideTheSet)
{
    struct Row
    {
        const char *code;
        int position;
        const char *hint;
    };
    const Row rows[] = {
        { "91350100M000100I43", 16, "I, O, Z, S and V" },
        { "91350100MO00100Y43", 10, "I, O, Z, S and V" },
        { "91350100S000100Y43", 9, "I, O, Z, S and V" },
        { "91350100m000100Y43", 9, "capitals" },
        { "91350100M000-00Y43", 13, "A-H, J-N" },
    };
    for (const Row &row : rows) {
        const auto check = checkUscc(row.code);
        EXPECT_EQ(check.reasonCode, "USCC_CHARACTER") << row.code;
        EXPECT_EQ(check.position, row.position) << row.code;
        EXPECT_NE(check.message.find(row.hint), std::string::npos) << check.message;
    }
}

TEST(Uscc, RejectsUnknownAuthorityTypeAndDivision)
{
    EXPECT_EQ(checkUscc("B1350100M000100Y43").reasonCode, "USCC_REGISTRATION_AUTHORITY");
    const auto type = checkUscc("94350100M000100Y43");
    EXPECT_EQ(type.reasonCode, "USCC_ORGANIZATION_TYPE");
    EXPECT_EQ(type.position, 2);
    EXPECT_NE(type.message.find("market regulation"), std::string::npos);
    EXPECT_EQ(checkUscc("Y2350100M000100Y43").reasonCode, "USCC_ORGANIZATION_TYPE");
    const auto letter = checkUscc("9135A100M000100Y43");
    EXPECT_EQ(letter.reasonCode, "USCC_DIVISION_CODE");
    EXPECT_EQ(letter.position, 5);
    EXPECT_EQ(checkUscc("91990100M000100Y43").reasonCode, "USCC_DIVISION_CODE");
}

TEST(Uscc, RejectsWrongOrganizationCodeCheck)
{
    const auto check = checkUscc("91350100M000100Y53");
    EXPECT_EQ(check.reasonCode, "USCC_ORG_CODE_CHECK");
    EXPECT_EQ(check.position, 17);
    EXPECT_NE(check.message.find("should be '4', not '5'"), std::string::npos) << check.message;
}

TEST(Uscc, RejectsWrongCheckCharacter)
{
    const auto check = checkUscc("91350100M000100Y44");
    EXPECT_FALSE(check.valid);
    EXPECT_EQ(check.reasonCode, "USCC_CHECK_CHARACTER");
    EXPECT_EQ(check.position, 18);
    EXPECT_NE(check.message.find("should be '3', not '4'"), std::string::npos) << check.message;
}

// Weights coprime to 31 make every single mistyped character detectable.
TEST(Uscc, DetectsEverySingleSubstitution)
{
    const std::string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    for (const char *valid : kValid) {
        for (std::size_t i = 0; i < 18; ++i) {
            for (char c : alphabet) {
                std::string code = valid;
                if (code[i] == c)
                    continue;
                code[i] = c;
                EXPECT_FALSE(checkUscc(code).valid) << code;
            }
        }
    }
}

#include "chaincode/Rate.h"

#include <gtest/gtest.h>

using namespace lx::chaincode;

TEST(Rate, ParsesPercentExactly)
{
    EXPECT_EQ(parseRatePercent("3"), 30000);
    EXPECT_EQ(parseRatePercent("3.00"), 30000);
    EXPECT_EQ(parseRatePercent("3.125"), 31250);
    EXPECT_EQ(parseRatePercent("3.125%"), 31250);
    EXPECT_EQ(parseRatePercent("0.0001"), 1);
    EXPECT_EQ(parseRatePercent("0"), 0);
    EXPECT_EQ(parseRatePercent("100"), kMaxRateMicros);
}

TEST(Rate, RefusesWhatIsNotARate)
{
    for (const char *bad :
        { "", "%", ".5", "3.", "3.12345", "-1", "+3", "3,00", "1e2", "100.0001", "1000", "abc", "3.0.0" })
        EXPECT_FALSE(parseRatePercent(bad).has_value()) << bad;
}

TEST(Rate, FormatsWithTwoToFourDecimals)
{
    EXPECT_EQ(formatRatePercent(30000), "3.00");
    EXPECT_EQ(formatRatePercent(31250), "3.125");
    EXPECT_EQ(formatRatePercent(1), "0.0001");
    EXPECT_EQ(formatRatePercent(0), "0.00");
    EXPECT_EQ(formatRatePercent(285000), "28.50");
    for (const char *text : { "3.00", "3.125", "0.0001", "12.3456" })
        EXPECT_EQ(formatRatePercent(*parseRatePercent(text)), text);
}

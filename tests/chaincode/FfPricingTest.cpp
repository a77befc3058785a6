// Known answers of the forfaiting price (chaincode/forfaiting/FfPricing.h):
// DESIGN 4.2's worked example, fees, and the one rounding step at half a fen.
#include "chaincode/forfaiting/FfPricing.h"

#include <gtest/gtest.h>

namespace lx::test {

namespace {

using namespace chaincode::forfaiting;

Price priced(std::int64_t fv, chaincode::RateMicros rate, int days, Method method, std::int64_t fees = 0)
{
    const auto result = price(PriceInput { fv, rate, days, fees, method });
    const auto *error = std::get_if<PriceError>(&result);
    EXPECT_EQ(error, nullptr) << (error ? error->reasonCode + ": " + error->message : std::string());
    return error ? Price {} : std::get<Price>(result);
}

std::string refusal(std::int64_t fv, chaincode::RateMicros rate, int days, std::int64_t fees = 0)
{
    const auto result = price(PriceInput { fv, rate, days, fees, Method::StraightDiscount });
    const auto *error = std::get_if<PriceError>(&result);
    return error ? error->reasonCode : std::string("accepted");
}

} // namespace

TEST(FfPricing, DesignWorkedExampleStraightDiscount)
{
    // CNY 10,000,000.00, 180 days, 3.00%: discount 150,000.00, net 9,850,000.00.
    const Price p = priced(1'000'000'000, 30'000, 180, Method::StraightDiscount);
    EXPECT_EQ(p.discountFen, 15'000'000);
    EXPECT_EQ(p.netFen, 985'000'000);
    EXPECT_EQ(p.days, 180);
}

TEST(FfPricing, DesignWorkedExampleDiscountToYield)
{
    // 10,000,000.00 / (1 + 0.03 * 180 / 360) = 9,852,216.748... -> 9,852,216.75.
    const Price p = priced(1'000'000'000, 30'000, 180, Method::DiscountToYield);
    EXPECT_EQ(p.netFen, 985'221'675);
    EXPECT_EQ(p.discountFen, 14'778'325);
}

TEST(FfPricing, FeesComeOffAfterTheDiscount)
{
    EXPECT_EQ(priced(1'000'000'000, 30'000, 180, Method::StraightDiscount, 50'000).netFen, 984'950'000);
    EXPECT_EQ(priced(1'000'000'000, 30'000, 180, Method::DiscountToYield, 50'000).netFen, 985'171'675);
    // The discount is interest only; fees are not in it.
    EXPECT_EQ(priced(1'000'000'000, 30'000, 180, Method::StraightDiscount, 50'000).discountFen, 15'000'000);
}

TEST(FfPricing, GraceDaysCountAsDays)
{
    // 88 days to maturity + 2 grace days at 2.90% to yield, fees 1,000.00 (the lifecycle's Nanhai quote).
    const Price p = priced(50'000'000, 29'000, 90, Method::DiscountToYield, 100'000);
    EXPECT_EQ(p.discountFen, 359'891);
    EXPECT_EQ(p.netFen, 49'540'109);
    EXPECT_EQ(priced(50'000'000, 30'000, 88, Method::StraightDiscount).netFen, 49'633'333); // 366,666.67 -> .67
}

TEST(FfPricing, HalfAFenRoundsUpOnce)
{
    // Straight: 1,000,100 * 1.8% * 100 / 360 = 5,000.5 fen -> 5,001.
    EXPECT_EQ(priced(1'000'100, 18'000, 100, Method::StraightDiscount).discountFen, 5'001);
    // Just under a half: 3 fen * 100% * 59 / 360 = 0.4917 -> 0; at 60 days 0.5 -> 1.
    EXPECT_EQ(priced(3, 1'000'000, 59, Method::StraightDiscount).netFen, 3);
    EXPECT_EQ(priced(3, 1'000'000, 60, Method::StraightDiscount).netFen, 2);
    // To yield: 1,000,001 / (1 + 100% * 360 / 360) = 500,000.5 -> 500,001.
    EXPECT_EQ(priced(1'000'001, 1'000'000, 360, Method::DiscountToYield).netFen, 500'001);
}

TEST(FfPricing, LargeFaceValuesAreExact)
{
    // The largest amount the consortium accepts, 10,000,000,000,000.00, at 3%
    // for 180 days: no floating point, no overflow.
    const Price p = priced(1'000'000'000'000'000, 30'000, 180, Method::StraightDiscount);
    EXPECT_EQ(p.discountFen, 15'000'000'000'000);
    EXPECT_EQ(p.netFen, 985'000'000'000'000);
    // Above it (docs/amounts.md), refused.
    EXPECT_EQ(refusal(1'000'000'000'000'001, 30'000, 180), "FF_AMOUNT_TOO_LARGE");
}

TEST(FfPricing, ZeroRateIsFaceValueLessFees)
{
    EXPECT_EQ(priced(1'000'000, 0, 30, Method::StraightDiscount, 500).netFen, 999'500);
    EXPECT_EQ(priced(1'000'000, 0, 30, Method::DiscountToYield, 500).netFen, 999'500);
}

TEST(FfPricing, NonsenseIsRefused)
{
    EXPECT_EQ(refusal(1'000'000, 30'000, 0), "FF_PRICE_DAYS");
    EXPECT_EQ(refusal(1'000'000, 30'000, -5), "FF_PRICE_DAYS");
    EXPECT_EQ(refusal(0, 30'000, 90), "FF_PRICE_FACE_VALUE");
    EXPECT_EQ(refusal(1'000'000, -1, 90), "FF_PRICE_RATE");
    EXPECT_EQ(refusal(1'000'000, 1'000'001, 90), "FF_PRICE_RATE");
    EXPECT_EQ(refusal(1'000'000, 30'000, 90, -1), "FF_PRICE_FEES");
    EXPECT_EQ(refusal(1'000'000, 30'000, 90, 1'000'000), "FF_PRICE_NET_NOT_POSITIVE");
    EXPECT_EQ(refusal(1'000, 1'000'000, 360), "FF_PRICE_NET_NOT_POSITIVE"); // straight 100% for a year
}

} // namespace lx::test

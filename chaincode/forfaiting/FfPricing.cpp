#include "chaincode/forfaiting/FfPricing.h"

#include "chaincode/Amount.h"

#include <algorithm>

namespace lx::chaincode::forfaiting {

namespace {

__extension__ typedef __int128 Wide; // exact products of fen, millionths and days

constexpr Wide kMicros = 1'000'000;
constexpr Wide kYearMicros = Wide(kDayBasis) * kMicros; // 360 days, in millionths of a rate

// numerator / denominator to the nearest integer, halves up; both positive.
Wide roundHalfUp(Wide numerator, Wide denominator)
{
    return (2 * numerator + denominator) / (2 * denominator);
}

PriceError error(std::string code, std::string message)
{
    return PriceError { std::move(code), std::move(message) };
}

} // namespace

std::variant<Price, PriceError> price(const PriceInput &in)
{
    if (in.faceValueFen <= 0)
        return error("FF_PRICE_FACE_VALUE", "The face value must be more than zero fen.");
    if (const auto tooLarge = amountOverLimit(std::max(in.faceValueFen, in.feesFen), "The face value or the fees"))
        return error("FF_AMOUNT_TOO_LARGE", *tooLarge);
    if (in.rate < 0 || in.rate > kMaxRateMicros)
        return error("FF_PRICE_RATE", "The rate must be from 0 to 100% per annum.");
    if (in.days <= 0)
        return error("FF_PRICE_DAYS",
            "The claim matures on or before the value date: there are no days to discount (" + std::to_string(in.days)
                + ").");
    if (in.days > 3 * 366)
        return error("FF_PRICE_DAYS", "More than three years to maturity is no L/C claim.");
    if (in.feesFen < 0)
        return error("FF_PRICE_FEES", "Fees cannot be negative.");

    const Wide fv = in.faceValueFen;
    const Wide rd = Wide(in.rate) * in.days; // millionths x days
    Wide discount = 0;
    if (in.method == Method::StraightDiscount) {
        discount = roundHalfUp(fv * rd, kYearMicros);
    } else {
        const Wide presentValue = roundHalfUp(fv * kYearMicros, kYearMicros + rd);
        discount = fv - presentValue;
    }
    const Wide net = fv - discount - in.feesFen;
    if (net <= 0)
        return error("FF_PRICE_NET_NOT_POSITIVE",
            "Discount and fees take the whole face value: the buyer would pay nothing. Check the rate, days and fees.");
    Price out;
    out.days = in.days;
    out.discountFen = static_cast<std::int64_t>(discount);
    out.netFen = static_cast<std::int64_t>(net);
    return out;
}

} // namespace lx::chaincode::forfaiting

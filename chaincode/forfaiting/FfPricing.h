#pragma once

#include "chaincode/Rate.h"

#include <cstdint>
#include <string>
#include <variant>

namespace lx::chaincode::forfaiting {

// How a forfaiter prices a claim (DESIGN 4.2), CNY on a 360-day basis.
// d = actual days from the value date to maturity + grace days.
//   straight discount:  D = FV * r * d / 360,          net = FV - D - fees
//   discount to yield:  PV = FV / (1 + r * d / 360),   net = PV - fees
// The arithmetic is exact (128-bit integers over fen and millionths); the
// one rounding step is the division that yields D (straight) or PV (to
// yield), to the nearest fen, half a fen rounding up. Fees are whole fen
// and are subtracted after it.
//
// A zero rate is accepted here (the calculator prices it as FV - fees);
// the contract refuses a zero-rate quote as no market price.
enum class Method { StraightDiscount, DiscountToYield };

inline constexpr int kDayBasis = 360;

struct PriceInput
{
    std::int64_t faceValueFen = 0;
    RateMicros rate = 0;
    int days = 0; // actual days to maturity plus grace days
    std::int64_t feesFen = 0;
    Method method = Method::StraightDiscount;
};

struct Price
{
    int days = 0;
    std::int64_t discountFen = 0; // FV - net - fees: the interest part
    std::int64_t netFen = 0; // what the buyer pays
};

// Why a price cannot be computed: a reason code ("FF_PRICE_...") and an
// English sentence.
struct PriceError
{
    std::string reasonCode;
    std::string message;
};

// Refuses a face value, days or rate out of range, negative fees, and a
// net amount that is not positive.
std::variant<Price, PriceError> price(const PriceInput &input);

} // namespace lx::chaincode::forfaiting

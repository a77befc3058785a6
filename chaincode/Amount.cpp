#include "chaincode/Amount.h"

#include "chaincode/lc/LcRules.h"

#include <limits>

namespace lx::chaincode {

std::optional<std::string> amountOverLimit(std::int64_t fen, std::string_view what)
{
    if (fen <= kMaxAmountFen)
        return std::nullopt;
    return std::string(what) + ", " + lc::formatFen(fen) + ", is above the largest amount the consortium accepts, "
        + maxAmountText() + ".";
}

std::string maxAmountText()
{
    return lc::formatFen(kMaxAmountFen);
}

std::int64_t addAmounts(std::int64_t a, std::int64_t b)
{
    std::int64_t sum = 0;
    if (!__builtin_add_overflow(a, b, &sum))
        return sum;
    return b > 0 ? std::numeric_limits<std::int64_t>::max() : std::numeric_limits<std::int64_t>::min();
}

} // namespace lx::chaincode

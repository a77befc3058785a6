#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lx::chaincode {

// The largest amount of money any contract of the consortium accepts, in
// fen: CNY 10,000,000,000,000.00 (ten trillion yuan, 壹拾万亿元). It is far
// above any real letter of credit, guarantee or forfaiting claim, and far
// enough below INT64_MAX that the contracts' arithmetic on amounts (an
// amount plus its 100% tolerance, a balance plus an increase, a sum of a
// few thousand amounts) cannot overflow. See docs/amounts.md.
inline constexpr std::int64_t kMaxAmountFen = 1'000'000'000'000'000;

// The one check every amount a contract takes passes besides its own
// "above zero" rule: nullopt when fen <= kMaxAmountFen, else a sentence
// that names `what` ("The L/C amount") and the limit. The caller refuses
// with its product's code (LC_AMOUNT_TOO_LARGE, GT_AMOUNT_TOO_LARGE, ...).
std::optional<std::string> amountOverLimit(std::int64_t fen, std::string_view what);

// "CNY 10,000,000,000,000.00"
std::string maxAmountText();

// a + b, held at the int64 limits instead of overflowing: for totals over
// many stored amounts (the quote board's depth and volume).
std::int64_t addAmounts(std::int64_t a, std::int64_t b);

} // namespace lx::chaincode

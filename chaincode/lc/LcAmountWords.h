#pragma once

#include <cstdint>
#include <string>

namespace lx::chaincode::lc {

// "人民币壹佰贰拾万元整": an amount in the capital numerals a domestic L/C
// and a payment instrument carry beside the figures (大写金额), as the
// payment and settlement rules write it:
// - digits in groups of four under 万 and 亿; above 亿 the count of 亿 is
//   itself read with 万 (壹万贰仟亿, 壹拾万亿 for the largest amount);
// - 零 read once for a run of zeros between two digits that are read, also
//   when the run is a whole group of four (壹亿零壹仟); zeros that end a
//   group are covered by its 万 or 亿 and not read (贰拾万叁仟);
// - 整 after whole yuan, 零 between yuan and fen when jiao is zero
//   (叁拾万元零壹分), 零元 under one yuan (人民币零元伍分).
// The contract writes it from the figure at issue and after each accepted
// amendment, so figures and words never disagree; the workstation shows
// the same words while the officer types. Empty (refused) for an amount
// below zero or above kMaxAmountFen (chaincode/Amount.h).
std::string amountInWords(std::int64_t fen);

} // namespace lx::chaincode::lc

#pragma once

#include <cstdint>
#include <string>

namespace lx::chaincode::lc {

// "人民币壹佰贰拾万元整": an amount in the capital numerals a domestic L/C
// and a payment instrument carry beside the figures (大写金额), as the
// payment and settlement rules write it: 零 read once for a run of zeros
// inside a number, 整 after whole yuan, 零 between yuan and fen when jiao is
// zero. The contract writes it from the figure at issue and after each
// accepted amendment, so figures and words never disagree; the workstation
// shows the same words while the officer types. fen must be >= 0.
std::string amountInWords(std::int64_t fen);

} // namespace lx::chaincode::lc

#pragma once

#include <cstddef>

namespace lx::bench {

struct CryptoRates
{
    double signPerSecond = 0;
    double verifyPerSecond = 0;
};

// Single-thread ECDSA P-256 sign and verify rates with lx::crypto over
// proposal-sized messages; throws if a signature fails to verify.
CryptoRates measureCrypto(std::size_t ops);

} // namespace lx::bench

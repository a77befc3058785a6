#pragma once

#include "lianxin/forfaiting.pb.h"
#include "lianxin/guarantee.pb.h"
#include "lianxin/quotes.pb.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace lx::bench {

// A synthetic book beside the L/Cs for the dashboards' tests and benchmark:
// forfaiting claims and their deals (some resold, some paid or overdue),
// guarantees of every type with demands examined on time, late or not yet,
// and live and expired quotes on the unified board. Deterministic for a
// seed; records as the contracts would leave them, not validated by them.
class ProductBookGenerator
{
public:
    ProductBookGenerator(std::uint64_t seed, int todayDays, std::vector<std::string> banks);

    struct Forfaiting
    {
        lianxin::forfaiting::Claim claim;
        std::vector<lianxin::forfaiting::Deal> deals; // in trade order; a resale follows its first sale
    };
    // The i-th claim with its deals (IDs unique per i).
    Forfaiting forfaiting(int i);
    lianxin::guarantee::Guarantee guarantee(int i);
    // A quote live or expired at nowSeconds.
    lianxin::quotes::Quote quote(int i, std::int64_t nowSeconds);

private:
    std::size_t pick(std::size_t n);
    const std::string &bank();

    std::mt19937_64 m_random;
    int m_today;
    std::vector<std::string> m_banks;
};

} // namespace lx::bench

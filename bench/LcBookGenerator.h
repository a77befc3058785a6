#pragma once

#include "lianxin/lc.pb.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace lx::bench {

// A synthetic book of L/Cs for the cache's tests and benchmark: parties
// with Chinese names, amounts, dates around `today`, states with the
// presentations, amendments, history and documents each implies.
// Deterministic for a seed; records as the contract would leave them
// (deadlines set, maturities confirmed), not validated by it.
class LcBookGenerator
{
public:
    LcBookGenerator(std::uint64_t seed, int todayDays, int banks = 12);

    static std::vector<std::string> bankNames(int banks);
    // Days since 1970-01-01 as the records' date message.
    static lianxin::lc::Date protoDay(int days);
    // The i-th L/C of the book (its number is unique per i).
    lianxin::lc::LetterOfCredit make(int i);

private:
    std::mt19937_64 m_random;
    int m_today;
    std::vector<std::string> m_banks;
};

} // namespace lx::bench

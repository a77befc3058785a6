#pragma once

// The benchmarks' command lines: strict whole numbers (no sign, no spaces,
// nothing after the digits, within range, never saturated), so that a typo
// is refused with exit 2 instead of running minutes of benchmark on a
// number the user did not mean.

#include <charconv>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace lx::bench {

// A command line the benchmark refuses (usage on stderr, exit 2).
class ArgError : public std::invalid_argument
{
public:
    using std::invalid_argument::invalid_argument;
};

inline std::int64_t wholeArg(const std::string &option, std::string_view text, std::int64_t low, std::int64_t high)
{
    std::int64_t n = 0;
    const char *end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, n);
    if (text.empty() || text.front() < '0' || text.front() > '9' || error != std::errc() || stop != end || n < low
        || n > high)
        throw ArgError(option + " wants a whole number from " + std::to_string(low) + " to " + std::to_string(high)
            + ", not \"" + std::string(text) + "\"");
    return n;
}

} // namespace lx::bench

#include "chaincode/Rate.h"

namespace lx::chaincode {

std::optional<RateMicros> parseRatePercent(std::string_view text)
{
    if (!text.empty() && text.back() == '%')
        text.remove_suffix(1);
    if (text.empty())
        return std::nullopt;
    RateMicros whole = 0;
    std::size_t i = 0;
    for (; i < text.size() && text[i] != '.'; ++i) {
        if (text[i] < '0' || text[i] > '9' || i >= 3)
            return std::nullopt;
        whole = whole * 10 + (text[i] - '0');
    }
    if (i == 0)
        return std::nullopt;
    RateMicros fraction = 0;
    int decimals = 0;
    if (i < text.size()) { // the '.'
        for (++i; i < text.size(); ++i, ++decimals) {
            if (text[i] < '0' || text[i] > '9' || decimals >= 4)
                return std::nullopt;
            fraction = fraction * 10 + (text[i] - '0');
        }
        if (decimals == 0)
            return std::nullopt;
    }
    for (; decimals < 4; ++decimals)
        fraction *= 10;
    const RateMicros rate = whole * kRateMicrosPerPercent + fraction;
    if (rate > kMaxRateMicros)
        return std::nullopt;
    return rate;
}

std::string formatRatePercent(RateMicros rate)
{
    std::string out = std::to_string(rate / kRateMicrosPerPercent) + ".";
    std::string fraction = std::to_string(rate % kRateMicrosPerPercent);
    fraction.insert(0, 4 - fraction.size(), '0');
    while (fraction.size() > 2 && fraction.back() == '0')
        fraction.pop_back();
    return out + fraction;
}

} // namespace lx::chaincode

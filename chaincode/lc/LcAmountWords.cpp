#include "chaincode/lc/LcAmountWords.h"

#include "chaincode/Amount.h"

#include <array>

namespace lx::chaincode::lc {

namespace {

constexpr std::int64_t kYi = 100'000'000;
// Ten digits below 10^16 yuan: the bound (10^13 yuan) stays well inside.
static_assert(kMaxAmountFen / 100 < 10'000 * kYi * 10'000);

} // namespace

std::string amountInWords(std::int64_t fen)
{
    if (fen < 0 || fen > kMaxAmountFen)
        return {};
    static const std::array<const char *, 10> digits { "零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖" };
    static const std::array<const char *, 4> units { "", "拾", "佰", "仟" };
    const std::int64_t yuanValue = fen / 100;
    const std::string yuan = std::to_string(yuanValue);
    const std::string prefix = "人民币";
    std::string out = prefix;
    bool pendingZero = false; // zeros since the last digit read
    bool groupHasDigit = false;
    const int length = static_cast<int>(yuan.size());
    for (int i = 0; i < length && yuanValue > 0; ++i) {
        const int d = yuan[static_cast<std::size_t>(i)] - '0';
        const int position = length - 1 - i;
        if (d == 0) {
            pendingZero = out.size() > prefix.size();
        } else {
            if (pendingZero)
                out += digits[0];
            pendingZero = false;
            groupHasDigit = true;
            out += std::string(digits[static_cast<std::size_t>(d)]) + units[static_cast<std::size_t>(position % 4)];
        }
        if (position % 4 == 0 && position > 0) {
            // 亿 whenever there are any; 万 for a group with a digit (the
            // group above 亿 counts 亿s: 壹万亿, 壹万贰仟亿).
            if (position == 8 ? yuanValue >= kYi : groupHasDigit)
                out += position == 8 ? "亿" : "万";
            // Zeros ending a group with a digit are covered by its unit; a
            // whole group of zeros is still read (壹亿零壹仟).
            if (groupHasDigit)
                pendingZero = false;
            groupHasDigit = false;
        }
    }
    if (yuanValue == 0)
        out += digits[0];
    out += "元";
    const int jiao = static_cast<int>(fen / 10 % 10);
    const int cents = static_cast<int>(fen % 10);
    if (jiao == 0 && cents == 0)
        return out + "整";
    if (jiao != 0)
        out += std::string(digits[static_cast<std::size_t>(jiao)]) + "角";
    else if (yuanValue != 0)
        out += digits[0];
    if (cents != 0)
        out += std::string(digits[static_cast<std::size_t>(cents)]) + "分";
    return out;
}

} // namespace lx::chaincode::lc

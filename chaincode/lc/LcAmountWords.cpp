#include "chaincode/lc/LcAmountWords.h"

#include <array>

namespace lx::chaincode::lc {

std::string amountInWords(std::int64_t fen)
{
    static const std::array<const char *, 10> digits { "零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖" };
    static const std::array<const char *, 4> units { "", "拾", "佰", "仟" };
    static const std::array<const char *, 3> sections { "", "万", "亿" };
    const std::string yuan = std::to_string(fen / 100);
    std::string out = "人民币";
    bool pendingZero = false;
    bool sectionHasDigit = false;
    const int length = static_cast<int>(yuan.size());
    for (int i = 0; i < length; ++i) {
        const int d = yuan[static_cast<std::size_t>(i)] - '0';
        const int position = length - 1 - i;
        if (d == 0) {
            pendingZero = true;
        } else {
            if (pendingZero && out.size() > std::string("人民币").size())
                out += digits[0];
            pendingZero = false;
            sectionHasDigit = true;
            out += std::string(digits[static_cast<std::size_t>(d)]) + units[static_cast<std::size_t>(position % 4)];
        }
        if (position % 4 == 0 && position > 0) {
            if (sectionHasDigit)
                out += sections[static_cast<std::size_t>(position / 4)];
            // 贰拾万叁仟: a zero ending a section is not read; one leading
            // the next section is (贰拾万零叁佰).
            sectionHasDigit = false;
            pendingZero = false;
        }
    }
    if (fen / 100 == 0)
        out += digits[0];
    out += "元";
    const int jiao = static_cast<int>(fen / 10 % 10);
    const int cents = static_cast<int>(fen % 10);
    if (jiao == 0 && cents == 0)
        return out + "整";
    if (jiao != 0)
        out += std::string(digits[static_cast<std::size_t>(jiao)]) + "角";
    else if (fen / 100 != 0)
        out += digits[0];
    if (cents != 0)
        out += std::string(digits[static_cast<std::size_t>(cents)]) + "分";
    return out;
}

} // namespace lx::chaincode::lc

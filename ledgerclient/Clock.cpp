#include "ledgerclient/Clock.h"

namespace lx::client {

namespace {
constexpr std::chrono::hours kChinaOffset { 8 };
}

Clock systemClock()
{
    return [] { return std::chrono::system_clock::now(); };
}

Clock chinaDateClock(std::chrono::year_month_day day)
{
    const std::chrono::sys_days midnight { day };
    return [midnight] {
        const auto chinaNow = std::chrono::system_clock::now() + kChinaOffset;
        const auto timeOfDay = chinaNow - std::chrono::floor<std::chrono::days>(chinaNow);
        return std::chrono::system_clock::time_point(midnight) + timeOfDay - kChinaOffset;
    };
}

} // namespace lx::client

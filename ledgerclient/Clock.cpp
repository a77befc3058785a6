#include "ledgerclient/Clock.h"

namespace lx::client {

namespace {
constexpr std::chrono::hours kChinaOffset { 8 };
}

Clock systemClock()
{
    return [] { return std::chrono::system_clock::now(); };
}

std::chrono::system_clock::time_point chinaDateInstant(
    std::chrono::year_month_day day, std::chrono::system_clock::time_point now)
{
    const std::chrono::sys_days midnight { day };
    const auto chinaNow = now + kChinaOffset;
    const auto timeOfDay = chinaNow - std::chrono::floor<std::chrono::days>(chinaNow);
    return std::chrono::system_clock::time_point(midnight) + timeOfDay - kChinaOffset;
}

Clock chinaDateClock(std::chrono::year_month_day day)
{
    return [day] { return chinaDateInstant(day, std::chrono::system_clock::now()); };
}

} // namespace lx::client

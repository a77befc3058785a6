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

std::optional<std::chrono::year_month_day> parseCalendarDay(std::string_view text)
{
    bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-';
    for (std::size_t i = 0; shaped && i < text.size(); ++i)
        shaped = i == 4 || i == 7 || (text[i] >= '0' && text[i] <= '9');
    if (!shaped)
        return std::nullopt;
    const auto number = [&](std::size_t at, std::size_t count) {
        unsigned n = 0;
        for (std::size_t i = at; i < at + count; ++i)
            n = n * 10 + unsigned(text[i] - '0');
        return n;
    };
    const std::chrono::year_month_day day { std::chrono::year(int(number(0, 4))), std::chrono::month(number(5, 2)),
        std::chrono::day(number(8, 2)) };
    if (!day.ok())
        return std::nullopt;
    return day;
}

Clock chinaDateClock(std::chrono::year_month_day day)
{
    return [day] { return chinaDateInstant(day, std::chrono::system_clock::now()); };
}

} // namespace lx::client

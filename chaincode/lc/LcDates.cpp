#include "chaincode/lc/LcDates.h"

#include "chaincode/Stub.h"

namespace lx::chaincode::lc {

using namespace std::chrono;

std::optional<Date> civil(const lianxin::lc::Date &date)
{
    if (date.year() <= 0 || date.year() > 9999 || date.month() <= 0 || date.month() > 12 || date.day() <= 0
        || date.day() > 31)
        return std::nullopt;
    const Date d { year { date.year() }, month { static_cast<unsigned>(date.month()) },
        day { static_cast<unsigned>(date.day()) } };
    if (!d.ok())
        return std::nullopt;
    return d;
}

lianxin::lc::Date protoDate(Date date)
{
    lianxin::lc::Date out;
    out.set_year(static_cast<int>(date.year()));
    out.set_month(static_cast<int>(static_cast<unsigned>(date.month())));
    out.set_day(static_cast<int>(static_cast<unsigned>(date.day())));
    return out;
}

bool isSet(const lianxin::lc::Date &date)
{
    return date.year() != 0 || date.month() != 0 || date.day() != 0;
}

std::string text(const lianxin::lc::Date &date)
{
    if (const auto d = civil(date))
        return calendar::formatDate(*d);
    return std::to_string(date.year()) + "-" + std::to_string(date.month()) + "-" + std::to_string(date.day());
}

Date chinaDate(std::int64_t unixSeconds)
{
    constexpr std::int64_t kChinaOffset = 8 * 3600;
    const sys_seconds instant { seconds { unixSeconds + kChinaOffset } };
    return Date { floor<days>(instant) };
}

Date plusDays(Date date, int n)
{
    return Date { sys_days { date } + days { n } };
}

Date plusYears(Date date, int n)
{
    Date out = date + years { n };
    if (!out.ok()) // 29 February
        out = out.year() / out.month() / last;
    return out;
}

ReceiptCheck checkReceipt(Date receipt, Date today, const calendar::BusinessCalendar &calendar)
{
    if (!receipt.ok())
        return ReceiptCheck::Invalid;
    if (receipt > today)
        return ReceiptCheck::InFuture;
    if (calendar.businessDaysBetween(receipt, today) > kMaxReceiptAgeBusinessDays)
        return ReceiptCheck::TooOld;
    return ReceiptCheck::Accepted;
}

Date earliestReceipt(Date today, const calendar::BusinessCalendar &calendar)
{
    // Walk back while the business days in (day, today] stay within the bound.
    Date earliest = today;
    for (Date d = plusDays(today, -1); calendar.businessDaysBetween(d, today) <= kMaxReceiptAgeBusinessDays;
         d = plusDays(d, -1))
        earliest = d;
    return earliest;
}

calendar::BusinessCalendar calendarFromProto(const lianxin::lc::Calendar &record)
{
    calendar::BusinessCalendar calendar;
    for (const auto &d : record.holidays()) {
        if (const auto c = civil(d))
            calendar.addHoliday(*c);
    }
    for (const auto &d : record.makeup_workdays()) {
        if (const auto c = civil(d))
            calendar.addMakeUpWorkday(*c);
    }
    return calendar;
}

lianxin::lc::Calendar calendarToProto(const calendar::BusinessCalendar &calendar)
{
    lianxin::lc::Calendar record;
    for (const sys_days d : calendar.holidays())
        *record.add_holidays() = protoDate(Date { d });
    for (const sys_days d : calendar.makeUpWorkdays())
        *record.add_makeup_workdays() = protoDate(Date { d });
    return record;
}

calendar::BusinessCalendar loadCalendar(Stub &stub)
{
    lianxin::lc::Calendar record;
    if (const auto value = stub.getState(kCalendarKey); value && record.ParseFromString(*value))
        return calendarFromProto(record);
    return calendar::BusinessCalendar::chinaDefault();
}

} // namespace lx::chaincode::lc

#pragma once

#include "chaincode/calendar/BusinessCalendar.h"

#include "lianxin/lc.pb.h"

#include <cstdint>
#include <optional>
#include <string>

namespace lx::chaincode {
class Stub;
}

namespace lx::chaincode::lc {

using calendar::Date;

// A proto date as a civil date; nullopt when unset (year 0), not a real day,
// or after the year 9999 (std::chrono::year keeps 16 bits and month and day
// 8: year 67562 would read as 2026, month 257 as January).
std::optional<Date> civil(const lianxin::lc::Date &date);
lianxin::lc::Date protoDate(Date date);
bool isSet(const lianxin::lc::Date &date);
std::string text(const lianxin::lc::Date &date);

// "Today" for a transaction: its timestamp as a date in China time (UTC+8),
// so every endorser and every deadline agrees on the day.
Date chinaDate(std::int64_t unixSeconds);

Date plusDays(Date date, int days);
Date plusYears(Date date, int years);

// The day a bank received documents (an L/C presentation) or a demand (a
// guarantee), as its maker records it, judged on the day of approval
// (docs/time-and-deadlines.md): not after that day, and not more than
// kMaxReceiptAgeBusinessDays business days before it. The receipt day, not
// the approval day, then counts for expiry, the presentation period and
// the 5 business days of examination.
inline constexpr int kMaxReceiptAgeBusinessDays = 3;
enum class ReceiptCheck { Accepted, Invalid, InFuture, TooOld };
ReceiptCheck checkReceipt(Date receipt, Date today, const calendar::BusinessCalendar &calendar);
// The earliest receipt day acceptable today.
Date earliestReceipt(Date today, const calendar::BusinessCalendar &calendar);

// The calendar the contract counts business days with: the "calendar/CN"
// record when one is on the ledger, the built-in China calendar otherwise.
inline constexpr const char *kCalendarKey = "calendar/CN";
calendar::BusinessCalendar loadCalendar(Stub &stub);
calendar::BusinessCalendar calendarFromProto(const lianxin::lc::Calendar &record);
lianxin::lc::Calendar calendarToProto(const calendar::BusinessCalendar &calendar);

} // namespace lx::chaincode::lc

#include "LcDesk.h"

#include "chaincode/calendar/BusinessCalendar.h"
#include "chaincode/lc/LcDates.h"

#include <gtest/gtest.h>

namespace lx::test {

using namespace std::chrono;
using chaincode::calendar::BusinessCalendar;
using chaincode::calendar::Date;

namespace {
Date ymd(int y, unsigned m, unsigned d)
{
    return year { y } / month { m } / day { d };
}
} // namespace

TEST(BusinessCalendar, WeekendsAreNotBusinessDays)
{
    const BusinessCalendar plain;
    EXPECT_TRUE(plain.isBusinessDay(ymd(2026, 11, 27))); // Friday
    EXPECT_FALSE(plain.isBusinessDay(ymd(2026, 11, 28))); // Saturday
    EXPECT_FALSE(plain.isBusinessDay(ymd(2026, 11, 29))); // Sunday
    EXPECT_EQ(plain.addBusinessDays(ymd(2026, 11, 27), 1), ymd(2026, 11, 30));
    EXPECT_EQ(plain.addBusinessDays(ymd(2026, 11, 27), 5), ymd(2026, 12, 4));
}

TEST(BusinessCalendar, PublicHolidaysAndMakeUpWorkdaysOf2026)
{
    const BusinessCalendar china = BusinessCalendar::chinaDefault();
    EXPECT_FALSE(china.isBusinessDay(ymd(2026, 10, 1))); // National Day, a Thursday
    EXPECT_FALSE(china.isBusinessDay(ymd(2026, 10, 7))); // bridge day, a Wednesday
    EXPECT_TRUE(china.isBusinessDay(ymd(2026, 10, 10))); // make-up working Saturday (調休)
    EXPECT_TRUE(china.isBusinessDay(ymd(2026, 9, 20))); // make-up working Sunday
    EXPECT_FALSE(china.isBusinessDay(ymd(2026, 2, 17))); // Spring Festival
    EXPECT_TRUE(china.isBusinessDay(ymd(2026, 2, 14))); // make-up working Saturday
    EXPECT_FALSE(china.isBusinessDay(ymd(2026, 10, 11))); // an ordinary Sunday
    EXPECT_FALSE(china.isBusinessDay(ymd(2027, 2, 8))); // statutory Spring Festival day, 2027
}

TEST(BusinessCalendar, FiveBusinessDaysAcrossHolidayMakeUpSaturdayAndWeekend)
{
    const BusinessCalendar china = BusinessCalendar::chinaDefault();
    // Received Wednesday 30 September: 1-7 October are holidays, 8 (Thu),
    // 9 (Fri), 10 (make-up Saturday), skip Sunday 11, 12 (Mon), 13 (Tue).
    EXPECT_EQ(china.addBusinessDays(ymd(2026, 9, 30), 5), ymd(2026, 10, 13));
    EXPECT_EQ(china.businessDaysBetween(ymd(2026, 9, 30), ymd(2026, 10, 13)), 5);
    EXPECT_EQ(china.businessDaysBetween(ymd(2026, 9, 30), ymd(2026, 10, 9)), 2);
    EXPECT_EQ(china.businessDaysBetween(ymd(2026, 10, 13), ymd(2026, 9, 30)), 0);
    // Received Friday 13 February: 14 (make-up Saturday), 15-23 Spring Festival, 24-27.
    EXPECT_EQ(china.addBusinessDays(ymd(2026, 2, 13), 5), ymd(2026, 2, 27));
}

TEST(BusinessCalendar, ConfigurableLists)
{
    BusinessCalendar calendar;
    calendar.addHoliday(ymd(2026, 12, 1));
    calendar.addMakeUpWorkday(ymd(2026, 12, 5));
    EXPECT_FALSE(calendar.isBusinessDay(ymd(2026, 12, 1)));
    EXPECT_TRUE(calendar.isBusinessDay(ymd(2026, 12, 5)));
    const BusinessCalendar roundTrip = chaincode::lc::calendarFromProto(chaincode::lc::calendarToProto(calendar));
    EXPECT_EQ(roundTrip.holidays(), calendar.holidays());
    EXPECT_EQ(roundTrip.makeUpWorkdays(), calendar.makeUpWorkdays());
}

TEST(BusinessCalendar, TodayIsTheChinaDateOfTheTimestamp)
{
    // 2026-09-30 17:00 UTC is 1 October 01:00 in China.
    const std::int64_t t = sys_days { ymd(2026, 9, 30) }.time_since_epoch().count() * 86400 + 17 * 3600;
    EXPECT_EQ(chaincode::lc::chinaDate(t), ymd(2026, 10, 1));
    EXPECT_EQ(chaincode::lc::chinaDate(t - 2 * 3600), ymd(2026, 9, 30));
}

TEST(BusinessCalendar, ContractUsesTheCalendarRecordOnTheLedger)
{
    LcDesk desk;
    // A calendar where Monday 7 September 2026 is a holiday moves the deadline by a day.
    BusinessCalendar custom;
    custom.addHoliday(ymd(2026, 9, 7));
    desk.stub.state[chaincode::lc::kCalendarKey] = chaincode::lc::calendarToProto(custom).SerializeAsString();
    desk.presented(); // received Tuesday 1 September
    ASSERT_EQ(desk.lc().presentations_size(), 1);
    EXPECT_EQ(chaincode::lc::text(desk.lc().presentations(0).examination_deadline()), "2026-09-09");

    LcDesk plain;
    plain.presented();
    EXPECT_EQ(chaincode::lc::text(plain.lc().presentations(0).examination_deadline()), "2026-09-08");
}

} // namespace lx::test

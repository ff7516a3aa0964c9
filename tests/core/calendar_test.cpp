// Calendar: real dates and months, xs:dateTime timestamps, durations and ages (calendar.hpp).
#include <doctest/doctest.h>

#include <string>

#include "core/calendar.hpp"

namespace la {
namespace {

CalendarDate date(std::string_view text) {
  std::optional<CalendarDate> parsed = parse_month_or_date(text);
  REQUIRE_MESSAGE(parsed.has_value(), std::string(text));
  return *parsed;
}

TEST_CASE("a full date must name a day that exists") {
  CHECK(parse_date("2026-09-01").has_value());
  CHECK(parse_date("2026-01-31").has_value());
  CHECK(parse_date("2026-12-31").has_value());
  CHECK_FALSE(parse_date("2026-02-30").has_value());
  CHECK_FALSE(parse_date("2026-04-31").has_value());
  CHECK_FALSE(parse_date("2026-13-01").has_value());
  CHECK_FALSE(parse_date("2026-00-10").has_value());
  CHECK_FALSE(parse_date("2026-01-00").has_value());
  CHECK_FALSE(parse_date("0000-01-01").has_value());
}

TEST_CASE("the 29th of February exists in leap years only") {
  CHECK(parse_date("2028-02-29").has_value());
  CHECK(parse_date("2000-02-29").has_value());   // divisible by 400
  CHECK_FALSE(parse_date("2026-02-29").has_value());
  CHECK_FALSE(parse_date("1900-02-29").has_value());  // divisible by 100, not by 400
  CHECK(days_in_month(2028, 2) == 29);
  CHECK(days_in_month(2027, 2) == 28);
}

TEST_CASE("a full date is written YYYY-MM-DD and nothing else") {
  CHECK_FALSE(parse_date("2026-9-01").has_value());
  CHECK_FALSE(parse_date("2026-09-1").has_value());
  CHECK_FALSE(parse_date("2026/09/01").has_value());
  CHECK_FALSE(parse_date("2026-09-01 ").has_value());
  CHECK_FALSE(parse_date(" 2026-09-01").has_value());
  CHECK_FALSE(parse_date("2026-09-01Z").has_value());
  CHECK_FALSE(parse_date("26-09-2026").has_value());
  CHECK_FALSE(parse_date("2026-09").has_value());  // a month is not a day
  CHECK_FALSE(parse_date("").has_value());
}

TEST_CASE("a mobility date may be a month or a day") {
  CalendarDate month = date("2026-09");
  CHECK(month.year == 2026);
  CHECK(month.month == 9);
  CHECK_FALSE(month.has_day());
  CalendarDate day = date("2026-09-14");
  CHECK(day.has_day());
  CHECK(day.day == 14);
  CHECK_FALSE(parse_month_or_date("2026-13").has_value());
  CHECK_FALSE(parse_month_or_date("2026-9").has_value());
  CHECK_FALSE(parse_month_or_date("2026-09-").has_value());
  CHECK_FALSE(parse_month_or_date("2026-02-30").has_value());
}

TEST_CASE("a month counts from its first to its last day") {
  CHECK(first_day(date("2028-02")) == day_number(2028, 2, 1));
  CHECK(last_day(date("2028-02")) == day_number(2028, 2, 29));
  CHECK(last_day(date("2027-02")) == day_number(2027, 2, 28));
  CHECK(first_day(date("2026-09-14")) == last_day(date("2026-09-14")));
}

TEST_CASE("day numbers count days across months, years and leap days") {
  CHECK(day_number(1970, 1, 1) == 0);
  CHECK(day_number(2000, 3, 1) - day_number(2000, 2, 28) == 2);
  CHECK(day_number(2027, 1, 1) - day_number(2026, 12, 31) == 1);
  CHECK(day_number(2029, 1, 1) - day_number(2028, 1, 1) == 366);
  CHECK(day_number(1969, 12, 31) == -1);
}

TEST_CASE("a timestamp is an xs:dateTime with optional fraction and time zone") {
  std::optional<Timestamp> stamp = parse_timestamp("2026-05-02T10:15:00+02:00");
  REQUIRE(stamp.has_value());
  CHECK(stamp->date.day == 2);
  CHECK(stamp->hour == 10);
  CHECK(stamp->minute == 15);
  CHECK(parse_timestamp("2026-05-02T10:15:00").has_value());
  CHECK(parse_timestamp("2026-05-02T10:15:00Z").has_value());
  CHECK(parse_timestamp("2026-05-02T10:15:00.5Z").has_value());
  CHECK(parse_timestamp("2026-05-02T10:15:00.123456-05:30").has_value());
  CHECK(parse_timestamp("2026-05-02T23:59:59+14:00").has_value());
  CHECK(parse_timestamp("2028-02-29T00:00:00Z").has_value());
}

TEST_CASE("a timestamp with an impossible date, time or zone is refused") {
  CHECK_FALSE(parse_timestamp("2026-02-29T10:15:00Z").has_value());
  CHECK_FALSE(parse_timestamp("2026-05-02T24:00:00Z").has_value());
  CHECK_FALSE(parse_timestamp("2026-05-02T10:60:00Z").has_value());
  CHECK_FALSE(parse_timestamp("2026-05-02T10:15:60Z").has_value());
  CHECK_FALSE(parse_timestamp("2026-05-02T10:15Z").has_value());
  CHECK_FALSE(parse_timestamp("2026-05-02 10:15:00Z").has_value());
  CHECK_FALSE(parse_timestamp("2026-05-02T10:15:00.Z").has_value());
  CHECK_FALSE(parse_timestamp("2026-05-02T10:15:00+2:00").has_value());
  CHECK_FALSE(parse_timestamp("2026-05-02T10:15:00+0200").has_value());
  CHECK_FALSE(parse_timestamp("2026-05-02T10:15:00+14:30").has_value());
  CHECK_FALSE(parse_timestamp("2026-05-02T10:15:00+02:00 ").has_value());
  CHECK_FALSE(parse_timestamp("2026-05-02").has_value());
  CHECK_FALSE(parse_timestamp("").has_value());
}

TEST_CASE("an academic year is YYYY/YYYY, the second year the first or the next") {
  std::optional<AcademicYear> northern = parse_academic_year("2026/2027");
  REQUIRE(northern.has_value());
  CHECK(northern->first == 2026);
  CHECK_FALSE(northern->is_calendar_year());
  std::optional<AcademicYear> southern = parse_academic_year("2026/2026");
  REQUIRE(southern.has_value());
  CHECK(southern->is_calendar_year());
  CHECK_FALSE(parse_academic_year("2026/2028").has_value());
  CHECK_FALSE(parse_academic_year("2027/2026").has_value());
  CHECK_FALSE(parse_academic_year("2026-2027").has_value());
  CHECK_FALSE(parse_academic_year("2026/27").has_value());
  CHECK_FALSE(parse_academic_year("2026/2027 ").has_value());
}

TEST_CASE("months of a stay given in months are counted inclusively") {
  CHECK(duration_in_months(date("2026-09"), date("2027-01")) == 5);
  CHECK(duration_in_months(date("2026-09"), date("2026-09")) == 1);
  CHECK(duration_in_months(date("2026-09"), date("2027-06")) == 10);
}

TEST_CASE("months of a stay given to the day are days over 30.44, to one decimal") {
  // 153 days / 30.44 = 5.03
  CHECK(duration_in_months(date("2026-09-01"), date("2027-01-31")) == doctest::Approx(5.0));
  // 61 days / 30.44 = 2.004
  CHECK(duration_in_months(date("2026-09-01"), date("2026-10-31")) == doctest::Approx(2.0));
  // 45 days / 30.44 = 1.478
  CHECK(duration_in_months(date("2026-09-01"), date("2026-10-15")) == doctest::Approx(1.5));
}

TEST_CASE("months of a stay with one date to the day and one month are calendar months") {
  CHECK(duration_in_months(date("2026-09-15"), date("2027-01")) == 5);
  CHECK(duration_in_months(date("2026-09"), date("2027-01-10")) == 5);
}

TEST_CASE("days of a stay include the first and the last day") {
  CHECK(duration_in_days(date("2027-03-08"), date("2027-03-12")) == 5);
  CHECK(duration_in_days(date("2027-03-08"), date("2027-03-08")) == 1);
  CHECK(duration_in_days(date("2028-02-28"), date("2028-03-01")) == 3);  // leap day inside
  CHECK(duration_in_days(date("2027-02-28"), date("2027-03-01")) == 2);
}

TEST_CASE("age is counted in whole years, the birthday itself included") {
  CalendarDate birth = *parse_date("2003-04-17");
  CHECK(age_in_years(birth, date("2026-04-16")) == 22);
  CHECK(age_in_years(birth, date("2026-04-17")) == 23);
  CHECK(age_in_years(birth, date("2026-04")) == 22);  // a month counts from its first day
  CHECK(age_in_years(birth, date("2026-05")) == 23);
  CalendarDate leap_birth = *parse_date("1996-02-29");
  CHECK(age_in_years(leap_birth, date("2026-02-28")) == 29);
  CHECK(age_in_years(leap_birth, date("2026-03-01")) == 30);
}

}  // namespace
}  // namespace la

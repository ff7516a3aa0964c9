// Dates, timestamps and durations as the rules read and measure them.
// The format's dates ("YYYY-MM", "YYYY-MM-DD"), xs:dateTime timestamps, academic years, day
// numbers, and the durations and ages the rules compare.
#pragma once

#include <optional>
#include <string_view>

namespace la {

// A real day, or a whole month when `day` is 0 ("2026-09", X start-year-month / end-year-month).
struct CalendarDate {
  int year = 0;
  int month = 0;
  int day = 0;
  bool has_day() const { return day != 0; }
};

bool is_leap_year(int year);
int days_in_month(int year, int month);

// "YYYY-MM-DD" naming a day that exists (2028-02-29 does, 2026-02-30 does not): xs:date without
// a time zone, years 0001 to 9999.
std::optional<CalendarDate> parse_date(std::string_view text);
// "YYYY-MM" or "YYYY-MM-DD" (X: the day of start and end is optional).
std::optional<CalendarDate> parse_month_or_date(std::string_view text);

// X receiving-academic-year-id (trm:AcademicYearId "YYYY/YYYY"): "2026/2027" on the northern
// hemisphere, "2026/2026" for a southern year that starts in January; no other pairs.
struct AcademicYear {
  int first = 0, second = 0;
  bool is_calendar_year() const { return first == second; }
};
std::optional<AcademicYear> parse_academic_year(std::string_view text);

// Days since 1970-01-01 of a real day (negative before it).
long long day_number(int year, int month, int day);
// The day of a day number (the inverse of day_number).
CalendarDate date_of_day_number(long long days);
// The first and the last day of a date: the day itself, or the first / last day of its month.
long long first_day(const CalendarDate& date);
long long last_day(const CalendarDate& date);

// xs:dateTime: "YYYY-MM-DDThh:mm:ss", an optional ".fraction", an optional "Z" or "+hh:mm" /
// "-hh:mm" (at most 14:00). `date` is the day as written, in the timestamp's own time zone.
struct Timestamp {
  CalendarDate date;
  int hour = 0, minute = 0, second = 0;
};
std::optional<Timestamp> parse_timestamp(std::string_view text);

// The length of a stay in months (learning-agreement.md, section 2): with both dates given to the
// day, days / 30.44 rounded to one decimal; otherwise calendar months counted inclusively
// (2026-09 to 2027-01 is 5).
double duration_in_months(const CalendarDate& start, const CalendarDate& end);
// Days from the first day of start to the last day of end, both included (section 4, "Durations").
long long duration_in_days(const CalendarDate& start, const CalendarDate& end);
// Whole years from a day of birth to `on` (a month-only `on` counts from its first day).
int age_in_years(const CalendarDate& birth, const CalendarDate& on);

}  // namespace la

// Parses the format's dates and timestamps and measures durations (calendar.hpp).
#include "core/calendar.hpp"

#include <cmath>

namespace la {
namespace {

// Average days of a month: the spec's divisor for stays given to the day (section 2).
constexpr double kDaysPerMonth = 30.44;

bool read_number(std::string_view text, std::size_t pos, std::size_t digits, int& out) {
  if (pos + digits > text.size()) return false;
  int value = 0;
  for (std::size_t i = pos; i < pos + digits; ++i) {
    char c = text[i];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  out = value;
  return true;
}

// "YYYY-MM" and, when `with_day`, "-DD" at the start of `text`; the rest is the caller's.
bool read_date(std::string_view text, bool with_day, CalendarDate& out) {
  CalendarDate date;
  if (!read_number(text, 0, 4, date.year) || date.year < 1) return false;
  if (text.size() < 7 || text[4] != '-' || !read_number(text, 5, 2, date.month)) return false;
  if (date.month < 1 || date.month > 12) return false;
  if (with_day) {
    if (text.size() < 10 || text[7] != '-' || !read_number(text, 8, 2, date.day)) return false;
    if (date.day < 1 || date.day > days_in_month(date.year, date.month)) return false;
  }
  out = date;
  return true;
}

// ".fraction" (xs:dateTime allows any number of digits, at least one) from `pos`.
bool skip_fraction(std::string_view text, std::size_t& pos) {
  if (pos >= text.size() || text[pos] != '.') return true;
  std::size_t digits_start = ++pos;
  while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
  return pos > digits_start;
}

// "", "Z" or "+hh:mm" / "-hh:mm" up to 14:00, ending the text.
bool is_time_zone(std::string_view zone) {
  if (zone.empty() || zone == "Z") return true;
  int hours = 0, minutes = 0;
  if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':') return false;
  if (!read_number(zone, 1, 2, hours) || !read_number(zone, 4, 2, minutes)) return false;
  return minutes <= 59 && (hours < 14 || (hours == 14 && minutes == 0));
}

}  // namespace

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year)) return 29;
  return kDays[month - 1];
}

std::optional<CalendarDate> parse_date(std::string_view text) {
  CalendarDate date;
  if (text.size() != 10 || !read_date(text, true, date)) return std::nullopt;
  return date;
}

std::optional<CalendarDate> parse_month_or_date(std::string_view text) {
  if (text.size() == 10) return parse_date(text);
  CalendarDate date;
  if (text.size() != 7 || !read_date(text, false, date)) return std::nullopt;
  return date;
}

std::optional<AcademicYear> parse_academic_year(std::string_view text) {
  AcademicYear year;
  if (text.size() != 9 || text[4] != '/' || !read_number(text, 0, 4, year.first) ||
      !read_number(text, 5, 4, year.second)) {
    return std::nullopt;
  }
  if (year.second != year.first && year.second != year.first + 1) return std::nullopt;
  return year;
}

long long day_number(int year, int month, int day) {
  // Days from civil (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms"): exact for the
  // proleptic Gregorian calendar, no tables, no loops.
  long long y = year - (month <= 2 ? 1 : 0);
  long long era = (y >= 0 ? y : y - 399) / 400;
  long long year_of_era = y - era * 400;
  long long day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  long long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

CalendarDate date_of_day_number(long long days) {
  // Civil from days (H. Hinnant, as above): the inverse of day_number.
  days += 719468;
  long long era = (days >= 0 ? days : days - 146096) / 146097;
  long long day_of_era = days - era * 146097;
  long long year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  long long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  long long shifted_month = (5 * day_of_year + 2) / 153;
  int day = static_cast<int>(day_of_year - (153 * shifted_month + 2) / 5 + 1);
  int month = static_cast<int>(shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
  return {static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

long long first_day(const CalendarDate& date) {
  return day_number(date.year, date.month, date.has_day() ? date.day : 1);
}

long long last_day(const CalendarDate& date) {
  return day_number(date.year, date.month, date.has_day() ? date.day : days_in_month(date.year, date.month));
}

std::optional<Timestamp> parse_timestamp(std::string_view text) {
  Timestamp stamp;
  if (text.size() < 19 || !read_date(text, true, stamp.date) || text[10] != 'T') return std::nullopt;
  if (!read_number(text, 11, 2, stamp.hour) || text[13] != ':' || !read_number(text, 14, 2, stamp.minute) ||
      text[16] != ':' || !read_number(text, 17, 2, stamp.second)) {
    return std::nullopt;
  }
  // 24:00:00 (xs:dateTime's other name for the next midnight) is refused: no signing tool writes it.
  if (stamp.hour > 23 || stamp.minute > 59 || stamp.second > 59) return std::nullopt;
  std::size_t pos = 19;
  if (!skip_fraction(text, pos) || !is_time_zone(text.substr(pos))) return std::nullopt;
  return stamp;
}

double duration_in_months(const CalendarDate& start, const CalendarDate& end) {
  if (start.has_day() && end.has_day()) {
    double months = static_cast<double>(duration_in_days(start, end)) / kDaysPerMonth;
    return std::round(months * 10.0) / 10.0;
  }
  return (end.year * 12 + end.month) - (start.year * 12 + start.month) + 1;
}

long long duration_in_days(const CalendarDate& start, const CalendarDate& end) {
  return last_day(end) - first_day(start) + 1;
}

int age_in_years(const CalendarDate& birth, const CalendarDate& on) {
  int on_day = on.has_day() ? on.day : 1;
  bool before_birthday = on.month < birth.month || (on.month == birth.month && on_day < birth.day);
  return on.year - birth.year - (before_birthday ? 1 : 0);
}

}  // namespace la

// Month grids for the date picker (calendar_month.hpp).
#include "ui/calendar_month.hpp"

#include <cstdio>

#include "core/calendar.hpp"

namespace la {

MonthShown month_to_show(std::string_view field_text, std::string_view today) {
  if (std::optional<CalendarDate> date = parse_month_or_date(field_text)) return {date->year, date->month};
  if (std::optional<CalendarDate> now = parse_date(today)) return {now->year, now->month};
  return {2026, 1};  // only when the platform gave no date: a month near the format's examples
}

MonthShown shift_month(MonthShown shown, int months) {
  int index = shown.year * 12 + (shown.month - 1) + months;
  if (index < 12) index = 12;                 // year 0001: the earliest xs:date
  if (index > 9999 * 12 + 11) index = 9999 * 12 + 11;
  return {index / 12, index % 12 + 1};
}

int first_weekday(MonthShown shown) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  long long days = day_number(shown.year, shown.month, 1) + 3;
  return static_cast<int>(((days % 7) + 7) % 7);
}

int days_in(MonthShown shown) { return days_in_month(shown.year, shown.month); }

std::string date_text(int year, int month, int day) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
  return text;
}

std::string month_text(int year, int month) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d", year, month);
  return text;
}

}  // namespace la

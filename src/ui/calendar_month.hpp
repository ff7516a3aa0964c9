// The month grid of the date picker: which weekday a month starts on, how many days it has,
// which month to show for a field, and the texts the picker writes ("2026-09-14", "2026-09").
#pragma once

#include <string>
#include <string_view>

namespace la {

struct MonthShown {
  int year = 0;
  int month = 0;  // 1..12
};
// The field's own month when it holds a date or a month, else the month of `today` ("YYYY-MM-DD").
MonthShown month_to_show(std::string_view field_text, std::string_view today);
MonthShown shift_month(MonthShown shown, int months);

// Weekday of the first day, Monday 0 … Sunday 6 (ISO 8601 weeks start on Monday, as in Europe).
int first_weekday(MonthShown shown);
int days_in(MonthShown shown);

std::string date_text(int year, int month, int day);  // "2026-09-14"
std::string month_text(int year, int month);          // "2026-09"

}  // namespace la

// The calendar next to a date field: a month grid (Monday first) to click a day in, a whole
// month for fields that take one, and the arrows or Page Up / Page Down to change month.
#pragma once

#include <string>

#include "ui/editor_view.hpp"

namespace la {

// What a date field holds: a mobility's start or end (a day, or a whole month: X's
// start-year-month), or a date of birth (a day only, some twenty years back).
// Period: a semester's start or end, a day or a whole month (X start-year-month); Day: the
// start or end of a short mobility, which needs the day (LA-305); Birth: a birth date.
enum class DateKind { Period, Day, Birth };

// Draws the calendar button of the date field `pointer` holding `current`. Returns true when a
// day or month was picked; `chosen` is then "YYYY-MM-DD" or "YYYY-MM".
bool calendar_button(EditorView& view, const std::string& pointer, const std::string& current, DateKind kind,
                     std::string* chosen);

}  // namespace la

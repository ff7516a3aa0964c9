// The calendar next to a date field: a month grid (Monday first) to click a day in, a whole
// month for fields that take one, and the arrows or Page Up / Page Down to change month.
#pragma once

#include <string>

#include "ui/editor_view.hpp"

namespace la {

// Draws the calendar button of the date field `pointer` holding `current`. Returns true when a
// day or month was picked; `chosen` is then "YYYY-MM-DD" or "YYYY-MM".
bool calendar_button(EditorView& view, const std::string& pointer, const std::string& current, std::string* chosen);

}  // namespace la

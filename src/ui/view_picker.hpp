// A picker: a drop-down whose first line is a search box. Type a code or part of a name, move
// with the arrow keys, Enter picks, Escape closes. Countries, languages, ISCED-F fields, CEFR
// levels, study cycles, terms and the rest (picker_options.hpp).
#pragma once

#include <optional>
#include <string>

#include "ui/editor_view.hpp"
#include "ui/picker_options.hpp"

namespace la {

// Draws the picker for the field `pointer` showing `current` (nothing: a hint). Returns true when
// the student chose; `chosen` is then the code, or nothing for "none".
bool picker_combo(EditorView& view, const std::string& pointer, PickerKind kind, const std::string* current,
                  std::optional<std::string>* chosen);

// What a picker shows for a code: "Poland (PL)", "0613 Software and applications…", "B2 – Vantage…".
std::string picker_label(PickerKind kind, const std::string& code);

}  // namespace la

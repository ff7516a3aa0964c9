// The form's fields: a label above, the input, its findings (a coloured border, the messages on
// hover and while focused), and going to it from the findings panel. Each widget's id is the
// pointer of its field; it reads and writes the model through EditorSession by that pointer.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ui/editor_view.hpp"
#include "ui/number_entry.hpp"
#include "ui/picker_options.hpp"
#include "ui/view_calendar.hpp"

namespace la {

struct FieldSpec {
  const char* label_key = nullptr;  // "ui.field.email"; null in table cells (the header names them)
  const char* hint_key = nullptr;   // shown while empty: "ui.hint.email" ("name@example.org")
  const char* help_key = nullptr;   // "(?)" next to the label
};

void form_text(EditorView& view, const std::string& pointer, FieldSpec spec, float multiline_lines = 0);
void form_number(EditorView& view, const std::string& pointer, FieldSpec spec, PendingNumbers::Kind kind);
void form_date(EditorView& view, const std::string& pointer, FieldSpec spec, DateKind kind = DateKind::Period);
void form_picker(EditorView& view, const std::string& pointer, FieldSpec spec, PickerKind kind);
void form_number_picker(EditorView& view, const std::string& pointer, FieldSpec spec, PickerKind kind);
void form_term_picker(EditorView& view, const std::string& row_pointer, FieldSpec spec);
void form_flag(EditorView& view, const std::string& pointer, FieldSpec spec);
void form_read_only_text(EditorView& view, const std::string& pointer, FieldSpec spec);
// A line of text that takes the keyboard focus and shows the findings of widget `name` as a
// field does (mark, messages, what is spoken: `spoken`), but does nothing on Enter or a click:
// a table's total. A Tab stop only while it has findings, since Tab goes from field to field
// and reaches every finding; the arrows reach it always.
void form_focusable_text(EditorView& view, const std::string& name, const std::string& text, const std::string& spoken);

// Draws text at `pos` without making it an item (over a Selectable that spans several lines);
// wraps at `wrap_width` when it is not 0. Returns the height drawn.
float draw_text(ImVec2 pos, ImU32 color, std::string_view text, float wrap_width = 0);

// `width`, or less on a narrow screen (a phone): at most the screen's width less `margins`, so
// that a popup or a box of that width stays on the screen.
float fit_screen_width(float width, float margins);

// Continues the line with an item of `width` placed against the right edge of the region
// (table cells included, whose columns offset ImGui::SameLine's positions).
void same_line_at_right(float width);

// A grid of fields: two columns where there is room, one on narrow screens.
bool begin_field_grid(const char* id, int max_columns = 2);
void end_field_grid();
void next_field_cell();

// Buttons as on web pages: a hand over them, a tooltip for icon buttons, recorded for tests.
bool form_button(EditorView& view, const char* label, const std::string& name, bool primary = false);
enum class Icon { Up, Down, Duplicate, Delete, Details, Calendar, Close, Undo, Redo };
bool icon_button(EditorView& view, Icon icon, const std::string& id, const char* tooltip_key, bool enabled = true);

// How a finding shows: an error, a warning, or a field to fill in (fields_to_fill.hpp).
struct FindingLook {
  ImU32 color;
  const char* label_key;  // "ui.severity.error", …
};
FindingLook finding_look(const EditorView& view, Severity severity, bool to_fill);

// Going to a widget: call before drawing it; true when this widget takes a pending focus request.
bool take_focus_request(EditorView& view, const std::string& pointer);
// The text of the messages of a widget's findings, one paragraph each.
std::string field_messages(EditorView& view, const std::string& pointer);
// Marks the last drawn item with its findings and records it; call after each field's input.
// A focused field is described for assistive technology: where it is, what it shows
// (view.speech.value, which its widget sets first) and its findings' messages.
void mark_field(EditorView& view, const std::string& pointer);
// The last item has the keyboard focus the student can see (not the hidden focus a click leaves
// behind, nor the first item's before the keyboard has reached the editor), or is being edited.
bool has_keyboard_focus();
// The shortcut key is held: Ctrl, or Cmd where ImGui behaves as on macOS.
bool command_key_down();
// Whether this frame pastes (Ctrl/Cmd+V, Shift+Insert; the browser's paste event arrives as the
// shortcut): a paste is an undo step of its own.
bool pasted_now();
// When the last item has that focus: what assistive technology is told about it. The text is
// made only then (make_text()), not for every item in every frame.
template <typename MakeText>
void speak_if_focused(EditorView& view, const std::string& key, MakeText make_text) {
  if (!has_keyboard_focus()) return;
  view.speech.key = key;
  view.speech.text = make_text();
}

// Text input over a std::string (grows as needed; no ImGui undo: the editor's undo owns Ctrl+Z).
bool input_string(EditorView& view, const char* id, std::string& text, const char* hint, float multiline_height = 0,
                  int extra_flags = 0);
// The same for a dialog's own text (a signer's name, a fingerprint), not the agreement's: it
// takes typing even while the agreement is read-only.
bool input_dialog_text(EditorView& view, const char* id, std::string& text, const char* hint,
                       float multiline_height = 0, int extra_flags = 0);

}  // namespace la

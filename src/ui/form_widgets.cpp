// Labelled fields with their findings, going to a field, and the field grid (form_widgets.hpp).
#include "ui/form_widgets.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cstring>

#include "core/ewp_values.hpp"
#include "core/messages.hpp"
#include "core/unicode_nfc.hpp"
#include "ui/field_access.hpp"
#include "ui/ui_text.hpp"
#include "ui/view_calendar.hpp"
#include "ui/view_picker.hpp"

namespace la {
namespace {

constexpr double kFlashMs = 1600;  // how long a field jumped to stays ringed

constexpr double kRefusedNoteMs = 4000;  // how long "a character was left out" stays

bool g_refused_character = false;  // set by text_callback while one field is drawn

int text_callback(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    std::string* text = static_cast<std::string*>(data->UserData);
    text->resize(static_cast<std::size_t>(data->BufTextLen));
    data->Buf = text->data();
  }
  // XML 1.0 (production [2] Char) has no U+FFFE and U+FFFF, so no EWP file can carry them (LA-004);
  // the control characters it lacks ImGui leaves out itself before asking.
  if (data->EventFlag == ImGuiInputTextFlags_CallbackCharFilter && (data->EventChar == 0xFFFE || data->EventChar == 0xFFFF)) {
    g_refused_character = true;
    return 1;
  }
  return 0;
}

// A paste whose text held characters that no agreement file can carry (first_non_xml_character),
// which ImGui leaves out: line breaks and tabs are not among them (a one-line field has its own
// way with those).
bool paste_held_refused_characters(EditorView& view) {
  if (!pasted_now()) return false;
  const std::string pasted = view.platform.pasted_text();
  return first_non_xml_character(pasted) != std::string::npos;
}

// Dear ImGui 1.90.1 keeps its own copy of an active field's text and writes it back every frame;
// it has no call to reload it (ReloadUserBuf* came in later versions). After undo or redo the
// active field must show the model's text, so its edit state is replaced here, caret at the end.
void reload_active_state(ImGuiID id, const std::string& text) {
  ImGuiInputTextState* state = ImGui::GetInputTextState(id);
  if (!state) return;
  const char* end = nullptr;
  state->TextW.resize(static_cast<int>(text.size()) + 1);
  state->CurLenW = ImTextStrFromUtf8(state->TextW.Data, state->TextW.Size, text.c_str(), nullptr, &end);
  state->CurLenA = static_cast<int>(end - text.c_str());
  state->TextA.resize(static_cast<int>(text.size()) + 1);
  std::memcpy(state->TextA.Data, text.c_str(), text.size() + 1);
  state->TextAIsValid = true;
  state->Stb.cursor = state->Stb.select_start = state->Stb.select_end = state->CurLenW;
  state->CursorClamp();
}

float help_marker_size() { return ImGui::GetFontSize() * 0.9f; }

void help_marker(const char* help_key) {
  const float size = help_marker_size();
  ImVec2 pos = ImGui::GetCursorScreenPos();
  // On a line of frames (AlignTextToFramePadding) the text sits lower by the frame's padding.
  pos.y += ImGui::GetCurrentWindow()->DC.CurrLineTextBaseOffset + (ImGui::GetTextLineHeight() - size) * 0.5f;
  ImGui::Dummy(ImVec2(size, ImGui::GetTextLineHeight()));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImU32 color = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  ImVec2 centre(pos.x + size * 0.5f, pos.y + size * 0.5f);
  draw->AddCircle(centre, size * 0.5f, color, 16, css_px(1.2f));
  ImVec2 q = ImGui::CalcTextSize("?");
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize() * 0.8f, ImVec2(centre.x - q.x * 0.4f, centre.y - q.y * 0.4f), color, "?");
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(em(24));
    ImGui::TextUnformatted(ui_text(help_key));
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

void label_row(const FieldSpec& spec) {
  if (!spec.label_key) return;
  ImGui::AlignTextToFramePadding();
  // Wrapped where it is wider than the column (a phone), not cut off; short of the edge by the
  // help marker that follows its last line, so that the marker is not pushed past the edge.
  const float marker = spec.help_key ? em(0.35f) + help_marker_size() : 0.0f;
  ImGui::PushTextWrapPos(spec.help_key ? ImGui::GetContentRegionMax().x - marker : 0.0f);
  ImGui::TextUnformatted(ui_text(spec.label_key));
  ImGui::PopTextWrapPos();
  if (spec.help_key) {
    ImGui::SameLine(0, em(0.35f));
    help_marker(spec.help_key);
  }
}

const char* hint_of(const FieldSpec& spec) { return spec.hint_key ? ui_text(spec.hint_key) : ""; }

// How wide the messages of a field are: 24 em, or less on a phone, so that their box (message
// width plus `padding` on each side) fits on the screen.
float messages_width(float padding) { return fit_screen_width(em(24), 2 * padding + em(1)); }

// The messages of a field, each under its severity, for a tooltip or the box by a focused field.
void draw_messages(EditorView& view, const std::string& pointer, float width) {
  const FindingMarks& marks = view.session.marks();
  const Findings& findings = view.session.findings();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  const FillFlags& to_fill = view.session.to_fill();
  bool first = true;
  auto paragraph = [&](const FindingLook& look, const std::string& text) {
    if (!first) ImGui::Spacing();
    first = false;
    ImGui::PushStyleColor(ImGuiCol_Text, look.color);
    ImGui::TextUnformatted(ui_text(look.label_key));
    ImGui::PopStyleColor();
    ImGui::TextUnformatted(text.c_str());
  };
  if (view.session.pending().is_invalid(pointer)) paragraph(finding_look(view, Severity::Error, false), ui_text("ui.field.notANumber"));
  if (const std::vector<std::size_t>* indices = marks.at(pointer)) {
    for (std::size_t i : *indices) {
      paragraph(finding_look(view, findings[i].severity(), to_fill[i]), finding_message(findings[i], ui_language()));
    }
  }
  ImGui::PopTextWrapPos();
}

constexpr const char* kMessageBoxName = "##field_messages";

// The messages of the focused field in a box of their own by it, where it hides no field: beside
// the form's page where there is room (over the findings panel, level with the field); else (a
// phone, a laptop at 200 % zoom) in the strip kept for it under the form (EditorView::
// MessageStrip), which is as high as the box was in the last frame: where the field would be
// under the strip as it grows, the form scrolls it up.
void message_box(EditorView& view, const ImRect& field, const std::string& pointer, ImU32 border) {
  const float padding = em(0.7f);
  const float right = ImGui::GetMainViewport()->WorkSize.x - em(0.5f);
  const float gap = css_px(4);
  const ImRect visible = ImGui::GetCurrentWindow()->InnerRect;
  const ImGuiWindow* last = ImGui::FindWindowByName(kMessageBoxName);
  const float height = last ? last->Size.y : 0.0f;
  const float beside_x = std::max(view.page_right, field.Max.x) + em(0.8f);
  const float beside_width = std::min(em(24), right - beside_x - 2 * padding);
  EditorView::MessageStrip& strip = view.message_strip;
  float width = messages_width(padding);
  if (beside_width >= em(14) || strip.max.x <= strip.min.x) {
    width = std::max(beside_width, em(8));
    const float y = std::clamp(field.Min.y, visible.Min.y, std::max(visible.Min.y, visible.Max.y - height));
    ImGui::SetNextWindowPos(ImVec2(beside_x, y), ImGuiCond_Always);
  } else {
    const float margin = em(0.5f);
    width = strip.max.x - strip.min.x - 2 * (margin + padding);
    ImGui::SetNextWindowPos(ImVec2(strip.min.x + margin, strip.min.y + gap), ImGuiCond_Always);
    strip.wanted = height + 2 * gap;
    if (strip.resized && field.Max.y > visible.Max.y) ImGui::SetScrollY(ImGui::GetScrollY() + field.Max.y - visible.Max.y + gap);
  }
  ImGui::PushStyleColor(ImGuiCol_Border, border);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, css_px(1.5f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, em(0.35f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(padding, em(0.5f)));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoNav |
                                 ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_Tooltip;
  if (ImGui::Begin(kMessageBoxName, nullptr, flags)) {
    draw_messages(view, pointer, width);
    const float scale = css_px();
    const ImVec2 pos = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    view.rects["#field-messages"] = ImVec4(pos.x / scale, pos.y / scale, size.x / scale, size.y / scale);
  }
  ImGui::End();
  ImGui::PopStyleVar(3);
  ImGui::PopStyleColor();
}

}  // namespace

bool input_string(EditorView& view, const char* id, std::string& text, const char* hint, float multiline_height,
                  int extra_flags) {
  // A form field takes no typing while the agreement cannot change (read-only, or a question
  // about voided signatures is open).
  if (view.session.edits_blocked()) extra_flags |= ImGuiInputTextFlags_ReadOnly;
  return input_dialog_text(view, id, text, hint, multiline_height, extra_flags);
}

bool input_dialog_text(EditorView& view, const char* id, std::string& text, const char* hint, float multiline_height,
                       int extra_flags) {
  ImGuiInputTextFlags flags = extra_flags | ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_NoUndoRedo |
                              ImGuiInputTextFlags_CallbackCharFilter;
  const ImGuiID id_hash = ImGui::GetID(id);
  if (view.reload_active_text && ImGui::GetActiveID() == id_hash) reload_active_state(id_hash, text);
  g_refused_character = false;
  const bool changed =
      multiline_height > 0
          ? ImGui::InputTextMultiline(id, text.data(), text.capacity() + 1, ImVec2(-FLT_MIN, multiline_height), flags,
                                      text_callback, &text)
          : ImGui::InputTextWithHint(id, hint, text.data(), text.capacity() + 1, flags, text_callback, &text);
  if (ImGui::IsItemActive() && (g_refused_character || paste_held_refused_characters(view))) {
    view.refused_widget = id;
    view.refused_until_ms = view.platform.now_ms() + kRefusedNoteMs;
    view.platform.wake_after(kRefusedNoteMs + 20);
  }
  // For assistive technology (mark_field): what the field shows, and that it takes typing.
  if (has_keyboard_focus()) view.speech.value = text;
  if (ImGui::IsItemActive()) view.speech.editing = ImGui::GetItemID();
  return changed;
}

bool take_focus_request(EditorView& view, const std::string& pointer) {
  if (view.focus.field.empty() || view.focus.field != pointer) return false;
  // In 1.90.1 SetKeyboardFocusHere() moves the navigation window but keeps the focus scope of the
  // window that had the focus (the findings panel), and then finds no item in this one; focusing
  // this window first gives it its own scope.
  ImGui::FocusWindow(ImGui::GetCurrentWindow());
  ImGui::SetKeyboardFocusHere();
  view.focus = {};
  // The focus scrolls the field just into view, at an edge; once it has, it is brought up to a
  // third of the form's height, where the eye expects it (mark_field).
  view.centre_field = pointer;
  view.centre_after_frames = 2;
  view.flash_field = pointer;
  view.flash_until_ms = view.platform.now_ms() + kFlashMs;
  view.platform.wake_after(kFlashMs + 20);
  return true;
}

std::string field_messages(EditorView& view, const std::string& pointer) {
  std::string text;
  const Findings& findings = view.session.findings();
  if (const std::vector<std::size_t>* indices = view.session.marks().at(pointer)) {
    for (std::size_t i : *indices) text += (text.empty() ? "" : "\n") + finding_message(findings[i], ui_language());
  }
  return text;
}

FindingLook finding_look(const EditorView& view, Severity severity, bool to_fill) {
  if (to_fill) return {view.colors->info, "ui.severity.toFill"};
  if (severity == Severity::Error) return {view.colors->error, "ui.severity.error"};
  return {view.colors->warning, "ui.severity.warning"};
}

float fit_screen_width(float width, float margins) {
  return std::min(width, ImGui::GetMainViewport()->WorkSize.x - margins);
}

bool has_keyboard_focus() { return ImGui::IsItemFocused() && (ImGui::GetIO().NavVisible || ImGui::IsItemActive()); }

bool command_key_down() {
  const ImGuiIO& io = ImGui::GetIO();
  return io.ConfigMacOSXBehaviors ? io.KeySuper : io.KeyCtrl;
}

void mark_field(EditorView& view, const std::string& pointer) {
  record_item(view, pointer);
  if (has_keyboard_focus() && view.speech.key == pointer) {
    // A button ("Add a component") has said what it is: its findings follow.
    const std::string messages = field_messages(view, pointer);
    if (!messages.empty()) view.speech.text += ". " + messages;
  } else if (has_keyboard_focus()) {
    const std::string place = place_text(finding_target(pointer, view.session.agreement()));
    speak_if_focused(view, pointer, [&] {
      const std::string& value = view.speech.value;
      std::string text = place + ". " + (value.empty() ? std::string(ui_text("ui.a11y.empty")) : value) + ".";
      if (view.session.pending().is_invalid(pointer)) text += std::string(" ") + ui_text("ui.field.notANumber");
      const std::string messages = field_messages(view, pointer);
      if (!messages.empty()) text += " " + messages;
      return text;
    });
    if (ImGui::IsItemActive() && view.speech.editing == ImGui::GetItemID()) view.speech.field = place;
  }
  if (view.centre_field == pointer && --view.centre_after_frames <= 0) {
    ImGui::SetScrollFromPosY(ImGui::GetItemRectMin().y - ImGui::GetWindowPos().y, 0.3f);
    view.centre_field.clear();
  }
  if (ImGui::IsItemDeactivated()) view.session.field_left(pointer);
  const ImRect rect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float rounding = ImGui::GetStyle().FrameRounding;
  if (view.flash_field == pointer && view.platform.now_ms() < view.flash_until_ms) {
    const float grow = css_px(3);
    draw->AddRect(ImVec2(rect.Min.x - grow, rect.Min.y - grow), ImVec2(rect.Max.x + grow, rect.Max.y + grow),
                  view.colors->flash, rounding + grow, 0, css_px(3));
  }
  const std::vector<std::size_t>* indices = view.session.marks().at(pointer);
  const bool invalid_text = view.session.pending().is_invalid(pointer);
  if (!indices && !invalid_text) return;
  bool error = invalid_text, only_to_fill = !invalid_text;
  if (indices) {
    const FillFlags& to_fill = view.session.to_fill();
    for (std::size_t i : *indices) {
      error = error || (view.session.findings()[i].severity() == Severity::Error && !to_fill[i]);
      only_to_fill = only_to_fill && to_fill[i];
    }
  }
  // A field not filled in yet looks as any empty field does: its message shows only by the focus.
  const ImU32 color = error ? view.colors->error : only_to_fill ? view.colors->info : view.colors->warning;
  view.marks[pointer] = error ? "error" : only_to_fill ? "toFill" : "warning";
  if (!only_to_fill) {
    draw->AddRect(rect.Min, rect.Max, color, rounding, 0, css_px(1.5f));
    draw->AddRectFilled(rect.Min, ImVec2(rect.Min.x + css_px(4), rect.Max.y), color, rounding, ImDrawFlags_RoundCornersLeft);
  }
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort | ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) &&
      !ImGui::IsItemActive()) {
    ImGui::BeginTooltip();
    draw_messages(view, pointer, messages_width(ImGui::GetStyle().WindowPadding.x));
    ImGui::EndTooltip();
  } else if (ImGui::IsItemActive() || ImGui::IsItemFocused()) {
    message_box(view, rect, pointer, color);
  }
}

bool pasted_now() {
  return (command_key_down() && ImGui::IsKeyPressed(ImGuiKey_V, false)) ||
         (ImGui::GetIO().KeyShift && ImGui::IsKeyPressed(ImGuiKey_Insert, false));
}

namespace {

// Continues the label's line with an item of `width` against its right edge, or a line of its own
// where the label leaves no room (a phone).
void label_line_end(float width) {
  ImGui::SameLine();
  if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
  else same_line_at_right(width);
}

// On a field's label line, right-aligned, where it hides nothing and moves nothing: what a field
// tidied as it was left held before (EditorSession::field_left), until the field is edited again
// or the tidying undone; or, for a date written as Europe writes it, a button that puts in its
// ISO form (EditorSession::suggestion). The button comes before the field in the Tab order, so
// that Tab after a date still goes where it always goes; Enter in the field accepts too (form_date).
void label_note(EditorView& view, const std::string& pointer) {
  if (std::optional<std::string> suggested = view.session.suggestion(pointer)) {
    const std::string label = ui_text("ui.field.useSuggestion", {{"value", *suggested}});
    label_line_end(ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2);
    if (form_button(view, label.c_str(), pointer + "#suggestion")) view.session.accept_suggestion(pointer);
    return;
  }
  const std::optional<TidiedField>& tidied = view.session.tidied();
  if (!tidied || tidied->pointer != pointer) return;
  // Text put into NFC looks as it did: the note says what changed instead of showing it again.
  const std::string note = is_nfc(tidied->before) ? ui_text("ui.field.tidied", {{"before", tidied->before}})
                                                  : std::string(ui_text("ui.field.normalised"));
  label_line_end(ImGui::CalcTextSize(note.c_str()).x);
  ImGui::PushStyleColor(ImGuiCol_Text, view.colors->success);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(note.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  record_item(view, pointer + "#tidied");
}

// A character typed or pasted into the field that no agreement file can carry was left out: said
// briefly where the tidied note goes, in the warning colour.
void refused_note(EditorView& view, const std::string& pointer) {
  if (view.refused_widget != "##" + pointer || view.platform.now_ms() >= view.refused_until_ms) return;
  const char* note = ui_text("ui.field.refusedCharacter");
  label_line_end(ImGui::CalcTextSize(note).x);
  ImGui::PushStyleColor(ImGuiCol_Text, view.colors->warning);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(note);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  record_item(view, pointer + "#refused");
}

// The label row of a text field, a focus request for it, and the text it holds now.
std::string begin_text_field(EditorView& view, const std::string& pointer, FieldSpec spec) {
  label_row(spec);
  if (spec.label_key) label_note(view, pointer);
  if (spec.label_key) refused_note(view, pointer);
  take_focus_request(view, pointer);
  const std::string* value = text_value_at(view.session.agreement(), pointer);
  return value ? *value : std::string();
}

// A text field with a button of button_width after it on the same row; returns the field's text.
std::string text_field_before_button(EditorView& view, const std::string& pointer, FieldSpec spec, float button_width) {
  std::string text = begin_text_field(view, pointer, spec);
  const float gap = ImGui::GetStyle().ItemInnerSpacing.x;
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - button_width - gap);
  const std::string id = "##" + pointer;
  if (input_string(view, id.c_str(), text, hint_of(spec))) view.session.edit_text(pointer, text, pasted_now());
  mark_field(view, pointer);
  ImGui::SameLine(0, gap);
  return text;
}

}  // namespace

void form_text(EditorView& view, const std::string& pointer, FieldSpec spec, float multiline_lines) {
  std::string text = begin_text_field(view, pointer, spec);
  ImGui::SetNextItemWidth(-FLT_MIN);
  const std::string id = "##" + pointer;
  const float height = multiline_lines > 0
                           ? ImGui::GetTextLineHeight() * multiline_lines + ImGui::GetStyle().FramePadding.y * 2
                           : 0;
  if (input_string(view, id.c_str(), text, hint_of(spec), height)) view.session.edit_text(pointer, text, pasted_now());
  mark_field(view, pointer);
}

void form_number(EditorView& view, const std::string& pointer, FieldSpec spec, PendingNumbers::Kind kind) {
  label_row(spec);
  std::optional<double> stored = number_at(view.session.agreement(), pointer);
  if (kind == PendingNumbers::Kind::Whole) {
    WholeNumber whole = whole_number_at(view.session.agreement(), pointer);
    stored = whole ? std::optional<double>(static_cast<double>(*whole)) : std::nullopt;
  }
  std::string text = view.session.pending().shown(pointer, stored);
  take_focus_request(view, pointer);
  ImGui::SetNextItemWidth(-FLT_MIN);
  const std::string id = "##" + pointer;
  if (input_string(view, id.c_str(), text, hint_of(spec))) view.session.edit_number(pointer, text, kind);
  mark_field(view, pointer);
}

void form_date(EditorView& view, const std::string& pointer, FieldSpec spec, DateKind kind) {
  const std::string text = text_field_before_button(view, pointer, spec, ImGui::GetFrameHeight());
  // Enter in a date written as Europe writes it accepts the ISO form offered on its label line.
  const bool entered = ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false);
  if (entered && ImGui::IsItemDeactivated()) view.session.accept_suggestion(pointer);
  if (has_keyboard_focus() && view.speech.key == pointer) {
    // Said as the field takes the focus, and as the offer appears while the student types.
    if (std::optional<std::string> suggested = view.session.suggestion(pointer)) {
      view.speech.offer = ui_text("ui.a11y.suggestion", {{"value", *suggested}});
      view.speech.text += " " + view.speech.offer;
    }
  }
  std::string chosen;
  if (view.session.read_only()) {
    ImGui::Dummy(ImVec2(ImGui::GetFrameHeight(), ImGui::GetFrameHeight()));  // the button's place: the row stays aligned
  } else if (calendar_button(view, pointer, text, kind, &chosen)) {
    view.session.pick_text(pointer, chosen);
  }
}

void form_picker(EditorView& view, const std::string& pointer, FieldSpec spec, PickerKind kind) {
  label_row(spec);
  const std::string* value = text_value_at(view.session.agreement(), pointer);
  take_focus_request(view, pointer);
  ImGui::SetNextItemWidth(-FLT_MIN);
  std::optional<std::string> chosen;
  if (picker_combo(view, pointer, kind, value, &chosen)) view.session.pick_text(pointer, chosen);
  mark_field(view, pointer);
}

void form_number_picker(EditorView& view, const std::string& pointer, FieldSpec spec, PickerKind kind) {
  label_row(spec);
  WholeNumber value = whole_number_at(view.session.agreement(), pointer);
  std::string code = value ? std::to_string(*value) : std::string();
  take_focus_request(view, pointer);
  ImGui::SetNextItemWidth(-FLT_MIN);
  std::optional<std::string> chosen;
  if (picker_combo(view, pointer, kind, value ? &code : nullptr, &chosen)) {
    view.session.pick_whole_number(pointer, chosen ? parse_whole_number(*chosen) : std::nullopt);
  }
  mark_field(view, pointer);
}

void form_term_picker(EditorView& view, const std::string& row_pointer, FieldSpec spec) {
  label_row(spec);
  const std::string pointer = row_pointer + "/termId";
  const Agreement& agreement = view.session.agreement();
  WholeNumber number = whole_number_at(agreement, pointer + "/termNumber");
  WholeNumber total = whole_number_at(agreement, pointer + "/totalTerms");
  std::string code;
  if (number || total) code = term_code(number.value_or(0), total.value_or(0));
  take_focus_request(view, pointer);
  ImGui::SetNextItemWidth(-FLT_MIN);
  std::optional<std::string> chosen;
  if (picker_combo(view, pointer, PickerKind::Term, code.empty() ? nullptr : &code, &chosen)) {
    std::optional<std::pair<long long, long long>> term;
    if (chosen) {
      std::size_t slash = chosen->find('/');
      std::optional<long long> n = parse_whole_number(chosen->substr(0, slash));
      std::optional<long long> t = parse_whole_number(chosen->substr(slash + 1));
      if (n && t) term = std::make_pair(*n, *t);
    }
    view.session.set_term(row_pointer, term);
  }
  mark_field(view, pointer);
}

void form_flag(EditorView& view, const std::string& pointer, FieldSpec spec) {
  Flag value = flag_at(view.session.agreement(), pointer);
  bool checked = value.value_or(false);
  take_focus_request(view, pointer);
  ImGui::BeginDisabled(view.session.read_only());
  const char* label = ui_text(spec.label_key);
  const std::string id = "###" + pointer;  // the id alone, whatever the label and its language
  const float spacing = ImGui::GetStyle().ItemInnerSpacing.x;
  const float help_width = spec.help_key ? em(1.6f) : 0.0f;
  const bool fits = ImGui::GetFrameHeight() + spacing + ImGui::CalcTextSize(label).x + help_width <=
                    ImGui::GetContentRegionAvail().x;
  // A label too long for the line (on a phone) wraps beside the box, and a click on it toggles
  // the box as on a web page's label; ImGui's own checkbox label would run off the screen.
  bool toggled = ImGui::Checkbox(fits ? (label + id).c_str() : id.c_str(), &checked);
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  if (has_keyboard_focus()) view.speech.value = ui_text(checked ? "ui.a11y.checked" : "ui.a11y.unchecked");
  mark_field(view, pointer);
  if (!fits) {
    if (spec.help_key) {
      ImGui::SameLine(0, spacing);
      help_marker(spec.help_key);
    }
    ImGui::SameLine(0, spacing);
    ImGui::AlignTextToFramePadding();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(label);
    ImGui::PopTextWrapPos();
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (ImGui::IsItemClicked()) {
      checked = !checked;
      toggled = true;
    }
  }
  if (toggled) view.session.set_flag(pointer, checked ? Flag(true) : Flag());
  ImGui::EndDisabled();
  if (fits && spec.help_key) {
    ImGui::SameLine(0, em(0.35f));
    help_marker(spec.help_key);
  }
}

void form_read_only_text(EditorView& view, const std::string& pointer, FieldSpec spec) {
  std::string text = begin_text_field(view, pointer, spec);
  ImGui::SetNextItemWidth(-FLT_MIN);
  const std::string id = "##" + pointer;
  input_string(view, id.c_str(), text, hint_of(spec), 0, ImGuiInputTextFlags_ReadOnly);
  mark_field(view, pointer);
}

void form_focusable_text(EditorView& view, const std::string& name, const std::string& text, const std::string& spoken) {
  take_focus_request(view, name);
  const ImVec2 padding = ImGui::GetStyle().FramePadding;
  const ImVec2 size(ImGui::CalcTextSize(text.c_str()).x + padding.x * 2, ImGui::GetFrameHeight());
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImRect box(min, ImVec2(min.x + size.x, min.y + size.y));
  ImGui::ItemSize(size, padding.y);
  const ImGuiID id = ImGui::GetID(name.c_str());
  const bool marked = view.session.marks().at(name) != nullptr;
  if (ImGui::ItemAdd(box, id, nullptr, marked ? ImGuiItemFlags_None : ImGuiItemFlags_NoTabStop)) {
    ImGui::RenderNavHighlight(box, id);
    draw_text(ImVec2(min.x + padding.x, min.y + padding.y), ImGui::GetColorU32(ImGuiCol_Text), text);
  }
  if (has_keyboard_focus()) view.speech.value = spoken;
  mark_field(view, name);
}

float draw_text(ImVec2 pos, ImU32 color, std::string_view text, float wrap_width) {
  const char* end = text.data() + text.size();
  ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos, color, text.data(), end, wrap_width);
  return ImGui::CalcTextSize(text.data(), end, false, wrap_width > 0 ? wrap_width : -1.0f).y;
}

void same_line_at_right(float width) {
  ImGui::SameLine();
  const ImVec2 cursor = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(ImVec2(cursor.x + ImGui::GetContentRegionAvail().x - width, cursor.y));
}

bool begin_field_grid(const char* id, int max_columns) {
  const int columns = ImGui::GetContentRegionAvail().x >= em(34) ? max_columns : 1;
  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(em(0.6f), em(0.35f)));
  const bool open = ImGui::BeginTable(id, columns,
                                      ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_NoSavedSettings |
                                          ImGuiTableFlags_NoPadOuterX);
  ImGui::PopStyleVar();
  return open;
}

void end_field_grid() { ImGui::EndTable(); }

void next_field_cell() { ImGui::TableNextColumn(); }

}  // namespace la

// Pickers with a search box: type a code or a name, arrows move, Enter picks, Escape closes (view_picker.hpp).
#include "ui/view_picker.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>

#include "core/text_tidy.hpp"
#include "ui/form_widgets.hpp"
#include "ui/ui_text.hpp"

namespace la {
namespace {

constexpr int kVisibleChoices = 10;

}  // namespace

std::string picker_label(PickerKind kind, const std::string& code) {
  const PickerOption* option = find_option(kind, code);
  if (!option) return code;  // a code the lists do not know: shown as it is (the checker says why)
  switch (kind) {
    case PickerKind::Country:
    case PickerKind::Language: return option->label + " (" + option->code + ")";
    case PickerKind::IscedField:
    case PickerKind::CefrLevel: return option->code + "  " + option->label;
    default: return option->label;
  }
}

bool picker_combo(EditorView& view, const std::string& pointer, PickerKind kind, const std::string* current,
                  std::optional<std::string>* chosen) {
  const std::string id = "##" + pointer;
  const bool empty = !current || current->empty();
  const std::string preview = empty ? std::string(ui_text("ui.picker.choose")) : picker_label(kind, *current);
  // As wide as the field, and wide enough for long names, but never wider than a phone's screen.
  const float wide = std::max(ImGui::CalcItemWidth(), em(kind == PickerKind::IscedField ? 30 : 22));
  ImGui::SetNextWindowSizeConstraints(ImVec2(fit_screen_width(wide, em(1)), 0),
                                      ImVec2(FLT_MAX, FLT_MAX));
  ImGui::BeginDisabled(view.session.read_only());
  if (empty) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetColorU32(ImGuiCol_TextDisabled));
  const bool open = ImGui::BeginCombo(id.c_str(), preview.c_str(), ImGuiComboFlags_HeightLargest);
  if (empty) ImGui::PopStyleColor();
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered() && !view.session.read_only()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  if (has_keyboard_focus()) view.speech.value = ui_text("ui.a11y.picker", {{"value", preview}});  // for mark_field
  if (kind == PickerKind::IscedField && (has_keyboard_focus() || ImGui::IsItemHovered())) {
    view.session.want_search_words();  // before the first key of a search, as a rule
  }
  if (!open) return false;
  // The caller marks the combo itself (its border, its findings): keep it as the last item.
  const ImGuiLastItemData combo_item = ImGui::GetCurrentContext()->LastItemData;

  EditorView::PickerState& picker = view.picker;
  const std::vector<PickerOption>& options = picker_options(kind);
  const bool appearing = ImGui::IsWindowAppearing();
  // Each opening of the list asks again for search words that could not be loaded before.
  if (kind == PickerKind::IscedField) view.session.want_search_words(appearing);
  if (appearing) {
    picker = {};
    picker.scroll_to_highlight = true;
    if (current) {
      for (std::size_t i = 0; i < options.size(); ++i) {
        if (options[i].code == *current) picker.highlight = static_cast<int>(i) + 1;  // row 0 is "none"
      }
    }
    ImGui::SetKeyboardFocusHere();
  }
  view.open_popups.push_back(pointer);

  ImGui::SetNextItemWidth(-FLT_MIN);
  const std::string before = picker.filter;
  const bool enter = input_string(view, "##search", picker.filter, ui_text("ui.picker.search"), 0,
                                  ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackHistory);
  record_item(view, pointer + "#search");
  if (ImGui::IsItemActive()) view.speech.field = ui_text("ui.picker.search");
  // Up and Down belong to the search box (CallbackHistory keeps ImGui's navigation off them):
  // they move the lit choice.
  if (ImGui::IsItemActive()) {
    if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) {
      ++picker.highlight;
      picker.scroll_to_highlight = true;
    }
    if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) {
      --picker.highlight;
      picker.scroll_to_highlight = true;
    }
  }

  // Row 0 clears the field, but only before any search: typing narrows to real choices. An ISCED
  // code pasted with its name ("0613 Software and…", as lists show both) is searched as the code.
  const std::optional<std::string> isced_code =
      kind == PickerKind::IscedField ? leading_isced_code(picker.filter) : std::nullopt;
  std::vector<std::size_t> matches = filter_options(options, isced_code ? *isced_code : picker.filter);
  const bool none_row = picker.filter.empty();
  if (picker.filter != before) {
    picker.highlight = 0;
    picker.scroll_to_highlight = true;
  }
  const int rows = static_cast<int>(matches.size()) + (none_row ? 1 : 0);
  const int first_real = none_row ? 1 : 0;
  picker.highlight = std::clamp(picker.highlight, 0, std::max(rows - 1, 0));
  if (!none_row && rows > 0 && picker.highlight < first_real) picker.highlight = first_real;

  bool picked = false;
  const float row_height = ImGui::GetTextLineHeightWithSpacing();
  const float list_height = row_height * static_cast<float>(std::min(std::max(rows, 1), kVisibleChoices)) +
                            ImGui::GetStyle().WindowPadding.y;
  if (ImGui::BeginChild("##choices", ImVec2(0, list_height), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened)) {
    if (rows == 0) ImGui::TextDisabled("%s", ui_text("ui.picker.noMatch"));
    const auto draw_row = [&](int row) {
      const bool lit = row == picker.highlight;
      ImGui::PushID(row);
      if (none_row && row == 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetColorU32(ImGuiCol_TextDisabled));
        if (ImGui::Selectable(ui_text("ui.picker.none"), lit)) {
          chosen->reset();
          picked = true;
        }
        ImGui::PopStyleColor();
      } else {
        const PickerOption& option = options[matches[static_cast<std::size_t>(row - first_real)]];
        if (option.depth > 0) ImGui::Indent(em(0.9f) * static_cast<float>(option.depth));
        const std::string text = picker_label(kind, option.code);
        // Long names wrap rather than being cut at the list's edge (ISCED-F names, on a phone).
        const float wrap = ImGui::GetContentRegionAvail().x;
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        const float height = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap).y;
        if (ImGui::Selectable("##choice", lit || (current && option.code == *current), 0, ImVec2(0, height))) {
          *chosen = option.code;
          picked = true;
        }
        draw_text(pos, ImGui::GetColorU32(ImGuiCol_Text), text, wrap);
        if (option.depth > 0) ImGui::Unindent(em(0.9f) * static_cast<float>(option.depth));
      }
      if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      // The lit choice is what a screen reader says while the student types and uses the arrows.
      if (lit) {
        view.speech.text = none_row && row == 0 ? ui_text("ui.picker.none")
                                                : picker_label(kind, options[matches[static_cast<std::size_t>(row - first_real)]].code);
        view.speech.key = pointer + "#choice#" + view.speech.text;
      }
      if (lit && picker.scroll_to_highlight) {
        ImGui::SetScrollHereY(0.5f);
        picker.scroll_to_highlight = false;
      }
      ImGui::PopID();
    };
    // ISCED-F names are long: they wrap, so their rows differ in height, which the
    // clipper cannot step through; the list is short enough to draw whole.
    if (kind == PickerKind::IscedField) {
      for (int row = 0; row < rows; ++row) draw_row(row);
    } else {
      ImGuiListClipper clipper;
      clipper.Begin(rows, row_height);
      if (picker.scroll_to_highlight) clipper.IncludeItemByIndex(picker.highlight);
      while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) draw_row(row);
      }
    }
  }
  ImGui::EndChild();

  if (enter && rows > 0 && !picked) {
    if (none_row && picker.highlight == 0) chosen->reset();
    else *chosen = options[matches[static_cast<std::size_t>(picker.highlight - first_real)]].code;
    picked = true;
  }
  if (picked || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
  ImGui::EndCombo();
  ImGui::GetCurrentContext()->LastItemData = combo_item;
  return picked;
}

}  // namespace la

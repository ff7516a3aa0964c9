// The date picker's popup: a month grid, Monday first, with today and the field's day marked (view_calendar.hpp).
#include "ui/view_calendar.hpp"

#include <imgui_internal.h>

#include <cstdlib>
#include <string_view>

#include "core/calendar.hpp"
#include "ui/calendar_month.hpp"
#include "ui/form_widgets.hpp"
#include "ui/ui_text.hpp"

namespace la {
namespace {

// The n-th item (0-based) of a comma-separated list from the string table ("Mo,Tu,…").
std::string_view list_item(const char* list, int n) {
  std::string_view text(list);
  for (int i = 0; i < n; ++i) {
    std::size_t comma = text.find(',');
    if (comma == std::string_view::npos) return {};
    text.remove_prefix(comma + 1);
  }
  return text.substr(0, text.find(','));
}

// A student is rarely born in the year they go abroad: an empty birth date opens twenty years
// back, a few clicks of « from the year it is.
constexpr int kBirthYearsBack = 20;

}  // namespace

bool calendar_button(EditorView& view, const std::string& pointer, const std::string& current, DateKind kind,
                     std::string* chosen) {
  const std::string popup = pointer + "#calendar";
  if (icon_button(view, Icon::Calendar, popup + "#button", "ui.calendar.open")) {
    MonthShown shown = month_to_show(current, view.platform.today());
    if (kind == DateKind::Birth && !parse_month_or_date(current)) shown = shift_month(shown, -12 * kBirthYearsBack);
    view.calendar = {shown.year, shown.month};
    ImGui::OpenPopup(popup.c_str());
  }
  if (!ImGui::BeginPopup(popup.c_str())) return false;
  view.open_popups.push_back(popup);
  bool picked = false;
  MonthShown shown{view.calendar.year, view.calendar.month};

  // Header: « ‹ September 2026 › »  (years and months).
  auto step = [&](const char* label, const char* name, int months) {
    if (form_button(view, label, popup + name)) shown = shift_month(shown, months);
    ImGui::SameLine(0, em(0.25f));
  };
  step("\xC2\xAB", "#previous-year", -12);
  step("\xE2\x80\xB9", "#previous-month", -1);
  const std::string title = std::string(list_item(ui_text("ui.calendar.months"), shown.month - 1)) + " " +
                            std::to_string(shown.year);
  const float title_width = em(9);
  const float title_x = ImGui::GetCursorPosX();
  ImGui::SetCursorPosX(title_x + (title_width - ImGui::CalcTextSize(title.c_str()).x) * 0.5f);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(title.c_str());
  ImGui::SameLine(title_x + title_width + em(0.25f));
  step("\xE2\x80\xBA", "#next-month", 1);
  if (form_button(view, "\xC2\xBB", popup + "#next-year")) shown = shift_month(shown, 12);
  if (ImGui::IsKeyPressed(ImGuiKey_PageUp)) shown = shift_month(shown, -1);
  if (ImGui::IsKeyPressed(ImGuiKey_PageDown)) shown = shift_month(shown, 1);

  std::optional<CalendarDate> selected = parse_month_or_date(current);
  std::optional<CalendarDate> today = parse_date(view.platform.today());
  const float cell = ImGui::GetFrameHeight() * 1.15f;
  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(css_px(2), css_px(2)));
  if (ImGui::BeginTable("##days", 7, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_NoSavedSettings)) {
    for (int d = 0; d < 7; ++d) {
      ImGui::TableNextColumn();
      const std::string day(list_item(ui_text("ui.calendar.weekdays"), d));
      ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (cell - ImGui::CalcTextSize(day.c_str()).x) * 0.5f);
      ImGui::TextDisabled("%s", day.c_str());
    }
    const int first = first_weekday(shown);
    for (int blank = 0; blank < first; ++blank) ImGui::TableNextColumn();
    for (int day = 1; day <= days_in(shown); ++day) {
      ImGui::TableNextColumn();
      const bool is_selected = selected && selected->has_day() && selected->year == shown.year &&
                               selected->month == shown.month && selected->day == day;
      const bool is_today = today && today->year == shown.year && today->month == shown.month && today->day == day;
      ImGui::PushID(day);
      if (is_selected) {
        ImGui::PushStyleColor(ImGuiCol_Button, view.colors->accent);
        ImGui::PushStyleColor(ImGuiCol_Text, view.colors->accent_text);
      }
      if (ImGui::Button(std::to_string(day).c_str(), ImVec2(cell, cell))) {
        *chosen = date_text(shown.year, shown.month, day);
        picked = true;
      }
      if (is_selected) {
        ImGui::PopStyleColor(2);
        if (ImGui::IsWindowAppearing()) ImGui::SetItemDefaultFocus();
      }
      if (is_today) {
        ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), view.colors->accent,
                                            ImGui::GetStyle().FrameRounding, 0, css_px(1.5f));
      }
      if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      const std::string name = popup + "#" + std::to_string(day);
      record_item(view, name);
      speak_if_focused(view, name, [&] { return date_text(shown.year, shown.month, day); });
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  ImGui::PopStyleVar();
  // Only semester dates may be whole months.
  if (kind == DateKind::Period && form_button(view, ui_text("ui.calendar.wholeMonth"), popup + "#month")) {
    *chosen = month_text(shown.year, shown.month);
    picked = true;
  }
  view.calendar = {shown.year, shown.month};
  if (picked) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
  return picked;
}

}  // namespace la

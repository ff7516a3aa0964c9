// Section cards: a one-cell table gives padding, background and border without a child window,
// so keyboard navigation and Tab flow through the whole form (form_section.hpp).
#include "ui/form_section.hpp"

#include <cfloat>

#include "ui/form_widgets.hpp"
#include "ui/ui_text.hpp"

namespace la {
namespace {

// The section's errors that are fields not filled in yet.
std::size_t to_fill_in(EditorView& view, FormSection section) {
  const FillFlags& to_fill = view.session.to_fill();
  const FindingMarks& marks = view.session.marks();
  std::size_t count = 0;
  for (std::size_t i = 0; i < to_fill.size(); ++i) count += to_fill[i] && marks.targets[i].section == section;
  return count;
}

}  // namespace

bool begin_section(EditorView& view, FormSection section, const std::string& anchor, const char* title,
                   const char* intro_key) {
  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(em(1.1f), em(0.8f)));
  ImGui::PushStyleColor(ImGuiCol_TableBorderStrong, view.colors->card_border);
  const bool open = ImGui::BeginTable(anchor.c_str(), 1, ImGuiTableFlags_BordersOuter | ImGuiTableFlags_NoSavedSettings);
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  if (!open) return false;
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, view.colors->card);
  if (view.focus.field == anchor) {
    ImGui::SetScrollHereY(0.05f);
    view.focus = {};
  }
  // The anchor is the card's top edge, as wide as the card: no item stands there to record
  // (the last item would be whatever came before the card).
  const ImVec2 top = ImGui::GetCursorScreenPos();
  view.rects[anchor] = ImVec4(top.x / css_px(), top.y / css_px(), ImGui::GetContentRegionAvail().x / css_px(), 0);

  // Title on the left, the section's findings counted on the right.
  ImGui::PushStyleColor(ImGuiCol_Text, view.colors->accent);
  ImGui::TextUnformatted(title);
  ImGui::PopStyleColor();
  record_item(view, anchor + "#title");
  SectionCounts counts = view.session.marks().sections[static_cast<std::size_t>(section)];
  const std::size_t to_fill = to_fill_in(view, section);
  counts.errors -= to_fill;
  if (counts.errors + counts.warnings + to_fill > 0 && section != FormSection::Document) {
    std::string errors = counts.errors ? ui_text(counts.errors == 1 ? "ui.status.errors.one" : "ui.status.errors.other",
                                                 {{"count", std::to_string(counts.errors)}})
                                       : std::string();
    // Fields not filled in yet are counted as such, in the neutral colour (fields_to_fill.hpp).
    if (to_fill > 0) {
      errors = ui_text(to_fill == 1 ? "ui.status.toFill.one" : "ui.status.toFill.other", {{"count", std::to_string(to_fill)}}) +
               (errors.empty() ? "" : ", " + errors);
    }
    std::string warnings = counts.warnings ? ui_text(counts.warnings == 1 ? "ui.status.warnings.one" : "ui.status.warnings.other",
                                                     {{"count", std::to_string(counts.warnings)}})
                                           : std::string();
    const char* gap = "   ";
    float width = ImGui::CalcTextSize(errors.c_str()).x + ImGui::CalcTextSize(warnings.c_str()).x +
                  (errors.empty() || warnings.empty() ? 0 : ImGui::CalcTextSize(gap).x);
    same_line_at_right(width);
    if (!errors.empty()) {
      const ImU32 color = counts.errors > 0 ? view.colors->error : view.colors->info;
      ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(color), "%s", errors.c_str());
      if (!warnings.empty()) ImGui::SameLine(0, ImGui::CalcTextSize(gap).x);
    }
    if (!warnings.empty()) ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(view.colors->warning), "%s", warnings.c_str());
  }
  ImGui::GetWindowDrawList()->AddLine(
      ImVec2(ImGui::GetCursorScreenPos().x, ImGui::GetCursorScreenPos().y + css_px(1)),
      ImVec2(ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x, ImGui::GetCursorScreenPos().y + css_px(1)),
      view.colors->card_border, css_px(1));
  ImGui::Dummy(ImVec2(0, em(0.35f)));
  if (intro_key) note_text(ui_text(intro_key));
  return true;
}

void end_section() {
  ImGui::EndTable();
  ImGui::Dummy(ImVec2(0, em(0.6f)));
}

void sub_heading(EditorView& view, const char* text) {
  ImGui::Dummy(ImVec2(0, em(0.2f)));
  ImGui::AlignTextToFramePadding();  // level with a button on the same line
  ImGui::PushStyleColor(ImGuiCol_Text, view.colors->muted);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
}

void note_text(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetColorU32(ImGuiCol_TextDisabled));
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

}  // namespace la

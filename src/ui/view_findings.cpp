// The findings panel (view_findings.hpp). Messages and their heights are kept per revision and
// width: an agreement with hundreds of findings scrolls without measuring each one every frame.
#include "ui/view_findings.hpp"

#include <imgui_internal.h>

#include <cfloat>
#include <optional>

#include "core/messages.hpp"
#include "ui/form_section.hpp"
#include "ui/form_widgets.hpp"
#include "ui/ui_text.hpp"

namespace la {

namespace {

void refresh(EditorView& view, EditorView::FindingsCache& cache, float width) {
  const Findings& findings = view.session.findings();
  const FindingMarks& marks = view.session.marks();
  if (cache.revision != view.session.document().revision() || cache.language != ui_language()) {
    cache.revision = view.session.document().revision();
    cache.language = ui_language();
    cache.width = 0;
    cache.messages.clear();
    cache.places.clear();
    for (std::size_t i = 0; i < findings.size(); ++i) {
      cache.messages.push_back(finding_message(findings[i], ui_language()));
      cache.places.push_back(place_text(marks.targets[i]));
    }
  }
  if (cache.width != width) {
    cache.width = width;
    cache.heights.clear();
    const float line = ImGui::GetTextLineHeight();
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    for (std::size_t i = 0; i < cache.messages.size(); ++i) {
      // Severity line, message, place (both wrapped), and the padding around them.
      const float text = ImGui::CalcTextSize(cache.messages[i].c_str(), nullptr, false, width).y;
      const float place = ImGui::CalcTextSize(cache.places[i].c_str(), nullptr, false, width).y;
      cache.heights.push_back(line + spacing + text + spacing + place + em(0.5f));
    }
  }
}

}  // namespace

void go_to_finding(EditorView& view, std::size_t index) {
  const FindingMarks& marks = view.session.marks();
  if (index >= marks.targets.size()) return;
  const FindingTarget& target = marks.targets[index];
  view.focus = {target.field, target.list, target.row, target.section, 6};
  view.findings_drawer_open = false;
}

void draw_findings_panel(EditorView& view) {
  EditorView::FindingsCache& cache = view.findings_cache;
  const Findings& findings = view.session.findings();
  const EditorStatus status = view.session.status();

  ImGui::PushStyleColor(ImGuiCol_Text, view.colors->accent);
  ImGui::TextUnformatted(ui_text("ui.findings.title"));
  ImGui::PopStyleColor();
  // The status beside the title where it fits, else under it, wrapped: a long one ("No errors ·
  // signed by the student and the sending institution", in German) is never cut at the edge.
  const std::string status_line = view.session.status_text();
  const float beside = ImGui::GetContentRegionAvail().x - ImGui::GetItemRectSize().x - ImGui::GetStyle().ItemSpacing.x;
  if (ImGui::CalcTextSize(status_line.c_str()).x <= beside) ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(status_line.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::Separator();
  if (findings.empty() && status.invalid_entries == 0) {
    ImGui::Dummy(ImVec2(0, em(0.5f)));
    ImGui::PushStyleColor(ImGuiCol_Text, view.colors->success);
    ImGui::TextUnformatted(ui_text("ui.findings.noneTitle"));
    ImGui::PopStyleColor();
    note_text(ui_text("ui.findings.none"));
    return;
  }
  if (status.invalid_entries > 0) note_text(ui_text("ui.findings.invalidEntries"));

  const float pad = em(0.5f);
  const float bar = css_px(4);
  const float width = ImGui::GetContentRegionAvail().x;
  const float text_width = width - bar - pad * 2;
  refresh(view, cache, text_width);
  const FindingMarks& marks = view.session.marks();
  const FillFlags& to_fill = view.session.to_fill();
  const ImRect visible(ImGui::GetWindowPos(), ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowWidth(),
                                                    ImGui::GetWindowPos().y + ImGui::GetWindowHeight()));
  std::optional<FormSection> last_section;
  // The checker lists findings in the file's order; the panel follows the form's.
  for (std::size_t i : marks.form_order) {
    const FormSection section = marks.targets[i].section;
    if (section != last_section) {
      last_section = section;
      ImGui::Dummy(ImVec2(0, em(0.25f)));
      ImGui::TextDisabled("%s", ui_text(section_title_key(section)));
    }
    const ImVec2 size(width, cache.heights[i]);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const std::string name = "finding#" + std::to_string(i);
    const FindingLook look = finding_look(view, findings[i].severity(), to_fill[i]);
    // Out of sight, an entry is still an item, so that Tab and the arrows reach it (and scroll
    // it into view); only its drawing is left out.
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::Selectable("##finding", false, 0, size)) go_to_finding(view, i);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    record_item(view, name);
    speak_if_focused(view, name, [&] {
      return std::string(ui_text(look.label_key)) + ": " + cache.messages[i] + " " +
             cache.places[i] + ".";
    });
    if (top.y > visible.Max.y || top.y + size.y < visible.Min.y) {
      ImGui::PopID();
      continue;
    }
    const ImU32 color = look.color;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(ImVec2(top.x, top.y + css_px(3)), ImVec2(top.x + bar, top.y + size.y - css_px(3)), color,
                        css_px(2));
    // Drawn over the Selectable, not as items of their own: the whole entry is one click target.
    const float line = ImGui::GetTextLineHeight() + ImGui::GetStyle().ItemSpacing.y;
    ImVec2 at(top.x + bar + pad, top.y + pad * 0.5f);
    const char* severity = ui_text(look.label_key);
    draw_text(at, color, severity);
    draw_text(ImVec2(at.x + ImGui::CalcTextSize(severity).x + em(0.6f), at.y), view.colors->muted, findings[i].rule_id());
    at.y += line;
    at.y += draw_text(at, ImGui::GetColorU32(ImGuiCol_Text), cache.messages[i], text_width) + ImGui::GetStyle().ItemSpacing.y;
    draw_text(at, view.colors->muted, cache.places[i], text_width);
    ImGui::PopID();
  }
}

}  // namespace la

// The top bar: New, Open, samples, Export, Print; Undo and Redo; the status ("No errors · not signed
// yet", or the fields to fill in, errors and warnings); the mark of changes not exported; the
// interface language; the theme (editor_view.hpp).
#include "ui/view_top_bar.hpp"

#include <algorithm>
#include <cfloat>
#include <utility>

#include "ui/form_widgets.hpp"
#include "ui/language_choice.hpp"
#include "ui/ui_samples.hpp"
#include "ui/ui_text.hpp"
#include "ui/view_findings.hpp"

namespace la {
namespace {

// Items flow like words: the next goes on this line if it fits, else on the next one.
void flow(float next_width) {
  ImGui::SameLine();
  if (ImGui::GetContentRegionAvail().x < next_width) ImGui::NewLine();
}

float button_width(const char* label) { return ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2; }

// The width of a menu's entries: 22 em, or the screen's width less the popup's margins on a phone.
float menu_width() { return fit_screen_width(em(22), 2 * ImGui::GetStyle().WindowPadding.x + em(1)); }

// A menu opens under the button that opened it (the last item), not under the pointer, where
// it would cover the top bar; moved left as far as it must to stay on the screen, and no taller
// than the room below the button (it scrolls), which a short embedded editor has little of.
void place_menu_under_button() {
  const ImGuiViewport& screen = *ImGui::GetMainViewport();
  const float menu = menu_width() + 2 * ImGui::GetStyle().WindowPadding.x;
  const float x = std::min(ImGui::GetItemRectMin().x, screen.WorkSize.x - menu - em(0.5f));
  const float y = ImGui::GetItemRectMax().y + css_px(4);
  ImGui::SetNextWindowPos(ImVec2(std::max(x, 0.0f), y), ImGuiCond_Appearing);
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, std::max(screen.WorkPos.y + screen.WorkSize.y - y - em(0.5f), em(6))));
}

// The line above a menu's entries, wrapped at their width (it would widen the menu past a phone's screen).
void menu_intro(const char* text) {
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + menu_width());
  ImGui::TextDisabled("%s", text);
  ImGui::PopTextWrapPos();
}

// A choice of two lines (title, description) in a menu; one item, so one click or Enter picks it.
void menu_entry(EditorView& view, const char* title, const char* description, const std::string& name, bool* chosen) {
  ImGui::PushID(name.c_str());
  const float width = menu_width();
  const float line = ImGui::GetTextLineHeight();
  const float description_height = ImGui::CalcTextSize(description, nullptr, false, width).y;
  const float height = line + description_height + em(0.45f);
  const ImVec2 top = ImGui::GetCursorScreenPos();
  if (ImGui::Selectable("##entry", false, 0, ImVec2(width, height))) *chosen = true;
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  record_item(view, name);
  speak_if_focused(view, name, [&] { return std::string(title) + ". " + description; });
  draw_text(ImVec2(top.x, top.y + em(0.1f)), ImGui::GetColorU32(ImGuiCol_Text), title);
  draw_text(ImVec2(top.x, top.y + em(0.1f) + line), ImGui::GetColorU32(ImGuiCol_TextDisabled), description, width);
  ImGui::PopID();
}

void new_menu(EditorView& view) {
  place_menu_under_button();
  if (!ImGui::BeginPopup("##new-menu")) return;
  view.open_popups.push_back("new-menu");
  menu_intro(ui_text("ui.new.choose"));
  const struct {
    MobilityType type;
    const char* code;
  } types[] = {{MobilityType::Semester, "semester"}, {MobilityType::Blended, "blended"},
               {MobilityType::ShortTermDoctoral, "short-term-doctoral"}};
  for (const auto& entry : types) {
    bool chosen = false;
    const std::string code(entry.code);
    menu_entry(view, ui_text("ui.mobilityType." + code), ui_text("ui.new.description." + code), "new#" + code, &chosen);
    if (chosen) {
      view.session.new_agreement(entry.type);
      view.details_row.clear();
      ImGui::CloseCurrentPopup();
    }
  }
  ImGui::EndPopup();
}

void samples_menu(EditorView& view) {
  place_menu_under_button();
  if (!ImGui::BeginPopup("##samples-menu")) return;
  view.open_popups.push_back("samples-menu");
  menu_intro(ui_text("ui.samples.choose"));
  for (const Sample& sample : samples()) {
    bool chosen = false;
    menu_entry(view, ui_text(sample.title_key), ui_text(sample.description_key), "sample#" + std::string(sample.id), &chosen);
    if (chosen) {
      view.session.open_sample(sample.id);
      view.details_row.clear();
      ImGui::CloseCurrentPopup();
    }
  }
  ImGui::EndPopup();
}

// The languages, each named in itself; the one chosen (or on its way) is marked. A choice is
// remembered for the next visit, and the part loads while the student goes on.
void language_menu(EditorView& view) {
  place_menu_under_button();
  if (!ImGui::BeginPopup("##language-menu")) return;
  view.open_popups.push_back("language-menu");
  menu_intro(ui_text("ui.language.choose"));
  const std::string& loading = view.session.language_loading();
  const std::string& current = loading.empty() ? ui_language() : loading;
  for (const InterfaceLanguage& language : interface_languages()) {
    const std::string code(language.code);
    const std::string name(language.name);
    const std::string item = "language#" + code;
    if (ImGui::Selectable((name + "##" + item).c_str(), code == current, 0, ImVec2(menu_width(), 0))) {
      remember_language(view.platform, code);
      view.session.set_language(code);
      ImGui::CloseCurrentPopup();
    }
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    record_item(view, item);
    speak_if_focused(view, item, [&] { return name; });
  }
  ImGui::EndPopup();
}

// The status pill's colours: green for no errors, red for what is wrong, neutral for fields
// only not filled in yet (a to-do list, not mistakes), amber for warnings.
std::pair<ImU32, ImU32> status_colors(const EditorColors& colors, const EditorStatus& status) {
  if (status.ready()) return {colors.success, colors.success_soft};
  if (status.errors > status.to_fill_errors || status.invalid_entries > 0) return {colors.error, colors.error_soft};
  if (status.fields_to_fill > 0) return {colors.info, colors.info_soft};
  return {colors.warning, colors.warning_soft};
}

// A rounded pill: "No errors · not signed yet", or the counts, coloured by status_colors(). On
// the line where the cursor is if it fits there, else on a line of its own, its text wrapped
// when even that is too narrow (a phone: "No errors · signed by the student and the sending
// institution"), never cut.
void status_pill(EditorView& view) {
  const EditorStatus status = view.session.status();
  const std::string text = view.session.status_text();
  const auto [color, soft] = status_colors(*view.colors, status);
  const ImVec2 pad(em(0.8f), ImGui::GetStyle().FramePadding.y);
  const float around = pad.x * 2 + em(0.9f);  // the padding and the dot
  const float gap = em(0.3f);
  ImGui::SameLine();
  if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(text.c_str()).x + around + gap) ImGui::NewLine();
  ImGui::Dummy(ImVec2(gap, 0));
  ImGui::SameLine();
  const float wrap = std::max(ImGui::GetContentRegionAvail().x - around, em(4));
  const ImVec2 text_size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
  const ImVec2 size(text_size.x + around, std::max(ImGui::GetFrameHeight(), text_size.y + pad.y * 2));
  const float rounding = ImGui::GetFrameHeight() * 0.5f;
  const ImVec2 top = ImGui::GetCursorScreenPos();
  if (ImGui::InvisibleButton("##status", size)) {
    if (!status.ready() && !view.session.findings().empty()) {
      // The first error in the form's order, else the first warning: what to look at next.
      const Findings& findings = view.session.findings();
      const std::vector<std::size_t>& order = view.session.marks().form_order;
      std::size_t first = order.front();
      for (std::size_t i : order) {
        if (findings[i].severity() == Severity::Error) {
          first = i;
          break;
        }
      }
      go_to_finding(view, first);
    }
    view.findings_drawer_open = !status.ready();
  }
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  record_item(view, "status");
  speak_if_focused(view, "status", [&] { return ui_text("ui.a11y.button", {{"label", text}}); });
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(top, ImVec2(top.x + size.x, top.y + size.y), soft, rounding);
  draw->AddRect(top, ImVec2(top.x + size.x, top.y + size.y), color, rounding, 0, css_px(1));
  draw->AddCircleFilled(ImVec2(top.x + pad.x + em(0.25f), top.y + pad.y + ImGui::GetFontSize() * 0.5f), em(0.25f), color, 12);
  draw->AddText(nullptr, 0.0f, ImVec2(top.x + pad.x + em(0.75f), top.y + pad.y), color, text.c_str(), nullptr, wrap);
}

}  // namespace

void draw_top_bar(EditorView& view) {
  const bool read_only = view.session.read_only();
  if (!read_only) {
    if (form_button(view, ui_text("ui.button.new"), "button#new")) ImGui::OpenPopup("##new-menu");
    new_menu(view);
    flow(button_width(ui_text("ui.button.open")));
    if (form_button(view, ui_text("ui.button.open"), "button#open")) {
      EditorSession* session = &view.session;
      view.platform.choose_file([session](const ChosenFile& file) { session->open_file(file); });
    }
    flow(button_width(ui_text("ui.button.samples")));
    if (form_button(view, ui_text("ui.button.samples"), "button#samples")) ImGui::OpenPopup("##samples-menu");
    samples_menu(view);
    flow(button_width(ui_text("ui.button.export")));
  }
  if (form_button(view, ui_text("ui.button.export"), "button#export", true)) {
    view.session.show_all_findings();  // what is still empty is now missing
    if (view.session.status().ready()) view.session.export_agreement();
    else view.confirm_export = true;
  }
  // Read-only too: an office prints what it was given.
  flow(button_width(ui_text("ui.button.print")));
  if (form_button(view, ui_text("ui.button.print"), "button#print")) view.session.print_agreement();
  // For an office's EWP system; the codec loads on this first use (EditorSession::export_ewp_xml).
  flow(button_width(ui_text("ui.button.exportXml")));
  if (form_button(view, ui_text("ui.button.exportXml"), "button#exportXml")) view.session.export_ewp_xml();
  if (!read_only) {
    flow(ImGui::GetFrameHeight() * 2 + em(1));
    ImGui::Dummy(ImVec2(em(0.3f), 0));
    ImGui::SameLine();
    if (icon_button(view, Icon::Undo, "button#undo", "ui.button.undo", view.session.document().can_undo())) step_history(view, false);
    ImGui::SameLine(0, css_px(2));
    if (icon_button(view, Icon::Redo, "button#redo", "ui.button.redo", view.session.document().can_redo())) step_history(view, true);
  }
  status_pill(view);
  const char* mark = read_only ? ui_text("ui.status.readOnly")
                               : view.session.has_unexported_changes() ? ui_text("ui.status.notExported") : nullptr;
  if (mark) {
    flow(ImGui::CalcTextSize(mark).x + em(1.5f));
    ImGui::AlignTextToFramePadding();
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float radius = em(0.22f);
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(top.x + radius, top.y + ImGui::GetFrameHeight() * 0.5f), radius,
                                                read_only ? view.colors->muted : view.colors->warning, 12);
    ImGui::Dummy(ImVec2(radius * 2, 0));
    ImGui::SameLine(0, em(0.4f));
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(read_only ? view.colors->muted : view.colors->warning), "%s", mark);
    record_item(view, "unexported");
  }
  // The language (named in itself, as the student looks for it) and the theme, at the right.
  const std::string language = own_language_name(ui_language());
  const char* theme = ui_text(view.theme == Theme::Light ? "ui.button.darkTheme" : "ui.button.lightTheme");
  const float right_width = button_width(language.c_str()) + ImGui::GetStyle().ItemSpacing.x + button_width(theme);
  ImGui::SameLine();
  if (ImGui::GetContentRegionAvail().x < right_width) ImGui::NewLine();
  else same_line_at_right(right_width);
  if (form_button(view, language.c_str(), "button#language")) ImGui::OpenPopup("##language-menu");
  speak_if_focused(view, "button#language", [&] {
    return ui_text("ui.a11y.button", {{"label", ui_text("ui.language.button", {{"language", language}})}});
  });
  language_menu(view);
  ImGui::SameLine();
  if (form_button(view, theme, "button#theme")) {
    view.theme = view.theme == Theme::Light ? Theme::Dark : Theme::Light;
    remember_theme(view.platform, view.theme == Theme::Dark);
  }
}

}  // namespace la

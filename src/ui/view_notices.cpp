// Notices and the export question (view_notices.hpp).
#include "ui/view_notices.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <string>
#include <optional>

#include "ui/form_widgets.hpp"
#include "ui/ui_text.hpp"

namespace la {
namespace {

ImU32 tone_color(const EditorColors& colors, NoticeTone tone, bool soft) {
  switch (tone) {
    case NoticeTone::Success: return soft ? colors.success_soft : colors.success;
    case NoticeTone::Warning: return soft ? colors.warning_soft : colors.warning;
    case NoticeTone::Error: return soft ? colors.error_soft : colors.error;
    case NoticeTone::Info: break;
  }
  return soft ? colors.info_soft : colors.info;
}

}  // namespace

void draw_notices(EditorView& view) {
  const std::vector<Notice>& notices = view.session.notices();
  std::optional<std::size_t> dismissed;
  NoticeAction chosen = NoticeAction::None;
  for (std::size_t i = 0; i < notices.size(); ++i) {
    const Notice& notice = notices[i];
    ImGui::PushID(static_cast<int>(i));
    const float width = ImGui::GetContentRegionAvail().x;
    const float close = ImGui::GetFrameHeight();
    const float pad = em(0.7f);
    const float text_width = width - close - pad * 3 - css_px(4);
    const float text_height = ImGui::CalcTextSize(notice.text.c_str(), nullptr, false, text_width).y;
    const float actions = notice.action != NoticeAction::None ? ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.y : 0;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const ImVec2 size(width, text_height + actions + pad * 2);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(top, ImVec2(top.x + size.x, top.y + size.y), view.colors->card, em(0.3f));
    draw->AddRectFilled(top, ImVec2(top.x + size.x, top.y + size.y), tone_color(*view.colors, notice.tone, true), em(0.3f));
    draw->AddRectFilled(top, ImVec2(top.x + css_px(4), top.y + size.y), tone_color(*view.colors, notice.tone, false), em(0.3f),
                        ImDrawFlags_RoundCornersLeft);
    ImGui::SetCursorScreenPos(ImVec2(top.x + css_px(4) + pad, top.y + pad));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + text_width);
    ImGui::TextUnformatted(notice.text.c_str());
    ImGui::PopTextWrapPos();
    record_item(view, "notice#" + std::to_string(i));
    if (notice.action == NoticeAction::DiscardDraft && form_button(view, ui_text("ui.button.discardDraft"), "notice#discard")) {
      chosen = notice.action;
    }
    if (notice.action == NoticeAction::ContinueHere && form_button(view, ui_text("ui.button.continueHere"), "notice#continueHere")) {
      chosen = notice.action;
    }
    if (notice.action == NoticeAction::RetryGlyphs && form_button(view, ui_text("ui.button.retry"), "notice#retry")) {
      chosen = notice.action;
    }
    ImGui::EndGroup();
    ImGui::SetCursorScreenPos(ImVec2(top.x + size.x - close - pad * 0.5f, top.y + pad * 0.5f));
    if (icon_button(view, Icon::Close, "notice#close", "ui.button.dismiss")) dismissed = i;
    ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + size.y + ImGui::GetStyle().ItemSpacing.y));
    ImGui::Dummy(ImVec2(0, 0));
    ImGui::PopID();
  }
  if (chosen == NoticeAction::DiscardDraft) view.session.discard_draft();
  else if (chosen == NoticeAction::ContinueHere) view.session.continue_here();
  else if (chosen == NoticeAction::RetryGlyphs) view.session.retry_glyphs();
  else if (dismissed) view.session.dismiss_notice(*dismissed);
}

namespace {

enum class Answer { None, Keep, Go };

// A modal question with two answers; the safe one (keep) has the focus and Escape. name: the
// popup's and its buttons' ids ("export-question": "export-question#keep", "…#go").
Answer ask_question(EditorView& view, const char* name, const char* title, const std::string& question,
                    const char* keep_label, const char* go_label) {
  const std::string id = std::string("##") + name;
  const ImVec2 centre = ImGui::GetMainViewport()->GetCenter();
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(em(28), ImGui::GetMainViewport()->Size.x - em(2)), 0));
  if (!ImGui::BeginPopupModal(id.c_str(), nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize)) {
    return Answer::None;
  }
  view.open_popups.push_back(name);
  ImGui::PushStyleColor(ImGuiCol_Text, view.colors->error);
  ImGui::TextUnformatted(title);
  ImGui::PopStyleColor();
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(question.c_str());
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  Answer answer = Answer::None;
  if (form_button(view, keep_label, std::string(name) + "#keep", true) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    answer = Answer::Keep;
  }
  ImGui::SameLine();
  if (form_button(view, go_label, std::string(name) + "#go")) answer = Answer::Go;
  if (answer != Answer::None) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
  return answer;
}

}  // namespace

void draw_export_question(EditorView& view) {
  if (view.confirm_export) {
    ImGui::OpenPopup("##export-question");
    view.confirm_export = false;
  }
  Answer answer = ask_question(view, "export-question", ui_text("ui.export.title"),
                               ui_text("ui.export.question", {{"problems", view.session.status_text()}}),
                               ui_text("ui.export.keepEditing"), ui_text("ui.export.anyway"));
  if (answer == Answer::Go) view.session.export_agreement();
}

void draw_void_question(EditorView& view) {
  if (!view.session.void_question_open()) return;
  if (!ImGui::IsPopupOpen("##void-question")) {
    // The field typed into lets go: what it holds comes from the agreement again, and keys
    // typed while the question is open reach the question, not the field.
    ImGui::ClearActiveID();
    ImGui::OpenPopup("##void-question");
  }
  const std::string field = view.session.void_question_field();
  Answer answer = ask_question(view, "void-question", ui_text("ui.void.title"), view.session.void_question(),
                               ui_text("ui.void.keep"), ui_text("ui.void.go"));
  if (answer == Answer::None) return;
  view.session.answer_void_question(answer == Answer::Go);
  // Back to the field (or table) the edit was made in, as after an undo.
  if (!field.empty()) {
    const FindingTarget target = finding_target(field, view.session.agreement());
    view.focus = {target.field, target.list, target.row, target.section, 6};
  }
}

void draw_xml_choice(EditorView& view) {
  const std::vector<EditorSession::XmlChoice>& choices = view.session.xml_choices();
  if (choices.empty()) return;
  if (!ImGui::IsPopupOpen("##xml-choice")) ImGui::OpenPopup("##xml-choice");
  const ImGuiViewport& screen = *ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(screen.GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(em(32), screen.Size.x - em(2)), 0));
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, screen.Size.y - em(2)));
  if (!ImGui::BeginPopupModal("##xml-choice", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize)) {
    return;
  }
  view.open_popups.push_back("xml-choice");
  ImGui::PushStyleColor(ImGuiCol_Text, view.colors->accent);
  ImGui::TextUnformatted(ui_text("ui.xml.chooseTitle"));
  ImGui::PopStyleColor();
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(ui_text("ui.xml.chooseIntro", {{"file", view.session.xml_choices_file()},
                                                        {"count", std::to_string(choices.size())}}).c_str());
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  std::optional<std::size_t> picked;
  bool none = false;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    const EditorSession::XmlChoice& choice = choices[i];
    ImGui::PushID(static_cast<int>(i));
    if (i == 0 && ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    const char* student = choice.student.empty() ? ui_text("ui.xml.noStudent") : choice.student.c_str();
    if (form_button(view, student, "xml-choice#" + std::to_string(i))) picked = i;
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", ui_text("ui.xml.choice", {{"id", choice.omobility_id}, {"sending", choice.sending_hei},
                                                        {"receiving", choice.receiving_hei}}).c_str());
    ImGui::PopID();
  }
  ImGui::Spacing();
  if (form_button(view, ui_text("ui.xml.cancel"), "xml-choice#none") || ImGui::IsKeyPressed(ImGuiKey_Escape)) none = true;
  if (picked || none) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
  if (picked || none) view.session.pick_xml_agreement(picked);
}

void draw_replace_question(EditorView& view) {
  const std::string& prefix = view.session.replace_question();
  if (prefix.empty()) return;
  if (!ImGui::IsPopupOpen("##replace-question")) ImGui::OpenPopup("##replace-question");
  Answer answer = ask_question(view, "replace-question", ui_text(prefix + "title"), ui_text(prefix + "question"),
                               ui_text(prefix + "keep"), ui_text(prefix + "go"));
  if (answer != Answer::None) view.session.answer_replace_question(answer == Answer::Go);
}

}  // namespace la

// The sign and compare dialogs (view_signing_dialogs.hpp). Both are modal: while one is open the
// form takes no keys, so what is typed goes into the dialog's fields.
#include "ui/view_signing_dialogs.hpp"

#include <cfloat>
#include <optional>

#include "core/messages.hpp"
#include "ui/form_widgets.hpp"
#include "ui/ui_text.hpp"

namespace la {
namespace {

constexpr const char* kSignPopup = "##sign-dialog";
constexpr const char* kComparePopup = "##compare-dialog";

bool begin_dialog(EditorView& view, bool& just_opened, const char* id, const char* name) {
  if (just_opened) {  // asked for by a block's button since the last frame
    ImGui::OpenPopup(id);
    just_opened = false;
  }
  const ImVec2 centre = ImGui::GetMainViewport()->GetCenter();
  ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(fit_screen_width(em(32), em(2)), 0));
  if (!ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize)) return false;
  view.open_popups.push_back(name);
  return true;
}

void title(EditorView& view, const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, view.colors->accent);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
}

void paragraph(const std::string& text, std::optional<ImU32> color = std::nullopt) {
  if (color) ImGui::PushStyleColor(ImGuiCol_Text, *color);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  if (color) ImGui::PopStyleColor();
}

// A labelled text field of a dialog, recorded under `name` for the tests.
void dialog_field(EditorView& view, const char* label_key, const std::string& name, std::string& text,
                  const char* hint_key = nullptr) {
  ImGui::TextUnformatted(ui_text(label_key));
  ImGui::SetNextItemWidth(-FLT_MIN);
  input_dialog_text(view, ("##" + name).c_str(), text, hint_key ? ui_text(hint_key) : nullptr);
  record_item(view, name);
}

void sign_form(EditorView& view, Party party) {
  EditorView::SignDialog& dialog = view.sign_dialog;
  paragraph(ui_text("ui.sign.meaning"));
  const Findings& findings = view.session.findings();
  if (count_warnings(findings) > 0) {
    paragraph(ui_text("ui.sign.warnings"), view.colors->warning);
    for (const Finding& finding : findings) {
      if (finding.severity() != Severity::Warning) continue;
      ImGui::Bullet();
      ImGui::SameLine();
      paragraph(finding_message(finding, ui_language()));
    }
  }
  ImGui::Spacing();
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  dialog_field(view, "ui.field.signerName", "sign#name", dialog.signer.name);
  if (party != Party::Student) dialog_field(view, "ui.field.signerPosition", "sign#position", dialog.signer.position);
  dialog_field(view, "ui.field.signerEmail", "sign#email", dialog.signer.email, "ui.hint.email");
  if (!dialog.error.empty()) paragraph(dialog.error, view.colors->error);
  ImGui::Spacing();
  const bool cancel = form_button(view, ui_text("ui.button.cancel"), "sign#cancel") || ImGui::IsKeyPressed(ImGuiKey_Escape);
  ImGui::SameLine();
  if (form_button(view, ui_text("ui.sign.confirm"), "sign#go", true)) {
    EditorSession::SignResult result = view.session.sign(party, dialog.signer);
    dialog.error = result.ok ? std::string() : result.error;
    dialog.fingerprint = result.fingerprint;
  }
  if (cancel) {
    dialog.party.reset();
    ImGui::CloseCurrentPopup();
  }
}

void signed_answer(EditorView& view) {
  EditorView::SignDialog& dialog = view.sign_dialog;
  paragraph(ui_text("ui.sign.done"), view.colors->success);
  ImGui::SetNextItemWidth(-FLT_MIN);
  std::string shown = dialog.fingerprint;  // selectable and copyable, not editable
  input_dialog_text(view, "##sign-fingerprint", shown, nullptr, 0, ImGuiInputTextFlags_ReadOnly);
  record_item(view, "sign#fingerprint");
  paragraph(ui_text("ui.sign.keep"));
  ImGui::Spacing();
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  if (form_button(view, ui_text("ui.button.done"), "sign#close", true) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    dialog = {};
    ImGui::CloseCurrentPopup();
  }
}

void draw_sign_dialog(EditorView& view) {
  EditorView::SignDialog& dialog = view.sign_dialog;
  if (!dialog.party) return;
  const Party party = *dialog.party;
  if (!begin_dialog(view, dialog.just_opened, kSignPopup, "sign-dialog")) {
    dialog = {};  // closed from outside (the agreement replaced under it)
    return;
  }
  title(view, ui_text("ui.button.sign." + std::string(party_name(party))));
  if (dialog.fingerprint.empty()) sign_form(view, party);
  else signed_answer(view);
  ImGui::EndPopup();
}

void draw_compare_dialog(EditorView& view) {
  EditorView::CompareDialog& dialog = view.compare_dialog;
  if (!dialog.section) return;
  if (!begin_dialog(view, dialog.just_opened, kComparePopup, "compare-dialog")) {
    dialog = {};
    return;
  }
  const Section section = *dialog.section;
  title(view, ui_text("ui.button.compare"));
  paragraph(ui_text("ui.compare.intro", {{"party", ui_text("ui.party." + std::string(party_name(dialog.party)))}}));
  ImGui::Spacing();
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  dialog_field(view, "ui.compare.fingerprint", "compare#kept", dialog.kept, "ui.hint.fingerprint");
  if (form_button(view, ui_text("ui.compare.check"), "compare#go", true) ||
      (ImGui::IsKeyPressed(ImGuiKey_Enter) && !dialog.kept.empty())) {
    dialog.answer = view.session.compare_with_fingerprint(section, dialog.kept);
    dialog.answered = true;
  }
  ImGui::SameLine();
  if (form_button(view, ui_text("ui.compare.file"), "compare#file")) {
    // The answer comes with the file, after this frame; the dialog stays open for it.
    EditorView* shown = &view;
    view.platform.choose_file([shown, section](const ChosenFile& file) {
      shown->compare_dialog.answer = shown->session.compare_with_file(section, file);
      shown->compare_dialog.answered = true;
    });
  }
  if (dialog.answered) {
    ImGui::Spacing();
    paragraph(dialog.answer.text, dialog.answer.same ? view.colors->success : view.colors->error);
    record_item(view, "compare#answer");
  }
  ImGui::Spacing();
  if (form_button(view, ui_text("ui.button.done"), "compare#close") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    dialog = {};
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace

void open_sign_dialog(EditorView& view, Party party) {
  EditorView::SignDialog& dialog = view.sign_dialog;
  dialog = {};
  dialog.party = party;
  dialog.just_opened = true;
  // The student signs with the name and e-mail of the student section; they may change them here.
  if (party == Party::Student) dialog.signer = student_signer(view.session.agreement());
}

void open_compare_dialog(EditorView& view, Section section, Party party) {
  EditorView::CompareDialog& dialog = view.compare_dialog;
  dialog = {};
  dialog.section = section;
  dialog.party = party;
  dialog.just_opened = true;
}

void draw_signing_dialogs(EditorView& view) {
  draw_sign_dialog(view);
  draw_compare_dialog(view);
}

}  // namespace la

// One frame of the editor: shortcuts, the top bar, notices and the form in the official order,
// the findings beside it or in a drawer, and what the tests read (editor_view.hpp).
#include "ui/editor_view.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>

#include <nlohmann/json.hpp>

#include "core/json_parse.hpp"
#include "ui/field_access.hpp"
#include "ui/form_widgets.hpp"
#include "ui/ui_text.hpp"
#include "ui/view_findings.hpp"
#include "ui/view_notices.hpp"
#include "ui/view_sections.hpp"
#include "ui/view_signing_dialogs.hpp"
#include "ui/view_top_bar.hpp"

namespace la {
namespace {

constexpr float kWideLayoutCss = 1000;  // from here the findings stand beside the form
constexpr float kFormMaxEm = 64;        // lines of fields wider than this are hard to read
constexpr float kShortScreenCss = 500;  // below this height (200 % zoom) the bars take less of it

// Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, in a field or not: the editor's undo
// owns them (fields have ImGui's own undo turned off), so that after the typing in a field is
// undone the next Ctrl+Z goes on to earlier edits, as a student expects.
void handle_shortcuts(EditorView& view) {
  if (view.session.read_only()) return;
  const ImGuiIO& io = ImGui::GetIO();
  if (!command_key_down() || io.KeyAlt) return;
  // An open list, calendar, menu or question hides the form: an undo there would change a field
  // the student cannot see (in a list's search box, Ctrl+Z means the search text).
  if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) return;
  const bool undo = ImGui::IsKeyPressed(ImGuiKey_Z) && !io.KeyShift;
  const bool redo = (ImGui::IsKeyPressed(ImGuiKey_Z) && io.KeyShift) || (ImGui::IsKeyPressed(ImGuiKey_Y) && !io.KeyShift);
  if (undo) step_history(view, false);
  if (redo) step_history(view, true);
}

void draw_form(EditorView& view) {
  draw_student_section(view);
  draw_institution_section(view, FormSection::SendingHei, "/sendingHei");
  draw_institution_section(view, FormSection::ReceivingHei, "/receivingHei");
  draw_mobility_section(view);
  draw_bip_section(view);
  draw_component_sections(view);
  draw_language_section(view);
  draw_recognition_section(view);
  draw_signatures_section(view);
  draw_changes_sections(view);
  draw_document_section(view);
  // Room under the last section to scroll it above the notices (notices_overlay).
  if (!view.session.notices().empty()) ImGui::Dummy(ImVec2(0, view.notices_height + em(1)));
}

// Tab goes from control to control through the regions (top bar, form, findings) as on a web
// page, not from region to region (ImGui's default for child windows, entered with Enter).
constexpr ImGuiWindowFlags kTabThrough = ImGuiWindowFlags_NavFlattened;

// Notices float over the foot of the form, as wide as its page: coming and going (a draft saved
// or not, a new agreement started, a file exported) they move no field from under the pointer.
// Drawn after the regions, so that they are on top and come last in the Tab order.
void notices_overlay(EditorView& view, const ImRect& form) {
  if (view.session.notices().empty()) return;
  const float margin = em(1);
  const float width = std::min(form.GetWidth() - 2 * margin, em(kFormMaxEm));
  ImGui::SetCursorScreenPos(ImVec2(form.Min.x + (form.GetWidth() - width) * 0.5f, form.Max.y - view.notices_height - margin));
  if (ImGui::BeginChild("##notices", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY,
                        kTabThrough | ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoScrollbar)) {
    draw_notices(view);
  }
  ImGui::EndChild();
  view.notices_height = ImGui::GetItemRectSize().y;
}

// The form, centred and at most kFormMaxEm wide, in its own scrolling region.
ImRect form_region(EditorView& view, ImVec2 size) {
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(1), em(1)));
  if (ImGui::BeginChild("##form", size, ImGuiChildFlags_AlwaysUseWindowPadding, kTabThrough)) {
    // Another agreement in place of this one (opened, new, a sample) is read from its top.
    if (view.shown_replacements != view.session.replacements()) {
      view.shown_replacements = view.session.replacements();
      ImGui::SetScrollY(0);
    }
    const float available = ImGui::GetContentRegionAvail().x;
    const float width = std::min(available, em(kFormMaxEm));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (available - width) * 0.5f);
    view.page_right = ImGui::GetCursorScreenPos().x + width;
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(0, 0));
    const bool page = ImGui::BeginTable("##page", 1, ImGuiTableFlags_NoSavedSettings, ImVec2(width, 0));
    ImGui::PopStyleVar();
    if (page) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      draw_form(view);
      ImGui::EndTable();
    }
    view.form_scroll_y = ImGui::GetScrollY() / css_px();
  }
  ImGui::EndChild();
  ImGui::PopStyleVar();
  record_item(view, "#form");
  return ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void findings_region(EditorView& view, ImVec2 size) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, view.colors->card);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(1), em(0.8f)));
  if (ImGui::BeginChild("##findings", size, ImGuiChildFlags_AlwaysUseWindowPadding, kTabThrough)) {
    draw_findings_panel(view);
  }
  ImGui::EndChild();
  record_item(view, "#findings");
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  const ImVec2 min = ImGui::GetItemRectMin();
  ImGui::GetWindowDrawList()->AddLine(min, ImVec2(min.x, min.y + size.y), view.colors->card_border, css_px(1));
}

// The drawer's handle: a button's height and padding, slimmer on a short screen.
float drawer_handle_height(bool short_screen) {
  return short_screen ? ImGui::GetFontSize() + em(0.5f) : ImGui::GetFrameHeight() + em(0.5f);
}

// Narrow screens: the findings in a drawer under the form, opened from its handle or the status.
void findings_drawer(EditorView& view, bool short_screen) {
  const float handle = drawer_handle_height(short_screen);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, view.colors->card);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(0.8f), short_screen ? em(0.15f) : em(0.25f)));
  if (short_screen) ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, em(0.1f)));
  if (ImGui::BeginChild("##drawer-handle", ImVec2(0, handle), ImGuiChildFlags_AlwaysUseWindowPadding, kTabThrough)) {
    // With the status where it fits; else the top bar's pill says it (never a cut label).
    const char* action = ui_text(view.findings_drawer_open ? "ui.findings.hide" : "ui.findings.show");
    std::string label = std::string(action) + "  ·  " + view.session.status_text();
    if (ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2 > ImGui::GetContentRegionAvail().x) {
      label = action;
    }
    if (form_button(view, label.c_str(), "button#drawer")) view.findings_drawer_open = !view.findings_drawer_open;
  }
  ImGui::EndChild();
  ImGui::PopStyleVar(short_screen ? 2 : 1);
  ImGui::PopStyleColor();
  if (view.findings_drawer_open) findings_region(view, ImVec2(0, 0));
}

void record_focus(EditorView& view) {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  auto name_of = [&view](ImGuiID id) {
    auto it = view.names.find(id);
    return it == view.names.end() ? std::string() : it->second;
  };
  const std::string focused = name_of(g.NavId);
  // A widget the focus left (not for its own list or calendar) shows what it lacks as missing.
  const std::string& before = view.focused_name;
  if (!before.empty() && focused != before && focused.rfind(before + "#", 0) != 0) view.session.widget_left(before);
  view.focused_name = focused;
  view.active_name = name_of(g.ActiveId);
}

// Tells assistive technology what has the focus when the focus moves, not as the focused field's
// value changes under the typing; again when a date's ISO form comes to be offered (Speech::offer);
// and a field tidied as it was left, with its place, before that: the focus has moved on by then.
void speak(EditorView& view) {
  std::string note;
  if (const std::optional<TidiedField>& tidied = view.session.tidied()) {
    const std::string place = place_text(finding_target(tidied->pointer, view.session.agreement()));
    const std::string* now = text_value_at(view.session.agreement(), tidied->pointer);
    note = ui_text("ui.a11y.tidied", {{"field", place}, {"before", tidied->before}, {"after", now ? *now : ""}});
  }
  const bool moved = view.speech.key != view.spoken_key || view.speech.field != view.spoken_field;
  const bool new_note = !note.empty() && note != view.spoken_note;
  const bool new_offer = !view.speech.offer.empty() && view.speech.offer != view.spoken_offer;
  view.spoken_note = note;
  view.spoken_offer = view.speech.offer;
  if (!moved && !new_note && !new_offer) return;
  view.spoken_key = view.speech.key;
  view.spoken_field = view.speech.field;
  std::string text = view.speech.text;
  if (new_note) text = text.empty() ? note : note + " " + text;
  view.platform.announce_focus(text, view.speech.field);
}

// Focus moved by the keyboard (ImGui shows its highlight then, not after a click) is shown on
// the page too; a few frames, as the form scrolls the item into view a frame after the move.
void reveal_keyboard_focus(EditorView& view) {
  constexpr int kRevealFrames = 3;
  if (view.focused_name != view.revealed_name) {
    view.revealed_name = view.focused_name;
    view.reveal_frames = ImGui::GetCurrentContext()->NavDisableHighlight ? 0 : kRevealFrames;
  }
  if (view.reveal_frames <= 0 || view.focused_name.empty()) return;
  --view.reveal_frames;
  auto rect = view.rects.find(view.focused_name);
  if (rect != view.rects.end()) view.platform.reveal_on_page(rect->second.x, rect->second.y, rect->second.z, rect->second.w);
  if (view.reveal_frames > 0) view.platform.wake_after(0);
}

}  // namespace

void step_history(EditorView& view, bool redo) {
  if (!(redo ? view.session.redo() : view.session.undo())) return;
  const std::string& field = view.session.document().stepped_field();
  if (field.empty()) return;  // New, Open, a sample: the whole agreement
  const FindingTarget target = finding_target(field, view.session.agreement());
  // A row added, moved, duplicated or deleted (EditorDocument::set_last_step_places): its first
  // cell, as a new row's; a row deleted again, the one that took its place.
  const std::string list(parent_pointer(field));
  const std::optional<std::size_t> row = list_index(last_token(field));
  const bool partners = list == "/bip/partnerHeis";
  if (row && (partners || list_kind_named(last_token(list)))) {
    const std::size_t count = view.session.row_count(list);
    if (count == 0) {
      view.focus = {list, list, std::nullopt, target.section, 6};
      return;
    }
    const std::size_t shown = std::min(*row, count - 1);
    const std::string cell = list + "/" + std::to_string(shown) + (partners ? "/heiId" : "/losCode");
    view.focus = {cell, list, shown, target.section, 6};
    return;
  }
  view.focus = {target.field, target.list, target.row, target.section, 6};
}

void record_item(EditorView& view, const std::string& name) {
  if (ImGui::GetItemID() != 0) view.names[ImGui::GetItemID()] = name;
  // A window ImGui is still sizing (a popup's first frame) is not drawn and its items are not
  // where they will be: nothing in it can be seen or clicked yet.
  if (ImGui::GetCurrentWindowRead()->Hidden) return;
  const float scale = css_px();
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 size = ImGui::GetItemRectSize();
  view.rects[name] = ImVec4(min.x / scale, min.y / scale, size.x / scale, size.y / scale);
}

void draw_editor(EditorView& view) {
  view.colors = &apply_editor_colors(view.theme);
  view.rects.clear();
  view.marks.clear();
  view.texts.clear();
  view.names.clear();
  view.open_popups.clear();
  view.speech = {};
  handle_shortcuts(view);

  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
  ImGui::Begin("##editor", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse |
                   ImGuiWindowFlags_NoBackground);  // the canvas is cleared to this colour
  ImGui::PopStyleVar(2);

  // The top bar grows to two lines when it does not fit in one (narrow screens). On a short
  // screen (a laptop at 200 % zoom) its padding and buttons are slimmer: the form needs the height.
  const bool short_screen = viewport->Size.y / css_px() < kShortScreenCss;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, view.colors->card);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(0.8f), em(short_screen ? 0.2f : 0.5f)));
  if (short_screen) ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, em(0.1f)));
  if (ImGui::BeginChild("##top-bar", ImVec2(0, 0),
                        ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding, kTabThrough)) {
    draw_top_bar(view);
  }
  ImGui::EndChild();
  ImGui::PopStyleVar(short_screen ? 2 : 1);
  ImGui::PopStyleColor();
  const ImVec2 bar_min = ImGui::GetItemRectMin(), bar_max = ImGui::GetItemRectMax();
  // The bar's height settles a frame after it wraps to more lines (AutoResizeY): draw that frame
  // now, or what its last line holds stays under the form until the next input.
  if (bar_max.y - bar_min.y != view.top_bar_height) {
    view.top_bar_height = bar_max.y - bar_min.y;
    view.platform.wake_after(0);
  }
  ImGui::GetWindowDrawList()->AddLine(ImVec2(bar_min.x, bar_max.y), bar_max, view.colors->card_border, css_px(1));
  // Whatever changed the agreement since the last frame (undo or redo by shortcut or button, the
  // page's setDocument, a dropped file), the field being edited shows the agreement's text.
  view.reload_active_text = view.session.document().revision() != view.drawn_revision;

  const ImVec2 body = ImGui::GetContentRegionAvail();
  ImRect form;
  if (body.x / css_px() >= kWideLayoutCss) {
    view.message_strip = {};
    const float panel = std::clamp(body.x * 0.3f, em(20), em(30));
    form = form_region(view, ImVec2(body.x - panel, body.y));
    ImGui::SameLine(0, 0);
    findings_region(view, ImVec2(panel, body.y));
  } else {
    const float handle = drawer_handle_height(short_screen);
    const float drawer = view.findings_drawer_open ? body.y * 0.45f : 0;
    // No room beside the form: the focused field's messages go in a strip of their own under it
    // (form_widgets' message box), as high as they were in the last frame, where they hide no field.
    const float strip = std::min(view.message_strip.height, body.y * 0.4f);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float form_height = body.y - handle - drawer - strip;
    view.message_strip.min = ImVec2(top.x, top.y + form_height);
    view.message_strip.max = ImVec2(top.x + body.x, top.y + form_height + strip);
    view.message_strip.wanted = 0;
    form = form_region(view, ImVec2(body.x, form_height));
    ImGui::Dummy(ImVec2(body.x, strip));
    findings_drawer(view, short_screen);
    view.message_strip.resized = view.message_strip.wanted != view.message_strip.height;
    if (view.message_strip.resized) {
      view.message_strip.height = view.message_strip.wanted;
      view.platform.wake_after(0);  // the form takes its new height in the next frame
    }
  }
  notices_overlay(view, form);
  draw_export_question(view);
  draw_replace_question(view);
  draw_void_question(view);
  draw_signing_dialogs(view);
  draw_xml_choice(view);
  // A field that an EWP XML export needs filled in: the form goes there, as to a finding.
  if (std::optional<std::string> field = view.session.take_field_to_show()) {
    const FindingTarget target = finding_target(*field, view.session.agreement());
    view.focus = {target.field, target.list, target.row, target.section, 6};
  }
  ImGui::End();

  record_focus(view);
  speak(view);
  reveal_keyboard_focus(view);
  view.drawn_revision = view.session.document().revision();
  if (!view.focus.field.empty() && --view.focus.frames_left <= 0) view.focus = {};
}

std::string editor_view_state_json(EditorView& view) {
  const ImGuiIO& io = ImGui::GetIO();
  const EditorStatus status = view.session.status();
  nlohmann::json state = {
      {"revision", view.session.document().revision()},
      {"checkedRevision", view.session.checked_revision()},
      {"savedRevision", view.session.saved_revision()},
      {"status", view.session.status_text()},
      {"errors", status.errors},
      {"warnings", status.warnings},
      {"invalidEntries", status.invalid_entries},
      {"ready", status.ready()},
      {"fieldsToFill", status.fields_to_fill},
      {"unexported", view.session.has_unexported_changes()},
      {"exports", view.session.export_count()},
      {"readOnly", view.session.read_only()},
      {"theme", view.theme == Theme::Light ? "light" : "dark"},
      {"language", ui_language()},
      {"languageLoading", view.session.language_loading()},
      {"focused", view.focused_name},
      {"active", view.active_name},
      {"wantTextInput", io.WantTextInput},
      {"formScrollY", view.form_scroll_y},
      {"canUndo", view.session.document().can_undo()},
      {"canRedo", view.session.document().can_redo()},
      {"popups", view.open_popups},
      {"tidied", view.session.tidied() ? view.session.tidied()->pointer : std::string()},
      {"signedFingerprint", view.sign_dialog.fingerprint},
      {"compareAnswer", view.compare_dialog.answered ? view.compare_dialog.answer.text : std::string()},
  };
  nlohmann::json notices = nlohmann::json::array();
  for (const Notice& notice : view.session.notices()) notices.push_back(notice.text);
  state["notices"] = std::move(notices);
  nlohmann::json rects = nlohmann::json::object();
  for (const auto& [name, r] : view.rects) rects[name] = {r.x, r.y, r.z, r.w};
  state["rects"] = std::move(rects);
  nlohmann::json marks = nlohmann::json::object();
  for (const auto& [name, look] : view.marks) marks[name] = look;
  state["marks"] = std::move(marks);
  nlohmann::json texts = nlohmann::json::object();
  for (const auto& [name, text] : view.texts) texts[name] = text;
  state["texts"] = std::move(texts);
  return json_text(state);
}

}  // namespace la

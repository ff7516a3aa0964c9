// The editor's window: a top bar, the form in the official order, the findings beside it (or in
// a drawer on narrow screens), notices and dialogs. EditorView holds every piece of view state
// (what is focused, open, flashing, which table row shows its details); draw_editor() draws one
// frame of it over an EditorSession.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "ui/editor_platform.hpp"
#include "ui/editor_session.hpp"
#include "ui/editor_style.hpp"
#include "ui/finding_locations.hpp"
#include "ui/theme_choice.hpp"

namespace la {

struct EditorView {
  EditorView(EditorSession& s, EditorPlatform& p)
      : session(s), platform(p), theme(starts_dark(p) ? Theme::Dark : Theme::Light) {}

  EditorSession& session;
  EditorPlatform& platform;
  Theme theme = Theme::Light;
  const EditorColors* colors = nullptr;

  // Going to a finding: the widget to focus (or section header to scroll to) once it is drawn.
  struct FocusRequest {
    std::string field;  // a widget's pointer or a section anchor ("#student"); empty: none
    std::string list;   // its table, to draw its row even if scrolled away
    std::optional<std::size_t> row;
    FormSection section = FormSection::Document;
    int frames_left = 0;  // a request that finds no widget gives up
  } focus;
  std::string centre_field;  // the widget just jumped to, to bring up to a third of the form
  int centre_after_frames = 0;
  std::string flash_field;  // the widget just jumped to, ringed for a moment
  double flash_until_ms = 0;
  // The text field ("##/student/givenNames") that just left out a character no agreement file can
  // carry (XML 1.0), and until when it says so.
  std::string refused_widget;
  double refused_until_ms = 0;
  // The agreement changed under the active text field since the last frame ended (drawn_revision):
  // the field takes the agreement's text again (form_widgets), which ImGui 1.90.1 cannot reload.
  bool reload_active_text = false;
  std::uint64_t drawn_revision = 0;

  std::map<std::string, std::size_t> details_row;  // per table: the row whose details are open
  std::map<std::string, float> card_heights;       // per section card: last frame's height
  std::map<std::string, bool> unused_open;         // unused lists shown expanded

  // The open picker (one at a time): what was typed into its search and which choice is lit.
  struct PickerState {
    std::string filter;
    int highlight = 0;
    bool scroll_to_highlight = false;
  } picker;
  struct CalendarState {
    int year = 0, month = 0;
  } calendar;

  // The findings panel's messages and their heights, per revision, language and width.
  struct FindingsCache {
    std::uint64_t revision = ~std::uint64_t{0};
    std::string language;
    float width = 0;
    std::vector<std::string> messages, places;
    std::vector<float> heights;
  } findings_cache;

  // The item the keyboard moved to is shown on the page for a few frames, while the form scrolls
  // it into view (EditorPlatform::reveal_on_page).
  std::string revealed_name;
  int reveal_frames = 0;
  float top_bar_height = 0;  // as drawn in the last frame (draw_editor)

  // What assistive technology is told about the item with the keyboard focus, since a screen
  // reader cannot read the canvas: set by that item while it is drawn (speak_if_focused), spoken
  // by the page when the focus moves (EditorPlatform::announce_focus).
  struct Speech {
    std::string key;    // which item has the focus (in an open picker: which choice is lit)
    std::string text;   // "Student · E-mail. ana@example. Error: …"
    std::string value;  // what the focused field shows, set by its widget before mark_field
    std::string field;  // the name of the text field being edited: the hidden textarea's label
    ImGuiID editing = 0;  // the text input being edited, set by it before mark_field
    std::string offer;  // the focused date's ISO form offered, also in text: said as it appears
  } speech;
  std::string spoken_key, spoken_field, spoken_note, spoken_offer;

  // The sign dialog (view_signing_dialogs.hpp): open while `party` is set; the signer as typed,
  // why the last try was refused, and once signed the fingerprint to keep.
  struct SignDialog {
    std::optional<Party> party;
    Signer signer;
    std::string error, fingerprint;
    bool just_opened = false;
  } sign_dialog;
  // "Compare with my copy": the section and party compared, the fingerprint typed, the answer.
  struct CompareDialog {
    std::optional<Section> section;
    Party party = Party::Student;
    std::string kept;
    EditorSession::Comparison answer;
    bool answered = false, just_opened = false;
  } compare_dialog;

  // The open form of the changes proposal (view_proposal.cpp): deleting one of a list's
  // components with a reason, or adding one. Its texts are the student's until the step is taken.
  struct ProposalForm {
    std::string list;               // the list's field ("componentsStudied"); empty: no form open
    std::optional<std::size_t> row;  // deleting: the component's place in the list as it stands; none: adding
    std::size_t shown_row = 0;      // deleting: its row in the difference shown
    std::string reason_code, reason_text, code, title, credits;
    std::string refusal;  // message key: why the last try was refused
  } proposal_form;

  bool findings_drawer_open = false;  // narrow screens
  bool confirm_export = false;
  float form_scroll_y = 0;
  float notices_height = 0;
  // Narrow screens: the strip under the form that shows the focused field's messages (none: an
  // empty box). Its height is the box's in the last frame; resized: it changed in the last frame.
  struct MessageStrip {
    ImVec2 min, max;
    float height = 0, wanted = 0;
    bool resized = false;
  } message_strip;
  float page_right = 0;      // the right edge of the form's page (screen px): the message box goes beyond it  // last frame's, to place them over the foot of the form
  std::uint64_t shown_replacements = 0;  // EditorSession::replacements() the form has started at the top for

  // What tests read (editor_view_state_json): where items are, in CSS pixels, and which one has
  // the keyboard focus. Rebuilt every frame from what was drawn.
  std::map<std::string, ImVec4> rects;
  std::map<std::string, const char*> marks;  // how each marked field looks: "error", "warning", "toFill"
  std::map<std::string, std::string> texts;  // what lines of text say (view_proposal.hpp, spoken_line)
  std::map<ImGuiID, std::string> names;
  std::string focused_name, active_name;
  std::vector<std::string> open_popups;
};

void draw_editor(EditorView& view);
// Undo (or redo) by shortcut or button: the field it changed is brought into view and focused.
void step_history(EditorView& view, bool redo);
// Records the last item under `name` for the tests (rectangle, id).
void record_item(EditorView& view, const std::string& name);
// The view's state for tests and the benchmark, as JSON.
std::string editor_view_state_json(EditorView& view);

}  // namespace la

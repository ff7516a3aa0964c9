// Text entry through a hidden, positioned <textarea>: typing, dead keys, IME, on-screen keyboards.
//
// ImGui cannot talk to an input method; a textarea can. While ImGui wants text the textarea sits
// at the caret (PlatformImeData.InputPos) with focus, so the browser composes dead keys and AltGr,
// runs IME composition (its candidate window opens at the caret and the preedit shows in the
// textarea itself), shows the on-screen keyboard and autocorrects. web_bridge.js sends only
// committed, NFC-normalised text, as "delete n characters, insert this" edits of what the
// textarea holds, which is how on-screen keyboards replace words and delete.
#include "platform/web/web_text_entry.hpp"

#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <string>

#include "platform/web/web_canvas.hpp"
#include "platform/web/web_frame_schedule.hpp"

extern "C" {
void la_web_text_entry_update(int wants_text, double x, double y, double line_height);
void la_web_text_entry_reset();
int la_web_text_entry_focused();
}

namespace la::web::text_entry {
namespace {

struct TextEntryState {
  bool composing = false;
  ImGuiID active_field = 0;
};
TextEntryState g_text_entry;

}  // namespace

void after_frame() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  // Set by an active InputText during this frame; io.WantTextInput only follows next frame.
  const bool wants_text = g.WantTextInputNextFrame == 1;
  if (g.ActiveId != g_text_entry.active_field) {
    g_text_entry.active_field = g.ActiveId;
    reset();
  }
  const float dpr = canvas::size().dpr;
  const ImGuiPlatformImeData& ime = g.PlatformImeData;
  const float x = ime.WantVisible ? ime.InputPos.x / dpr : 0.0f;
  const float y = ime.WantVisible ? ime.InputPos.y / dpr : 0.0f;
  const float line = ime.WantVisible ? ime.InputLineHeight / dpr : ImGui::GetFontSize() / dpr;
  la_web_text_entry_update(wants_text ? 1 : 0, x, y, line);
}

void reset() {
  if (!g_text_entry.composing) la_web_text_entry_reset();
}

bool focused() { return la_web_text_entry_focused() != 0; }

bool editing() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  return g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId;
}

int field_state() {
  if (!editing()) return 0;
  const ImGuiInputTextState& state = ImGui::GetCurrentContext()->InputTextState;
  return kFieldEdited | (state.HasSelection() ? kFieldHasSelection : 0) |
         ((state.Flags & ImGuiInputTextFlags_ReadOnly) ? 0 : kFieldEditable);
}

}  // namespace la::web::text_entry

extern "C" EMSCRIPTEN_KEEPALIVE void la_web_on_text_edit(int deleted, const char* inserted) {
  ImGuiIO& io = ImGui::GetIO();
  // On-screen keyboards delete and replace through the textarea; ImGui gets the same edit.
  for (int i = 0; i < deleted; ++i) {
    io.AddKeyEvent(ImGuiKey_Backspace, true);
    io.AddKeyEvent(ImGuiKey_Backspace, false);
  }
  io.AddInputCharactersUTF8(inserted);
  la::web::schedule::after_input();
}

extern "C" EMSCRIPTEN_KEEPALIVE void la_web_on_composition(int active) {
  la::web::text_entry::g_text_entry.composing = active != 0;
  la::web::schedule::after_input();
}

// The text of the field being edited, for the browser's text menu (web_bridge.js), with its
// selection in *start and *end as a textarea counts (UTF-16 units: ImGui keeps 16-bit
// characters). "" when no field is being edited. Valid until the next call.
extern "C" EMSCRIPTEN_KEEPALIVE const char* la_web_field_text(int* start, int* end) {
  static std::string text;
  text.clear();
  *start = *end = 0;
  if (!la::web::text_entry::editing()) return text.c_str();
  const ImGuiInputTextState& state = ImGui::GetCurrentContext()->InputTextState;
  text.resize(static_cast<std::size_t>(state.CurLenW) * 3 + 1);
  const int bytes = ImTextStrToUtf8(text.data(), static_cast<int>(text.size()), state.TextW.Data,
                                    state.TextW.Data + state.CurLenW);
  text.resize(static_cast<std::size_t>(bytes));
  *start = ImMin(state.GetSelectionStart(), state.GetSelectionEnd());
  *end = ImMax(state.GetSelectionStart(), state.GetSelectionEnd());
  return text.c_str();
}

// text_entry::field_state() for web_bridge.js's touch text menu.
extern "C" EMSCRIPTEN_KEEPALIVE int la_web_text_field_state() { return la::web::text_entry::field_state(); }

// Clipboard: ImGui's copy, cut and paste through the browser's clipboard events.
//
// Ctrl/Cmd+C, X and V are left to the browser (web_input.cpp), which fires copy, cut and paste
// on the focused element without any permission prompt, in iframes too. web_bridge.js hands each
// event here while it is being dispatched: for copy and cut ImGui runs one frame at once with the
// shortcut pressed, and the text its SetClipboardText gives goes into event.clipboardData; for
// paste the event's text becomes the clipboard ImGui reads during its Ctrl+V frame.
// ImGui::SetClipboardText outside those events (a "Copy" button, the touch text menu's Copy)
// uses navigator.clipboard.
#include "platform/web/web_clipboard.hpp"

#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <string>

#include "platform/web/web_input.hpp"
#include "platform/web/web_text_entry.hpp"

extern "C" int la_web_clipboard_write(const char* text);

namespace la::web::clipboard {
namespace {

struct ClipboardState {
  std::string text;  // the last text copied or pasted: what ImGui pastes
  std::string pasted;  // the last paste as it came
};
ClipboardState g_clipboard;

void set_text(void*, const char* text) {
  g_clipboard.text = text;
  la_web_clipboard_write(text);
}

const char* get_text(void*) { return g_clipboard.text.c_str(); }

// What a paste puts into the field being edited. ImGui drops tabs, and line breaks in a
// one-line field, gluing the words ("Żółć\tKowalski" became "ŻółćKowalski"): as a browser's
// own input does, each tab becomes a space, and in a one-line field each line break too. The line
// break that ends a copied spreadsheet cell or line is dropped there: it would leave a space.
std::string pasted_text(std::string text) {
  const bool multiline =
      text_entry::editing() && (ImGui::GetCurrentContext()->InputTextState.Flags & ImGuiInputTextFlags_Multiline);
  while (!multiline && !text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // CR LF: one break
    const bool line_break = c == '\n' || c == '\r';
    out += c == '\t' || (line_break && !multiline) ? ' ' : (line_break ? '\n' : c);
  }
  return out;
}

}  // namespace

void install() {
  ImGuiIO& io = ImGui::GetIO();
  io.SetClipboardTextFn = set_text;
  io.GetClipboardTextFn = get_text;
  io.ClipboardUserData = nullptr;
}

const std::string& pasted() { return g_clipboard.pasted; }

}  // namespace la::web::clipboard

// Text commands of the browser's clipboard events and of the touch text menu (web_bridge.js):
// 0 copy, 1 cut, 2 paste (text: what is pasted), 3 select all; each in a frame of its own, now.
extern "C" EMSCRIPTEN_KEEPALIVE void la_web_on_text_command(int command, const char* text) {
  using namespace la::web;
  switch (command) {
    case 0: input::press_shortcut_now(ImGuiKey_C); break;
    case 1: input::press_shortcut_now(ImGuiKey_X); break;
    case 2:
      clipboard::g_clipboard.pasted = text ? text : "";
      clipboard::g_clipboard.text = clipboard::pasted_text(clipboard::g_clipboard.pasted);
      input::press_shortcut_now(ImGuiKey_V);
      break;
    case 3: input::press_shortcut_now(ImGuiKey_A); break;
    default: break;
  }
}

// Keyboard, mouse, wheel and touch of one editor, bound to its own elements, fed to ImGui.
//
// Keyboard: html5.h keydown/keyup on the editor's container ("!la-editor"), so keys reach this
// editor only while focus is inside it; other inputs and other editors on the page keep theirs.
// Keys that produce text are left to the hidden textarea (web_text_entry.cpp) and not
// preventDefault-ed; Ctrl/Cmd+C/X/V are left to the browser so that its clipboard events fire
// (web_clipboard.cpp). Shortcuts follow the character on the key (e.key), so Ctrl+Z is undo on
// AZERTY too, and fall back to the key's position (e.code) for non-Latin layouts.
// Pointer: pointer events from web_bridge.js (mouse, pen, touch with canvas-relative positions).
// Touch: a tap clicks, a one-finger drag scrolls, a long press then drag drags; a long press held
// still on a text field opens the touch text menu (web_bridge.js).
#include "platform/web/web_input.hpp"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cfloat>
#include <cmath>
#include <cstring>
#include <initializer_list>

#include "platform/web/web_canvas.hpp"
#include "platform/web/web_frame_schedule.hpp"
#include "platform/web/web_text_entry.hpp"

extern "C" void la_web_set_cursor(const char* name);

namespace la::web::input {
namespace {

// kMenu: the long press opened the touch text menu; ImGui sees nothing more of this touch.
enum class Touch { kNone, kPending, kScrolling, kPressed, kMenu };

struct InputState {
  bool apple = false;
  bool busy = false;
  // Modifiers as the last key event reported them (ImGui's io.Key* lag by a frame).
  bool ctrl = false;
  bool super = false;
  double last_pointer_move_ms = -1e9;
  Touch touch = Touch::kNone;
  float touch_start_x = 0;
  float touch_start_y = 0;
  float touch_last_y = 0;
  float touch_last_x = 0;
  double touch_start_ms = 0;
  // The right button went down on a text field: it is the browser's text menu's, not ImGui's.
  bool right_for_text_menu = false;
  // Escape was pressed with nothing left to close: the next Tab leaves the editor.
  bool tab_leaves = false;
  // Escape was pressed in a text field: the next frame lets go of it, keeping its text.
  bool leave_text_field = false;
};
InputState g_input;

struct KeyName {
  const char* code;
  ImGuiKey key;
};
// KeyboardEvent.code of keys without a character, and of character keys for non-Latin layouts.
const KeyName kKeysByCode[] = {
    {"Backspace", ImGuiKey_Backspace}, {"Tab", ImGuiKey_Tab}, {"Enter", ImGuiKey_Enter},
    {"NumpadEnter", ImGuiKey_KeypadEnter}, {"Escape", ImGuiKey_Escape}, {"Space", ImGuiKey_Space},
    {"Delete", ImGuiKey_Delete}, {"Insert", ImGuiKey_Insert}, {"Home", ImGuiKey_Home},
    {"End", ImGuiKey_End}, {"PageUp", ImGuiKey_PageUp}, {"PageDown", ImGuiKey_PageDown},
    {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
    {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow},
    {"ShiftLeft", ImGuiKey_LeftShift}, {"ShiftRight", ImGuiKey_RightShift},
    {"ControlLeft", ImGuiKey_LeftCtrl}, {"ControlRight", ImGuiKey_RightCtrl},
    {"AltLeft", ImGuiKey_LeftAlt}, {"AltRight", ImGuiKey_RightAlt},
    {"MetaLeft", ImGuiKey_LeftSuper}, {"MetaRight", ImGuiKey_RightSuper},
    {"ContextMenu", ImGuiKey_Menu}, {"CapsLock", ImGuiKey_CapsLock},
    {"Minus", ImGuiKey_Minus}, {"Equal", ImGuiKey_Equal}, {"Comma", ImGuiKey_Comma},
    {"Period", ImGuiKey_Period}, {"Slash", ImGuiKey_Slash}, {"Semicolon", ImGuiKey_Semicolon},
    {"Quote", ImGuiKey_Apostrophe}, {"Backquote", ImGuiKey_GraveAccent},
    {"Backslash", ImGuiKey_Backslash}, {"BracketLeft", ImGuiKey_LeftBracket},
    {"BracketRight", ImGuiKey_RightBracket},
    {"F1", ImGuiKey_F1}, {"F2", ImGuiKey_F2}, {"F3", ImGuiKey_F3}, {"F4", ImGuiKey_F4},
    {"F6", ImGuiKey_F6}, {"F7", ImGuiKey_F7}, {"F8", ImGuiKey_F8}, {"F9", ImGuiKey_F9},
    {"F10", ImGuiKey_F10},  // F5 (reload), F11 (full screen), F12 (tools) stay the browser's
};

ImGuiKey key_from_event(const EmscriptenKeyboardEvent& e) {
  const char* key = e.key;
  if (key[0] && !key[1]) {
    const char c = key[0];
    if (c >= 'a' && c <= 'z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'a'));
    if (c >= 'A' && c <= 'Z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'A'));
    if (c >= '0' && c <= '9') return static_cast<ImGuiKey>(ImGuiKey_0 + (c - '0'));
  }
  const char* code = e.code;
  if (std::strncmp(code, "Key", 3) == 0 && code[3] >= 'A' && code[3] <= 'Z' && !code[4]) {
    return static_cast<ImGuiKey>(ImGuiKey_A + (code[3] - 'A'));
  }
  if (std::strncmp(code, "Digit", 5) == 0 && code[5] >= '0' && code[5] <= '9' && !code[6]) {
    return static_cast<ImGuiKey>(ImGuiKey_0 + (code[5] - '0'));
  }
  for (const KeyName& k : kKeysByCode) {
    if (std::strcmp(code, k.code) == 0) return k.key;
  }
  return ImGuiKey_None;
}

// True for a key event whose default action types a character into the textarea.
bool types_text(const EmscriptenKeyboardEvent& e) {
  if (std::strcmp(e.key, "Dead") == 0) return true;
  // One character (any script, up to 4 UTF-8 bytes), not a named key such as "Enter".
  const unsigned char first = static_cast<unsigned char>(e.key[0]);
  const size_t length = std::strlen(e.key);
  const size_t expected = first < 0x80 ? 1 : first < 0xE0 ? 2 : first < 0xF0 ? 3 : 4;
  if (length != expected) return false;
  // AltGr arrives as Ctrl+Alt on Windows and still types (e.g. "@" on a Polish keyboard).
  const bool command = (e.ctrlKey && !e.altKey) || e.metaKey;
  return !command;
}

void feed_modifiers(const EmscriptenKeyboardEvent& e) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, e.ctrlKey);
  io.AddKeyEvent(ImGuiMod_Shift, e.shiftKey);
  io.AddKeyEvent(ImGuiMod_Alt, e.altKey);
  io.AddKeyEvent(ImGuiMod_Super, e.metaKey);
  g_input.ctrl = e.ctrlKey;
  g_input.super = e.metaKey;
}

// Runs frames now until ImGui has taken every queued input event (bounded, should no frame run).
// ImGui's input queue trickles: an event still queued holds back the ones after it by a frame,
// which is too late for work that must happen inside a browser event (a clipboard event, a
// press that opens a menu).
void take_queued_input() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  for (int i = 0; i < 32 && g.InputEventsQueue.Size > 0; ++i) schedule::frame_now();
}

// ImGui's navigation has work left from an input: a Tab or arrow move to score or apply (a
// field tabbed to becomes active on the frame after the Tab), an item to activate, the first
// item of a popup just opened to find, or input still queued.
bool navigation_pending() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  return g.NavMoveSubmitted || g.NavMoveScoringItems || g.NavNextActivateId != 0 || g.NavInitRequest ||
         g.NavInitResult.ID != 0 || g.InputEventsQueue.Size > 0;
}

// Runs frames now, inside the browser event, until what a key or a click started has happened:
// the focus has moved, a list has opened and its search box has taken the focus, a new row's
// first field is being edited. The textarea follows the field at each frame (web_text_entry),
// so the next key, which the browser sends only after this event, reaches what has the focus
// now, as in a DOM form. Keys cannot wait in ImGui's queue instead: it would hand characters to
// the field that was active when their frame ran, or to none in the frames while the focus
// moves, and a key pressed on the canvas never becomes a character. Until the navigation is
// idle and a frame draws what the one before did (a popup sizes itself on its second frame, a
// view's focus request takes a frame), at least two frames, bounded should the UI keep changing.
void apply_now() {
  constexpr int kMinFrames = 2;
  constexpr int kMaxFrames = 8;
  for (int i = 0; i < kMaxFrames; ++i) {
    const bool changing = schedule::frame_now();
    if (i + 1 >= kMinFrames && !changing && !navigation_pending() && !g_input.leave_text_field) return;
  }
}

// A key that may move the focus, pressed and applied at once (apply_now). ImGui sees it released
// after its first frame, however long the frames take: held down through them, it would repeat
// (a second Tab, an Enter that picks in the list it just opened) although the key was let go long
// ago, its keyup waiting behind this event. A key held down comes again as the browser's repeats.
void press_and_apply(ImGuiKey key) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(key, true);
  schedule::frame_now();
  io.AddKeyEvent(key, false);
  apply_now();
}

bool is_modifier(ImGuiKey key) {
  return key == ImGuiKey_LeftShift || key == ImGuiKey_RightShift || key == ImGuiKey_LeftCtrl ||
         key == ImGuiKey_RightCtrl || key == ImGuiKey_LeftAlt || key == ImGuiKey_RightAlt ||
         key == ImGuiKey_LeftSuper || key == ImGuiKey_RightSuper;
}

// Whether an Escape pressed now would close nothing: no popup open, no field being edited.
bool nothing_to_close() {
  take_queued_input();  // the keys before this one first
  if (g_input.leave_text_field) schedule::frame_now();  // and a field left with Escape
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  return g.OpenPopupStack.Size == 0 && g.ActiveId == 0;
}

// A text field is being edited, and no popup is open.
bool editing_text_outside_popups() {
  return text_entry::editing() && ImGui::GetCurrentContext()->OpenPopupStack.Size == 0;
}

// After this key the focus may be elsewhere, or a list open or closed: Tab, Enter (leaves a field,
// opens a list, picks), Escape, shortcuts (undo and redo focus the field they change), and any
// key on a control rather than in a text field (arrows move the focus in lists and the calendar).
bool may_move_focus(ImGuiKey key, const EmscriptenKeyboardEvent& e) {
  if (key == ImGuiKey_Tab || key == ImGuiKey_Enter || key == ImGuiKey_KeypadEnter || key == ImGuiKey_Escape) return true;
  return e.ctrlKey || e.metaKey || !text_entry::editing();
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void*) {
  // 229 / "Process": the key belongs to an IME composition; its result arrives as text.
  if (e->keyCode == 229 || std::strcmp(e->key, "Process") == 0) return EM_FALSE;
  const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
  const ImGuiKey key = key_from_event(*e);
  // A key that ImGui takes as a key comes after everything typed before it, in a frame of its
  // own: ImGui would hand a key and the characters of one frame to a field in its own order,
  // and a field acts on one editing key per frame (Left and Backspace together: one is lost).
  const bool through_textarea = types_text(*e) && text_entry::focused();
  if (down && !through_textarea && key != ImGuiKey_None && !is_modifier(key)) take_queued_input();
  // Tab moves between the editor's controls, so a keyboard could not leave it (a trap, WCAG
  // 2.1.2). Escape with nothing left to close, then Tab (or Shift+Tab), is the browser's Tab
  // again: the focus goes on to the page's next (or previous) element.
  if (down && key == ImGuiKey_Tab && g_input.tab_leaves) {
    g_input.tab_leaves = false;
    return EM_FALSE;  // neither ImGui's nor prevented
  }
  if (down && !is_modifier(key)) g_input.tab_leaves = key == ImGuiKey_Escape && nothing_to_close();
  if (down && key == ImGuiKey_Escape && editing_text_outside_popups()) {
    // Escape in a web form's field does not erase it; ImGui's Escape would put back the text
    // the field had before. Let go of the field instead (a popup's search box keeps ImGui's
    // Escape, which closes the popup).
    g_input.leave_text_field = true;
    apply_now();
    return EM_TRUE;
  }
  feed_modifiers(*e);
  const bool shortcut_mod = g_input.apple ? (e->metaKey && !e->ctrlKey) : (e->ctrlKey && !e->metaKey);
  if (shortcut_mod && !e->altKey && (key == ImGuiKey_C || key == ImGuiKey_X || key == ImGuiKey_V)) {
    // The browser turns these into copy/cut/paste events; web_clipboard.cpp answers those.
    schedule::after_input();
    return EM_FALSE;
  }
  schedule::after_input();
  if (types_text(*e)) {
    // The character reaches ImGui through the textarea's input event, and only that: a key
    // event between characters would make ImGui take one character per frame (its input queue
    // "trickles" interleaved keys and text). Without a text field (focus on the canvas) the key
    // matters (Space activates) and must not scroll the page.
    if (text_entry::focused()) {
      // A key pressed while the canvas had focus is still released in ImGui.
      if (!down && key != ImGuiKey_None && ImGui::IsKeyDown(key)) ImGui::GetIO().AddKeyEvent(key, false);
      return EM_FALSE;
    }
    if (down && key == ImGuiKey_Space) {
      press_and_apply(key);  // Space on a control opens, picks or toggles
    } else if (key != ImGuiKey_None) {
      ImGui::GetIO().AddKeyEvent(key, down);
    }
    return key == ImGuiKey_Space ? EM_TRUE : EM_FALSE;
  }
  if (key == ImGuiKey_None) return EM_FALSE;  // browser keys (F5, F12, ...) stay the browser's
  const bool modifier_only = is_modifier(key);
  if (down && !modifier_only) text_entry::reset();  // the caret moves: start a fresh mirror
  if (down && !modifier_only && may_move_focus(key, *e)) {
    press_and_apply(key);
  } else {
    ImGui::GetIO().AddKeyEvent(key, down);
  }
  return modifier_only ? EM_FALSE : EM_TRUE;
}

// Would a vertical wheel turn (deltaY > 0: down) scroll something in the editor? The window
// found as ImGui's UpdateMouseWheel finds it: the hovered one, or the first parent that scrolls.
bool wheel_scrolls_editor(double delta_y) {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.OpenPopupStack.Size > 0) return true;  // a list is open: the page must not move under it
  ImGuiWindow* window = g.HoveredWindow;
  while (window && (window->Flags & ImGuiWindowFlags_ChildWindow) &&
         (window->ScrollMax.y == 0.0f || (window->Flags & ImGuiWindowFlags_NoScrollWithMouse))) {
    window = window->ParentWindow;
  }
  if (!window || window->ScrollMax.y == 0.0f || (window->Flags & ImGuiWindowFlags_NoScrollWithMouse)) return false;
  return delta_y > 0 ? window->Scroll.y < window->ScrollMax.y - 0.5f : window->Scroll.y > 0.5f;
}

// A popup is open (a list, the calendar) and the pointer is not over it.
bool wheel_outside_popup() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.OpenPopupStack.Size == 0) return false;
  const ImGuiWindow* popup = g.OpenPopupStack.back().Window;
  return !popup || !g.HoveredWindow || g.HoveredWindow->RootWindow != popup->RootWindow;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
  // Beside an open popup nothing scrolls: the form would carry the popup's field away from it.
  if (wheel_outside_popup()) return EM_TRUE;
  // At the end of the form the wheel goes on to scroll the page, as a scrolling box in a web
  // page does (an editor embedded in a long university page must not trap it).
  if (std::abs(e->deltaY) > std::abs(e->deltaX) && !wheel_scrolls_editor(e->deltaY)) return EM_FALSE;
  ImGuiIO& io = ImGui::GetIO();
  const float dpr = canvas::size().dpr;
  io.AddMousePosEvent(static_cast<float>(e->mouse.targetX) * dpr,
                      static_cast<float>(e->mouse.targetY) * dpr);
  // ImGui scrolls 5 lines (of its font) per wheel unit.
  const double line_css = ImGui::GetFontSize() / dpr;
  double unit_css = 5.0 * line_css;  // DOM_DELTA_PIXEL: CSS pixels
  if (e->deltaMode == DOM_DELTA_LINE) unit_css = 5.0;
  if (e->deltaMode == DOM_DELTA_PAGE) unit_css = 5.0 * line_css / (canvas::size().height / dpr);
  io.AddMouseWheelEvent(static_cast<float>(-e->deltaX / unit_css),
                        static_cast<float>(-e->deltaY / unit_css));
  schedule::after_input();
  return EM_TRUE;  // the editor scrolls, not the page behind it
}

// Pointer event kinds from web_bridge.js.
enum PointerType { kDown = 0, kMove = 1, kUp = 2, kCancel = 3, kLeave = 4 };
constexpr float kTapSlopCss = 8.0f;
constexpr double kLongPressMs = 400.0;

void touch_event(int type, float x, float y, double time_ms) {
  ImGuiIO& io = ImGui::GetIO();
  InputState& s = g_input;
  const float dpr = canvas::size().dpr;
  switch (type) {
    case kDown:
      s.touch = Touch::kPending;
      s.touch_start_x = s.touch_last_x = x;
      s.touch_start_y = s.touch_last_y = y;
      s.touch_start_ms = time_ms;
      io.AddMousePosEvent(x * dpr, y * dpr);
      break;
    case kMove:
      if (s.touch == Touch::kPending) {
        const float moved = std::hypot(x - s.touch_start_x, y - s.touch_start_y);
        if (moved > kTapSlopCss) {
          // Held still first: a drag (slider, selection). Moved at once: a scroll.
          s.touch = time_ms - s.touch_start_ms >= kLongPressMs ? Touch::kPressed : Touch::kScrolling;
          if (s.touch == Touch::kPressed) io.AddMouseButtonEvent(0, true);
        }
      }
      if (s.touch == Touch::kScrolling) {
        const float unit_css = 5.0f * ImGui::GetFontSize() / dpr;
        io.AddMouseWheelEvent((x - s.touch_last_x) / unit_css, (y - s.touch_last_y) / unit_css);
      } else if (s.touch == Touch::kPressed) {
        io.AddMousePosEvent(x * dpr, y * dpr);
      }
      s.touch_last_x = x;
      s.touch_last_y = y;
      break;
    case kUp: {
      const bool tap = s.touch == Touch::kPending;
      if (tap) {
        take_queued_input();  // what was typed before goes to the field it was typed in
        io.AddMousePosEvent(x * dpr, y * dpr);
        io.AddMouseButtonEvent(0, true);
        schedule::frame_now();  // within the tap: a field may now focus the textarea (keyboard)
        io.AddMouseButtonEvent(0, false);
      } else if (s.touch == Touch::kPressed) {
        io.AddMouseButtonEvent(0, false);
      }
      s.touch = Touch::kNone;
      io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // a lifted finger hovers nothing
      // Still within the tap: a list it opened has focused its search box, so the on-screen
      // keyboard may open, and the keys typed next go where the tap put the focus.
      if (tap) apply_now();
      break;
    }
    default:
      if (s.touch == Touch::kPressed) io.AddMouseButtonEvent(0, false);
      s.touch = Touch::kNone;
      io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
      break;
  }
}

const char* css_cursor(ImGuiMouseCursor cursor) {
  switch (cursor) {
    case ImGuiMouseCursor_None: return "none";
    case ImGuiMouseCursor_TextInput: return "text";
    case ImGuiMouseCursor_ResizeAll: return "move";
    case ImGuiMouseCursor_ResizeNS: return "ns-resize";
    case ImGuiMouseCursor_ResizeEW: return "ew-resize";
    case ImGuiMouseCursor_ResizeNESW: return "nesw-resize";
    case ImGuiMouseCursor_ResizeNWSE: return "nwse-resize";
    case ImGuiMouseCursor_Hand: return "pointer";
    case ImGuiMouseCursor_NotAllowed: return "not-allowed";
    default: return "default";
  }
}

// A right press, or a touch's long press, on a text field is for a text menu (the browser's
// own for the right press, the touch text menu of web_bridge.js for the long press). On a field
// that is not being edited it first puts the caret there with a left click, as a browser's own
// field does, so that the menu acts on that field; on the field being edited it changes nothing,
// so that the selection stays for Copy and Cut. True when it is on a text field.
// (x, y: device px.) The frames run at once, so that the field is ready when the menu opens.
bool press_on_text_field(float x, float y) {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(x, y);
  take_queued_input();  // what is under the pointer now
  // A field being edited keeps ImGui from hovering any other item: let go of it, as the
  // browser's mousedown blurs a focused input, and look again.
  if (text_entry::editing() && g.ActiveId != g.HoveredId) {
    ImGui::ClearActiveID();
    schedule::frame_now();
  }
  if (g.MouseCursor != ImGuiMouseCursor_TextInput) return false;  // the text beam: a text field
  if (g.ActiveId != g.HoveredId) {
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
    text_entry::reset();
    schedule::frame_now();
  }
  return true;
}

}  // namespace

void bind(bool apple) {
  g_input.apple = apple;
  ImGuiIO& io = ImGui::GetIO();
  io.ConfigMacOSXBehaviors = apple;
  emscripten_set_keydown_callback("!la-editor", nullptr, EM_FALSE, on_key);
  emscripten_set_keyup_callback("!la-editor", nullptr, EM_FALSE, on_key);
  emscripten_set_wheel_callback("!la-canvas", nullptr, EM_FALSE, on_wheel);
}

void before_views() {
  // Here, between NewFrame and the field's widget, so that the widget sees itself deactivated
  // (ImGui::IsItemDeactivated) as when a click elsewhere lets go of it.
  if (!g_input.leave_text_field) return;
  g_input.leave_text_field = false;
  if (!editing_text_outside_popups()) return;
  ImGui::ClearActiveID();
  // The focus stays on the field, and shows there, so that Tab goes on from it to the next
  // one (with the focus hidden, as after a click, ImGui's Tab would take the same field again).
  ImGuiContext& g = *ImGui::GetCurrentContext();
  g.NavDisableHighlight = false;
  g.NavDisableMouseHover = true;
}

void after_frame() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  const ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
  la_web_set_cursor(g_input.busy && cursor == ImGuiMouseCursor_Arrow ? "progress" : css_cursor(cursor));
  // Delayed tooltips (IsItemHovered with a delay) need a frame once the mouse has rested.
  if (g.HoveredId != 0) {
    const double rested_ms = emscripten_get_now() - g_input.last_pointer_move_ms;
    const double stationary = g.Style.HoverStationaryDelay * 1000.0;
    for (const double delay : {g.Style.HoverDelayShort * 1000.0, g.Style.HoverDelayNormal * 1000.0}) {
      const double due = stationary + delay + 20.0;
      if (rested_ms < due) schedule::wake_after(due - rested_ms);
    }
  }
}

void press_shortcut_now(ImGuiKey key) {
  ImGuiIO& io = ImGui::GetIO();
  take_queued_input();  // else the shortcut could wait a frame, after the event that needs it
  const ImGuiKey mod = g_input.apple ? ImGuiMod_Super : ImGuiMod_Ctrl;
  const bool held = g_input.apple ? g_input.super : g_input.ctrl;
  io.AddKeyEvent(mod, true);
  io.AddKeyEvent(key, true);
  schedule::frame_now();
  io.AddKeyEvent(key, false);
  if (!held) io.AddKeyEvent(mod, false);
  schedule::after_input();
}

void set_busy(bool busy) {
  g_input.busy = busy;
  schedule::after_input();
}

}  // namespace la::web::input

// Returns 1 when a right press is for the browser's text menu (see press_on_text_field).
extern "C" EMSCRIPTEN_KEEPALIVE int la_web_on_pointer(int type, double x, double y, int button,
                                                       int kind, double time_ms) {
  using namespace la::web;
  ImGuiIO& io = ImGui::GetIO();
  const ImGuiMouseSource source = kind == 1   ? ImGuiMouseSource_TouchScreen
                                  : kind == 2 ? ImGuiMouseSource_Pen
                                              : ImGuiMouseSource_Mouse;
  io.AddMouseSourceEvent(source);
  input::g_input.last_pointer_move_ms = emscripten_get_now();
  if (type == input::kDown) input::g_input.tab_leaves = false;
  if (source == ImGuiMouseSource_TouchScreen) {
    input::touch_event(type, static_cast<float>(x), static_cast<float>(y), time_ms);
    schedule::after_input();
    return 0;
  }
  const float dpr = canvas::size().dpr;
  // DOM buttons: 0 left, 1 middle, 2 right; ImGui: 0 left, 1 right, 2 middle.
  const int imgui_button = button == 1 ? 2 : button == 2 ? 1 : button;
  if (imgui_button == ImGuiMouseButton_Right) {
    bool& menu = input::g_input.right_for_text_menu;
    if (type == input::kDown) {
      menu = input::press_on_text_field(static_cast<float>(x) * dpr, static_cast<float>(y) * dpr);
      if (menu) return 1;
    } else if (menu && (type == input::kUp || type == input::kCancel)) {
      menu = false;  // the press was the menu's: ImGui never saw it go down
      return 0;
    }
  }
  switch (type) {
    case input::kDown:
      input::take_queued_input();  // what was typed before goes to the field it was typed in
      io.AddMousePosEvent(static_cast<float>(x) * dpr, static_cast<float>(y) * dpr);
      if (imgui_button >= 0 && imgui_button < ImGuiMouseButton_COUNT) {
        io.AddMouseButtonEvent(imgui_button, true);
      }
      text_entry::reset();
      // Within the click: a text field that activates can take focus in the same gesture.
      input::apply_now();
      return 0;
    case input::kUp:
    case input::kCancel:
      io.AddMousePosEvent(static_cast<float>(x) * dpr, static_cast<float>(y) * dpr);
      if (imgui_button >= 0 && imgui_button < ImGuiMouseButton_COUNT) {
        io.AddMouseButtonEvent(imgui_button, false);
      }
      // Buttons act on release (a list opens, a row is added and its title takes the focus):
      // the keys typed next go where that put the focus.
      input::apply_now();
      return 0;
    case input::kLeave:
      if (!ImGui::IsAnyMouseDown()) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
      break;
    default:
      io.AddMousePosEvent(static_cast<float>(x) * dpr, static_cast<float>(y) * dpr);
      break;
  }
  schedule::after_input();
  return 0;
}

// A touch held still for a long press (web_bridge.js times it) at (x, y), CSS px: on a text
// field it puts the caret there and the rest of the touch is the touch text menu's. Returns
// text_field_state() then, 0 elsewhere (the touch goes on: released, a tap; moved, a drag).
extern "C" EMSCRIPTEN_KEEPALIVE int la_web_on_long_press(double x, double y) {
  using namespace la::web;
  input::InputState& s = input::g_input;
  if (s.touch != input::Touch::kPending) return 0;
  const float dpr = canvas::size().dpr;
  if (!input::press_on_text_field(static_cast<float>(x) * dpr, static_cast<float>(y) * dpr)) return 0;
  s.touch = input::Touch::kMenu;
  return text_entry::field_state();
}

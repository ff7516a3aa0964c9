// Keyboard, mouse, wheel and touch of one editor, bound to its own elements, fed to ImGui.
#pragma once

#include <imgui.h>

namespace la::web::input {

// Registers the html5.h keyboard and wheel callbacks on this editor's elements (never the
// window). apple: Cmd is the shortcut key and ImGui uses macOS text-editing conventions.
void bind(bool apple);
// At the start of each frame, before the views: lets go of a text field left with Escape.
void before_views();
// After each frame: cursor shape, wakes for hover delays.
void after_frame();
// Presses and releases key with the platform's shortcut modifier (Ctrl, or Cmd on Apple) in a
// synchronous frame, as the clipboard events need.
void press_shortcut_now(ImGuiKey key);
// Shows a progress cursor while the app is busy.
void set_busy(bool busy);

}  // namespace la::web::input

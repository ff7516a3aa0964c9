// Files embedded into the wasm at build time (UI font subset, GLSL shaders); see CMakeLists.txt.
#pragma once
#include <string_view>

namespace la {
// Returns the bytes of the embedded file with the given key ("fonts/ui_font.ttf",
// "shaders/imgui.vert", "shaders/imgui.frag"), or an empty view if there is none.
std::string_view web_asset(std::string_view key);
}  // namespace la

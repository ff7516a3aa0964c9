// The editor's look: a light theme by default and a dark one, spacing like a web form, and the
// few colours ImGui has no slot for (errors, warnings, cards, the accent).
#pragma once

#include <imgui.h>

namespace la {

enum class Theme { Light, Dark };

struct EditorColors {
  ImU32 page, card, card_border, text, muted, accent, accent_text, field_border;
  ImU32 error, warning, success, info;
  ImU32 error_soft, warning_soft, success_soft, info_soft;  // notice backgrounds
  ImU32 flash;                                             // a field just jumped to
};

// Sizes in CSS pixels, set once before the backend starts (it scales them to the screen).
void apply_editor_metrics();
// Colours: ImGui's and ours, for the theme. Cheap; called every frame.
const EditorColors& apply_editor_colors(Theme theme);

// Lengths in units of the font: the font follows devicePixelRatio and zoom, so do these.
inline float em(float ems) { return ems * ImGui::GetFontSize(); }
// One CSS pixel in device pixels (the UI font is 16 CSS px).
inline float css_px(float pixels = 1.0f) { return pixels * ImGui::GetFontSize() / 16.0f; }

}  // namespace la

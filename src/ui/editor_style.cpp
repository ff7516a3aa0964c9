// Light and dark themes and form-like spacing (editor_style.hpp).
#include "ui/editor_style.hpp"

namespace la {
namespace {

ImVec4 rgb(unsigned hex, float alpha = 1.0f) {
  return ImVec4(((hex >> 16) & 0xFF) / 255.0f, ((hex >> 8) & 0xFF) / 255.0f, (hex & 0xFF) / 255.0f, alpha);
}
ImU32 u32(unsigned hex, float alpha = 1.0f) { return ImGui::ColorConvertFloat4ToU32(rgb(hex, alpha)); }

// One palette per theme: page, card, border, text, muted text, accent, field border, states.
struct Palette {
  unsigned page, card, border, text, muted, accent, accent_hover, accent_text, field, field_border, header;
  unsigned error, warning, success, info;
  float soft;  // opacity of the states' colour behind notices
};
constexpr Palette kLight = {0xEEF1F5, 0xFFFFFF, 0xD3DAE3, 0x1D2733, 0x566170, 0x2B5FB4, 0x1F4C96, 0xFFFFFF,
                            0xFFFFFF, 0x8E9AAA, 0xE7ECF3, 0xB3261E, 0x8A5300, 0x1E7A3A, 0x2B5FB4, 0.10f};
constexpr Palette kDark = {0x14181E, 0x1D232B, 0x323C48, 0xE4E9EF, 0xA3AEBA, 0x7AA7F0, 0x9BBDF5, 0x0E1622,
                           0x11151A, 0x5A6676, 0x26303B, 0xF28B82, 0xF2BE5C, 0x7BD88F, 0x7AA7F0, 0.16f};

}  // namespace

void apply_editor_metrics() {
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowPadding = ImVec2(16, 14);
  style.FramePadding = ImVec2(8, 5);
  style.CellPadding = ImVec2(6, 4);
  style.ItemSpacing = ImVec2(10, 7);
  style.ItemInnerSpacing = ImVec2(6, 4);
  style.IndentSpacing = 18;
  style.ScrollbarSize = 14;
  style.GrabMinSize = 12;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 0;
  style.PopupBorderSize = 1;
  style.FrameBorderSize = 1;
  style.WindowRounding = 0;
  style.ChildRounding = 6;
  style.FrameRounding = 4;
  style.PopupRounding = 6;
  style.ScrollbarRounding = 6;
  style.GrabRounding = 4;
  style.TabRounding = 4;
  style.SeparatorTextBorderSize = 2;
  style.DisabledAlpha = 0.5f;
}

const EditorColors& apply_editor_colors(Theme theme) {
  static EditorColors colors[2];
  const Palette& p = theme == Theme::Light ? kLight : kDark;
  ImVec4* c = ImGui::GetStyle().Colors;
  c[ImGuiCol_Text] = rgb(p.text);
  c[ImGuiCol_TextDisabled] = rgb(p.muted);
  c[ImGuiCol_WindowBg] = rgb(p.page);
  c[ImGuiCol_ChildBg] = rgb(p.page, 0.0f);
  c[ImGuiCol_PopupBg] = rgb(p.card);
  c[ImGuiCol_Border] = rgb(p.field_border);
  c[ImGuiCol_BorderShadow] = rgb(0, 0.0f);
  c[ImGuiCol_FrameBg] = rgb(p.field);
  c[ImGuiCol_FrameBgHovered] = rgb(p.field);
  c[ImGuiCol_FrameBgActive] = rgb(p.field);
  c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = c[ImGuiCol_TitleBgCollapsed] = rgb(p.header);
  c[ImGuiCol_MenuBarBg] = rgb(p.card);
  c[ImGuiCol_ScrollbarBg] = rgb(p.page, 0.0f);
  c[ImGuiCol_ScrollbarGrab] = rgb(p.muted, 0.45f);
  c[ImGuiCol_ScrollbarGrabHovered] = rgb(p.muted, 0.65f);
  c[ImGuiCol_ScrollbarGrabActive] = rgb(p.muted, 0.85f);
  c[ImGuiCol_CheckMark] = rgb(p.accent);
  c[ImGuiCol_SliderGrab] = rgb(p.accent);
  c[ImGuiCol_SliderGrabActive] = rgb(p.accent_hover);
  c[ImGuiCol_Button] = rgb(p.header);
  c[ImGuiCol_ButtonHovered] = rgb(p.accent, 0.18f);
  c[ImGuiCol_ButtonActive] = rgb(p.accent, 0.30f);
  c[ImGuiCol_Header] = rgb(p.accent, 0.14f);
  c[ImGuiCol_HeaderHovered] = rgb(p.accent, 0.20f);
  c[ImGuiCol_HeaderActive] = rgb(p.accent, 0.28f);
  c[ImGuiCol_Separator] = c[ImGuiCol_SeparatorHovered] = c[ImGuiCol_SeparatorActive] = rgb(p.border);
  c[ImGuiCol_ResizeGrip] = c[ImGuiCol_ResizeGripHovered] = c[ImGuiCol_ResizeGripActive] = rgb(p.border, 0.0f);
  c[ImGuiCol_Tab] = c[ImGuiCol_TabUnfocused] = rgb(p.header);
  c[ImGuiCol_TabHovered] = c[ImGuiCol_TabActive] = c[ImGuiCol_TabUnfocusedActive] = rgb(p.card);
  c[ImGuiCol_PlotLines] = c[ImGuiCol_PlotLinesHovered] = c[ImGuiCol_PlotHistogram] =
      c[ImGuiCol_PlotHistogramHovered] = rgb(p.accent);
  c[ImGuiCol_TableHeaderBg] = rgb(p.header);
  c[ImGuiCol_TableBorderStrong] = rgb(p.border);
  c[ImGuiCol_TableBorderLight] = rgb(p.border);
  c[ImGuiCol_TableRowBg] = rgb(p.card, 0.0f);
  c[ImGuiCol_TableRowBgAlt] = rgb(p.header, 0.45f);
  c[ImGuiCol_TextSelectedBg] = rgb(p.accent, 0.30f);
  c[ImGuiCol_DragDropTarget] = rgb(p.accent);
  c[ImGuiCol_NavHighlight] = rgb(p.accent);
  c[ImGuiCol_NavWindowingHighlight] = rgb(p.accent);
  c[ImGuiCol_NavWindowingDimBg] = c[ImGuiCol_ModalWindowDimBg] = rgb(0x000000, theme == Theme::Light ? 0.30f : 0.55f);

  EditorColors& e = colors[theme == Theme::Light ? 0 : 1];
  e = {u32(p.page), u32(p.card), u32(p.border), u32(p.text), u32(p.muted), u32(p.accent), u32(p.accent_text),
       u32(p.field_border), u32(p.error), u32(p.warning), u32(p.success), u32(p.info),
       u32(p.error, p.soft), u32(p.warning, p.soft * 1.4f), u32(p.success, p.soft), u32(p.info, p.soft),
       u32(p.accent, 0.35f)};
  return e;
}

}  // namespace la

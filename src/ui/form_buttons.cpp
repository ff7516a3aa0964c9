// Buttons as on web pages: text buttons (a primary one in the accent colour) and small icon
// buttons drawn with lines, since the UI font has no symbols (form_widgets.hpp).
#include <imgui_internal.h>

#include <cmath>

#include "ui/form_widgets.hpp"
#include "ui/ui_text.hpp"

namespace la {
namespace {

void draw_icon(ImDrawList* draw, Icon icon, const ImRect& box, ImU32 color) {
  const ImVec2 c = box.GetCenter();
  const float r = box.GetWidth() * 0.26f;  // half the drawing's size
  const float line = css_px(1.6f);
  switch (icon) {
    case Icon::Up:
      draw->AddTriangleFilled(ImVec2(c.x, c.y - r * 0.8f), ImVec2(c.x + r, c.y + r * 0.6f), ImVec2(c.x - r, c.y + r * 0.6f), color);
      break;
    case Icon::Down:
      draw->AddTriangleFilled(ImVec2(c.x - r, c.y - r * 0.6f), ImVec2(c.x + r, c.y - r * 0.6f), ImVec2(c.x, c.y + r * 0.8f), color);
      break;
    case Icon::Duplicate:
      draw->AddRect(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r * 0.4f, c.y + r * 0.4f), color, css_px(2), 0, line);
      draw->AddRect(ImVec2(c.x - r * 0.4f, c.y - r * 0.4f), ImVec2(c.x + r, c.y + r), color, css_px(2), 0, line);
      break;
    case Icon::Delete:
    case Icon::Close:
      draw->AddLine(ImVec2(c.x - r * 0.8f, c.y - r * 0.8f), ImVec2(c.x + r * 0.8f, c.y + r * 0.8f), color, line * 1.2f);
      draw->AddLine(ImVec2(c.x + r * 0.8f, c.y - r * 0.8f), ImVec2(c.x - r * 0.8f, c.y + r * 0.8f), color, line * 1.2f);
      break;
    case Icon::Details:
      for (float dx : {-r, 0.0f, r}) draw->AddCircleFilled(ImVec2(c.x + dx, c.y), css_px(1.8f), color, 8);
      break;
    case Icon::Calendar: {
      const ImVec2 a(c.x - r * 1.1f, c.y - r * 0.9f), b(c.x + r * 1.1f, c.y + r * 1.1f);
      draw->AddRect(a, b, color, css_px(2), 0, line);
      draw->AddRectFilled(a, ImVec2(b.x, a.y + r * 0.55f), color, css_px(2), ImDrawFlags_RoundCornersTop);
      for (float dx : {-0.5f, 0.5f}) {
        draw->AddLine(ImVec2(c.x + dx * r, a.y - r * 0.35f), ImVec2(c.x + dx * r, a.y + r * 0.2f), color, line);
      }
      for (float dx : {-0.55f, 0.0f, 0.55f}) {
        for (float dy : {0.2f, 0.75f}) draw->AddRectFilled(ImVec2(c.x + dx * r - css_px(1.2f), c.y + dy * r - css_px(1.2f)),
                                                          ImVec2(c.x + dx * r + css_px(1.2f), c.y + dy * r + css_px(1.2f)), color);
      }
      break;
    }
    case Icon::Undo:
    case Icon::Redo: {
      // A hooked arrow: an arc and its head, mirrored for redo.
      const float sign = icon == Icon::Undo ? 1.0f : -1.0f;
      const float pi = 3.14159265f;
      draw->PathArcTo(ImVec2(c.x, c.y + r * 0.15f), r * 0.9f, icon == Icon::Undo ? pi * 1.05f : -pi * 0.05f,
                      icon == Icon::Undo ? pi * 2.25f : -pi * 1.25f, 16);
      draw->PathStroke(color, 0, line * 1.1f);
      const ImVec2 tip(c.x - sign * r * 0.95f, c.y + r * 0.05f);
      draw->AddTriangleFilled(ImVec2(tip.x - sign * r * 0.15f, tip.y - r * 0.55f), ImVec2(tip.x - sign * r * 0.45f, tip.y + r * 0.45f),
                              ImVec2(tip.x + sign * r * 0.45f, tip.y + r * 0.1f), color);
      break;
    }
  }
}

}  // namespace

bool form_button(EditorView& view, const char* label, const std::string& name, bool primary) {
  if (primary) {
    ImGui::PushStyleColor(ImGuiCol_Button, view.colors->accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, view.colors->accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, view.colors->accent);
    ImGui::PushStyleColor(ImGuiCol_Text, view.colors->accent_text);
    ImGui::PushStyleColor(ImGuiCol_Border, view.colors->accent);
  }
  // "###": the id is the name alone, so a button keeps its focus when its label changes language.
  const std::string id = std::string(label) + "###" + name;
  const bool pressed = ImGui::Button(id.c_str());
  if (primary) ImGui::PopStyleColor(5);
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  record_item(view, name);
  speak_if_focused(view, name, [&] { return ui_text("ui.a11y.button", {{"label", label}}); });
  return pressed;
}

bool icon_button(EditorView& view, Icon icon, const std::string& id, const char* tooltip_key, bool enabled) {
  const float size = ImGui::GetFrameHeight();
  ImGui::BeginDisabled(!enabled);
  const bool pressed = ImGui::InvisibleButton(id.c_str(), ImVec2(size, size));
  const bool hovered = ImGui::IsItemHovered();
  const ImRect box(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (hovered || ImGui::IsItemActive()) {
    draw->AddRectFilled(box.Min, box.Max, ImGui::GetColorU32(ImGui::IsItemActive() ? ImGuiCol_ButtonActive : ImGuiCol_ButtonHovered),
                        ImGui::GetStyle().FrameRounding);
  }
  const ImU32 color = ImGui::GetColorU32(ImGuiCol_Text, enabled ? 0.85f : 1.0f);
  draw_icon(draw, icon, box, icon == Icon::Delete && hovered ? view.colors->error : color);
  ImGui::EndDisabled();
  if (hovered && enabled) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort | ImGuiHoveredFlags_AllowWhenDisabled)) {
    ImGui::SetTooltip("%s", ui_text(tooltip_key));
  }
  record_item(view, id);
  speak_if_focused(view, id, [&] {
    return ui_text(enabled ? "ui.a11y.button" : "ui.a11y.buttonOff", {{"label", ui_text(tooltip_key)}});
  });
  return pressed && enabled;
}

}  // namespace la

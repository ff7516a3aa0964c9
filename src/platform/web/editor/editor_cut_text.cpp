// Test hook: text the last frame cut off sideways, for the layout tests of every language
// (tests/e2e/editor_language.test.mjs). A label longer than the room it has (a translation wider
// than its column, a button off a phone's screen) runs past the edge of the window or child that
// clips it: ImGui still draws the glyph that straddles the edge, and the GPU's scissor cuts it.
// Those glyphs are what this lists. Text ImGui clips itself, exactly at an edge (a field's own
// value scrolled inside it, a button's label squeezed into a given size), is not seen here.
#include <emscripten/emscripten.h>
#include <imgui.h>

#include <cstdio>
#include <string>

#include "platform/web/web_backend.hpp"

// [[x, y], …]: where such glyphs are, in CSS px from the canvas's top left; one per draw
// command, at most 40.
extern "C" EMSCRIPTEN_KEEPALIVE const char* la_web_cut_text() {
  static std::string slot;
  slot = "[";
  const ImDrawData* data = ImGui::GetCurrentContext() ? ImGui::GetDrawData() : nullptr;
  const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;  // shapes sample it, glyphs never do
  const float scale = la::web::dpi_scale();
  int listed = 0;
  for (int n = 0; data && n < data->CmdListsCount && listed < 40; ++n) {
    const ImDrawList& list = *data->CmdLists[n];
    for (const ImDrawCmd& command : list.CmdBuffer) {
      for (unsigned i = command.IdxOffset; i < command.IdxOffset + command.ElemCount; ++i) {
        const ImDrawVert& vertex = list.VtxBuffer[list.IdxBuffer[i] + command.VtxOffset];
        if (vertex.uv.x == white.x && vertex.uv.y == white.y) continue;
        // A pixel of slack: antialiased edges and rounding reach just past a clip rectangle.
        if (vertex.pos.x <= command.ClipRect.z + scale && vertex.pos.x >= command.ClipRect.x - scale) continue;
        char point[64];
        std::snprintf(point, sizeof point, "%s[%.0f,%.0f]", listed ? "," : "", vertex.pos.x / scale, vertex.pos.y / scale);
        slot += point;
        ++listed;
        break;
      }
    }
  }
  slot += "]";
  return slot.c_str();
}

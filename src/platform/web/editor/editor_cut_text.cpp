// Test hook: text the last frame cut off sideways, for the layout tests of every language
// (tests/e2e/editor_language.test.mjs). A label longer than the room it has (a translation wider
// than its column, a button off a phone's screen) runs past the edge of the window or child that
// clips it: ImGui still draws the glyph that straddles the edge, and the GPU's scissor cuts it.
// Those glyphs are what this lists (not shapes: they sample the atlas's white pixel or, for
// antialiased lines such as a card's border at the edge of the form, its baked lines, and a
// line's soft fringe past a clip edge is no cut text). Text ImGui clips itself, exactly at an
// edge (a field's own value scrolled inside it, a button's label squeezed into a given size), is
// not seen here. It also lists the table columns (the form's cards and field grids) whose content
// reached past the column's edge in the last frame, visible or scrolled away: what is there is
// cut, a glyph or a shape (a help marker pushed past the edge by its label).
#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>  // the tables' columns

#include <cstdio>
#include <string>

#include "platform/web/web_backend.hpp"

// [[x, y], …]: where such glyphs are, in CSS px from the canvas's top left; one per draw
// command, at most 40; then [x, y, "column"] for each such column: how far its content reached,
// and the top of its table.
extern "C" EMSCRIPTEN_KEEPALIVE const char* la_web_cut_text() {
  static std::string slot;
  slot = "[";
  const ImDrawData* data = ImGui::GetCurrentContext() ? ImGui::GetDrawData() : nullptr;
  const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  const ImVec2 white = atlas.TexUvWhitePixel;  // shapes sample it, glyphs never do
  // The baked lines' rectangle in the atlas (texture coordinates), which antialiased lines sample.
  ImVec4 lines(1, 1, 0, 0);
  if (atlas.PackIdLines >= 0) {
    const ImFontAtlasCustomRect& rect = atlas.CustomRects[atlas.PackIdLines];
    lines = ImVec4(rect.X * atlas.TexUvScale.x, rect.Y * atlas.TexUvScale.y, (rect.X + rect.Width) * atlas.TexUvScale.x,
                   (rect.Y + rect.Height) * atlas.TexUvScale.y);
  }
  const float scale = la::web::dpi_scale();
  int listed = 0;
  for (int n = 0; data && n < data->CmdListsCount && listed < 40; ++n) {
    const ImDrawList& list = *data->CmdLists[n];
    for (const ImDrawCmd& command : list.CmdBuffer) {
      for (unsigned i = command.IdxOffset; i < command.IdxOffset + command.ElemCount; ++i) {
        const ImDrawVert& vertex = list.VtxBuffer[list.IdxBuffer[i] + command.VtxOffset];
        if (vertex.uv.x == white.x && vertex.uv.y == white.y) continue;
        if (vertex.uv.x >= lines.x && vertex.uv.x <= lines.z && vertex.uv.y >= lines.y && vertex.uv.y <= lines.w) continue;
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
  ImGuiContext& context = *ImGui::GetCurrentContext();
  for (int n = 0; data && n < context.Tables.GetMapSize(); ++n) {
    const ImGuiTable* table = context.Tables.TryGetMapData(n);
    if (!table || table->LastFrameActive != context.FrameCount) continue;
    for (int c = 0; c < table->ColumnsCount; ++c) {
      const ImGuiTableColumn& column = table->Columns[c];
      const float reached = ImMax(column.ContentMaxXUnfrozen, column.ContentMaxXFrozen);
      if (reached <= column.ClipRect.Max.x + scale) continue;
      char entry[64];
      std::snprintf(entry, sizeof entry, "%s[%.0f,%.0f,\"column\"]", listed++ ? "," : "", reached / scale,
                    table->OuterRect.Min.y / scale);
      slot += entry;
    }
  }
  slot += "]";
  return slot.c_str();
}

// The UI font: Noto Sans subset embedded at build time, rasterised at the current device scale.
// The glyphs of other scripts (the part ui_font_more.ttf, about 20 KB of gzip) are asked for the
// first time a frame needs one (it drew ImGui's replacement glyph instead), then merged into the
// atlas: until then such a character shows as the replacement glyph for the moment the part takes.
//
// Rasterising at size x devicePixelRatio (instead of scaling a 1x atlas) keeps text sharp at
// 1, 1.25, 2, 3 and under zoom. Oversampling is off: glyphs are drawn 1:1 on whole device pixels
// (PixelSnapH), and it keeps the atlas for ~1000 glyphs within 1024x1024 at 2x.
#include "platform/web/web_font.hpp"

#include <imgui.h>

#include <cmath>
#include <string>
#include <string_view>
#include <utility>

#include "platform/web/web_assets.hpp"

namespace la::web::font {
namespace {

// Latin (Basic, Latin-1, Extended-A, Romanian Ș ș Ț ț), common punctuation, euro sign,
// replacement character: the same set cmake/ui_font.cmake keeps in the embedded subset.
const ImWchar kUiGlyphRanges[] = {
    0x0020, 0x017F, 0x0218, 0x021B, 0x2000, 0x203A, 0x20AC, 0x20AC, 0xFFFD, 0xFFFD, 0,
};
// The rest of Latin Extended-B, rarer punctuation, Greek, Cyrillic: the part (LA_UI_FONT_MORE_UNICODES).
const ImWchar kMoreGlyphRanges[] = {0x0180, 0x0217, 0x021C, 0x024F, 0x203B, 0x206F, 0x0370, 0x03FF, 0x0400, 0x04FF, 0};

std::string g_more_glyphs;  // the part's TrueType bytes, once arrived (the atlas reads them)

}  // namespace

void build(float size_css, float dpr) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  std::string_view ttf = la::web_asset("fonts/ui_font.ttf");
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes live in the wasm's data section
  config.OversampleH = 1;
  config.OversampleV = 1;
  config.PixelSnapH = true;
  // The subset is read-only data; ImGui only reads through this pointer.
  void* data = const_cast<char*>(ttf.data());
  const float pixels = std::round(size_css * dpr);
  atlas->AddFontFromMemoryTTF(data, static_cast<int>(ttf.size()), pixels, &config, kUiGlyphRanges);
  if (!g_more_glyphs.empty()) {
    config.MergeMode = true;  // one font to ImGui: the part fills in the codepoints it has
    atlas->AddFontFromMemoryTTF(g_more_glyphs.data(), static_cast<int>(g_more_glyphs.size()), pixels,
                                &config, kMoreGlyphRanges);
  }
  atlas->Build();
}

void add_more_glyphs(std::string ttf) { g_more_glyphs = std::move(ttf); }

bool has_more_glyphs() { return !g_more_glyphs.empty(); }

bool drew_missing_glyph(const ImDrawData& data) {
  const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  const ImFontGlyph* missing = atlas->Fonts.empty() ? nullptr : atlas->Fonts[0]->FallbackGlyph;
  if (!missing) return false;
  // A glyph's quad starts with its top-left texture corner; nothing else samples that texel.
  const ImVec2 corner(missing->U0, missing->V0);
  for (int n = 0; n < data.CmdListsCount; ++n) {
    for (const ImDrawVert& vertex : data.CmdLists[n]->VtxBuffer) {
      if (vertex.uv.x == corner.x && vertex.uv.y == corner.y) return true;
    }
  }
  return false;
}

}  // namespace la::web::font

// ImGui adds its built-in ProggyClean font when an atlas is built with no font; ours always has
// the UI font first, so that never happens. The link replaces ImFontAtlas::AddFontDefault by this
// (wasm-ld --wrap, cmake/web_app.cmake), and ProggyClean's 12 KB of compressed data, which only
// AddFontDefault reads, leave the wasm.
extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*, const ImFontConfig*) {
  IM_ASSERT(false && "the UI font is added before the atlas is built");
  return nullptr;
}

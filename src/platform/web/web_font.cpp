// The UI font: Noto Sans subset embedded at build time, rasterised at the current device scale.
//
// Rasterising at size x devicePixelRatio (instead of scaling a 1x atlas) keeps text sharp at
// 1, 1.25, 2, 3 and under zoom. Oversampling is off: glyphs are drawn 1:1 on whole device pixels
// (PixelSnapH), and it keeps the atlas for ~1000 glyphs within 1024x1024 at 2x.
#include "platform/web/web_font.hpp"

#include <imgui.h>

#include <cmath>
#include <string_view>

#include "platform/web/web_assets.hpp"

namespace la::web::font {
namespace {

// Latin (Basic, Latin-1, Extended-A and -B), Greek, Cyrillic, General Punctuation, euro sign,
// replacement character: the same set cmake/ui_font.cmake keeps in the subset.
const ImWchar kUiGlyphRanges[] = {
    0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x04FF, 0x2000, 0x206F,
    0x20AC, 0x20AC, 0xFFFD, 0xFFFD, 0,
};

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
  atlas->AddFontFromMemoryTTF(data, static_cast<int>(ttf.size()), std::round(size_css * dpr),
                              &config, kUiGlyphRanges);
  atlas->Build();
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

// The UI font: Noto Sans subset embedded at build time, rasterised at the current device scale;
// the glyphs of other scripts come later, as a part.
#pragma once
#include <string>

struct ImDrawData;

namespace la::web::font {

// The part with the glyphs the embedded subset leaves out (Latin Extended-B, Greek, Cyrillic).
inline constexpr const char* kMoreGlyphsPart = "ui_font_more.ttf";

// Rebuilds ImGui's font atlas for size_css CSS pixels at dpr device pixels per CSS pixel, so that
// one texel is one device pixel, with the glyphs of the part once they arrived. The caller
// uploads the atlas afterwards.
void build(float size_css, float dpr);

// The part's bytes arrived: the next build() adds its glyphs.
void add_more_glyphs(std::string ttf);
bool has_more_glyphs();

// Whether the frame drew the replacement glyph, which ImGui draws for a character the atlas has
// no glyph for: then a text needs the part.
bool drew_missing_glyph(const ImDrawData& data);

}  // namespace la::web::font

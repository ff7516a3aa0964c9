// The UI font: Noto Sans subset embedded at build time, rasterised at the current device scale.
#pragma once

namespace la::web::font {

// Rebuilds ImGui's font atlas for size_css CSS pixels at dpr device pixels per CSS pixel, so that
// one texel is one device pixel. The caller uploads the atlas afterwards.
void build(float size_css, float dpr);

}  // namespace la::web::font

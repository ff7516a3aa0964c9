// The canvas the editor draws on: its size in device pixels and the devicePixelRatio.
//
// web_bridge.js watches the canvas with a ResizeObserver (device-pixel-content-box where the
// browser has it) and a devicePixelRatio media query, sets canvas.width/height and reports here.
// A resize is drawn synchronously: setting canvas.width clears it, and waiting for the next
// animation frame would flash an empty canvas.
#include "platform/web/web_canvas.hpp"

#include <emscripten/emscripten.h>

#include "platform/web/web_frame_schedule.hpp"

extern "C" int la_web_attach();

namespace la::web::canvas {
namespace {
Size g_size;
}  // namespace

bool attach() { return la_web_attach() != 0; }

Size size() { return g_size; }

}  // namespace la::web::canvas

extern "C" EMSCRIPTEN_KEEPALIVE void la_web_on_resize(int width, int height, double dpr) {
  la::web::canvas::g_size = {width, height, static_cast<float>(dpr > 0 ? dpr : 1.0)};
  la::web::schedule::frame_now();
}

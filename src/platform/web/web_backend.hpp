// The editor's door to the browser: create, run, frames on demand, DPI scale (Tracy's Backend shape).
//
// One wasm module instance is one mounted editor (LAStudio.mount in web/la_studio.js), so this
// state is per editor by construction. Use:
//
//   int main() {
//     la::web::BackendOptions options;          // font size, colours
//     if (!la::web::create(options)) return 1;  // ImGui, WebGL2, event bindings; error() says why not
//     ImGui::StyleColorsLight();                // style in CSS pixels; the backend scales it
//     la::web::run([] { draw_my_views(); });    // first frame now, then only when needed
//     return 0;                                 // the page keeps running; main returns at once
//   }
//
// ImGui works in device pixels: io.DisplaySize is the canvas's backing store, and the backend
// scales the style and rebuilds the font at dpi_scale() (devicePixelRatio, zoom included), so
// text and lines land on whole device pixels at any ratio. A view that sizes things itself in
// CSS pixels multiplies by dpi_scale() (or uses ImGui::GetFontSize()).
//
// Frames are drawn after input, resize, clipboard and file events, until the drawing stops
// changing; the caret blink and hover delays wake one frame when due. A view that animates or
// waits for time calls request_frame_after(ms); one that changed state from outside ImGui (a file
// arrived, a timer fired) calls request_redraw().
#pragma once
#include <functional>
#include <string>
#include <string_view>

namespace la::web {

struct TextMenuWords {
  std::string cut = "Cut";
  std::string copy = "Copy";
  std::string paste = "Paste";
  std::string select_all = "Select all";
  std::string paste_refused = "This browser did not let the editor read the clipboard. Paste with your keyboard instead.";
};

struct BackendOptions {
  float font_size = 16.0f;                 // UI font size in CSS pixels
  void (*before_destroy)() = nullptr;      // destroy() calls it first: the app keeps its work
  // The touch text menu's words in the app's language, asked each time it opens:
  // {"Cut", "Copy", "Paste", "Select all", what to say when the browser refuses to paste}.
  TextMenuWords (*text_menu_words)() = nullptr;  // null: English
  // The glyphs of other scripts (web_font.hpp) arrived (error empty) or could not be loaded
  // (error: why, in words), so that the app can tell the student; null: only the console hears.
  void (*more_glyphs_loaded)(const std::string& error) = nullptr;
};

// Binds ImGui to the canvas this instance was mounted on and creates the WebGL2 context.
// Returns false if the page gave no elements or WebGL2 is unavailable; error() says which, in
// words for the page to show.
bool create(const BackendOptions& options = {});
const std::string& error();

// Registers the per-frame view and draws the first frame. Returns at once.
void run(std::function<void()> draw);

// One frame: NewFrame, the view, Render, draw if anything changed. run() schedules these; tests
// and the benchmark may call them. Returns true if the frame was drawn.
bool frame(bool force_draw = false);

// Device pixels per CSS pixel (devicePixelRatio, which browser zoom changes).
float dpi_scale();

// Draw until the UI settles, starting at the next animation frame.
void request_redraw();
// Draw one frame after ms milliseconds (animations, delayed work), then settle as usual.
void request_frame_after(double ms);
// After the glyphs of other scripts could not be loaded: asks for them again at the next frame
// that needs them (which follows now), instead of after the usual pause.
void retry_more_glyphs();

// Shows a progress cursor over the editor while long work runs.
void set_busy(bool busy);

// Unmounts this editor (LAStudio's destroy()): no frame, timer or listener of it runs again and
// its WebGL context is released. The page then removes the elements and drops the module.
void destroy();

// A string option given to LAStudio.mount(element, options), e.g. "draftKey"; empty if absent.
std::string mount_option(std::string_view name);

// Counters for tests and the benchmark.
struct FrameStats {
  long frames_run = 0;      // ImGui frames computed
  long frames_drawn = 0;    // of these, frames that reached WebGL (the drawing changed)
  int atlas_width = 0;      // current glyph atlas texture size
  int atlas_height = 0;
};
FrameStats frame_stats();

}  // namespace la::web

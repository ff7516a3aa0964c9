// The editor's door to the browser: create, run, frames on demand, DPI scale (Tracy's Backend shape).
//
// Ties the parts together: web_canvas (size, devicePixelRatio), web_input (keys, pointer, wheel),
// web_text_entry (textarea), web_clipboard, web_font, webgl2_renderer and web_frame_schedule.
// A frame whose draw lists hash the same as the last drawn frame is not sent to WebGL, and tells
// the schedule that the UI has settled.
#include "platform/web/web_backend.hpp"

#include <emscripten/console.h>
#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

#include "platform/web/web_canvas.hpp"
#include "platform/web/web_clipboard.hpp"
#include "platform/web/web_font.hpp"
#include "platform/web/web_frame_schedule.hpp"
#include "platform/web/web_input.hpp"
#include "platform/web/web_parts.hpp"
#include "platform/web/web_text_entry.hpp"
#include "platform/web/webgl2_renderer.hpp"

extern "C" {
int la_web_is_apple();
char* la_web_option(const char* name);
void la_web_notify(const char* event_name);
void la_web_show_error(const char* message);
void la_web_detach();
}

namespace la::web {
namespace {

struct BackendState {
  bool created = false;
  BackendOptions options;
  std::string error;
  std::function<void()> draw;
  ImGuiStyle base_style;      // the view's style in CSS pixels; scaled copies are applied
  float scale = 0.0f;         // devicePixelRatio the style and font are built for
  double last_frame_ms = 0.0;
  std::uint64_t last_hash = 0;
  bool force_draw = true;     // next frame draws even if unchanged (resize, restored context)
  bool blur_pending = false;  // the editor lost focus: deactivate the field, as a web form does
  std::vector<double> view_wakes;  // due times (ms) asked for with request_frame_after
  bool more_glyphs_asked = false;  // the part with more glyphs is on its way (or here)
  double more_glyphs_retry_ms = 0.0;  // after a failed load: not asked again before this time
  FrameStats stats;
};
BackendState g_backend;

// FNV-1a over 8-byte words: enough to tell whether two frames draw the same thing.
std::uint64_t hash_bytes(std::uint64_t h, const void* data, std::size_t size) {
  const unsigned char* bytes = static_cast<const unsigned char*>(data);
  std::size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    std::uint64_t word;
    std::memcpy(&word, bytes + i, 8);
    h = (h ^ word) * 0x100000001b3ull;
  }
  for (; i < size; ++i) h = (h ^ bytes[i]) * 0x100000001b3ull;
  return h;
}

std::uint64_t hash_draw_data(const ImDrawData& data) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  h = hash_bytes(h, &data.DisplaySize, sizeof data.DisplaySize);
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& list = *data.CmdLists[n];
    h = hash_bytes(h, list.VtxBuffer.Data, list.VtxBuffer.size_in_bytes());
    h = hash_bytes(h, list.IdxBuffer.Data, list.IdxBuffer.size_in_bytes());
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      h = hash_bytes(h, &cmd.ClipRect, sizeof cmd.ClipRect);
      h = hash_bytes(h, &cmd.ElemCount, sizeof cmd.ElemCount);
      h = hash_bytes(h, &cmd.IdxOffset, sizeof cmd.IdxOffset);
    }
  }
  return h;
}

void apply_scale(float dpr) {
  BackendState& b = g_backend;
  b.scale = dpr;
  ImGuiStyle& style = ImGui::GetStyle();
  style = b.base_style;
  style.ScaleAllSizes(dpr);
  font::build(b.options.font_size, dpr);
  webgl2::upload_font_atlas();
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  b.stats.atlas_width = atlas->TexWidth;
  b.stats.atlas_height = atlas->TexHeight;
  atlas->ClearTexData();  // on the GPU now; rebuilt from the font if the context is lost
  b.force_draw = true;
}

// Shows, in place of the editor, that this browser's WebGL 2 cannot draw it.
void fail_without_webgl2() {
  BackendState& b = g_backend;
  b.error = "This browser cannot show the editor: WebGL 2 is not available. Try an up-to-date "
            "Chrome, Edge, Firefox or Safari, or turn on hardware acceleration.";
  la_web_show_error(b.error.c_str());
}

// The next wake the UI needs: caret blink of the active text field, and the view's timers.
void request_wakes(double now) {
  BackendState& b = g_backend;
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.IO.ConfigInputTextCursorBlink && text_entry::editing()) {
    // ImGui shows the caret while CursorAnim <= 0 or fmod(CursorAnim, 1.2) <= 0.8.
    const float anim = g.InputTextState.CursorAnim;
    const float phase = anim <= 0.0f ? anim : std::fmod(anim, 1.2f);
    const float seconds = phase <= 0.8f ? 0.8f - phase : 1.2f - phase;
    schedule::wake_after(seconds * 1000.0 + 2.0);
  }
  b.view_wakes.erase(std::remove_if(b.view_wakes.begin(), b.view_wakes.end(),
                                    [now](double due) { return due <= now + 1.0; }),
                     b.view_wakes.end());
  if (!b.view_wakes.empty()) {
    schedule::wake_after(*std::min_element(b.view_wakes.begin(), b.view_wakes.end()) - now);
  }
}

bool scheduled_frame() { return frame(false); }

// A frame drew a character the embedded font lacks: the part with more glyphs is asked for once,
// and the atlas rebuilt with it at the next frame. Without it (offline, a missing file) the
// character keeps its replacement glyph, the app (more_glyphs_loaded) and the page's console
// say why, and it is asked again after a while, or at once after retry_more_glyphs().
void ask_for_more_glyphs(double now) {
  BackendState& b = g_backend;
  if (b.more_glyphs_asked || font::has_more_glyphs() || now < b.more_glyphs_retry_ms) return;
  b.more_glyphs_asked = true;
  request_part(font::kMoreGlyphsPart, [](const PartBytes& part) {
    BackendState& b = g_backend;
    b.more_glyphs_asked = false;
    if (!part.error.empty() || part.bytes.empty()) {
      const std::string error = part.error.empty() ? "the file is empty" : part.error;
      emscripten_console_warn(("The editor could not load the glyphs of other scripts: " + error).c_str());
      b.more_glyphs_retry_ms = emscripten_get_now() + 10000.0;
      if (b.options.more_glyphs_loaded) b.options.more_glyphs_loaded(error);
      return;
    }
    font::add_more_glyphs(part.bytes);
    if (b.options.more_glyphs_loaded) b.options.more_glyphs_loaded(std::string());
    b.scale = 0.0f;  // the next frame rebuilds the atlas (apply_scale) and draws
  });
}

void on_context_restored() {
  g_backend.force_draw = true;
  schedule::after_input();
}

}  // namespace

bool create(const BackendOptions& options) {
  BackendState& b = g_backend;
  b.options = options;
  if (!canvas::attach()) {
    b.error = "The editor was started without a page element to draw on.";
    la_web_show_error(b.error.c_str());
    return false;
  }
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing is kept between visits but the draft
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;  // Tab, Enter, Escape as on a web form
  io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
  io.BackendPlatformName = "la_web (html5.h)";
  io.BackendRendererName = "la_webgl2";
  if (!webgl2::create("!la-canvas")) {
    fail_without_webgl2();
    return false;
  }
  webgl2::set_restored_handler(on_context_restored);
  input::bind(la_web_is_apple() != 0);
  clipboard::install();
  schedule::set_frame_function(scheduled_frame);
  b.created = true;
  return true;
}

const std::string& error() { return g_backend.error; }

void run(std::function<void()> draw) {
  BackendState& b = g_backend;
  if (!b.created) return;
  b.draw = std::move(draw);
  b.base_style = ImGui::GetStyle();
  b.last_frame_ms = emscripten_get_now();
  schedule::set_paused(false);
  schedule::frame_now();
}

bool frame(bool force_draw) {
  BackendState& b = g_backend;
  if (!b.created || !b.draw || webgl2::context_lost()) return false;
  const canvas::Size size = canvas::size();
  if (size.dpr != b.scale) apply_scale(size.dpr);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(size.width), static_cast<float>(size.height));
  io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);  // ImGui already works in device pixels
  const double now = emscripten_get_now();
  io.DeltaTime = static_cast<float>(std::max((now - b.last_frame_ms) / 1000.0, 1e-4));
  b.last_frame_ms = now;

  ImGui::NewFrame();
  input::before_views();
  // Focus left the editor: once ImGui has taken every key and character typed before (its
  // focus-lost event would drop queued ones), let go of the field, as a web form blurs its
  // input. Before the views, so that the field sees itself left (ImGui::IsItemDeactivated) and
  // ends its typing burst, as when a click elsewhere lets go of it.
  const bool blur_now = b.blur_pending && ImGui::GetCurrentContext()->InputEventsQueue.Size == 0 &&
                        io.InputQueueCharacters.Size == 0;
  if (blur_now) ImGui::ClearActiveID();
  b.draw();
  if (blur_now) {
    b.blur_pending = false;
    ImGui::FocusWindow(nullptr);
    io.AddFocusEvent(false);
  } else if (b.blur_pending) {
    schedule::after_input();  // this frame takes the queued input; the next one lets go
  }
  ImGui::Render();
  ++b.stats.frames_run;

  const ImDrawData& data = *ImGui::GetDrawData();
  const std::uint64_t hash = hash_draw_data(data);
  const bool changed = force_draw || b.force_draw || hash != b.last_hash;
  if (changed) {
    // The canvas is cleared to the style's window background, so a full-screen window can skip
    // drawing its own (ImGuiWindowFlags_NoBackground): one layer less to fill each frame.
    if (!webgl2::render(data, ImGui::GetColorU32(ImGuiCol_WindowBg))) {
      // The shaders did not link (checked only now, so that they compiled during start-up).
      fail_without_webgl2();
      b.created = false;  // frame() does nothing from now on
      schedule::stop();
      return false;
    }
    b.last_hash = hash;
    b.force_draw = false;
    if (!font::has_more_glyphs() && font::drew_missing_glyph(data)) ask_for_more_glyphs(now);
    if (b.stats.frames_drawn++ == 0) la_web_notify("la-first-frame");
  }
  input::after_frame();
  text_entry::after_frame();
  request_wakes(now);
  return changed || ImGui::GetCurrentContext()->InputEventsQueue.Size > 0;
}

float dpi_scale() { return canvas::size().dpr; }

void request_redraw() { schedule::after_input(); }

void retry_more_glyphs() {
  g_backend.more_glyphs_retry_ms = 0.0;
  g_backend.force_draw = true;  // the frame is drawn, so it is seen to need them again
  schedule::after_input();
}

void request_frame_after(double ms) {
  g_backend.view_wakes.push_back(emscripten_get_now() + ms);
  schedule::wake_after(ms);
}

void set_busy(bool busy) { input::set_busy(busy); }

void destroy() {
  BackendState& b = g_backend;
  if (!b.created) return;
  if (b.options.before_destroy) b.options.before_destroy();
  b.created = false;  // frame() does nothing from now on
  b.draw = nullptr;
  schedule::stop();
  webgl2::destroy();
  la_web_detach();
}

std::string mount_option(std::string_view name) {
  char* value = la_web_option(std::string(name).c_str());
  if (!value) return {};
  std::string result(value);
  std::free(value);
  return result;
}

FrameStats frame_stats() { return g_backend.stats; }

}  // namespace la::web

// Called by web/la_studio.js (destroy()).
extern "C" EMSCRIPTEN_KEEPALIVE void la_web_destroy() { la::web::destroy(); }

// ImGui calls sscanf only to read window settings from an .ini file and in a debugging tool; the
// editor reads no .ini (IniFilename is null) and has no such tool, so the link replaces sscanf by
// this (wasm-ld --wrap, cmake/web_app.cmake) and libc's scanf, some 5 KB, leaves the wasm.
extern "C" int __wrap_sscanf(const char*, const char*, ...) { return 0; }

// The touch text menu's words (web_bridge.js), one per line: cut, copy, paste, select all, paste
// refused. Valid until the next call.
extern "C" EMSCRIPTEN_KEEPALIVE const char* la_web_text_menu_words() {
  static std::string text;
  const la::web::BackendOptions& options = la::web::g_backend.options;
  const la::web::TextMenuWords words = options.text_menu_words ? options.text_menu_words() : la::web::TextMenuWords{};
  text = words.cut + '\n' + words.copy + '\n' + words.paste + '\n' + words.select_all + '\n' + words.paste_refused;
  return text.c_str();
}

// focused: the editor got or lost the focus. entry: it came by Tab (1) or Shift+Tab (2) from
// the page, and the first or last control takes it, as Tab into a form reaches its first field.
extern "C" EMSCRIPTEN_KEEPALIVE void la_web_on_focus(int focused, int entry) {
  if (!la::web::g_backend.created) return;
  la::web::g_backend.blur_pending = !focused;
  ImGuiIO& io = ImGui::GetIO();
  if (focused) {
    io.AddFocusEvent(true);
    // A modifier released while the page had the focus (the Shift of Shift+Tab out) was not
    // seen here; the next key event tells which are down.
    for (ImGuiKey mod : {ImGuiMod_Ctrl, ImGuiMod_Shift, ImGuiMod_Alt, ImGuiMod_Super}) io.AddKeyEvent(mod, false);
  }
  if (focused && entry) {
    // From the start (or the end), not where it was last; in the editor's window (which lost
    // the focus when the editor did) and its focus scope, where Tab looks for controls.
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (!g.NavWindow) ImGui::FocusTopMostWindowUnderOne(nullptr, nullptr, nullptr, 0);
    if (ImGuiWindow* root = g.NavWindow ? g.NavWindow->RootWindow : nullptr) {
      ImGui::FocusWindow(nullptr);  // (focusing the window it has already would keep the old scope)
      ImGui::FocusWindow(root);
    }
    g.NavId = 0;
    g.NavDisableHighlight = true;  // Tab without a visible focus takes the first control (ImGui)
    if (entry == 2) io.AddKeyEvent(ImGuiMod_Shift, true);
    io.AddKeyEvent(ImGuiKey_Tab, true);
    io.AddKeyEvent(ImGuiKey_Tab, false);
    if (entry == 2) io.AddKeyEvent(ImGuiMod_Shift, false);
  }
  la::web::schedule::after_input();
}

// Test hook: whether the last frame drew the replacement glyph for a character the atlas lacks
// (1), as a student would see boxes instead of letters until the part with more glyphs arrives.
extern "C" EMSCRIPTEN_KEEPALIVE int la_web_drew_missing_glyph() {
  const ImDrawData* data = la::web::g_backend.created ? ImGui::GetDrawData() : nullptr;
  return data && la::web::font::drew_missing_glyph(*data) ? 1 : 0;
}

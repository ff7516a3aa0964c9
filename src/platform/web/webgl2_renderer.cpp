// WebGL2 renderer for ImGui draw lists, with context loss and restore.
//
//  [X] Shaders from shaders/imgui.{vert,frag}, embedded at build time (web_asset).
//  [X] 32-bit indices (ImDrawIdx = unsigned int, see cmake/imgui.cmake): no list is split.
//  [X] One R8 texture: the font atlas (glyph coverage and ImGui's white pixel).
//  [X] webglcontextlost: drawing stops; webglcontextrestored: GL objects and the atlas are made
//      again from ImGui's state, which lives in wasm memory and is never lost.
//  [ ] User textures (ImTextureID other than the atlas) and draw callbacks: the UI has none.
#include "platform/web/webgl2_renderer.hpp"

#include <GLES3/gl3.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <cstdint>
#include <cstdio>
#include <string_view>
#include <utility>

#include "platform/web/web_assets.hpp"

namespace la::web::webgl2 {
namespace {

struct RendererState {
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = 0;
  bool lost = false;
  GLuint program = 0;
  GLuint vertex_shader = 0;    // until the program's link is checked (their logs say why not)
  GLuint fragment_shader = 0;
  bool program_checked = false;
  bool program_linked = false;
  GLint framebuffer_size_location = -1;
  GLint white_uv_location = -1;
  GLuint vertex_array = 0;
  GLuint vertex_buffer = 0;
  GLuint index_buffer = 0;
  GLuint atlas = 0;
  void (*on_restored)() = nullptr;
};
RendererState g_renderer;

constexpr const char* kVertexShader = "shaders/imgui.vert";
constexpr const char* kFragmentShader = "shaders/imgui.frag";

GLuint compile(GLenum stage, const char* asset_key) {
  std::string_view source = la::web_asset(asset_key);
  const char* text = source.data();
  const GLint length = static_cast<GLint>(source.size());
  GLuint shader = glCreateShader(stage);
  glShaderSource(shader, 1, &text, &length);
  glCompileShader(shader);
  return shader;
}

// Starts compiling and linking; nothing here waits for the result. The browser's GPU process
// compiles while the editor builds its state and font, and the first query of the program
// (link_result, at the first render) waits only for what is left (WebGL best practice).
void start_program() {
  RendererState& r = g_renderer;
  r.vertex_shader = compile(GL_VERTEX_SHADER, kVertexShader);
  r.fragment_shader = compile(GL_FRAGMENT_SHADER, kFragmentShader);
  r.program = glCreateProgram();
  glAttachShader(r.program, r.vertex_shader);
  glAttachShader(r.program, r.fragment_shader);
  glLinkProgram(r.program);
  r.program_checked = false;
}

// Whether the program linked; the first call waits for it and looks up the uniforms.
bool link_result() {
  RendererState& r = g_renderer;
  if (r.program_checked) return r.program_linked;
  r.program_checked = true;
  GLint ok = 0;
  glGetProgramiv(r.program, GL_LINK_STATUS, &ok);
  r.program_linked = ok != 0;
  if (!r.program_linked) {
    for (const auto& [shader, name] : {std::pair{r.vertex_shader, kVertexShader}, std::pair{r.fragment_shader, kFragmentShader}}) {
      char log[512] = {};
      glGetShaderInfoLog(shader, sizeof log, nullptr, log);
      if (log[0]) std::fprintf(stderr, "la-web: %s does not compile: %s\n", name, log);
    }
    std::fprintf(stderr, "la-web: the ImGui shader program does not link\n");
  } else {
    r.framebuffer_size_location = glGetUniformLocation(r.program, "u_framebuffer_size");
    r.white_uv_location = glGetUniformLocation(r.program, "u_white_uv");
    glUseProgram(r.program);
    glUniform1i(glGetUniformLocation(r.program, "u_atlas"), 0);
  }
  glDeleteShader(r.vertex_shader);
  glDeleteShader(r.fragment_shader);
  r.vertex_shader = r.fragment_shader = 0;
  return r.program_linked;
}

void create_objects() {
  start_program();
  RendererState& r = g_renderer;
  glGenVertexArrays(1, &r.vertex_array);
  glGenBuffers(1, &r.vertex_buffer);
  glGenBuffers(1, &r.index_buffer);
  glBindVertexArray(r.vertex_array);
  glBindBuffer(GL_ARRAY_BUFFER, r.vertex_buffer);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, r.index_buffer);
  glEnableVertexAttribArray(0);
  glEnableVertexAttribArray(1);
  glEnableVertexAttribArray(2);
  const GLsizei stride = sizeof(ImDrawVert);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride,
                        reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride,
                        reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
  glBindVertexArray(0);
  glGenTextures(1, &r.atlas);
}

EM_BOOL on_context_lost(int, const void*, void*) {
  g_renderer.lost = true;
  return EM_TRUE;  // preventDefault: tells the browser we want the context back
}

EM_BOOL on_context_restored(int, const void*, void*) {
  RendererState& r = g_renderer;
  emscripten_webgl_make_context_current(r.context);
  r.lost = false;
  // The old GL names died with the context; ImGui's state (fields, scroll, focus) did not.
  create_objects();
  upload_font_atlas();
  if (r.on_restored) r.on_restored();
  return EM_TRUE;
}

}  // namespace

bool create(const char* canvas_target) {
  EmscriptenWebGLContextAttributes attributes;
  emscripten_webgl_init_context_attributes(&attributes);
  attributes.majorVersion = 2;
  attributes.minorVersion = 0;
  attributes.alpha = EM_FALSE;   // the UI paints every pixel; an opaque canvas composites faster
  attributes.depth = EM_FALSE;
  attributes.stencil = EM_FALSE;
  attributes.antialias = EM_FALSE;  // ImGui anti-aliases its own shapes
  attributes.premultipliedAlpha = EM_TRUE;
  attributes.preserveDrawingBuffer = EM_FALSE;
  RendererState& r = g_renderer;
  r.context = emscripten_webgl_create_context(canvas_target, &attributes);
  if (r.context <= 0) return false;
  emscripten_webgl_make_context_current(r.context);
  emscripten_set_webglcontextlost_callback(canvas_target, nullptr, EM_FALSE, on_context_lost);
  emscripten_set_webglcontextrestored_callback(canvas_target, nullptr, EM_FALSE, on_context_restored);
  create_objects();
  return true;
}

void upload_font_atlas() {
  RendererState& r = g_renderer;
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  unsigned char* pixels = nullptr;
  int width = 0;
  int height = 0;
  atlas->GetTexDataAsAlpha8(&pixels, &width, &height);
  if (r.lost) return;
  glBindTexture(GL_TEXTURE_2D, r.atlas);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
  atlas->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(r.atlas)));
}

bool render(const ImDrawData& draw_data, unsigned clear_color) {
  RendererState& r = g_renderer;
  if (r.lost || !r.program) return true;
  if (!link_result()) return false;
  const int width = static_cast<int>(draw_data.DisplaySize.x * draw_data.FramebufferScale.x);
  const int height = static_cast<int>(draw_data.DisplaySize.y * draw_data.FramebufferScale.y);
  if (width <= 0 || height <= 0) return true;

  glViewport(0, 0, width, height);
  glDisable(GL_SCISSOR_TEST);
  const ImVec4 clear = ImGui::ColorConvertU32ToFloat4(clear_color);
  glClearColor(clear.x, clear.y, clear.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);

  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glEnable(GL_SCISSOR_TEST);
  glUseProgram(r.program);
  glUniform2f(r.framebuffer_size_location, draw_data.DisplaySize.x * draw_data.FramebufferScale.x,
              draw_data.DisplaySize.y * draw_data.FramebufferScale.y);
  const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
  glUniform2f(r.white_uv_location, white.x, white.y);
  glBindVertexArray(r.vertex_array);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, r.atlas);

  const ImVec2 origin = draw_data.DisplayPos;
  const ImVec2 scale = draw_data.FramebufferScale;
  for (int n = 0; n < draw_data.CmdListsCount; ++n) {
    const ImDrawList* list = draw_data.CmdLists[n];
    glBufferData(GL_ARRAY_BUFFER, list->VtxBuffer.Size * sizeof(ImDrawVert), list->VtxBuffer.Data,
                 GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, list->IdxBuffer.Size * sizeof(ImDrawIdx),
                 list->IdxBuffer.Data, GL_STREAM_DRAW);
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback != nullptr || cmd.ElemCount == 0) continue;
      const float x0 = (cmd.ClipRect.x - origin.x) * scale.x;
      const float y0 = (cmd.ClipRect.y - origin.y) * scale.y;
      const float x1 = (cmd.ClipRect.z - origin.x) * scale.x;
      const float y1 = (cmd.ClipRect.w - origin.y) * scale.y;
      if (x1 <= x0 || y1 <= y0) continue;
      // GL's scissor origin is the bottom-left corner.
      glScissor(static_cast<GLint>(x0), static_cast<GLint>(height - y1),
                static_cast<GLsizei>(x1 - x0), static_cast<GLsizei>(y1 - y0));
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), GL_UNSIGNED_INT,
                     reinterpret_cast<void*>(cmd.IdxOffset * sizeof(ImDrawIdx)));
    }
  }
  glBindVertexArray(0);
  return true;
}

bool context_lost() { return g_renderer.lost; }

void set_restored_handler(void (*handler)()) { g_renderer.on_restored = handler; }

void destroy() {
  RendererState& r = g_renderer;
  // Also removes the html5.h handlers on the canvas (context lost/restored, wheel).
  if (r.context > 0) emscripten_webgl_destroy_context(r.context);
  r = RendererState{};
  r.lost = true;  // render() and upload_font_atlas() do nothing from now on
}

}  // namespace la::web::webgl2

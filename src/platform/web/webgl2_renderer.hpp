// WebGL2 renderer for ImGui draw lists, with context loss and restore.
#pragma once

struct ImDrawData;

namespace la::web::webgl2 {

// Creates the WebGL2 context on the html5.h target (e.g. "!la-canvas") and the GL objects.
bool create(const char* canvas_target);
// Uploads the font atlas ImGui currently holds (after a rebuild at a new scale).
void upload_font_atlas();
// Clears to clear_color (0xAABBGGRR) and draws the lists. Does nothing while the context is lost.
// False when the shader program, checked at the first render, did not link: nothing can be drawn.
bool render(const ImDrawData& draw_data, unsigned clear_color);
// True between webglcontextlost and webglcontextrestored.
bool context_lost();
// Called when the context comes back (GL objects recreated); the backend redraws.
void set_restored_handler(void (*handler)());
// Forgets the context and its event handlers (unmount). The page then loses the context itself
// (WEBGL_lose_context) so that the GPU memory goes at once, not at garbage collection.
void destroy();

}  // namespace la::web::webgl2

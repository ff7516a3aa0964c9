# la_imgui: Dear ImGui 1.90.1 compiled from the sources that scripts/fetch-imgui.sh unpacks from
# Debian's source package into the build folder (never committed). Only the wasm build uses it.
set(LA_IMGUI_DIR "" CACHE PATH "Dear ImGui 1.90.1 source tree (filled by build-wasm.sh)")
if(NOT EXISTS "${LA_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "LA_IMGUI_DIR='${LA_IMGUI_DIR}' holds no imgui.cpp: run ./build-wasm.sh, which fetches it")
endif()
file(STRINGS "${LA_IMGUI_DIR}/imgui.h" imgui_version REGEX "#define IMGUI_VERSION +\"")
if(NOT imgui_version MATCHES "\"1\\.90\\.1\"")
  message(FATAL_ERROR "Dear ImGui 1.90.1 expected, found: ${imgui_version}")
endif()

add_library(la_imgui STATIC
  ${LA_IMGUI_DIR}/imgui.cpp
  ${LA_IMGUI_DIR}/imgui_draw.cpp
  ${LA_IMGUI_DIR}/imgui_tables.cpp
  ${LA_IMGUI_DIR}/imgui_widgets.cpp)
target_include_directories(la_imgui SYSTEM PUBLIC ${LA_IMGUI_DIR})
target_compile_definitions(la_imgui PUBLIC
  # 32-bit indices: WebGL2 draws them natively and has no base-vertex draw call, so one draw
  # list never needs splitting (a 200-row table passes 64K vertices).
  ImDrawIdx=unsigned\ int
  IMGUI_DISABLE_OBSOLETE_FUNCTIONS
  IMGUI_DISABLE_DEBUG_TOOLS            # metrics window: size, and nobody opens it in a form
  IMGUI_DISABLE_FILE_FUNCTIONS         # no imgui.ini: no file system in the page
  IMGUI_DISABLE_DEFAULT_SHELL_FUNCTIONS)

# la_code_part(TARGET [SHIPPED]): links the executable TARGET as a code part (src/platform/web/
# code_part/code_part.hpp): TARGET.wasm, a standalone wasm without Emscripten's JavaScript, which
# web/la_studio.js loads on first use like any part and calls with text. SHIPPED: built into the
# parts folder (build/wasm/parts), which the site carries; else it stays in its own build folder
# (a test's part). Built for size, as the editor is; no entry point (--no-entry), so static
# constructors run from _initialize, which la_studio.js calls once.
function(la_code_part target)
  cmake_parse_arguments(PARSE_ARGV 1 part "SHIPPED" "" "")
  target_sources(${target} PRIVATE ${PROJECT_SOURCE_DIR}/src/platform/web/code_part/code_part.cpp)
  target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_compile_options(${target} PRIVATE ${LA_WASM_SIZE_OPTIONS})
  set_target_properties(${target} PROPERTIES SUFFIX ".wasm")
  if(part_SHIPPED)
    set_target_properties(${target} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/parts)
  endif()
  target_link_options(${target} PRIVATE -Oz -flto --no-entry -sSTANDALONE_WASM=1 -sFILESYSTEM=0
                      -sALLOW_MEMORY_GROWTH=1 -sMALLOC=emmalloc -sSUPPORT_ERRNO=0)
endfunction()

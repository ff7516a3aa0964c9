# la_code_part(TARGET [SHIPPED]): links the executable TARGET as a code part (src/platform/web/
# code_part/code_part.hpp): TARGET.wasm, a standalone wasm without Emscripten's JavaScript, which
# web/la_studio.js loads on first use like any part and calls with text. SHIPPED: built into the
# parts folder (build/wasm/parts), which the site carries; else it stays in its own build folder
# (a test's part). Built for size, as the editor is; no entry point (--no-entry), so static
# constructors run from _initialize, which la_studio.js calls once.
function(la_code_part target)
  cmake_parse_arguments(PARSE_ARGV 1 part "SHIPPED" "" "")
  # NFC by the browser (la_studio.js answers it), as in the editor: a part that checks or hashes an
  # agreement (print.wasm) would otherwise take utf8proc's tables from la_core (+78 KB gzip).
  target_sources(${target} PRIVATE ${PROJECT_SOURCE_DIR}/src/platform/web/code_part/code_part.cpp
                 ${PROJECT_SOURCE_DIR}/src/platform/web/unicode/browser_unicode_nfc.cpp)
  target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_compile_options(${target} PRIVATE ${LA_WASM_SIZE_OPTIONS})
  set_target_properties(${target} PROPERTIES SUFFIX ".wasm")
  if(part_SHIPPED)
    set_target_properties(${target} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/parts)
  endif()
  set(imports ${PROJECT_SOURCE_DIR}/src/platform/web/code_part/code_part_imports.js)
  target_link_options(${target} PRIVATE -Oz -flto --no-entry -sSTANDALONE_WASM=1 -sFILESYSTEM=0
                      -sALLOW_MEMORY_GROWTH=1 -sMALLOC=emmalloc -sSUPPORT_ERRNO=0 "SHELL:--js-library ${imports}")
  set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${imports})
endfunction()

# la_web_app(TARGET [LIBRARIES ...]): links a browser app (the editor, the e2e fixture) as the
# site needs it: a factory per mounted editor (MODULARIZE), WebGL2 only, no file system, -Os.
# Output: TARGET.js + TARGET.wasm; web/la_studio.js mounts them on a page element.
function(la_web_app target)
  cmake_parse_arguments(PARSE_ARGV 1 app "" "" "LIBRARIES")
  # strtod through the JS engine, without musl's software long double (src/platform/web/js_strtod).
  target_link_libraries(${target} PRIVATE la_web_platform la_js_strtod ${app_LIBRARIES})
  target_compile_options(${target} PRIVATE -Os)
  set_target_properties(${target} PROPERTIES SUFFIX ".js")
  set(bridge ${PROJECT_SOURCE_DIR}/src/platform/web/web_bridge.js)
  set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${bridge}
               ${PROJECT_SOURCE_DIR}/src/platform/web/js_strtod/js_strtod.js)
  target_link_options(${target} PRIVATE
    -Os
    # Each LAStudio.mount() creates its own instance: own memory, own ImGui, own listeners.
    -sMODULARIZE=1 -sEXPORT_NAME=createLAStudioModule -sENVIRONMENT=web
    -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
    -sALLOW_MEMORY_GROWTH=1 -sFILESYSTEM=0 -sSUPPORT_ERRNO=0 -sDYNAMIC_EXECUTION=0
    -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0
    -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0 -sGL_SUPPORT_SIMPLE_ENABLE_EXTENSIONS=0
    # Size of the glue: only the module options web/la_studio.js passes are read; UTF-8 through
    # TextDecoder only; no GL error bookkeeping (nothing calls glGetError); no setjmp; and no
    # fallbacks for browsers older than 2020 (docs/deploy.md: browsers of the last years, WebGL 2).
    -sINCOMING_MODULE_JS_API=instantiateWasm,locateFile -sTEXTDECODER=2 -sGL_TRACK_ERRORS=0
    -sSUPPORT_LONGJMP=0 -sMIN_SAFARI_VERSION=150000 -sMIN_CHROME_VERSION=85 -sMIN_EDGE_VERSION=85
    -sMIN_FIREFOX_VERSION=79
    -sEXPORTED_FUNCTIONS=_main,_malloc,_free
    -sEXPORTED_RUNTIME_METHODS=UTF8ToString
    # ImGui's built-in font is never used (src/platform/web/web_font.cpp): keep it out.
    -Wl,--wrap=_ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig
    # Nor is an .ini file read (src/platform/web/web_backend.cpp): libc's scanf stays out.
    -Wl,--wrap=sscanf
    --js-library ${bridge})
endfunction()

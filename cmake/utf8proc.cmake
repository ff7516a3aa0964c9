# la_utf8proc: utf8proc 2.8.0, Unicode normalisation (NFC) for the core's unicode_nfc_utf8proc.cpp,
# compiled from Debian's source package, which scripts/fetch-utf8proc.sh unpacks (sha256 pinned)
# into build/third_party, the same source natively and for wasm. Never committed. Its tables are
# 321 KB of wasm (78 KB gzip): the editor's first download does without them and asks the browser
# instead (src/platform/web/unicode/browser_unicode_nfc.cpp); la-check, the tests and the bench use it.
set(LA_UTF8PROC_DIR "${PROJECT_SOURCE_DIR}/build/third_party/utf8proc-2.8.0" CACHE PATH "utf8proc 2.8.0 source tree")
la_fetch_source("${LA_UTF8PROC_DIR}" utf8proc_data.c fetch-utf8proc.sh)

enable_language(C)
# utf8proc.c includes utf8proc_data.c itself.
add_library(la_utf8proc STATIC ${LA_UTF8PROC_DIR}/utf8proc.c)
target_include_directories(la_utf8proc SYSTEM PUBLIC ${LA_UTF8PROC_DIR})
target_compile_definitions(la_utf8proc PUBLIC UTF8PROC_STATIC)
if(EMSCRIPTEN)
  target_compile_options(la_utf8proc PRIVATE -Oz -flto)
endif()

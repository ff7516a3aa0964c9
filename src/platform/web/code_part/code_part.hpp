// The inside of a code part: a separately built wasm that the editor loads on first use (the XML
// codec, the print layout; tests/e2e/fixture/fixture_part.cpp for the tests), called with text
// and answering text (JSON in, JSON or other text out).
//
//   #include "platform/web/code_part/code_part.hpp"
//   LA_PART_FUNCTION char* ewp_xml_from_json(const char* input, int size) {
//     return la::part::answer(to_xml(std::string_view(input, size)));
//   }
//
// A code part is a standalone wasm without Emscripten's JavaScript (cmake/code_part.cmake): one
// file, instantiated by web/la_studio.js from the same bytes whether fetched or carried by the
// offline file. The contract with la_studio.js's callPart:
// - exports `memory`, `la_part_alloc(size)` and `la_part_free(pointer)` (code_part.cpp);
// - each function takes the input's UTF-8 bytes (pointer, length; a NUL follows them) and
//   returns a NUL-terminated UTF-8 text from la_part_alloc, which the caller frees;
// - it imports nothing but the memory growth notice, the exit abort() ends in, the (empty)
//   environment libc++ may ask for and the browser's Unicode NFC (la_browser_to_nfc,
//   browser_unicode_nfc.cpp, which cmake/code_part.cmake compiles into every part): no file
//   system, no console, no exceptions (la_studio.js refuses a part that imports more, saying
//   what).
#pragma once

#include <emscripten/emscripten.h>

#include <string_view>

#define LA_PART_FUNCTION extern "C" EMSCRIPTEN_KEEPALIVE

namespace la::part {

// A copy of text for la_studio.js to read and free (a function's return value).
char* answer(std::string_view text);

}  // namespace la::part

// Unicode NFC in the browser (core/unicode_nfc.hpp) by String.prototype.normalize: compiled into
// each executable that runs in a page, the editor and every code part, so that the linker never
// takes la_core's utf8proc implementation (321 KB of wasm, 78 KB gzip) from its archive into
// what the page downloads. The editor's module answers la_browser_to_nfc from
// editor_page_events.js; web/la_studio.js answers it for a code part (code_part.hpp).
#include <cstdlib>
#include <string>

#include "core/unicode_nfc.hpp"

// The text's UTF-8 (size bytes) in NFC, NUL-terminated in memory from malloc, or null.
extern "C" __attribute__((import_module("env"), import_name("la_browser_to_nfc"))) char* la_browser_to_nfc(
    const char* text, int size);

namespace la {
namespace {

// ASCII is in NFC; so is text the browser would read only up to a U+0000 (LA-004 reports it).
bool left_as_it_is(std::string_view text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return text.find('\0') != std::string_view::npos;
  }
  return true;
}

}  // namespace

std::string to_nfc(std::string_view text) {
  if (left_as_it_is(text)) return std::string(text);
  const std::string copy(text);
  char* normalised = la_browser_to_nfc(copy.c_str(), static_cast<int>(copy.size()));
  if (!normalised) return copy;
  std::string result(normalised);
  std::free(normalised);
  return result;
}

bool is_nfc(std::string_view text) { return left_as_it_is(text) || to_nfc(text) == text; }

}  // namespace la

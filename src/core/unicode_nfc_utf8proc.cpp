// Unicode NFC through utf8proc (unicode_nfc.hpp): la-check, the tests, the bench.
#include <cstdlib>
#include <utf8proc.h>

#include "core/unicode_nfc.hpp"

namespace la {
namespace {

bool is_ascii(std::string_view text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// utf8proc_NFC's options, with the length given (the text may hold U+0000).
std::string normalised(std::string_view text) {
  utf8proc_uint8_t* result = nullptr;
  const utf8proc_ssize_t size =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()), static_cast<utf8proc_ssize_t>(text.size()),
                   &result, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (size < 0) return std::string(text);  // not UTF-8: left as it is
  std::string copy(reinterpret_cast<const char*>(result), static_cast<std::size_t>(size));
  std::free(result);
  return copy;
}

}  // namespace

std::string to_nfc(std::string_view text) { return is_ascii(text) ? std::string(text) : normalised(text); }

bool is_nfc(std::string_view text) { return is_ascii(text) || normalised(text) == text; }

}  // namespace la

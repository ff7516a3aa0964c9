// Unicode NFC through utf8proc (unicode_nfc.hpp): la-check, the tests, the bench.
#include <vector>
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

// utf8proc_NFC's options, with the length given (the text may hold U+0000). As utf8proc_map does,
// but its first, counting pass gets a buffer: utf8proc_map passes none and offsets it, which is
// undefined behaviour that UBSan stops the fuzz target on.
std::string normalised(std::string_view text) {
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  const auto size = static_cast<utf8proc_ssize_t>(text.size());
  utf8proc_int32_t probe = 0;
  const utf8proc_ssize_t count = utf8proc_decompose(bytes, size, &probe, 0, options);
  if (count < 0) return std::string(text);  // not UTF-8: left as it is
  std::vector<utf8proc_int32_t> buffer(static_cast<std::size_t>(count) + 1);
  utf8proc_ssize_t length = utf8proc_decompose(bytes, size, buffer.data(), count, options);
  if (length >= 0) length = utf8proc_reencode(buffer.data(), length, options);  // composes, then UTF-8 in place
  if (length < 0) return std::string(text);
  return std::string(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(length));
}

}  // namespace

std::string to_nfc(std::string_view text) { return is_ascii(text) ? std::string(text) : normalised(text); }

bool is_nfc(std::string_view text) { return is_ascii(text) || normalised(text) == text; }

}  // namespace la

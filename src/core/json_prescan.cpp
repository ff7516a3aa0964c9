// UTF-8 validity, nesting depth and places in a JSON text (json_prescan.hpp).
#include "core/json_prescan.hpp"

#include <string>

namespace la {
namespace {

bool in_range(unsigned char c, unsigned char low, unsigned char high) { return c >= low && c <= high; }

}  // namespace

// Table 3-7 of the Unicode standard: the well-formed byte sequences.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) -> unsigned char { return i + k < text.size() ? text[i + k] : 0; };
  unsigned char c = byte(0);
  if (c < 0x80) return 1;
  if (in_range(c, 0xC2, 0xDF)) return in_range(byte(1), 0x80, 0xBF) ? 2 : 0;
  if (in_range(c, 0xE0, 0xEF)) {
    unsigned char low = c == 0xE0 ? 0xA0 : 0x80, high = c == 0xED ? 0x9F : 0xBF;
    return in_range(byte(1), low, high) && in_range(byte(2), 0x80, 0xBF) ? 3 : 0;
  }
  if (in_range(c, 0xF0, 0xF4)) {
    unsigned char low = c == 0xF0 ? 0x90 : 0x80, high = c == 0xF4 ? 0x8F : 0xBF;
    return in_range(byte(1), low, high) && in_range(byte(2), 0x80, 0xBF) && in_range(byte(3), 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

namespace {

LoadError error_at(std::string_view text, std::size_t offset, std::string key, MessageArgs args = {}) {
  TextPlace place = place_of(text, offset);
  args.emplace_back("line", std::to_string(place.line));
  args.emplace_back("column", std::to_string(place.column));
  return LoadError{std::move(key), std::move(args), place.line, place.column, {}};
}

}  // namespace

TextPlace place_of(std::string_view text, std::size_t offset) {
  TextPlace place{1, 1};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    unsigned char c = text[i];
    if (c == '\n') {
      ++place.line;
      place.column = 1;
    } else if ((c & 0xC0) != 0x80) {  // count characters, not continuation bytes
      ++place.column;
    }
  }
  return place;
}

std::optional<LoadError> prescan_json_text(std::string_view text, std::size_t max_depth) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = text[i];
    if (c >= 0x80) {
      std::size_t length = utf8_sequence_length(text, i);
      if (length == 0) return error_at(text, i, "load.invalid-utf8");
      i += length;
      continue;
    }
    // nlohmann's parser takes a zero byte for the end of the text, which would send the reader
    // to the end of the file instead of the damaged place.
    if (c == 0) return error_at(text, i, "load.zero-byte");
    if (in_string) {
      if (c == '\\' && i + 1 < text.size() && text[i + 1] != 0) ++i;  // the escaped character cannot end the string
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > max_depth) {
        return error_at(text, i, "load.too-deep", {{"limit", std::to_string(max_depth)}});
      }
    } else if (c == '}' || c == ']') {
      if (depth > 0) --depth;
    }
    ++i;
  }
  return std::nullopt;
}

}  // namespace la

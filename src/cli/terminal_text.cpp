// Escaping control characters for la-check's human output (terminal_text.hpp).
#include "cli/terminal_text.hpp"

#include <cstdio>

namespace la {
namespace {

bool is_c0_or_delete(unsigned char byte) { return byte < 0x20 || byte == 0x7F; }

// U+0080..U+009F in UTF-8: 0xC2 then 0x80..0x9F.
bool is_c1_at(std::string_view text, std::size_t pos) {
  return static_cast<unsigned char>(text[pos]) == 0xC2 && pos + 1 < text.size() &&
         static_cast<unsigned char>(text[pos + 1]) >= 0x80 && static_cast<unsigned char>(text[pos + 1]) <= 0x9F;
}

void append_escape(std::string& out, unsigned int code_point) {
  switch (code_point) {
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    default: break;
  }
  char escape[7];
  std::snprintf(escape, sizeof escape, "\\u%04X", code_point);
  out += escape;
}

}  // namespace

std::string escaped_for_terminal(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    auto byte = static_cast<unsigned char>(text[pos]);
    if (is_c0_or_delete(byte)) {
      append_escape(out, byte);
    } else if (is_c1_at(text, pos)) {
      append_escape(out, static_cast<unsigned char>(text[++pos]));
    } else {
      out += text[pos];
    }
  }
  return out;
}

}  // namespace la

// Hand-written checks of the text formats the rules need (text_formats.hpp).
#include "core/text_formats.hpp"

namespace la {
namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_non_ascii(char c) { return static_cast<unsigned char>(c) >= 0x80; }
bool is_utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::size_t utf8_length(char lead) {
  auto byte = static_cast<unsigned char>(lead);
  if (byte < 0x80) return 1;
  if (byte >= 0xF0) return 4;
  if (byte >= 0xE0) return 3;
  return 2;
}

bool has_control_character(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return true;
  }
  return false;
}

// A label of a lower-case domain: a-z, 0-9, '-' inside.
bool is_domain_label(std::string_view label) {
  if (label.empty() || label.front() == '-' || label.back() == '-') return false;
  for (char c : label) {
    if (!((c >= 'a' && c <= 'z') || is_digit(c) || c == '-')) return false;
  }
  return true;
}

// An internationalized label in its ASCII form ("xn--p1ai" for "рф", RFC 3490/3492): "xn--"
// then letters, digits and hyphens, not ending in '-'.
bool is_punycode_label(std::string_view label) {
  constexpr std::string_view kAcePrefix = "xn--";
  std::string_view prefix = label.substr(0, kAcePrefix.size());
  if (label.size() <= kAcePrefix.size() || !equals_ignoring_ascii_case(prefix, kAcePrefix)) return false;
  for (char c : label.substr(kAcePrefix.size())) {
    if (!(is_ascii_letter(c) || is_digit(c) || c == '-')) return false;
  }
  return label.back() != '-';
}

// A top-level domain: at least two letters (ASCII, or any non-ASCII character of an IDN), or an
// IDN's punycode, which the DNS holds and mail programs write (a@example.xn--p1ai).
bool is_top_level_domain(std::string_view label) {
  if (is_punycode_label(label)) return true;
  std::size_t letters = 0;
  for (char c : label) {
    if (is_ascii_letter(c)) ++letters;
    else if (is_non_ascii(c)) letters += is_utf8_continuation(c) ? 0 : 1;
    else return false;
  }
  return letters >= 2;
}

// host, host:port or [IPv6]:port, after an optional "user@".
bool is_url_authority(std::string_view authority) {
  std::size_t at = authority.rfind('@');
  if (at != std::string_view::npos) authority.remove_prefix(at + 1);
  std::string_view host = authority, port;
  if (!authority.empty() && authority.front() == '[') {
    std::size_t close = authority.find(']');
    if (close == std::string_view::npos || close == 1) return false;
    host = authority.substr(1, close - 1);
    port = authority.substr(close + 1);
    for (char c : host) {
      if (!(is_digit(c) || is_ascii_letter(c) || c == ':' || c == '.')) return false;
    }
  } else {
    std::size_t colon = authority.find(':');
    if (colon != std::string_view::npos) {
      host = authority.substr(0, colon);
      port = authority.substr(colon);
    }
    bool has_name_character = false;
    for (char c : host) {
      if (is_ascii_letter(c) || is_digit(c) || is_non_ascii(c)) has_name_character = true;
      else if (c != '-' && c != '.' && c != '_') return false;
    }
    if (!has_name_character || host.front() == '.') return false;
  }
  // RFC 3986 port = *DIGIT: "https://x.example:/a" has an empty port, which means the default.
  if (port.empty()) return true;
  if (port.front() != ':' || port.size() > 6) return false;
  for (char c : port.substr(1)) {
    if (!is_digit(c)) return false;
  }
  return true;
}

}  // namespace

std::size_t whitespace_length(std::string_view text, std::size_t pos) {
  auto byte = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u; };
  unsigned char c = byte(pos);
  if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  if (c == 0xC2 && (byte(pos + 1) == 0x85 || byte(pos + 1) == 0xA0)) return 2;  // NEL, no-break space
  if (c == 0xE1 && byte(pos + 1) == 0x9A && byte(pos + 2) == 0x80) return 3;    // ogham space
  if (c == 0xE2 && byte(pos + 1) == 0x80) {
    unsigned char last = byte(pos + 2);
    // U+2000..U+200B (en quad .. zero-width space), line/paragraph separators, narrow no-break space
    if ((last >= 0x80 && last <= 0x8B) || last == 0xA8 || last == 0xA9 || last == 0xAF) return 3;
  }
  if (c == 0xE2 && byte(pos + 1) == 0x81 && byte(pos + 2) == 0x9F) return 3;  // medium mathematical space
  if (c == 0xE3 && byte(pos + 1) == 0x80 && byte(pos + 2) == 0x80) return 3;  // ideographic space
  if (c == 0xEF && byte(pos + 1) == 0xBB && byte(pos + 2) == 0xBF) return 3;  // byte order mark
  return 0;
}

bool contains_whitespace(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (whitespace_length(text, pos) > 0) return true;
  }
  return false;
}

bool equals_ignoring_ascii_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (is_upper(x)) x = static_cast<char>(x - 'A' + 'a');
    if (is_upper(y)) y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

bool is_blank(std::string_view text) { return trimmed(text).empty(); }

bool is_missing(const std::optional<std::string>& text) { return !text || is_blank(std::string_view(*text)); }

std::string_view trimmed(std::string_view text) {
  std::size_t begin = std::string_view::npos, end = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    if (std::size_t space = whitespace_length(text, pos)) {
      pos += space;
      continue;
    }
    if (begin == std::string_view::npos) begin = pos;
    pos += utf8_length(text[pos]);
    end = pos < text.size() ? pos : text.size();
  }
  if (begin == std::string_view::npos) return text.substr(0, 0);
  return text.substr(begin, end - begin);
}

bool is_email(std::string_view text) {
  std::size_t at = text.find('@');
  if (at == 0 || at == std::string_view::npos || text.find('@', at + 1) != std::string_view::npos) return false;
  if (contains_whitespace(text)) return false;
  std::string_view domain = text.substr(at + 1);
  std::size_t last_dot = domain.rfind('.');
  if (last_dot == std::string_view::npos) return false;
  std::size_t label_start = 0;
  for (std::size_t pos = 0; pos <= last_dot; ++pos) {
    if (domain[pos] != '.') continue;
    if (pos == label_start) return false;  // an empty label: "a@.pl", "a@uw..pl"
    label_start = pos + 1;
  }
  return is_top_level_domain(domain.substr(last_dot + 1));
}

bool is_internet_domain(std::string_view text) {
  std::size_t labels = 0;
  std::string_view label;
  for (std::size_t start = 0;;) {
    std::size_t dot = text.find('.', start);
    label = text.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (!is_domain_label(label)) return false;
    ++labels;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  // No top-level domain is all digits (RFC 3696, section 2): "10.0.0.1" is an IP address.
  bool numeric_top_level = label.find_first_not_of("0123456789") == std::string_view::npos;
  return labels >= 2 && !numeric_top_level;
}

std::optional<std::string_view> erasmus_code_prefix(std::string_view code) {
  if (code.size() < 6 || !is_upper(code[0])) return std::nullopt;
  std::size_t letters = 1;
  while (letters < 3 && is_upper(code[letters])) ++letters;
  for (std::size_t i = letters; i < 3; ++i) {
    if (code[i] != ' ') return std::nullopt;  // padding only after the letters, none inside
  }
  std::size_t pos = 3;
  while (pos < code.size() && (is_upper(code[pos]) || code[pos] == '-')) ++pos;
  if (pos == 3) return std::nullopt;
  std::size_t digits = code.size() - pos;
  if (digits < 2 || digits > 3) return std::nullopt;
  for (; pos < code.size(); ++pos) {
    if (!is_digit(code[pos])) return std::nullopt;
  }
  return code.substr(0, letters);
}

bool is_esi(std::string_view text) {
  constexpr std::string_view kPrefix = "urn:schac:personalUniqueCode:int:esi:";
  if (text.size() <= kPrefix.size() || !equals_ignoring_ascii_case(text.substr(0, kPrefix.size()), kPrefix)) {
    return false;
  }
  std::string_view rest = text.substr(kPrefix.size());
  std::size_t colon = rest.find(':');
  if (colon == std::string_view::npos) return false;
  std::string_view qualifier = rest.substr(0, colon), student_code = rest.substr(colon + 1);
  bool country = qualifier.size() == 2 && is_ascii_letter(qualifier[0]) && is_ascii_letter(qualifier[1]);
  if (!country && !is_internet_domain(qualifier)) return false;
  return !student_code.empty() && !contains_whitespace(student_code) && !has_control_character(student_code);
}

bool is_http_url(std::string_view text) {
  std::size_t scheme = text.rfind("http://", 0) == 0 ? 7 : text.rfind("https://", 0) == 0 ? 8 : 0;
  if (scheme == 0 || contains_whitespace(text) || has_control_character(text)) return false;
  std::string_view rest = text.substr(scheme);
  std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
  return is_url_authority(authority);
}

bool is_e164(std::string_view text) {
  if (text.size() < 2 || text.size() > 16 || text[0] != '+') return false;
  return text.find_first_not_of("0123456789", 1) == std::string_view::npos;
}

}  // namespace la

// Hand-written checks of the EWP XSDs' value forms (ewp_values.hpp).
#include "core/ewp_values.hpp"

#include <array>
#include <string>

#include "core/reference_data.hpp"

namespace la {
namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Characters counted as XSD's '.' does: any but line feed and carriage return; UTF-8 sequences
// count once. -1 when a line break is met.
long long xsd_dot_count(std::string_view text) {
  long long count = 0;
  for (char c : text) {
    if (c == '\n' || c == '\r') return -1;
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

// PREFIX/(.{1,40}) with one of the prefixes.
template <std::size_t N>
bool has_prefixed_id(std::string_view text, const std::array<std::string_view, N>& prefixes) {
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) return false;
  const std::string_view prefix = text.substr(0, slash);
  bool known = false;
  for (std::string_view candidate : prefixes) known = known || prefix == candidate;
  const long long rest = xsd_dot_count(text.substr(slash + 1));
  return known && rest >= 1 && rest <= 40;
}

}  // namespace

bool is_ewp_identifier(std::string_view text) {
  if (text.empty() || text.size() > 64) return false;
  for (char c : text) {
    if (c < '!' || c > '~') return false;
  }
  return true;
}

bool is_ewp_los_id(std::string_view text) {
  return has_prefixed_id(text, std::array<std::string_view, 4>{"CR", "CLS", "MOD", "DEP"});
}

bool is_ewp_loi_id(std::string_view text) {
  return has_prefixed_id(text, std::array<std::string_view, 4>{"CRI", "CLSI", "MODI", "DEPI"});
}

bool is_ewp_academic_year_id(std::string_view text) {
  if (text.size() != 9 || text[4] != '/') return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i != 4 && !is_digit(text[i])) return false;
  }
  return true;
}

bool is_ewp_email(std::string_view text) {
  const std::size_t at = text.find('@');
  if (at == 0 || at == std::string_view::npos) return false;
  const std::string_view domain = text.substr(at + 1);
  const std::size_t dot = domain.find('.');
  // [^.]+ then '.' then .+ : the part after '@' up to its first dot is not empty, and neither is
  // what follows that dot; '.' matches no line break, '[^@]' does.
  if (dot == 0 || dot == std::string_view::npos || dot + 1 >= domain.size()) return false;
  return xsd_dot_count(domain) >= 0 && xsd_dot_count(domain.substr(dot + 1)) >= 1;
}

bool is_ewp_country_code(std::string_view text) {
  return text.size() == 2 && text[0] >= 'A' && text[0] <= 'Z' && text[1] >= 'A' && text[1] <= 'Z';
}

bool is_xml_language(std::string_view text) {
  std::size_t part_length = 0;
  bool first_part = true;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '-') {
      if (part_length == 0 || part_length > 8) return false;
      part_length = 0;
      first_part = false;
      continue;
    }
    const char c = text[i];
    if (!(is_ascii_letter(c) || (!first_part && is_digit(c)))) return false;
    ++part_length;
  }
  return true;
}

bool is_ewp_cefr_level(std::string_view text) {
  if (text == "NS") return true;
  return text.size() == 2 && text[0] >= 'A' && text[0] <= 'C' && (text[1] == '1' || text[1] == '2');
}

bool is_ewp_reason_code(std::string_view text) {
  return ReferenceData::embedded().reason_code_use(text) != ReasonCodeUse::Unknown;
}

std::size_t first_non_xml_character(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return i;
    // U+FFFE and U+FFFF are EF BF BE and EF BF BF in UTF-8.
    if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) {
      return i;
    }
  }
  return std::string_view::npos;
}

}  // namespace la

// Canonical forms of phone numbers, Erasmus codes, e-mails, dates and ISCED codes (text_tidy.hpp).
#include "core/text_tidy.hpp"

#include <cstdio>

#include "core/calendar.hpp"
#include "core/text_formats.hpp"

namespace la {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// The text with every run of white space (Unicode spaces included) as one ASCII space, trimmed.
std::string collapsed_spaces(std::string_view text) {
  std::string out;
  text = trimmed(text);
  for (std::size_t i = 0; i < text.size();) {
    if (std::size_t space = whitespace_length(text, i)) {
      if (out.empty() || out.back() != ' ') out += ' ';
      i += space;
    } else {
      out += text[i++];
    }
  }
  return out;
}

std::optional<std::string> changed(std::string tidied, std::string_view original) {
  if (tidied == original) return std::nullopt;
  return tidied;
}

// Digits of a date part: 1 to `most` of them.
std::optional<int> date_number(std::string_view part, std::size_t most) {
  if (part.empty() || part.size() > most) return std::nullopt;
  int value = 0;
  for (char c : part) {
    if (!is_digit(c)) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

std::optional<std::string> tidied_phone_number(std::string_view text) {
  const std::string spaced = collapsed_spaces(text);
  std::string_view rest = spaced;
  // "(+48) 22 …": the country code in brackets.
  bool bracketed_plus = rest.size() > 1 && rest[0] == '(' && rest[1] == '+';
  if (bracketed_plus) rest.remove_prefix(2);
  else if (!rest.empty() && rest[0] == '+') rest.remove_prefix(1);
  else if (rest.size() > 2 && rest[0] == '0' && rest[1] == '0') rest.remove_prefix(2);  // "00 48 …"
  else return std::nullopt;
  std::string digits;
  bool open = bracketed_plus;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    const char c = rest[i];
    if (is_digit(c)) {
      digits += c;
    } else if (c == '(' && !open) {
      // "(0)" after the country code: the trunk prefix, dialled only at home.
      if (!digits.empty() && rest.substr(i, 3) == "(0)") {
        i += 2;
        continue;
      }
      open = true;
    } else if (c == ')' && open) {
      open = false;
    } else if (c != ' ' && c != '-' && c != '.' && c != '/') {
      return std::nullopt;  // letters, "ext.", a second number: not ours to guess
    }
  }
  if (open || digits.empty() || digits.size() > 15 || digits[0] == '0') return std::nullopt;
  return changed("+" + digits, text);
}

std::optional<std::string> tidied_erasmus_code(std::string_view text) {
  std::string code = collapsed_spaces(text);
  for (char& c : code) c = ascii_upper(c);
  // A country prefix of one to three letters, one space, then the rest: the prefix padded to
  // three characters ("IRLDUBLIN01" has none). Without a space only the case is tidied.
  const std::size_t space = code.find(' ');
  std::string padded = code;
  if (space != std::string::npos) {
    if (space == 0 || space > 3 || code.find(' ', space + 1) != std::string::npos) return std::nullopt;
    padded = code.substr(0, space) + std::string(3 - space, ' ') + code.substr(space + 1);
  }
  if (!erasmus_code_prefix(padded)) return std::nullopt;
  return changed(padded, text);
}

std::optional<std::string> tidied_email(std::string_view text) {
  std::string email(trimmed(text));
  const std::size_t at = email.find('@');
  if (at == std::string::npos || email.find('@', at + 1) != std::string::npos) return std::nullopt;
  for (std::size_t i = at + 1; i < email.size(); ++i) email[i] = ascii_lower(email[i]);
  if (!is_email(email)) return std::nullopt;
  return changed(email, text);
}

std::optional<std::string> tidied_date(std::string_view text, bool month_allowed) {
  std::string spaced = collapsed_spaces(text);
  // Parts separated by '.', '/' or '-', each optionally followed by a space ("17. 4. 2003").
  std::string parts[3];
  std::size_t count = 0;
  for (std::size_t i = 0; i < spaced.size(); ++i) {
    const char c = spaced[i];
    if (c == '.' || c == '/' || c == '-') {
      if (++count > 2) return std::nullopt;
      if (i + 1 < spaced.size() && spaced[i + 1] == ' ') ++i;
    } else {
      parts[count] += c;
    }
  }
  char out[40];  // room for any int, as the compiler counts
  if (count == 2) {
    std::optional<int> day = date_number(parts[0], 2), month = date_number(parts[1], 2), year = date_number(parts[2], 4);
    if (!day || !month || !year || parts[2].size() != 4) return std::nullopt;
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", *year, *month, *day);
    if (!parse_date(out)) return std::nullopt;
  } else if (count == 1 && month_allowed) {
    std::optional<int> month = date_number(parts[0], 2), year = date_number(parts[1], 4);
    if (!month || !year || parts[1].size() != 4 || *month < 1 || *month > 12) return std::nullopt;
    std::snprintf(out, sizeof out, "%04d-%02d", *year, *month);
  } else {
    return std::nullopt;
  }
  return changed(out, text);
}

std::optional<std::string> leading_isced_code(std::string_view text) {
  text = trimmed(text);
  std::size_t digits = 0;
  while (digits < text.size() && is_digit(text[digits])) ++digits;
  if (digits < 2 || digits > 4) return std::nullopt;
  return std::string(text.substr(0, digits));
}

}  // namespace la

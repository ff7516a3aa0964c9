// The fields with a canonical form and their tidying (field_tidying.hpp).
#include "ui/field_tidying.hpp"

#include "core/text_tidy.hpp"
#include "core/unicode_nfc.hpp"
#include "ui/field_access.hpp"

namespace la {

namespace {

std::optional<std::string> canonical_form(std::string_view pointer, std::string_view text) {
  const std::string_view field = last_token(pointer);
  if (field == "e164") return tidied_phone_number(text);
  if (field == "erasmusCode") return tidied_erasmus_code(text);
  if (field == "email" || field == "signerEmail") return tidied_email(text);
  return std::nullopt;
}

}  // namespace

std::optional<std::string> tidied_field_text(std::string_view pointer, std::string_view text) {
  std::optional<std::string> tidied = canonical_form(pointer, text);
  // Every text in NFC: "é" typed as "e" + U+0301 (some keyboards and systems do) is one character.
  const std::string_view form = tidied ? std::string_view(*tidied) : text;
  if (!is_nfc(form)) return to_nfc(form);
  return tidied;
}

std::optional<std::string> suggested_field_text(std::string_view pointer, std::string_view text) {
  const std::string_view field = last_token(pointer);
  // Stays are given to the day or, where the format allows it, the month (X start-year-month).
  if (field == "birthDate") return tidied_date(text, false);
  if (field == "startDate" || field == "endDate") return tidied_date(text, true);
  return std::nullopt;
}

}  // namespace la

// Which fields have a canonical form, and that form (core/text_tidy.hpp) for a field's text: the
// editor tidies a phone number, a code or an e-mail as the student leaves the field, as one undo
// step, and says so by the field; a date it offers in its ISO form, for the student to accept.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace la {

// What a field tidied as it was left held before, until it is edited again or undone.
struct TidiedField {
  std::string pointer;
  std::string before;
};

// The tidied text for the field at `pointer` ("/sendingHei/contactPerson/phoneNumber/e164"),
// nothing when the field has no canonical form, or the text is in it, or cannot be read as it.
// Any field's text not in Unicode NFC is put into it (rule LA-005).
std::optional<std::string> tidied_field_text(std::string_view pointer, std::string_view text);

// The ISO form of a date field's text ("17.04.2003" -> "2003-04-17"), offered rather than put in
// (issue 13): "04.05.2003" is the 4th of May in Europe and the 5th of April elsewhere, so the
// student confirms the reading. Nothing for other fields, or a text already ISO or not a date.
std::optional<std::string> suggested_field_text(std::string_view pointer, std::string_view text);

}  // namespace la

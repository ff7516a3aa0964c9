// Which fields have a canonical form, and that form (core/text_tidy.hpp) for a field's text: the
// editor tidies a field as the student leaves it, as one undo step, and says so by the field.
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

}  // namespace la

// JSON Pointers (RFC 6901) for findings and load errors, and their order in a document.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace la {

// base + "/" + token, with "~" and "/" in the token escaped as RFC 6901 says.
std::string pointer_append(std::string_view base, std::string_view token);
std::string pointer_append(std::string_view base, std::size_t index);

// Orders pointers as their fields appear in a canonical file: fields by the model's field order
// (agreement.hpp), array items by index, unknown names after known ones, alphabetically.
// A pointer sorts before the pointers below it.
bool pointer_precedes(std::string_view a, std::string_view b);

}  // namespace la

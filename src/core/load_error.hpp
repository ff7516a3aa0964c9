// Why a file could not be read as a Learning Agreement: a message key with its values, and where.
#pragma once

#include <cstddef>
#include <string>

#include "core/finding.hpp"

namespace la {

struct LoadError {
  std::string key;         // message key, "load.not-json", ... (assets/i18n/en.json)
  MessageArgs args;        // values for the message
  std::size_t line = 0;    // 1-based place in the text, 0 when the error is not about a place
  std::size_t column = 0;  // counted in characters, not bytes
  std::string pointer;     // the field, when the error is about one (JSON Pointer)
};

// The plain-language message ("This is not a JSON file: … (line 3, column 7).").
std::string load_error_message(const LoadError& error, std::string_view language = "en");

}  // namespace la

// What the JSON parser does not place well, found in one pass over a text it rejected: the first
// byte that is not UTF-8, and the bracket that nests deeper than a limit (deep nesting would make
// writing it back recurse without bound). Also the UTF-8 and line/column helpers of the codec.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/load_error.hpp"

namespace la {

struct TextPlace {
  std::size_t line;    // 1-based
  std::size_t column;  // 1-based, in characters
};

// Length of the valid UTF-8 sequence (RFC 3629) that starts at text[offset], or 0 if none does.
std::size_t utf8_sequence_length(std::string_view text, std::size_t offset);

// The line and column of the byte at `offset`.
TextPlace place_of(std::string_view text, std::size_t offset);

std::optional<LoadError> prescan_json_text(std::string_view text, std::size_t max_depth);

}  // namespace la

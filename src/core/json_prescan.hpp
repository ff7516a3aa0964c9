// What the JSON parser does not report well, checked in one pass before parsing: that the whole
// text is UTF-8, and that brackets do not nest deeper than a limit (deep nesting would make
// writing it back recurse without bound).
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

// The line and column of the byte at `offset`.
TextPlace place_of(std::string_view text, std::size_t offset);

std::optional<LoadError> prescan_json_text(std::string_view text, std::size_t max_depth);

}  // namespace la

// The one way the program parses JSON text. Why one: every SAX handler given to nlohmann's parser
// (its own DOM builders for json::parse, ours for the codec) instantiates the whole parser again,
// some 9 KB of the editor's wasm each; all parsing goes through the builder here instead.
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace la {

struct JsonParse {
  nlohmann::json value;
  bool failed = false;            // not JSON: error_position and error_what say why (nlohmann's words)
  std::size_t error_position = 0;
  std::string error_what;
  std::string duplicate_pointer;  // strict: where a field appears twice in one object
  bool too_deep = false;          // strict: brackets nest deeper than max_depth
};

// The codec's strict reading: a field given twice in one object, or nesting deeper than
// max_depth, stops the parse (nlohmann would keep the last value, and nests without limit).
JsonParse parse_json_strictly(std::string_view text, std::size_t max_depth);

// As nlohmann::json::parse(text, nullptr, false): the value, or a discarded one if the text is not
// JSON; a field given twice keeps its last value.
nlohmann::json parse_json(std::string_view text);

// A value as compact JSON text, invalid UTF-8 in its strings replaced (U+FFFD) rather than refused:
// what the editor hands the page and its parts.
std::string json_text(const nlohmann::json& value);

}  // namespace la

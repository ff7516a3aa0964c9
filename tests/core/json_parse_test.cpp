// parse_json, the program's one JSON parser (core/json_parse.hpp): what nlohmann::json::parse
// gave its callers before, and the codec's strict mode.
#include <doctest/doctest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "core/json_parse.hpp"

namespace la {

TEST_CASE("parse_json reads what nlohmann::json::parse reads, to the same value") {
  for (const char* text : {R"({"b": [1, -2, 3.5, true, null, "é\u00e9"], "a": {}})", "[]", "0", " \"x\" ",
                           R"({"a": 1, "a": {"b": 2}})", R"([[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]])"}) {
    CAPTURE(text);
    CHECK(parse_json(text) == nlohmann::json::parse(text, nullptr, false));
  }
  CHECK(parse_json(R"({"a": 1, "a": 2})") == nlohmann::json{{"a", 2}});  // the last value wins
  CHECK(parse_json(std::string(300, '[') + std::string(300, ']')).is_array());  // no depth limit
}

TEST_CASE("parse_json gives a discarded value for text that is not JSON") {
  for (const char* text : {"", "{", R"({"a": 1,})", "[1] 2", "nul", "\"\xff\""}) {
    CAPTURE(text);
    CHECK(parse_json(text).is_discarded());
  }
}

TEST_CASE("parse_json_strictly stops at a field given twice and at deep nesting, and says where") {
  const JsonParse twice = parse_json_strictly(R"({"a": [{"b": 1, "b": 2}]})", 64);
  CHECK(twice.duplicate_pointer == "/a/0/b");
  CHECK_FALSE(twice.failed);
  CHECK(parse_json_strictly("[[[1]]]", 3).value == nlohmann::json::parse("[[[1]]]"));
  CHECK(parse_json_strictly("[[[[1]]]]", 3).too_deep);
  const JsonParse broken = parse_json_strictly("[1,]", 64);
  CHECK(broken.failed);
  CHECK(broken.error_position == 4);
  CHECK(broken.error_what.find("unexpected ']'") != std::string::npos);
}

}  // namespace la

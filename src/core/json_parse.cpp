// One SAX document builder for all JSON parsing (json_parse.hpp): a syntax error is reported to
// us instead of thrown, and in the strict mode a field given twice in one object is an error
// rather than silently losing one of its values (nlohmann keeps the last).
#include "core/json_parse.hpp"

#include <utility>
#include <vector>

#include "core/json_pointer.hpp"

namespace la {
namespace {

using nlohmann::json;

class DomBuilder {
 public:
  DomBuilder(JsonParse& result, bool strict, std::size_t max_depth)
      : result_(result), strict_(strict), max_depth_(max_depth) {}

  bool null() { return place(nullptr); }
  bool boolean(bool value) { return place(value); }
  bool number_integer(json::number_integer_t value) { return place(value); }
  bool number_unsigned(json::number_unsigned_t value) { return place(value); }
  bool number_float(json::number_float_t value, const std::string&) { return place(value); }
  bool string(json::string_t& value) { return place(std::move(value)); }
  bool binary(json::binary_t&) { return false; }  // not produced by JSON text
  bool start_object(std::size_t) { return open(json::object()); }
  bool start_array(std::size_t) { return open(json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool key(json::string_t& name) {
    json& object = *stack_.back().value;
    if (object.contains(name)) {
      if (strict_) {
        result_.duplicate_pointer = pointer_append(current_pointer(), name);
        return false;
      }
      object.erase(name);  // the last value wins, as with nlohmann::json::parse
    }
    pending_key_ = std::move(name);
    return true;
  }

  bool parse_error(std::size_t position, const std::string& /*last_token*/, const nlohmann::detail::exception& ex) {
    result_.failed = true;
    result_.error_position = position;
    result_.error_what = ex.what();
    return false;
  }

 private:
  struct Level {
    json* value;
    std::string token;  // where it sits in its parent (strict mode only, for error pointers)
  };

  // Puts a value where the parser is (document root, next array item, or the pending key).
  // `token`, when asked for, receives where it went (only containers need it, for error pointers).
  json* put(json&& value, std::string* token) {
    if (stack_.empty()) {
      result_.value = std::move(value);
      return &result_.value;
    }
    json& parent = *stack_.back().value;
    if (parent.is_array()) {
      if (token) *token = std::to_string(parent.size());
      parent.push_back(std::move(value));
      return &parent.back();
    }
    if (token) *token = pending_key_;
    auto [slot, inserted] = parent.get_ref<json::object_t&>().emplace(std::move(pending_key_), std::move(value));
    return &slot->second;
  }

  bool place(json&& value) {
    put(std::move(value), nullptr);
    return true;
  }

  bool open(json&& container) {
    if (stack_.size() >= max_depth_) {
      result_.too_deep = true;  // writing it back would recurse without bound
      return false;
    }
    std::string token;
    json* value = put(std::move(container), strict_ ? &token : nullptr);
    stack_.push_back({value, std::move(token)});
    return true;
  }

  bool close() {
    stack_.pop_back();
    return true;
  }

  std::string current_pointer() const {
    std::string pointer;
    for (std::size_t i = 1; i < stack_.size(); ++i) pointer = pointer_append(pointer, stack_[i].token);
    return pointer;
  }

  JsonParse& result_;
  const bool strict_;
  const std::size_t max_depth_;
  std::vector<Level> stack_;
  std::string pending_key_;
};

void parse_into(JsonParse& result, std::string_view text, bool strict, std::size_t max_depth) {
  DomBuilder builder(result, strict, max_depth);
  json::sax_parse(text.data(), text.data() + text.size(), &builder);
}

}  // namespace

JsonParse parse_json_strictly(std::string_view text, std::size_t max_depth) {
  JsonParse result;
  parse_into(result, text, true, max_depth);
  return result;
}

json parse_json(std::string_view text) {
  JsonParse result;
  parse_into(result, text, false, std::numeric_limits<std::size_t>::max());
  if (result.failed) return json(json::value_t::discarded);
  return std::move(result.value);
}

std::string json_text(const json& value) {
  return value.dump(-1, ' ', false, nlohmann::detail::error_handler_t::replace);
}

}  // namespace la

// Reads and writes JSON format v1 through the model's field lists (json_codec.hpp).
#include "core/json_codec.hpp"

#include <cmath>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/json_parse.hpp"
#include "core/json_pointer.hpp"
#include "core/json_prescan.hpp"
#include "core/messages.hpp"

namespace la {
namespace {

using nlohmann::json;

LoadError syntax_error(std::string_view text, const JsonParse& parsed) {
  std::size_t offset = parsed.error_position > 0 ? parsed.error_position - 1 : 0;
  MessageArgs args;
  const std::string& what = parsed.error_what;
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (what.find("unexpected end of input") != std::string::npos || offset >= text.size()) {
    args.emplace_back("problem", "json.unexpected-end");
    offset = text.size();
  } else if (offset == first && text[first] != '{' && text[first] != '[') {
    // Another kind of file (a PDF, a Word document): the parser's words would mean nothing.
    args.emplace_back("problem", "json.not-json-start");
  } else {
    // nlohmann says precisely what is wrong ("unexpected ','; expected string literal"); keep
    // that part of its message, without its own position and token buffer.
    std::size_t from = what.find(" - ");
    from = from == std::string::npos ? what.find("] ") : from;
    std::string problem = from == std::string::npos ? what : what.substr(from + (what[from] == ']' ? 2 : 3));
    problem = problem.substr(0, problem.find("; last read:"));
    args.emplace_back("problem", problem);
  }
  TextPlace place = place_of(text, offset);
  args.emplace_back("line", std::to_string(place.line));
  args.emplace_back("column", std::to_string(place.column));
  return LoadError{"load.not-json", std::move(args), place.line, place.column, {}};
}

// ---- Reading the model from the parsed document.

// Where a value sits; turned into a JSON Pointer only when an error needs it.
struct Path {
  const Path* parent;
  std::string_view name;
  std::size_t index;
  bool is_index;

  std::string pointer() const {
    std::string base = parent ? parent->pointer() : std::string();
    if (!parent) return base;
    return is_index ? pointer_append(base, index) : pointer_append(base, name);
  }
};

std::string json_type_key(const json& value) {
  switch (value.type()) {
    case json::value_t::string: return "json.a-string";
    case json::value_t::boolean: return "json.a-boolean";
    case json::value_t::object: return "json.an-object";
    case json::value_t::array: return "json.a-list";
    case json::value_t::null: return "json.null";
    default: return "json.a-number";
  }
}

// The names a model struct knows, in order (for telling unknown fields apart).
struct NameCollector {
  std::vector<std::string_view> names;
  template <class T>
  void operator()(const char* name, const T&) { names.push_back(name); }
};

template <class T>
const std::vector<std::string_view>& names_of() {
  static const std::vector<std::string_view> names = [] {
    NameCollector collector;
    const T prototype{};
    T::visit_fields(prototype, collector);
    return collector.names;
  }();
  return names;
}

class ModelReader {
 public:
  std::optional<LoadError> error;

  template <class T>
  void read_object(const json& value, const Path& path, T& out) {
    if (!value.is_object()) return wrong_type(path, "json.an-object", value);
    std::size_t matched = 0;
    auto read_field = [&](const char* name, auto& field) {
      if (error) return;
      auto it = value.find(name);
      if (it == value.end()) return;
      ++matched;
      read_value(*it, Path{&path, name, 0, false}, field);
    };
    FieldVisitor<decltype(read_field)> visitor{read_field};
    T::visit_fields(out, visitor);
    if (error || matched == value.size()) return;
    const std::vector<std::string_view>& known = names_of<T>();
    for (const auto& [key, item] : value.items()) {
      bool is_known = false;
      for (std::string_view name : known) is_known = is_known || name == key;
      if (!is_known) out.unknown[key] = item;
    }
  }

 private:
  template <class F>
  struct FieldVisitor {
    F& f;
    template <class Field>
    void operator()(const char* name, Field& field) { f(name, field); }
  };

  void wrong_type(const Path& path, const char* expected, const json& found) {
    std::string pointer = path.pointer();
    error = LoadError{"load.wrong-type",
                      {{"field", pointer}, {"expected", expected}, {"found", json_type_key(found)}},
                      0, 0, pointer};
  }

  // docs/format.md: a number beyond ±2^53 is unreadable. Whole numbers are compared as the
  // parser read them, before a double could round 2^53 + 1 down to 2^53.
  static bool beyond_largest_number(const json& value) {
    constexpr auto kMaxWhole = static_cast<long long>(kMaxNumberMagnitude);
    if (value.is_number_unsigned()) return value.get<unsigned long long>() > static_cast<unsigned long long>(kMaxWhole);
    if (value.is_number_integer()) return value.get<long long>() < -kMaxWhole;
    return !(std::fabs(value.get<double>()) <= kMaxNumberMagnitude);  // infinity too
  }

  void out_of_range(const Path& path) {
    std::string pointer = path.pointer();
    error = LoadError{"load.number-out-of-range", {{"field", pointer}}, 0, 0, pointer};
  }

  void read_value(const json& value, const Path& path, Text& out) {
    if (!value.is_string()) return wrong_type(path, "json.a-string", value);
    out = value.get_ref<const std::string&>();
  }

  void read_value(const json& value, const Path& path, Number& out) {
    if (!value.is_number()) return wrong_type(path, "json.a-number", value);
    if (beyond_largest_number(value)) return out_of_range(path);
    out = value.get<double>();
  }

  void read_value(const json& value, const Path& path, WholeNumber& out) {
    if (value.is_number() && beyond_largest_number(value)) return out_of_range(path);
    if (value.is_number_unsigned()) {
      out = static_cast<long long>(value.get<unsigned long long>());
    } else if (value.is_number_integer()) {
      out = value.get<long long>();
    } else if (value.is_number_float() && std::trunc(value.get<double>()) == value.get<double>()) {
      out = static_cast<long long>(value.get<double>());  // 2.0 is a whole number too
    } else {
      wrong_type(path, "json.a-whole-number", value);
    }
  }

  void read_value(const json& value, const Path& path, Flag& out) {
    if (!value.is_boolean()) return wrong_type(path, "json.a-boolean", value);
    out = value.get<bool>();
  }

  template <class T>
  void read_value(const json& value, const Path& path, std::optional<T>& out) {
    read_object(value, path, out.emplace());
  }

  template <class T>
  void read_value(const json& value, const Path& path, List<T>& out) {
    if (!value.is_array()) return wrong_type(path, "json.a-list", value);
    std::vector<T>& items = out.emplace();
    items.resize(value.size());
    for (std::size_t i = 0; i < items.size() && !error; ++i) {
      read_object(value[i], Path{&path, {}, i, true}, items[i]);
    }
  }
};

std::optional<LoadError> check_format_version(const json& document) {
  auto it = document.find("formatVersion");
  if (it == document.end()) return LoadError{"load.no-format-version", {}, 0, 0, "/formatVersion"};
  MessageArgs args{{"found", it->dump()}, {"supported", std::to_string(kFormatVersion)}};
  bool whole = it->is_number_integer() || (it->is_number_float() && std::trunc(it->get<double>()) == it->get<double>());
  if (!whole || it->get<double>() < 1) return LoadError{"load.bad-format-version", args, 0, 0, "/formatVersion"};
  if (it->get<double>() > kFormatVersion) return LoadError{"load.newer-format-version", args, 0, 0, "/formatVersion"};
  return std::nullopt;
}

std::string human_size(std::size_t bytes) {
  if (bytes >= 1024 * 1024) {
    std::size_t tenths = bytes * 10 / (1024 * 1024);
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
  }
  return std::to_string(bytes / 1024) + " KB";
}

}  // namespace

ReadResult read_agreement(std::string_view text) {
  ReadResult result;
  // Said as "more than" the limit, not as the text's size: a reader may stop just past the limit
  // (la-check does), and 5 MB and a few bytes would show as 5.0 MB.
  if (text.size() > kMaxFileBytes) {
    result.error = {"load.too-large", {{"limit", human_size(kMaxFileBytes)}}, 0, 0, {}};
    return result;
  }
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    result.error = {"load.empty", {}, 0, 0, {}};
    return result;
  }

  JsonParse parsed = parse_json_strictly(text, kMaxNestingDepth);
  json& document = parsed.value;
  if (!parsed.duplicate_pointer.empty()) {
    result.error = {"load.duplicate-field", {{"field", parsed.duplicate_pointer}}, 0, 0, parsed.duplicate_pointer};
    return result;
  }
  // A zero byte also ends nlohmann's input: after a complete value, the rest would go unread.
  if (parsed.failed || parsed.too_deep || text.find('\0') != std::string_view::npos) {
    // Bad bytes and deep nesting are found and placed by a second pass, only on this error path.
    std::optional<LoadError> error = prescan_json_text(text, kMaxNestingDepth);
    result.error = error ? *error : syntax_error(text, parsed);
    return result;
  }
  if (!document.is_object()) {
    result.error = {"load.not-object", {{"found", json_type_key(document)}}, 0, 0, {}};
    return result;
  }
  if (auto error = check_format_version(document)) {
    result.error = *error;
    return result;
  }

  document.erase("formatVersion");  // the codec's own field, not the model's
  ModelReader reader;
  Agreement agreement;
  const Path root{nullptr, {}, 0, false};
  reader.read_object(document, root, agreement);
  if (reader.error) {
    result.error = *reader.error;
    return result;
  }
  result.agreement = std::move(agreement);
  return result;
}

std::string load_error_message(const LoadError& error, std::string_view language) {
  // An argument that is itself a message key ("json.a-string") is worded in the same language.
  MessageArgs args = error.args;
  for (auto& [name, value] : args) {
    if (value.rfind("json.", 0) == 0) value = message_text(value, error.args, language);
  }
  return message_text(error.key, args, language);
}

}  // namespace la

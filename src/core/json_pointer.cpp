// JSON Pointers: building them, and ordering them as the fields appear in a canonical file.
#include "core/json_pointer.hpp"

#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include "core/agreement.hpp"

namespace la {

std::string pointer_append(std::string_view base, std::string_view token) {
  std::string result(base);
  result.reserve(base.size() + token.size() + 1);
  result += '/';
  for (char c : token) {
    if (c == '~') result += "~0";
    else if (c == '/') result += "~1";
    else result += c;
  }
  return result;
}

std::string pointer_append(std::string_view base, std::size_t index) {
  std::string result(base);
  result += '/';
  result += std::to_string(index);
  return result;
}

namespace {

// The fields of one model struct in canonical order, with the struct of each field's value
// (null for plain values) and whether the value is a list of those structs.
struct FieldNode {
  struct Field {
    std::string name;
    const FieldNode* child;
    bool is_list;
  };
  std::vector<Field> fields;

  const Field* find(std::string_view name, std::size_t* rank) const {
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (fields[i].name == name) {
        *rank = i;
        return &fields[i];
      }
    }
    return nullptr;
  }
};

template <class T>
const FieldNode* node_for();

template <class T>
struct IsStruct : std::bool_constant<std::is_class_v<T> && !std::is_same_v<T, std::string>> {};

struct NodeBuilder {
  FieldNode& node;
  template <class T>
  void operator()(const char* name, const std::optional<T>&) {
    if constexpr (IsStruct<T>::value) node.fields.push_back({name, node_for<T>(), false});
    else node.fields.push_back({name, nullptr, false});
  }
  template <class T>
  void operator()(const char* name, const std::optional<std::vector<T>>&) {
    node.fields.push_back({name, node_for<T>(), true});
  }
};

template <class T>
const FieldNode* node_for() {
  static const FieldNode node = [] {
    FieldNode built;
    NodeBuilder builder{built};
    const T prototype{};
    T::visit_fields(prototype, builder);
    return built;
  }();
  return &node;
}

std::vector<std::string> split_pointer(std::string_view pointer) {
  std::vector<std::string> tokens;
  std::size_t start = 1;
  while (start <= pointer.size() && !pointer.empty()) {
    std::size_t end = pointer.find('/', start);
    if (end == std::string_view::npos) end = pointer.size();
    std::string token;
    for (std::size_t i = start; i < end; ++i) {
      if (pointer[i] == '~' && i + 1 < end) {
        token += pointer[i + 1] == '1' ? '/' : '~';
        ++i;
      } else {
        token += pointer[i];
      }
    }
    tokens.push_back(std::move(token));
    start = end + 1;
  }
  return tokens;
}

bool is_index(const std::string& token) {
  return !token.empty() && token.find_first_not_of("0123456789") == std::string::npos;
}

// Known fields by their canonical rank, unknown ones after them alphabetically.
bool name_precedes(const FieldNode* node, const std::string& a, const std::string& b) {
  std::size_t rank_a = 0, rank_b = 0;
  bool known_a = node && node->find(a, &rank_a);
  bool known_b = node && node->find(b, &rank_b);
  if (known_a != known_b) return known_a;
  if (known_a) return rank_a < rank_b;
  return a < b;
}

}  // namespace

bool pointer_precedes(std::string_view a, std::string_view b) {
  std::vector<std::string> ta = split_pointer(a), tb = split_pointer(b);
  const FieldNode* node = node_for<Agreement>();
  bool in_list = false;  // the next token is an index into a list of `node` structs
  for (std::size_t i = 0;; ++i) {
    if (i == ta.size() || i == tb.size()) return ta.size() < tb.size();
    if (ta[i] != tb[i]) {
      if (i == 0 && (ta[i] == "formatVersion" || tb[i] == "formatVersion")) return ta[i] == "formatVersion";
      if (in_list && is_index(ta[i]) && is_index(tb[i])) {
        return ta[i].size() != tb[i].size() ? ta[i].size() < tb[i].size() : ta[i] < tb[i];
      }
      return name_precedes(in_list ? nullptr : node, ta[i], tb[i]);
    }
    if (in_list) {
      in_list = false;
      continue;
    }
    std::size_t rank = 0;
    const FieldNode::Field* field = node ? node->find(ta[i], &rank) : nullptr;
    node = field ? field->child : nullptr;
    in_list = field && field->is_list;
  }
}

}  // namespace la

// Walks the model's field lists (visit_fields) along a JSON Pointer (field_access.hpp).
#include "ui/field_access.hpp"

#include "ui/finding_locations.hpp"

#include <type_traits>
#include <vector>

namespace la {
namespace {

std::vector<std::string_view> split(std::string_view pointer) {
  std::vector<std::string_view> tokens;
  if (pointer.empty() || pointer.front() != '/') return tokens;
  std::size_t start = 1;
  for (;;) {
    std::size_t slash = pointer.find('/', start);
    tokens.push_back(pointer.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return tokens;
}

}  // namespace

std::optional<std::size_t> list_index(std::string_view token) {
  if (token.empty() || token.size() > 6 || (token.size() > 1 && token[0] == '0')) return std::nullopt;
  std::size_t value = 0;
  for (char c : token) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  return value;
}

namespace {

template <class T>
struct IsModelStruct : std::bool_constant<std::is_class_v<T> && !std::is_same_v<T, std::string>> {};

// One walk along a pointer. `present` is false once the walk has left what the document holds
// (it then goes on through default-made stand-ins, to learn the kind, and never writes).
struct Walk {
  std::vector<std::string_view> tokens;
  std::size_t next = 0;
  bool create = false;
  FieldKind kind = FieldKind::Unknown;
  void* slot = nullptr;  // the optional<...> the pointer names, when present

  bool at_end() const { return next == tokens.size(); }
};

template <class T>
void walk_struct(T& object, bool present, Walk& walk);

template <class V>
void walk_value(std::optional<V>& field, bool present, Walk& walk) {
  if constexpr (IsModelStruct<V>::value) {
    if (walk.at_end()) {
      walk.kind = FieldKind::Object;
      return;
    }
    if (present && !field && walk.create) field.emplace();
    if (present && field) {
      walk_struct(*field, true, walk);
    } else {
      V stand_in{};
      walk_struct(stand_in, false, walk);
    }
  } else {
    if (!walk.at_end()) return;  // a pointer below a plain value names nothing
    if constexpr (std::is_same_v<V, std::string>) walk.kind = FieldKind::Text;
    else if constexpr (std::is_same_v<V, double>) walk.kind = FieldKind::Number;
    else if constexpr (std::is_same_v<V, long long>) walk.kind = FieldKind::WholeNumber;
    else if constexpr (std::is_same_v<V, bool>) walk.kind = FieldKind::Flag;
    if (present) walk.slot = &field;
  }
}

template <class V>
void walk_value(std::optional<std::vector<V>>& list, bool present, Walk& walk) {
  if (walk.at_end()) {
    walk.kind = FieldKind::List;
    if (present) walk.slot = &list;
    return;
  }
  std::optional<std::size_t> index = list_index(walk.tokens[walk.next++]);
  if (!index) return;
  if (walk.at_end()) {
    walk.kind = FieldKind::ListItem;
    return;
  }
  if (present && walk.create) {
    if (!list && *index == 0) list.emplace();
    if (list && *index == list->size()) list->emplace_back();
  }
  if (present && list && *index < list->size()) {
    walk_struct((*list)[*index], true, walk);
  } else {
    V stand_in{};
    walk_struct(stand_in, false, walk);
  }
}

template <class T>
void walk_struct(T& object, bool present, Walk& walk) {
  std::string_view name = walk.tokens[walk.next++];
  bool found = false;
  auto visitor = [&](const char* field_name, auto& field) {
    if (found || name != field_name) return;
    found = true;
    walk_value(field, present, walk);
  };
  T::visit_fields(object, visitor);
}

Walk walk(Agreement& agreement, std::string_view pointer, bool create) {
  Walk w;
  w.tokens = split(pointer);
  w.create = create;
  if (w.tokens.empty()) {
    w.kind = pointer.empty() ? FieldKind::Object : FieldKind::Unknown;
    return w;
  }
  walk_struct(agreement, true, w);
  return w;
}

template <class V>
std::optional<V>* slot_of(Agreement& agreement, std::string_view pointer, bool create, FieldKind kind) {
  Walk w = walk(agreement, pointer, create);
  return w.kind == kind ? static_cast<std::optional<V>*>(w.slot) : nullptr;
}

template <class V>
std::optional<V> value_at(const Agreement& agreement, std::string_view pointer, FieldKind kind) {
  // Walking without `create` never writes: the const_cast only shares the walker.
  const std::optional<V>* slot = slot_of<V>(const_cast<Agreement&>(agreement), pointer, false, kind);
  return slot ? *slot : std::nullopt;
}

}  // namespace

FieldKind field_kind(std::string_view pointer) {
  Agreement stand_in;
  Walk w;
  w.tokens = split(pointer);
  if (w.tokens.empty()) return pointer.empty() ? FieldKind::Object : FieldKind::Unknown;
  walk_struct(stand_in, false, w);
  return w.kind;
}

const Text* text_at(const Agreement& agreement, std::string_view pointer) {
  return slot_of<std::string>(const_cast<Agreement&>(agreement), pointer, false, FieldKind::Text);
}
const std::string* text_value_at(const Agreement& agreement, std::string_view pointer) {
  const Text* text = text_at(agreement, pointer);
  return text && *text ? &**text : nullptr;
}
Number number_at(const Agreement& agreement, std::string_view pointer) {
  return value_at<double>(agreement, pointer, FieldKind::Number);
}
WholeNumber whole_number_at(const Agreement& agreement, std::string_view pointer) {
  return value_at<long long>(agreement, pointer, FieldKind::WholeNumber);
}
Flag flag_at(const Agreement& agreement, std::string_view pointer) {
  return value_at<bool>(agreement, pointer, FieldKind::Flag);
}

Text* text_for_write(Agreement& agreement, std::string_view pointer) {
  if (field_kind(pointer) != FieldKind::Text) return nullptr;  // never create parents for nothing
  return slot_of<std::string>(agreement, pointer, true, FieldKind::Text);
}
Number* number_for_write(Agreement& agreement, std::string_view pointer) {
  if (field_kind(pointer) != FieldKind::Number) return nullptr;
  return slot_of<double>(agreement, pointer, true, FieldKind::Number);
}
WholeNumber* whole_number_for_write(Agreement& agreement, std::string_view pointer) {
  if (field_kind(pointer) != FieldKind::WholeNumber) return nullptr;
  return slot_of<long long>(agreement, pointer, true, FieldKind::WholeNumber);
}
Flag* flag_for_write(Agreement& agreement, std::string_view pointer) {
  if (field_kind(pointer) != FieldKind::Flag) return nullptr;
  return slot_of<bool>(agreement, pointer, true, FieldKind::Flag);
}

const List<Component>& component_list_at(const Agreement& agreement, std::string_view list_pointer) {
  static const List<Component> kAbsent;
  if (!list_kind_named(last_token(list_pointer))) return kAbsent;  // only component lists hold Components
  Walk w = walk(const_cast<Agreement&>(agreement), list_pointer, false);
  const List<Component>* list = w.kind == FieldKind::List ? static_cast<const List<Component>*>(w.slot) : nullptr;
  return list ? *list : kAbsent;
}

const std::vector<Component>* components_at(const Agreement& agreement, std::string_view list_pointer) {
  const List<Component>& list = component_list_at(agreement, list_pointer);
  return list ? &*list : nullptr;
}

const std::vector<BipPartner>* partners_at(const Agreement& agreement) {
  return agreement.bip && agreement.bip->partner_heis ? &*agreement.bip->partner_heis : nullptr;
}

std::string_view parent_pointer(std::string_view pointer) {
  std::size_t slash = pointer.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : pointer.substr(0, slash);
}

std::string_view last_token(std::string_view pointer) {
  std::size_t slash = pointer.rfind('/');
  return slash == std::string_view::npos ? pointer : pointer.substr(slash + 1);
}

}  // namespace la

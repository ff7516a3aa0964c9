// Rules LA-0xx: the document itself, i.e. fields this format does not know (learning-agreement.md, 4).
#include <type_traits>

#include "core/json_pointer.hpp"
#include "core/rule_groups.hpp"

namespace la {
namespace {

// The format keeps unknown fields and writes them back (section 2), so a later version's field or
// a misspelt one survives; the student should still learn that nothing checks it.
constexpr Rule kUnknownField{"LA-001", Severity::Warning, "—"};

constexpr const Rule* kRules[] = {&kUnknownField};

// Where a model struct sits; made into a JSON Pointer only when it has unknown fields.
struct Place {
  const Place* parent;
  std::string_view name;
  std::size_t index;

  std::string pointer() const {
    if (!parent) return {};
    return name.empty() ? pointer_append(parent->pointer(), index) : pointer_append(parent->pointer(), name);
  }
};

template <class T>
constexpr bool kIsModelStruct = std::is_class_v<T> && !std::is_same_v<T, std::string>;

// Walks every struct of the model through its field list (agreement.hpp) and reports the names
// in its `unknown` object; the unknown values themselves are not the model's and are not entered.
class UnknownFieldWalker {
 public:
  explicit UnknownFieldWalker(FindingSink& sink) : sink_(sink) {}

  template <class T>
  void walk(const T& object, const Place& place) {
    report(object.unknown, place);
    FieldVisitor visitor{*this, place};
    T::visit_fields(object, visitor);
  }

 private:
  struct FieldVisitor {
    UnknownFieldWalker& walker;
    const Place& place;

    template <class T>
    void operator()(const char* name, const std::optional<T>& field) {
      if constexpr (kIsModelStruct<T>) {
        if (field) walker.walk(*field, Place{&place, name, 0});
      }
    }
    template <class T>
    void operator()(const char* name, const std::optional<std::vector<T>>& items) {
      if (!items) return;
      const Place list{&place, name, 0};
      for (std::size_t i = 0; i < items->size(); ++i) walker.walk((*items)[i], Place{&list, {}, i});
    }
  };

  void report(const UnknownFields& unknown, const Place& place) {
    if (!unknown.is_object() || unknown.empty()) return;
    std::string base = place.pointer();
    for (const auto& field : unknown.items()) {
      sink_.add(kUnknownField, pointer_append(base, field.key()), {{"field", field.key()}});
    }
  }

  FindingSink& sink_;
};

void check_document(const CheckContext& context, FindingSink& sink) {
  UnknownFieldWalker(sink).walk(context.agreement, Place{nullptr, {}, 0});
}

}  // namespace

const RuleGroup kDocumentRules{kRules, std::size(kRules), check_document};

}  // namespace la

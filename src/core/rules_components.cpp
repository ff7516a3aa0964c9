// Rules LA-4xx: the component lists each mobility type needs, and every component in them.
// learning-agreement.md, section 4: every list in firstVersion, approvedChanges and changesProposal.
#include <algorithm>
#include <cmath>
#include <tuple>

#include "core/number_text.hpp"
#include "core/rule_groups.hpp"
#include "core/sorted_order.hpp"
#include "core/text_formats.hpp"

namespace la {
namespace {

constexpr Rule kStudyListMissing{"LA-401", Severity::Error, "X, G"};
constexpr Rule kTableBMissing{"LA-402", Severity::Error, "X, G"};
constexpr Rule kTitleMissing{"LA-403", Severity::Error, "X"};
constexpr Rule kCreditValueMissing{"LA-404", Severity::Error, "G"};
constexpr Rule kCreditValueNegative{"LA-405", Severity::Error, "—"};
constexpr Rule kCreditValueUnusual{"LA-406", Severity::Warning, "—"};
constexpr Rule kComponentTwice{"LA-407", Severity::Warning, "—"};
constexpr Rule kCreditSchemesMixed{"LA-408", Severity::Error, "G"};
constexpr Rule kCreditSystemUnexplained{"LA-409", Severity::Error, "G"};
constexpr Rule kVirtualComponentUndescribed{"LA-410", Severity::Error, "X"};
constexpr Rule kBlendedComponentsUndescribed{"LA-411", Severity::Error, "X"};
constexpr Rule kDescriptionOnTableAOrB{"LA-412", Severity::Warning, "X"};
constexpr Rule kTermIdInvalid{"LA-413", Severity::Error, "X"};
constexpr Rule kChangeFieldInFirstVersion{"LA-414", Severity::Error, "X"};

constexpr const Rule* kRules[] = {
    &kStudyListMissing, &kTableBMissing, &kTitleMissing, &kCreditValueMissing, &kCreditValueNegative,
    &kCreditValueUnusual, &kComponentTwice, &kCreditSchemesMixed, &kCreditSystemUnexplained,
    &kVirtualComponentUndescribed, &kBlendedComponentsUndescribed, &kDescriptionOnTableAOrB, &kTermIdInvalid,
    &kChangeFieldInFirstVersion,
};

// A single component above 30 ECTS would be a whole semester; values are whole or halves.
constexpr double kLargestUsualCredits = 30;
// Tenths read from decimal text are off by binary rounding only, some 1e-16 of the value; a
// tolerance relative to the value absorbs that and no real second decimal (3.00000001, 1e-07).
constexpr double kDecimalRelativeTolerance = 1e-9;
constexpr std::string_view kEcts = "ects";  // X credit/scheme: "ects" (lowercase)

bool is_deleted(const Component& component) { return component.status && *component.status == "deleted"; }

bool is_empty(const std::vector<Component>* list) { return !list || list->empty(); }

// X: the study list of the type and, for a semester, Table B are required in the first version.
void check_required_lists(const CheckContext& context, FindingSink& sink) {
  std::optional<ListKind> study = study_list_kind(context.type);
  if (study && is_empty(base_components(context.base, *study))) {
    sink.add(kStudyListMissing, base_list_pointer(context.base, *study));
  }
  if (context.type == MobilityType::Semester && is_empty(base_components(context.base, ListKind::Recognized))) {
    sink.add(kTableBMissing, base_list_pointer(context.base, ListKind::Recognized));
  }
}

// X short-description: "MUST be provided for at least one component in blended-mobility-components",
// in every list (section 4). As for LA-410, deleted components are left out: they refer to the
// first version, where their description is; a list that only deletes needs none.
void check_blended_description(const ComponentListRef& list, FindingSink& sink) {
  if (list.kind != ListKind::Blended) return;
  bool kept_any = false, described = false;
  for (const Component& component : *list.components) {
    if (is_deleted(component)) continue;
    kept_any = true;
    described = described || !is_missing(component.short_description);
  }
  if (kept_any && !described) sink.add(kBlendedComponentsUndescribed, list.pointer);
}

// G: every credit counted in one scheme; a scheme other than ECTS must be explained.
void check_credit_system(const CheckContext& context, FindingSink& sink) {
  std::string_view other_scheme;
  for (const ComponentListRef& list : context.lists) {
    for (const Component& component : *list.components) {
      if (!component.credits) continue;
      for (const Credit& credit : *component.credits) {
        if (other_scheme.empty() && !is_missing(credit.scheme) && *credit.scheme != kEcts) {
          other_scheme = *credit.scheme;
        }
      }
    }
  }
  if (other_scheme.empty()) return;
  const std::optional<CreditSystem>& system = context.agreement.credit_system;
  bool explained = system && !is_missing(system->name) && system->url && is_http_url(*system->url);
  if (!explained) sink.add(kCreditSystemUnexplained, "/creditSystem", {{"scheme", std::string(other_scheme)}});
}

bool has_more_than_one_decimal(double value) {
  const double tenths = value * 10;
  return std::fabs(std::round(tenths) - tenths) > kDecimalRelativeTolerance * std::fabs(tenths);
}

// A component in its list; its pointers are made only for a finding (no allocation otherwise).
struct Item {
  std::string_view list;
  std::size_t index;
  std::string at(std::string_view field) const { return component_pointer(list, index, field); }
  std::string credit_at(std::size_t credit, std::string_view field) const {
    return credit_pointer(list, index, credit, field);
  }
};

void check_credits(const Component& component, const Item& item, std::string_view agreement_scheme,
                   FindingSink& sink) {
  bool has_value = false;
  const std::vector<Credit> none;
  const std::vector<Credit>& credits = component.credits ? *component.credits : none;
  for (std::size_t j = 0; j < credits.size(); ++j) {
    const Credit& credit = credits[j];
    if (credit.value) {
      has_value = true;
      double value = *credit.value;
      if (value < 0) {
        sink.add(kCreditValueNegative, item.credit_at(j, "value"), {{"value", number_text(value)}});
      } else if (value == 0 || value > kLargestUsualCredits || has_more_than_one_decimal(value)) {
        sink.add(kCreditValueUnusual, item.credit_at(j, "value"), {{"value", number_text(value)}});
      }
    }
    if (!agreement_scheme.empty() && !is_missing(credit.scheme) && *credit.scheme != agreement_scheme) {
      sink.add(kCreditSchemesMixed, item.credit_at(j, "scheme"),
               {{"found", *credit.scheme}, {"expected", std::string(agreement_scheme)}});
    }
  }
  // A deleted component refers to the first version, where its credits are.
  if (!has_value && !is_deleted(component)) sink.add(kCreditValueMissing, item.at("credits"));
}

// X TermId: "term-number ... Must be less or equal to total-terms"; both count from 1, and both
// are required (a term number without the total cannot be placed in the range).
void check_term(const Component& component, const Item& item, FindingSink& sink) {
  if (!component.term_id) return;
  const TermId& term = *component.term_id;
  bool invalid = !term.term_number || !term.total_terms || *term.term_number < 1 || *term.total_terms < 1 ||
                 *term.term_number > *term.total_terms;
  if (invalid) sink.add(kTermIdInvalid, item.at("termId"));
}

// X component/status: "MUST be provided if the component represents a change and MUST NOT be
// provided otherwise"; reasons belong to changes too.
void check_no_change_fields(const Component& component, const Item& item, FindingSink& sink) {
  if (!is_missing(component.status)) sink.add(kChangeFieldInFirstVersion, item.at("status"));
  if (!is_missing(component.reason_code)) sink.add(kChangeFieldInFirstVersion, item.at("reasonCode"));
  if (!is_missing(component.reason_text)) sink.add(kChangeFieldInFirstVersion, item.at("reasonText"));
}

// X short-description: required on virtual components, not allowed on Tables A and B.
void check_description(const Component& component, ListKind kind, const Item& item, FindingSink& sink) {
  if (kind == ListKind::Virtual && is_missing(component.short_description) && !is_deleted(component)) {
    sink.add(kVirtualComponentUndescribed, item.at("shortDescription"));
  }
  if ((kind == ListKind::Studied || kind == ListKind::Recognized) && !is_missing(component.short_description)) {
    sink.add(kDescriptionOnTableAOrB, item.at("shortDescription"));
  }
}

// What makes two items of one list the same component: the code, or without codes the title and
// the term. Items of different status (deleted / inserted) are different changes.
struct ComponentKey {
  bool by_code;
  std::string_view name;
  std::optional<long long> term_number, total_terms;
  std::string_view status;
  std::size_t index;

  bool same_component(const ComponentKey& other) const {
    return by_code == other.by_code && name == other.name && term_number == other.term_number &&
           total_terms == other.total_terms && status == other.status;
  }
  bool operator<(const ComponentKey& other) const {
    return std::tie(by_code, name, term_number, total_terms, status, index) <
           std::tie(other.by_code, other.name, other.term_number, other.total_terms, other.status, other.index);
  }
};

// Sorting finds repeats in n log n; agreements may hold a few hundred components.
void check_repeats(const ComponentListRef& list, std::vector<ComponentKey>& keys, FindingSink& sink) {
  keys.clear();
  const std::vector<Component>& components = *list.components;
  for (std::size_t k = 0; k < components.size(); ++k) {
    const Component& c = components[k];
    std::string_view status = c.status ? trimmed(*c.status) : std::string_view();
    if (!is_missing(c.los_code)) {
      keys.push_back({true, trimmed(*c.los_code), std::nullopt, std::nullopt, status, k});
    } else if (!is_missing(c.title)) {
      std::optional<long long> number = c.term_id ? c.term_id->term_number : std::nullopt;
      std::optional<long long> total = c.term_id ? c.term_id->total_terms : std::nullopt;
      keys.push_back({false, trimmed(*c.title), number, total, status, k});
    }
  }
  stable_sort_items(keys, [](const ComponentKey& a, const ComponentKey& b) { return a < b; });
  for (std::size_t i = 1; i < keys.size(); ++i) {
    if (!keys[i].same_component(keys[i - 1])) continue;
    const Component& repeat = components[keys[i].index];
    std::string name(is_missing(repeat.title) ? keys[i].name : trimmed(*repeat.title));
    sink.add(kComponentTwice, component_pointer(list.pointer, keys[i].index), {{"title", name}});
  }
}

void check_list(const CheckContext& context, const ComponentListRef& list, FindingSink& sink) {
  bool is_base = context.base.lists && list.section == context.base.section;
  const std::vector<Component>& components = *list.components;
  for (std::size_t k = 0; k < components.size(); ++k) {
    const Component& component = components[k];
    const Item item{list.pointer, k};
    if (is_missing(component.title)) sink.add(kTitleMissing, item.at("title"));
    check_credits(component, item, context.credit_scheme, sink);
    check_description(component, list.kind, item, sink);
    check_term(component, item, sink);
    if (is_base) check_no_change_fields(component, item, sink);
  }
}

void check_components(const CheckContext& context, FindingSink& sink) {
  check_required_lists(context, sink);
  check_credit_system(context, sink);
  std::vector<ComponentKey> keys;
  for (const ComponentListRef& list : context.lists) {
    check_list(context, list, sink);
    check_blended_description(list, sink);
    check_repeats(list, keys, sink);
  }
}

}  // namespace

const RuleGroup kComponentRules{kRules, std::size(kRules), check_components};

}  // namespace la

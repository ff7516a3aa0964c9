// Runs every rule group over an agreement and orders the findings (checker.hpp).
#include "core/checker.hpp"

#include <algorithm>

#include "core/credit_totals.hpp"
#include "core/json_pointer.hpp"
#include "core/rule_groups.hpp"
#include "core/sorted_order.hpp"

namespace la {
namespace {

const RuleGroup* const kGroups[] = {
    &kDocumentRules, &kStudentRules, &kInstitutionRules, &kMobilityRules, &kComponentRules,
    &kCreditRules,   &kLanguageRules, &kSignatureRules,  &kChangeRules,    &kBipRules,
    &kEwpRules,
};

}  // namespace

Findings check_agreement(const Agreement& agreement) {
  CheckContext context{agreement, ReferenceData::embedded(), mobility_type_of(agreement),
                       component_lists(agreement), base_list(agreement), {}};
  context.credit_scheme = agreement_credit_scheme(context.lists);
  FindingSink sink;
  for (const RuleGroup* group : kGroups) group->check(context, sink);
  Findings findings = sink.take();
  // Top to bottom as a student reads the form; several findings on one field by rule id.
  stable_sort_items(findings, [](const Finding& a, const Finding& b) {
    if (a.pointer != b.pointer) return pointer_precedes(a.pointer, b.pointer);
    return a.rule_id() < b.rule_id();
  });
  return findings;
}

const std::vector<const Rule*>& rule_catalogue() {
  static const std::vector<const Rule*> catalogue = [] {
    std::vector<const Rule*> rules;
    for (const RuleGroup* group : kGroups) rules.insert(rules.end(), group->rules, group->rules + group->rule_count);
    stable_sort_items(rules, [](const Rule* a, const Rule* b) { return a->id < b->id; });
    return rules;
  }();
  return catalogue;
}

const Rule* find_rule(std::string_view id) {
  for (const Rule* rule : rule_catalogue()) {
    if (rule->id == id) return rule;
  }
  return nullptr;
}

}  // namespace la

// Sums credits per list and finds the agreement's credit scheme (credit_totals.hpp).
#include "core/credit_totals.hpp"

#include <map>

#include "core/text_formats.hpp"

namespace la {

std::string_view agreement_credit_scheme(const std::vector<ComponentListRef>& lists) {
  // Counts in order of first sight (for the tie), found through an index: a file may name a
  // different scheme in each of many thousand credits.
  struct Count {
    std::string_view scheme;
    int count;
  };
  std::vector<Count> counts;
  std::map<std::string_view, std::size_t> index_of;
  for (const ComponentListRef& list : lists) {
    for (const Component& component : *list.components) {
      if (!component.credits) continue;
      for (const Credit& credit : *component.credits) {
        if (is_missing(credit.scheme)) continue;
        auto [seen, first_sight] = index_of.try_emplace(*credit.scheme, counts.size());
        if (first_sight) counts.push_back({*credit.scheme, 0});
        ++counts[seen->second].count;
      }
    }
  }
  const Count* most = nullptr;
  for (const Count& seen : counts) {
    if (!most || seen.count > most->count) most = &seen;
  }
  return most ? most->scheme : std::string_view();
}

double credit_total(const List<Component>& list, std::string_view scheme) {
  double total = 0;
  if (!list || scheme.empty()) return total;
  for (const Component& component : *list) {
    if (!component.credits) continue;
    for (const Credit& credit : *component.credits) {
      if (credit.value && credit.scheme && *credit.scheme == scheme) total += *credit.value;
    }
  }
  return total;
}

double study_total(const ComponentsList& lists, MobilityType type, std::string_view scheme) {
  switch (type) {
    case MobilityType::Semester: return credit_total(lists.components_studied, scheme);
    case MobilityType::Blended:
      return credit_total(lists.blended_mobility_components, scheme) + credit_total(lists.virtual_components, scheme);
    case MobilityType::ShortTermDoctoral: return credit_total(lists.short_term_doctoral_components, scheme);
    case MobilityType::Unknown: break;
  }
  return 0;
}

int expected_semester_total(double months) { return months <= 6 ? 30 : 60; }

}  // namespace la

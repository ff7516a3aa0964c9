// Enumerates the component lists of an agreement with their JSON Pointers (component_lists.hpp).
#include "core/component_lists.hpp"

#include "core/json_pointer.hpp"

namespace la {

namespace {
constexpr ListKind kAllKinds[] = {ListKind::Studied, ListKind::Recognized, ListKind::Virtual,
                                  ListKind::Blended, ListKind::Doctoral};

void add_lists(Section section, const ComponentsList& lists, std::vector<ComponentListRef>& out) {
  std::string base = pointer_append("", section_field_name(section));
  for (ListKind kind : kAllKinds) {
    const List<Component>& list = list_of(lists, kind);
    if (list) out.push_back({section, kind, pointer_append(base, list_field_name(kind)), &*list});
  }
}
}  // namespace

const List<Component>& list_of(const ComponentsList& lists, ListKind kind) {
  switch (kind) {
    case ListKind::Studied: return lists.components_studied;
    case ListKind::Recognized: return lists.components_recognized;
    case ListKind::Virtual: return lists.virtual_components;
    case ListKind::Blended: return lists.blended_mobility_components;
    case ListKind::Doctoral: break;
  }
  return lists.short_term_doctoral_components;
}

std::string_view list_field_name(ListKind kind) {
  switch (kind) {
    case ListKind::Studied: return "componentsStudied";
    case ListKind::Recognized: return "componentsRecognized";
    case ListKind::Virtual: return "virtualComponents";
    case ListKind::Blended: return "blendedMobilityComponents";
    case ListKind::Doctoral: break;
  }
  return "shortTermDoctoralComponents";
}

std::string_view section_field_name(Section section) {
  switch (section) {
    case Section::FirstVersion: return "firstVersion";
    case Section::ApprovedChanges: return "approvedChanges";
    case Section::ChangesProposal: break;
  }
  return "changesProposal";
}

std::vector<ComponentListRef> component_lists(const Agreement& agreement) {
  std::vector<ComponentListRef> result;
  if (agreement.first_version) add_lists(Section::FirstVersion, *agreement.first_version, result);
  if (agreement.approved_changes) add_lists(Section::ApprovedChanges, *agreement.approved_changes, result);
  if (agreement.changes_proposal) add_lists(Section::ChangesProposal, *agreement.changes_proposal, result);
  return result;
}

}  // namespace la

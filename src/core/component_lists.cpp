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

List<Component>& list_of(ComponentsList& lists, ListKind kind) {
  // One switch for both: the const one picks the list, of lists that are ours to change.
  return const_cast<List<Component>&>(list_of(static_cast<const ComponentsList&>(lists), kind));
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

std::string component_pointer(std::string_view list_pointer, std::size_t index, std::string_view field) {
  std::string pointer = pointer_append(list_pointer, index);
  return field.empty() ? pointer : pointer_append(pointer, field);
}

std::string credit_pointer(std::string_view list_pointer, std::size_t index, std::size_t credit,
                           std::string_view field) {
  return pointer_append(pointer_append(component_pointer(list_pointer, index, "credits"), credit), field);
}

BaseList base_list(const Agreement& agreement) {
  if (agreement.first_version) return {&*agreement.first_version, Section::FirstVersion};
  if (agreement.changes_proposal) return {&*agreement.changes_proposal, Section::ChangesProposal};
  return {};
}

std::string base_list_pointer(const BaseList& base, ListKind kind) {
  return pointer_append(pointer_append("", section_field_name(base.section)), list_field_name(kind));
}

const std::vector<Component>* base_components(const BaseList& base, ListKind kind) {
  if (!base.lists) return nullptr;
  const List<Component>& list = list_of(*base.lists, kind);
  return list ? &*list : nullptr;
}

std::optional<ListKind> study_list_kind(MobilityType type) {
  switch (type) {
    case MobilityType::Semester: return ListKind::Studied;
    case MobilityType::Blended: return ListKind::Blended;
    case MobilityType::ShortTermDoctoral: return ListKind::Doctoral;
    case MobilityType::Unknown: break;
  }
  return std::nullopt;
}

std::vector<ComponentListRef> component_lists(const Agreement& agreement) {
  std::vector<ComponentListRef> result;
  if (agreement.first_version) add_lists(Section::FirstVersion, *agreement.first_version, result);
  if (agreement.approved_changes) add_lists(Section::ApprovedChanges, *agreement.approved_changes, result);
  if (agreement.changes_proposal) add_lists(Section::ChangesProposal, *agreement.changes_proposal, result);
  return result;
}

}  // namespace la

// The component lists of an agreement with their place in the document, so that rules on
// components can walk them all (first version, approved changes, changes proposal).
#pragma once

#include <string>
#include <vector>

#include "core/agreement.hpp"

namespace la {

enum class Section { FirstVersion, ApprovedChanges, ChangesProposal };
enum class ListKind { Studied, Recognized, Virtual, Blended, Doctoral };

struct ComponentListRef {
  Section section;
  ListKind kind;
  std::string pointer;                       // e.g. "/firstVersion/componentsStudied"
  const std::vector<Component>* components;  // never null: only present lists are listed
};

// Lists that are present, in document order.
std::vector<ComponentListRef> component_lists(const Agreement& agreement);

// The lists of one ComponentsList, present or not (null when absent), for one section.
const List<Component>& list_of(const ComponentsList& lists, ListKind kind);
std::string_view list_field_name(ListKind kind);     // "componentsStudied", ...
std::string_view section_field_name(Section section);  // "firstVersion", ...

}  // namespace la

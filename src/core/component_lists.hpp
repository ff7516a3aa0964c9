// The component lists of an agreement with their place in the document, so that rules on
// components can walk them all (first version, approved changes, changes proposal).
#pragma once

#include <optional>
#include <string>
#include <string_view>
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
// The same list, to fill in (the EWP XML reader).
List<Component>& list_of(ComponentsList& lists, ListKind kind);
std::string_view list_field_name(ListKind kind);     // "componentsStudied", ...
std::string_view section_field_name(Section section);  // "firstVersion", ...

// "<list>/<index>" or "<list>/<index>/<field>": where a component or one of its fields is.
std::string component_pointer(std::string_view list_pointer, std::size_t index, std::string_view field = {});
// "<list>/<index>/credits/<credit>/<field>".
std::string credit_pointer(std::string_view list_pointer, std::size_t index, std::size_t credit,
                           std::string_view field);

// The lists that stand for the first version: firstVersion or, while there is none, the
// changesProposal, which then carries the proposal of the first version (X changes-proposal:
// "It contains proposal of the `first-version` of LA or changes to it after it is approved").
struct BaseList {
  const ComponentsList* lists = nullptr;  // null when there is neither
  Section section = Section::FirstVersion;
};
BaseList base_list(const Agreement& agreement);
// "/firstVersion/componentsStudied", or "/changesProposal/..." when the proposal is the base.
std::string base_list_pointer(const BaseList& base, ListKind kind);
// The base's list of that kind, null when the base or the list is absent.
const std::vector<Component>* base_components(const BaseList& base, ListKind kind);

// The study list (Table A) a mobility type fills (learning-agreement.md, section 1).
std::optional<ListKind> study_list_kind(MobilityType type);

}  // namespace la

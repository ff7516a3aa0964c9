// The credit line under each table: its total, and what is expected next to it for the
// mobility's type and duration (G: 30 ECTS a semester; K: at least 3 ECTS for a blended
// mobility; full recognition: Table B as much as Table A).
#pragma once

#include <string>

#include "core/agreement.hpp"
#include "ui/finding_locations.hpp"

namespace la {

struct CreditSummary {
  double total = 0;
  std::string scheme;  // the agreement's scheme; "ects" when no credit names one
  // SameAsTablesAC: a blended mobility's Table B, recognising the physical and the virtual part.
  enum class Expectation { None, About, AtLeast, SameAsTableA, SameAsTablesAC } expectation = Expectation::None;
  double expected = 0;  // About: for `months`; AtLeast: the minimum; SameAs…: what is recognised
  double months = 0;    // About: the duration it is expected for
  double combined = 0;  // AtLeast: physical and virtual components together (K counts both)
};

// For a list of the first version, shown in `section` (TableA, TableB, TableC or OtherLists).
CreditSummary credit_summary(const Agreement& agreement, const List<Component>& list, FormSection section);

}  // namespace la

// Credit totals of the tables: the agreement's scheme, list totals, a semester's expected total.
// G: Tables A and B; P: 60 ECTS a year.
#pragma once

#include <string_view>
#include <vector>

#include "core/agreement.hpp"
#include "core/component_lists.hpp"

namespace la {

// The agreement's scheme (G: one scheme per agreement): the most frequent non-blank scheme of
// all credits of all lists, the first seen on a tie; empty when no credit names one.
std::string_view agreement_credit_scheme(const std::vector<ComponentListRef>& lists);

// The sum of the credit values of a list that are counted in `scheme` (0 for an absent list).
double credit_total(const List<Component>& list, std::string_view scheme);
// What the student studies (Table A, section 1): componentsStudied for a semester, the blended
// and the virtual components for a blended mobility, the doctoral components; 0 for other types.
double study_total(const ComponentsList& lists, MobilityType type, std::string_view scheme);

// Table A's expected total for a semester mobility of `months` (section 2): 30 ECTS up to
// 6 months, 60 for longer (G: "roughly proportionate"; P: 60 a year).
int expected_semester_total(double months);

}  // namespace la

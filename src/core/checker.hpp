// The rule checker: every rule of the catalogue over one agreement, findings in a stable order
// (the order of the fields in the document, then the rule id).
#pragma once

#include <vector>

#include "core/agreement.hpp"
#include "core/finding.hpp"

namespace la {

Findings check_agreement(const Agreement& agreement);

// Every rule the checker knows, in id order: the published catalogue.
const std::vector<const Rule*>& rule_catalogue();
const Rule* find_rule(std::string_view id);

}  // namespace la

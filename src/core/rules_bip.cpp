// Rules on blended and short-term doctoral mobilities, BIPs (LA-9xx): none yet; this commit only lets the checker link. The group's rules
// arrive one group per commit on branch `rules`.
#include "core/rule_groups.hpp"

namespace la {

const RuleGroup kBipRules{nullptr, 0, [](const CheckContext&, FindingSink&) {}};

}  // namespace la

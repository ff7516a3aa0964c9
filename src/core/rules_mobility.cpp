// Rules on the mobility: type, dates, academic year, levels (LA-3xx): none yet; this commit only lets the checker link. The group's rules
// arrive one group per commit on branch `rules`.
#include "core/rule_groups.hpp"

namespace la {

const RuleGroup kMobilityRules{nullptr, 0, [](const CheckContext&, FindingSink&) {}};

}  // namespace la

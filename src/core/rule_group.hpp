// How rules are written: each rules_*.cpp defines its Rules and one check function, and exports
// them as a RuleGroup; checker.cpp runs every group and puts the findings in a stable order.
#pragma once

#include <string>
#include <vector>

#include "core/agreement.hpp"
#include "core/component_lists.hpp"
#include "core/finding.hpp"
#include "core/reference_data.hpp"

namespace la {

// What every rule may look at. Derived facts that several rules need are computed once here.
struct CheckContext {
  const Agreement& agreement;
  const ReferenceData& reference;
  MobilityType type;
  std::vector<ComponentListRef> lists;  // every present component list, in document order
  BaseList base;                        // what stands for the first version (component_lists.hpp)
  std::string_view credit_scheme;       // the agreement's scheme (credit_totals.hpp), empty if none
};

// Collects findings for one check run.
class FindingSink {
 public:
  void add(const Rule& rule, std::string pointer, MessageArgs args = {}) {
    findings_.push_back(Finding{&rule, std::move(pointer), std::move(args)});
  }
  Findings take() { return std::move(findings_); }

 private:
  Findings findings_;
};

struct RuleGroup {
  const Rule* const* rules;  // the group's rules, in id order
  std::size_t rule_count;
  void (*check)(const CheckContext& context, FindingSink& sink);
};

}  // namespace la

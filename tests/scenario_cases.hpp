// The specification's scenario list (tests/fixtures/README.md), kept as JSON Patches on the valid
// agreements of tests/fixtures/agreements in tests/core/scenarios.json, turned back into
// agreement files for the core and la-check tests.
#pragma once

#include <string>
#include <vector>

namespace la::test {

struct ScenarioCase {
  std::string id;                         // "3", "28a"
  std::string description;                // the scenario's own words
  std::string text;                       // the agreement file
  std::vector<std::string> fires;         // every rule that must fire, and no other
  std::vector<std::string> must_not_fire;
  std::string unreadable;                 // the expected load error key, or empty
  bool round_trip = false;                // must write back unchanged in content
};

std::vector<ScenarioCase> scenario_cases();

}  // namespace la::test

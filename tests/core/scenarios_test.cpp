// Every case of scenarios.md: exactly the listed rules fire (no others), or the file is unreadable.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "core/checker.hpp"
#include "core/json_codec.hpp"
#include "scenario_cases.hpp"
#include "test_files.hpp"

namespace la {
namespace {

TEST_CASE("each scenario of the specification gives exactly the findings it lists") {
  std::vector<test::ScenarioCase> cases = test::scenario_cases();
  CHECK(cases.size() >= 36);
  for (const test::ScenarioCase& scenario : cases) {
    CAPTURE(scenario.id);
    CAPTURE(scenario.description);
    ReadResult result = read_agreement(scenario.text);
    if (!scenario.unreadable.empty()) {
      REQUIRE_FALSE(result.agreement.has_value());
      CHECK(result.error.key == scenario.unreadable);
      continue;
    }
    REQUIRE_MESSAGE(result.agreement.has_value(), load_error_message(result.error));
    Findings findings = check_agreement(*result.agreement);
    CAPTURE(test::described(findings));
    std::vector<std::string> fired = test::rule_ids(findings);
    CHECK(std::set<std::string>(fired.begin(), fired.end()) ==
          std::set<std::string>(scenario.fires.begin(), scenario.fires.end()));
    for (const std::string& rule : scenario.must_not_fire) CHECK_FALSE(test::fires(findings, rule));
    if (scenario.round_trip) {
      CHECK(nlohmann::json::parse(write_agreement(*result.agreement)) == nlohmann::json::parse(scenario.text));
    }
  }
}

}  // namespace
}  // namespace la

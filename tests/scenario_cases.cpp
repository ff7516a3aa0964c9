// Builds the scenario files from tests/core/scenarios.json (scenario_cases.hpp).
#include "scenario_cases.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "test_files.hpp"

namespace la::test {
namespace {

std::vector<std::string> strings(const nlohmann::ordered_json& entry, const char* key) {
  std::vector<std::string> values;
  if (entry.contains(key)) {
    for (const auto& value : entry[key]) values.push_back(value.get<std::string>());
  }
  return values;
}

}  // namespace

std::vector<ScenarioCase> scenario_cases() {
  auto file = nlohmann::ordered_json::parse(read_file(source_path("tests/core/scenarios.json")), nullptr, false);
  REQUIRE(file.is_object());
  std::vector<ScenarioCase> cases;
  for (const auto& entry : file["scenarios"]) {
    ScenarioCase scenario;
    scenario.id = entry["id"].is_string() ? entry["id"].get<std::string>() : std::to_string(entry["id"].get<int>());
    scenario.description = entry["case"].get<std::string>();
    if (entry.contains("text")) {
      scenario.text = entry["text"].get<std::string>();
    } else {
      std::string base = read_file(fixture_path("agreements/" + entry["base"].get<std::string>() + ".json"));
      auto document = nlohmann::ordered_json::parse(base, nullptr, false);
      scenario.text = document.patch(entry["patch"]).dump(2, ' ', false) + "\n";
    }
    scenario.fires = strings(entry, "fires");
    scenario.must_not_fire = strings(entry, "mustNotFire");
    scenario.unreadable = entry.value("unreadable", "");
    scenario.round_trip = entry.value("roundTrip", false);
    cases.push_back(std::move(scenario));
  }
  return cases;
}

}  // namespace la::test

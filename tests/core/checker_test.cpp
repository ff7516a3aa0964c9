// The checker as a whole: valid agreements are clean, and the rule catalogue is the specification's.
#include <doctest/doctest.h>

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/checker.hpp"
#include "core/messages.hpp"
#include "core/rule_groups.hpp"
#include "test_files.hpp"

namespace la {
namespace {

using Lines = std::vector<std::string>;

struct SpecRule {
  std::string severity;  // "E" or "W"
  std::string source;
};

std::string trim(const std::string& text) {
  std::size_t begin = text.find_first_not_of(' ');
  std::size_t end = text.find_last_not_of(' ');
  return begin == std::string::npos ? std::string() : text.substr(begin, end - begin + 1);
}

// The rows of the rule tables in a document: "| LA-101 | E | condition | source |".
std::map<std::string, SpecRule> rule_rows(const std::string& path) {
  std::map<std::string, SpecRule> rules;
  std::istringstream spec(test::read_file(path));
  for (std::string line; std::getline(spec, line);) {
    if (line.rfind("| LA-", 0) != 0) continue;
    std::vector<std::string> cells;
    std::istringstream row(line.substr(1));
    for (std::string cell; std::getline(row, cell, '|');) cells.push_back(trim(cell));
    REQUIRE_MESSAGE(cells.size() == 4, line);
    rules[cells[0]] = SpecRule{cells[1], cells[3]};
  }
  return rules;
}

// The specification's catalogue (tests/fixtures/rule-catalogue.md) and the rules we add to it,
// each documented for offices in docs/format.md.
std::map<std::string, SpecRule> specified_rules() {
  std::map<std::string, SpecRule> rules = rule_rows(test::fixture_path("rule-catalogue.md"));
  for (const auto& added : rule_rows(test::source_path("docs/format.md"))) {
    const std::string& id = added.first;  // (clang 14 cannot capture a structured binding)
    CAPTURE(id);
    CHECK_MESSAGE(rules.count(id) == 0, "a rule of the specification is not ours to add");
    rules[id] = added.second;
  }
  return rules;
}

TEST_CASE("the three valid examples of the specification produce no finding at all") {
  for (const char* name : {"valid-semester", "valid-blended", "valid-doctoral"}) {
    CAPTURE(name);
    CHECK(test::findings_of(test::example(name)) == Lines{});
  }
}

TEST_CASE("the rule catalogue has exactly the specification's rules and ours, with their severities and sources") {
  std::map<std::string, SpecRule> specified = specified_rules();
  REQUIRE(specified.size() > 70);
  Lines catalogue_ids, specified_ids;
  for (const Rule* rule : rule_catalogue()) {
    std::string id(rule->id);
    catalogue_ids.push_back(id);
    auto it = specified.find(id);
    if (it == specified.end()) continue;
    CAPTURE(id);
    CHECK(std::string(rule->severity == Severity::Error ? "E" : "W") == it->second.severity);
    CHECK(std::string(rule->source) == it->second.source);
  }
  for (const auto& [id, rule] : specified) specified_ids.push_back(id);
  CHECK(catalogue_ids == specified_ids);  // both in id order
}

TEST_CASE("each rule group lists its own hundred of rules in id order") {
  const RuleGroup* groups[] = {&kDocumentRules, &kStudentRules,   &kInstitutionRules, &kMobilityRules,
                               &kComponentRules, &kCreditRules,   &kLanguageRules,    &kSignatureRules,
                               &kChangeRules,    &kBipRules};
  for (std::size_t g = 0; g < std::size(groups); ++g) {
    CAPTURE(g);
    REQUIRE(groups[g]->rule_count > 0);
    for (std::size_t i = 0; i < groups[g]->rule_count; ++i) {
      std::string_view id = groups[g]->rules[i]->id;
      CAPTURE(id);
      CHECK(id.substr(0, 4) == "LA-" + std::to_string(g));  // LA-0xx .. LA-9xx
      if (i > 0) CHECK(groups[g]->rules[i - 1]->id < id);
    }
  }
}

TEST_CASE("every rule can be found by its id and has a message") {
  for (const Rule* rule : rule_catalogue()) {
    CAPTURE(rule->id);
    CHECK(find_rule(rule->id) == rule);
    CHECK(has_message(rule->id));
  }
  CHECK(find_rule("LA-102") == nullptr);
}

TEST_CASE("the message table has no message for a rule that does not exist") {
  nlohmann::json table = nlohmann::json::parse(test::read_file(test::source_path("assets/i18n/en.json")));
  REQUIRE(table["messages"].is_object());
  for (const auto& entry : table["messages"].items()) {
    if (entry.key().rfind("LA-", 0) != 0) continue;
    CAPTURE(entry.key());
    CHECK(find_rule(entry.key()) != nullptr);
  }
}

}  // namespace
}  // namespace la

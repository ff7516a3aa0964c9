// The published JSON Schema describes exactly the fields the model reads and writes, in order,
// so that the schema offices use and the codec can never drift apart.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/agreement.hpp"
#include "test_files.hpp"

namespace la {
namespace {

struct FieldNames {
  std::vector<std::string> names;
  template <class T>
  void operator()(const char* name, const T&) { names.emplace_back(name); }
};

template <class T>
std::vector<std::string> model_fields() {
  FieldNames collector;
  const T prototype{};
  T::visit_fields(prototype, collector);
  return collector.names;
}

nlohmann::ordered_json load_schema() {
  std::string text = test::read_file(test::source_path("assets/schema/learning-agreement-v1.schema.json"));
  return nlohmann::ordered_json::parse(text, nullptr, false);
}

template <class T>
void check_definition(const nlohmann::ordered_json& schema, const char* name) {
  CAPTURE(name);
  REQUIRE(schema["$defs"].contains(name));
  std::vector<std::string> names;
  for (const auto& [field, value] : schema["$defs"][name]["properties"].items()) names.push_back(field);
  CHECK(names == model_fields<T>());
}

TEST_CASE("every object of the schema lists the model's fields in the canonical order") {
  nlohmann::ordered_json schema = load_schema();
  REQUIRE(schema.is_object());
  check_definition<ContactPerson>(schema, "ContactPerson");
  check_definition<Institution>(schema, "Institution");
  check_definition<Student>(schema, "Student");
  check_definition<LanguageSkill>(schema, "LanguageSkill");
  check_definition<CreditSystem>(schema, "CreditSystem");
  check_definition<BipPartner>(schema, "BipPartner");
  check_definition<Bip>(schema, "Bip");
  check_definition<TermId>(schema, "TermId");
  check_definition<Credit>(schema, "Credit");
  check_definition<Component>(schema, "Component");
  check_definition<Signature>(schema, "Signature");
  check_definition<ComponentsList>(schema, "ComponentsList");
  check_definition<ChangesProposal>(schema, "ChangesProposal");

  std::vector<std::string> top;
  for (const auto& [field, value] : schema["properties"].items()) top.push_back(field);
  std::vector<std::string> expected{"formatVersion"};
  for (const std::string& name : model_fields<Agreement>()) expected.push_back(name);
  CHECK(top == expected);
  CHECK(schema["properties"]["formatVersion"]["const"] == kFormatVersion);
}

}  // namespace
}  // namespace la

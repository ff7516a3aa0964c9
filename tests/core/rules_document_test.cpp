// Rules on the document itself (LA-0xx): unknown fields are reported where they are.

#include <nlohmann/json.hpp>

#include "core/messages.hpp"
#include "rules_test.hpp"

namespace la {
namespace {

using nlohmann::json;

// The semester example as a file, changed by `edit`, read as a student's file would be.
template <class Edit>
Agreement semester_file_with(Edit edit) {
  json document = json::parse(test::read_file(test::fixture_path("agreements/valid-semester.json")));
  edit(document);
  return test::read_valid(document.dump());
}

TEST_CASE("an unknown top-level field is a warning that names the field") {
  Agreement agreement = semester_file_with([](json& document) { document["remarks"] = "bring a towel"; });
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-001 /remarks"});
  CHECK(finding_message(findings.at(0)).find("\"remarks\"") != std::string::npos);
  CHECK(findings.at(0).severity() == Severity::Warning);
}

TEST_CASE("unknown fields deep in the document are reported at their own place") {
  Agreement agreement = semester_file_with([](json& document) {
    document["firstVersion"]["componentsStudied"][2]["credits"][0]["kind"] = "lecture";
    document["sendingHei"]["contactPerson"]["phone"] = "+31 53 489 9111";
    document["firstVersion"]["studentSignature"]["device"] = "tablet";
  });
  CHECK(findings_of(agreement) ==
        Lines{"LA-001 /sendingHei/contactPerson/phone", "LA-001 /firstVersion/componentsStudied/2/credits/0/kind",
              "LA-001 /firstVersion/studentSignature/device"});
}

TEST_CASE("the value of an unknown field is not searched for further unknown fields") {
  Agreement agreement = semester_file_with([](json& document) {
    document["extra"] = {{"nested", {{"deeper", 1}}}, {"list", {1, 2}}};
  });
  CHECK(findings_of(agreement) == Lines{"LA-001 /extra"});
}

TEST_CASE("an unknown field name with a slash is escaped in its pointer") {
  Agreement agreement = semester_file_with([](json& document) { document["student"]["a/b~c"] = true; });
  CHECK(findings_of(agreement) == Lines{"LA-001 /student/a~1b~0c"});
}

TEST_CASE("optional known fields anywhere are not unknown") {
  Agreement agreement = semester_file_with([](json& document) {
    document["receivingHei"]["ounitId"] = "MIM";
    document["firstVersion"]["componentsRecognized"][0]["losId"] = "CR/201500019";
    document["firstVersion"]["componentsRecognized"][0]["loiId"] = "CRI/201500019";
    document["firstVersion"]["componentsRecognized"][0]["recognitionConditions"] = "Exam passed";
  });
  CHECK_FALSE(test::fires(test::checked(agreement), "LA-001"));
}

}  // namespace
}  // namespace la

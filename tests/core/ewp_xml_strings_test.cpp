// The EWP XML codec as the lazily loaded part calls it: strings in, JSON strings out.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/ewp_xml_strings.hpp"
#include "core/json_codec.hpp"
#include "test_files.hpp"

namespace la {
namespace {

nlohmann::json parsed(const std::string& text) { return nlohmann::json::parse(text, nullptr, false); }

TEST_CASE("EWP XML to JSON gives the agreement as a JSON file, with the reader's notices") {
  const nlohmann::json result =
      parsed(ewp_xml_to_json(test::read_file(test::source_path("tests/fixtures/ewp/examples/ola-dashboard/Ex1.xml"))));
  REQUIRE(result.contains("json"));
  const ReadResult agreement = read_agreement(result["json"].get<std::string>());
  REQUIRE(agreement.agreement);
  CHECK(agreement.agreement->student->given_names == "Nalty");
  CHECK(result["agreementCount"] == 1);
  CHECK(result["notices"].size() == 3);
}

TEST_CASE("broken XML gives a message with its line and column, and no agreement") {
  const nlohmann::json result = parsed(ewp_xml_to_json("<la>\n<omobility-id>x</la>"));
  CHECK_FALSE(result.contains("json"));
  CHECK(result["error"]["line"] == 2);
  CHECK(result["error"]["message"].get<std::string>().rfind("This is not a well-formed XML file", 0) == 0);
}

TEST_CASE("JSON to EWP XML gives the XML and what it does not carry, or what to fill in") {
  const std::string semester = write_agreement(test::semester());
  const nlohmann::json exported = parsed(json_to_ewp_xml(semester));
  CHECK(exported["xml"].get<std::string>().find("<omobility-las-get-response") != std::string::npos);
  CHECK(exported["notCarried"][0] == "/mobilityType");
  CHECK(exported["message"].get<std::string>().rfind("Not carried in EWP XML: /mobilityType", 0) == 0);

  Agreement draft = test::semester();
  draft.omobility_id.reset();
  const nlohmann::json refused = parsed(json_to_ewp_xml(write_agreement(draft)));
  CHECK_FALSE(refused.contains("xml"));
  CHECK(refused["problems"][0]["path"] == "/omobilityId");
  CHECK(refused["problems"][0]["missing"] == true);
  CHECK(refused["error"]["message"] == "EWP XML needs /omobilityId: fill it in before exporting.");
  CHECK(parsed(json_to_ewp_xml("{"))["error"]["line"] == 1);
}

}  // namespace
}  // namespace la

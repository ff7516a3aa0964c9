// The EWP XML codec as the lazily loaded part calls it: strings in, JSON strings out.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/ewp_xml.hpp"
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
  CHECK(result["noticeKeys"].size() == 3);
}

TEST_CASE("broken XML gives an error with its line and column, and no agreement") {
  const nlohmann::json result = parsed(ewp_xml_to_json("<la>\n<omobility-id>x</la>"));
  CHECK_FALSE(result.contains("json"));
  CHECK(result["error"]["line"] == 2);
  CHECK(result["error"]["key"] == "load.not-xml");
}

TEST_CASE("of several agreements, the student is offered each by name, mobility and institutions") {
  Agreement one = test::semester();
  Agreement two = test::semester();
  two.omobility_id = "second-mobility";
  two.student->given_names = "Łukasz";
  two.student->family_name = "Żółć";
  const std::string single = write_ewp_xml(one).xml, other = write_ewp_xml(two).xml;
  const std::size_t la_start = other.find("<la>"), la_end = other.find("</la>") + 5;
  REQUIRE(la_start != std::string::npos);
  std::string both = single;
  both.insert(both.find("</la>") + 5, other.substr(la_start, la_end - la_start));
  const nlohmann::json listed = parsed(ewp_xml_to_json(both, 0, true));
  CHECK(listed["agreementCount"] == 2);
  REQUIRE(listed["choices"].size() == 2);
  CHECK(listed["choices"][1]["student"] == "Łukasz Żółć");
  CHECK(listed["choices"][1]["omobilityId"] == "second-mobility");
  CHECK(listed["choices"][0]["sendingHei"] == *one.sending_hei->hei_id);
  CHECK(parsed(ewp_xml_to_json(both, 1))["json"].get<std::string>().find("Żółć") != std::string::npos);
  CHECK_FALSE(parsed(ewp_xml_to_json(both)).contains("choices"));
  CHECK_FALSE(parsed(ewp_xml_to_json(single, 0, true)).contains("choices"));
}

TEST_CASE("notices and errors come as message keys, for the editor to say them in its language") {
  const nlohmann::json result =
      parsed(ewp_xml_to_json(test::read_file(test::source_path("tests/fixtures/ewp/examples/ola-dashboard/Ex1.xml"))));
  REQUIRE(result["noticeKeys"].size() == 3);
  CHECK(result["noticeKeys"][0]["key"].get<std::string>().rfind("ewp.import.", 0) == 0);
  const nlohmann::json refused = parsed(ewp_xml_to_json("<wrong/>"));
  CHECK(refused["error"]["key"] == "load.xml-wrong-root");
  CHECK(refused["error"]["args"]["element"] == "wrong");
}

TEST_CASE("JSON to EWP XML gives the XML and what it does not carry, or what to fill in") {
  const std::string semester = write_agreement(test::semester());
  const nlohmann::json exported = parsed(json_to_ewp_xml(semester));
  CHECK(exported["xml"].get<std::string>().find("<omobility-las-get-response") != std::string::npos);
  CHECK(exported["notCarried"][0] == "/mobilityType");
  CHECK_FALSE(exported.contains("message"));

  Agreement draft = test::semester();
  draft.omobility_id.reset();
  const nlohmann::json refused = parsed(json_to_ewp_xml(write_agreement(draft)));
  CHECK_FALSE(refused.contains("xml"));
  CHECK(refused["problems"][0]["path"] == "/omobilityId");
  CHECK(refused["problems"][0]["missing"] == true);
  CHECK(parsed(json_to_ewp_xml("{"))["error"]["line"] == 1);
}

TEST_CASE("the part's requests carry their options on the first line and the document after it") {
  const std::string response = test::read_file(test::source_path("tests/fixtures/ewp/examples/get-response-example.xml"));
  CHECK(ewp_xml_read_request("{\"index\": 0, \"choices\": false}\n" + response) == ewp_xml_to_json(response));
  CHECK(parsed(ewp_xml_read_request("{\"index\": 3}\n" + response))["error"]["key"] == "load.xml-no-such-agreement");
  const std::string semester = write_agreement(test::semester());
  CHECK(ewp_xml_write_request("{}\n" + semester) == json_to_ewp_xml(semester));
  // No options line: the whole input is the document.
  CHECK(parsed(ewp_xml_write_request(semester)).contains("xml"));
}

}  // namespace
}  // namespace la

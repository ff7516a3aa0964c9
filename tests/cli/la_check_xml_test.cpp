// la-check on EWP XML: the same checks and exit status as on JSON, and --to to convert.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/la_check.hpp"
#include "core/ewp_xml.hpp"
#include "core/json_codec.hpp"
#include "cli/la_check_run.hpp"
#include "test_files.hpp"

namespace la {
namespace {

using test::la_check;
using test::LaCheckRun;
using test::temp_file;

std::string ewp_example(const std::string& name) {
  return test::source_path("tests/fixtures/ewp/examples/" + name);
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST_CASE("la-check checks an EWP XML file as it checks the same agreement in JSON") {
  for (const std::string& name : {"get-response-example.xml", "ola-dashboard/Ex7.xml", "05-signed-first-version.part.xml"}) {
    CAPTURE(name);
    const std::string xml_path = ewp_example(name);
    const EwpXmlImport imported = read_ewp_xml(test::read_file(xml_path));
    REQUIRE(imported.agreement);
    const std::string json_path = temp_file("from-xml.json", write_agreement(*imported.agreement));
    const LaCheckRun from_xml = la_check({"--json", xml_path});
    const LaCheckRun from_json = la_check({"--json", json_path});
    CHECK(from_xml.status == from_json.status);
    CHECK(nlohmann::json::parse(from_xml.output)["files"][0]["findings"] ==
          nlohmann::json::parse(from_json.output)["files"][0]["findings"]);
    CHECK(has(from_xml.diagnostics, xml_path + ": note: "));  // what the reader assumed
  }
}

TEST_CASE("an EWP XML file that cannot be read gives exit status 2 with line and column") {
  const std::string broken = temp_file("broken.xml", "<la>\n  <omobility-id>x</la>\n");
  const LaCheckRun run = la_check({broken});
  CHECK(run.status == kExitUnreadable);
  CHECK(has(run.output, broken + ": cannot be read: This is not a well-formed XML file: "));
  CHECK(has(run.output, "(line 2, column"));
  CHECK(la_check({ewp_example("ola-dashboard/Ex2.xml")}).status == kExitUnreadable);
}

TEST_CASE("--to ewp-xml writes the XML and names on standard error what EWP does not carry") {
  const std::string path = test::source_path("assets/samples/semester-two-terms.json");
  const LaCheckRun run = la_check({"--to", "ewp-xml", path});
  CHECK(run.status == kExitClean);
  CHECK(run.output.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<omobility-las-get-response", 0) == 0);
  CHECK(has(run.diagnostics, path + ": Not carried in EWP XML: /mobilityType, /sendingHei/erasmusCode"));
}

TEST_CASE("--to ewp-xml writes nothing and exits 1 when EWP needs a value the agreement lacks") {
  const LaCheckRun run = la_check({"--to", "ewp-xml", test::source_path("assets/samples/semester-typical-mistakes.json")});
  CHECK(run.status == kExitFindings);
  CHECK(run.output.empty());
  CHECK(has(run.diagnostics, "EWP XML needs /omobilityId: fill it in before exporting."));
}

TEST_CASE("--to json converts an EWP file to a JSON file that reads back") {
  const LaCheckRun run = la_check({"--to", "json", ewp_example("get-response-example.xml")});
  CHECK(run.status == kExitClean);
  const ReadResult back = read_agreement(run.output);
  REQUIRE(back.agreement);
  CHECK(back.agreement->omobility_id == "c442c289-5541-4cae-9edb-8ad83e133613");
  // And back again: the same XML as converting the example directly.
  const LaCheckRun again = la_check({"--to", "ewp-xml", temp_file("converted.json", run.output)});
  CHECK(again.output == write_ewp_xml(*read_ewp_xml(test::read_file(ewp_example("get-response-example.xml"))).agreement).xml);
}

TEST_CASE("--la chooses the agreement of a response that holds several") {
  const std::string ns =
      "https://github.com/erasmus-without-paper/ewp-specs-api-omobility-las/blob/stable-v1/endpoints/get-response.xsd";
  const std::string two = temp_file("two.xml", "<omobility-las-get-response xmlns=\"" + ns +
                                                   "\"><la><omobility-id>one</omobility-id></la>"
                                                   "<la><omobility-id>two</omobility-id></la></omobility-las-get-response>");
  const LaCheckRun second = la_check({"--to", "json", "--la", "2", two});
  CHECK(second.status == kExitClean);
  CHECK(has(second.output, "\"omobilityId\": \"two\""));
  CHECK(has(second.diagnostics, "agreement 2 of 2"));
  CHECK(la_check({"--la", "3", two}).status == kExitUnreadable);
  CHECK(la_check({"--la", "0", two}).status == kExitUsage);
  CHECK(la_check({"--to", "pdf", two}).status == kExitUsage);
  CHECK(la_check({"--to", "json", two, two}).status == kExitUsage);
}

}  // namespace
}  // namespace la

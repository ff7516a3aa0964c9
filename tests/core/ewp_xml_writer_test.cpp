// The EWP XML export (ewp_xml.hpp): what it writes, what it names as not carried, and what it
// refuses to write. Validity against the XSD is checked with xmllint in tests/cli/ewp_xml_files_test.cpp.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/ewp_xml.hpp"
#include "test_files.hpp"

namespace la {
namespace {

std::vector<std::string> problems_of(const EwpXmlExport& exported, bool missing) {
  std::vector<std::string> pointers;
  for (const ExportProblem& problem : exported.problems) {
    if (problem.missing == missing) pointers.push_back(problem.pointer);
  }
  return pointers;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

bool has(const std::string& xml, const std::string& part) { return xml.find(part) != std::string::npos; }

TEST_CASE("a signed agreement exports as a get-response with one la, in the XSD's element order") {
  const EwpXmlExport exported = write_ewp_xml(test::semester());
  REQUIRE(exported.problems.empty());
  const std::string& xml = exported.xml;
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0) == 0);
  CHECK(has(xml, "<omobility-las-get-response xmlns=\"" + std::string(kEwpLasNamespace) + "\""));
  CHECK(has(xml, "<omobility-id>UT-2026-0412</omobility-id>"));
  // X's order: first-version before learning-outcomes-url, although our JSON has them the other way.
  CHECK(xml.find("<first-version>") < xml.find("<provisions-url>"));
  CHECK(xml.find("<omobility-id>") < xml.find("<sending-hei>"));
  CHECK(has(xml, "<trm:term-number>"));
}

TEST_CASE("our extensions are named as not carried, never dropped silently") {
  Agreement agreement = test::semester();
  agreement.mobility_window = true;
  agreement.recognition_annex = "Only 25 credits recognised";
  agreement.credit_system = CreditSystem{std::string("Local"), std::string("https://example.org"), {}};
  agreement.bip = Bip{};
  agreement.first_version->student_signature->content_hash = "sha256:" + std::string(64, 'a');
  agreement.unknown = nlohmann::json::object({{"note", "x"}});
  const EwpXmlExport exported = write_ewp_xml(agreement);
  REQUIRE(exported.problems.empty());
  for (const char* pointer : {"/mobilityType", "/sendingHei/erasmusCode", "/sendingHei/countryCode", "/sendingHei/name",
                              "/receivingHei/erasmusCode", "/mobilityWindow", "/recognitionAnnex", "/creditSystem", "/bip",
                              "/firstVersion/studentSignature/contentHash", "/note"}) {
    CHECK_MESSAGE(contains(exported.not_carried, pointer), pointer);
  }
  CHECK_FALSE(has(exported.xml, "Only 25 credits"));
}

TEST_CASE("a missing omobility-id, contact person or signature is named to fill in, and no XML is written") {
  Agreement agreement = test::semester();
  agreement.omobility_id.reset();
  agreement.receiving_hei->contact_person.reset();
  agreement.first_version->sending_hei_signature.reset();
  const EwpXmlExport exported = write_ewp_xml(agreement);
  CHECK(exported.xml.empty());
  CHECK(problems_of(exported, true) == std::vector<std::string>{"/omobilityId", "/receivingHei/contactPerson",
                                                                "/firstVersion/sendingHeiSignature"});
  CHECK(export_problem_message(exported.problems.front()) == "EWP XML needs /omobilityId: fill it in before exporting.");
}

TEST_CASE("values outside the XSD's forms are named to correct, and no XML is written") {
  Agreement agreement = test::semester();
  agreement.omobility_id = "UT 2026";  // no spaces in an AsciiPrintableIdentifier
  Component& first = agreement.first_version->components_studied->front();
  first.los_id = "COURSE/12";
  first.title = std::string("Physics\x01");  // XML 1.0 cannot carry U+0001
  agreement.student->birth_date = "2001-02-30";
  const EwpXmlExport exported = write_ewp_xml(agreement);
  CHECK(exported.xml.empty());
  const std::vector<std::string> invalid = problems_of(exported, false);
  CHECK(contains(invalid, "/omobilityId"));
  CHECK(contains(invalid, "/firstVersion/componentsStudied/0/losId"));
  CHECK(contains(invalid, "/firstVersion/componentsStudied/0/title"));
  CHECK(contains(invalid, "/student/birthDate"));
}

TEST_CASE("a reason code outside EWP's closed list is not written") {
  Agreement agreement = test::semester();
  Component change;
  change.title = "Optics";
  change.status = "inserted";
  change.reason_code = "student-wish";
  agreement.approved_changes = *agreement.first_version;
  agreement.approved_changes->components_studied = std::vector<Component>{change};
  CHECK(problems_of(write_ewp_xml(agreement), false) ==
        std::vector<std::string>{"/approvedChanges/componentsStudied/0/reasonCode"});
}

TEST_CASE("credits are written as xs:decimal, without exponent or needless fraction") {
  Agreement agreement = test::semester();
  std::vector<Credit>& credits = *agreement.first_version->components_studied->front().credits;
  credits.front().value = 0.00001;
  credits.push_back(Credit{std::string("ects"), 7.5, {}});
  credits.push_back(Credit{std::string("ects"), 6.0, {}});
  const std::string xml = write_ewp_xml(agreement).xml;
  CHECK(has(xml, "<value>0.00001</value>"));
  CHECK(has(xml, "<value>7.5</value>"));
  CHECK(has(xml, "<value>6</value>"));
}

TEST_CASE("start and end take the element of the form they are given in") {
  Agreement agreement = test::semester();
  agreement.start_date = "2026-09";
  agreement.end_date = "2027-01-31";
  const std::string xml = write_ewp_xml(agreement).xml;
  CHECK(has(xml, "<start-year-month>2026-09</start-year-month>"));
  CHECK(has(xml, "<end-date>2027-01-31</end-date>"));
}

TEST_CASE("text is escaped as XML needs and kept character for character") {
  Agreement agreement = test::semester();
  agreement.student->family_name = "Żółć & <Işık> \"O'Neil\"";
  CHECK(has(write_ewp_xml(agreement).xml, "<family-name>Żółć &amp; &lt;Işık&gt; \"O'Neil\"</family-name>"));
}

}  // namespace
}  // namespace la

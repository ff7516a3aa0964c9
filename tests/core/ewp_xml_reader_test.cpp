// The EWP XML import (ewp_xml.hpp): the real EWP examples field by field, the OLA Dashboard's
// files, fragments, several agreements, round trips, and hostile or broken input.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/ewp_xml.hpp"
#include "core/json_codec.hpp"
#include "test_files.hpp"

namespace la {
namespace {

std::string ewp_example(const std::string& name) {
  return test::read_file(test::source_path("tests/fixtures/ewp/examples/" + name));
}

Agreement imported(const std::string& text, std::size_t index = 0) {
  EwpXmlImport result = read_ewp_xml(text, index);
  INFO(load_error_message(result.error));
  REQUIRE(result.agreement);
  return *result.agreement;
}

LoadError refused(const std::string& text) {
  EwpXmlImport result = read_ewp_xml(text);
  CHECK_FALSE(result.agreement);
  return result.error;
}

std::vector<std::string> notice_keys(const EwpXmlImport& result) {
  std::vector<std::string> keys;
  for (const ImportNotice& notice : result.notices) keys.push_back(notice.key);
  return keys;
}

constexpr const char* kLaStart =
    "<omobility-las-get-response xmlns=\"https://github.com/erasmus-without-paper/ewp-specs-api-omobility-las/"
    "blob/stable-v1/endpoints/get-response.xsd\">\n";

TEST_CASE("the EWP get-response example imports with its values intact") {
  const Agreement la = imported(ewp_example("get-response-example.xml"));
  CHECK(la.omobility_id == "c442c289-5541-4cae-9edb-8ad83e133613");
  CHECK(la.sending_hei->hei_id == "uio.no");
  CHECK(la.sending_hei->ounit_name == "Faculty of Mathematics and Natural Sciences");
  CHECK(la.sending_hei->ounit_id == "140");
  CHECK(la.sending_hei->contact_person->email == "anders.bardal@example.com");
  CHECK(la.receiving_hei->contact_person->given_names == "Paweł Tomasz");
  CHECK(la.receiving_academic_year_id == "2018/2019");
  CHECK(la.student->given_names == "Ivan Petrovich");
  CHECK(la.student->global_id == "urn:schac:personalUniqueCode:int:esi:uio.no:1234567890");
  CHECK(la.student->birth_date == "1997-05-05");
  CHECK(la.student->citizenship == "NO");
  CHECK(la.student->gender == 1);
  CHECK(la.start_date == "2019-02");
  CHECK(la.end_date == "2019-06");
  CHECK(la.eqf_level_studied_at_departure == 8);
  CHECK(la.isced_f_code == "0541");
  CHECK(la.isced_clarification == "Dynamical systems theory");
  CHECK(la.student_language_skill->language == "en");
  CHECK(la.student_language_skill->cefr_level == "B2");
  CHECK(la.mobility_type == "semester");

  const ComponentsList& first = *la.first_version;
  REQUIRE(first.components_studied->size() == 1);
  const Component& calculus = first.components_studied->front();
  CHECK(calculus.title == "Introductory calculus");
  CHECK(calculus.term_id->term_number == 2);
  CHECK(calculus.term_id->total_terms == 2);
  CHECK(calculus.credits->front().scheme == "ects");
  CHECK(calculus.credits->front().value == 9);
  REQUIRE(first.components_recognized->size() == 2);
  CHECK(first.components_recognized->at(0).los_id == "CR/8f0d7dad-2bb6-d401-48c3-c7e0baf03efb");
  CHECK(first.components_recognized->at(0).loi_id == "CRI/212419af-4326-3e21-30ba-c0b5041d89e2");
  CHECK(first.components_recognized->at(1).credits->front().value == 4);
  CHECK(first.student_signature->timestamp == "2018-11-12T13:13:45+02:00");
  CHECK(first.student_signature->signer_app == "Dashboard");
  CHECK_FALSE(first.student_signature->signer_name);
  CHECK(first.sending_hei_signature->signer_position == "Erasmus senior coordinator");
  CHECK(first.receiving_hei_signature->signer_name == "Paweł Tomasz Kowalski");

  const Component& algebra = la.approved_changes->components_studied->front();
  CHECK(algebra.status == "inserted");
  CHECK(algebra.reason_code == "extending-mobility");
  CHECK(algebra.los_code == "KR502B");

  const ChangesProposal& proposal = *la.changes_proposal;
  CHECK(proposal.id == "59B15BAF222F868493C167125FA32452E946");
  CHECK(proposal.components_studied->at(1).status == "deleted");
  CHECK(proposal.components_studied->at(1).reason_code == "language-mismatch");
  CHECK(proposal.components_recognized->empty());  // <components-recognized/> is kept, empty
  CHECK_FALSE(proposal.receiving_hei_signature);
  CHECK(proposal.student->family_name == "Karamazov");
  CHECK_FALSE(proposal.student->given_names);
  CHECK_FALSE(la.learning_outcomes_url);
}

TEST_CASE("an OLA Dashboard la without namespaces imports, saying what was assumed") {
  const EwpXmlImport result = read_ewp_xml(ewp_example("ola-dashboard/Ex1.xml"));
  REQUIRE(result.agreement);
  CHECK(notice_keys(result) ==
        std::vector<std::string>{"ewp.import.bare-la", "ewp.import.no-namespace", "ewp.import.mobility-type"});
  const Agreement& la = *result.agreement;
  CHECK(la.student->given_names == "Nalty");
  CHECK(la.student->gender == 2);
  CHECK(la.changes_proposal->id == "4C159B15BAF222F868493C167125FA324-1");
  CHECK(la.changes_proposal->virtual_components->front().short_description ==
        "A short description about the matlab laboratory course");
  CHECK(la.changes_proposal->components_studied->at(1).term_id->total_terms == 2);
  CHECK(la.learning_outcomes_url == "https://www.math.system.a.edu/learning_outcomes_url");
  CHECK(la.provisions_url == "https://www.math.system.b.edu/provisions_url");
}

TEST_CASE("every OLA Dashboard file imports when it holds an agreement, and says what it is otherwise") {
  for (int n = 1; n <= 20; ++n) {
    const std::string text = ewp_example("ola-dashboard/Ex" + std::to_string(n) + ".xml");
    CAPTURE(n);
    const EwpXmlImport result = read_ewp_xml(text);
    const bool holds_la = text.find("<la>") != std::string::npos;
    CHECK(result.agreement.has_value() == holds_la);
    if (holds_la) continue;
    CHECK(result.error.line > 0);
    const bool update = text.find("omobility-las-update") != std::string::npos;
    CHECK(result.error.key == (update ? "load.xml-update-message" : "load.xml-no-agreement"));
  }
}

TEST_CASE("student data where EWP has no place for it is kept as an unknown field, with a notice") {
  const EwpXmlImport result = read_ewp_xml(ewp_example("ola-dashboard/Ex9.xml"));
  REQUIRE(result.agreement);
  CHECK(result.agreement->approved_changes->unknown["student"]["birthDate"] == "1998-01-01");
  const std::vector<std::string> keys = notice_keys(result);
  CHECK(std::find(keys.begin(), keys.end(), "ewp.import.misplaced") != keys.end());
}

TEST_CASE("the example scenario's fragments import as the sections they hold") {
  const EwpXmlImport first = read_ewp_xml(ewp_example("05-signed-first-version.part.xml"));
  REQUIRE(first.agreement);
  const std::vector<std::string> keys = notice_keys(first);
  CHECK(std::find(keys.begin(), keys.end(), "ewp.import.fragment") != keys.end());
  CHECK(first.agreement->first_version->components_studied->size() == 3);
  CHECK_FALSE(first.agreement->student);
  const EwpXmlImport proposal = read_ewp_xml(ewp_example("01-initial-version.part.xml"));
  REQUIRE(proposal.agreement);
  CHECK(proposal.agreement->changes_proposal->id == "BAF222F868493C167125FA32452E9460731C575");
  CHECK(read_ewp_xml(ewp_example("02-comment-proposal.part.xml")).error.key == "load.xml-update-message");
}

TEST_CASE("of a response with several agreements, the chosen one is read and the count given") {
  const std::string text = std::string(kLaStart) + "<la><omobility-id>one</omobility-id></la>\n" +
                           "<la><omobility-id>two</omobility-id></la>\n</omobility-las-get-response>";
  EwpXmlImport second = read_ewp_xml(text, 1);
  REQUIRE(second.agreement);
  CHECK(second.agreement_count == 2);
  CHECK(second.agreement->omobility_id == "two");
  CHECK(imported(text).omobility_id == "one");
  const LoadError missing = read_ewp_xml(text, 2).error;
  CHECK(missing.key == "load.xml-no-such-agreement");
  CHECK(load_error_message(missing) == "This EWP response holds 2 Learning Agreements; there is no number 3.");
}

TEST_CASE("XML to JSON to XML gives the same la, and JSON to XML to JSON keeps every EWP field") {
  const Agreement from_xml = imported(ewp_example("get-response-example.xml"));
  const std::string xml = write_ewp_xml(from_xml).xml;
  REQUIRE_FALSE(xml.empty());
  CHECK(write_agreement(imported(xml)) == write_agreement(from_xml));
  CHECK(write_ewp_xml(imported(xml)).xml == xml);

  Agreement semester = test::semester();
  Agreement back = imported(write_ewp_xml(semester).xml);
  // What EWP has no element for (docs/format.md) is all that differs; mobilityType comes back
  // from the component lists.
  for (std::optional<Institution>* hei : {&semester.sending_hei, &semester.receiving_hei}) {
    (*hei)->erasmus_code.reset();
    (*hei)->country_code.reset();
    (*hei)->name.reset();
  }
  CHECK(write_agreement(back) == write_agreement(semester));
}

TEST_CASE("malformed XML is refused with its line and column") {
  const LoadError error = refused("<la>\n  <omobility-id>x</omobility-idd>\n</la>");
  CHECK(error.key == "load.not-xml");
  CHECK(error.line == 2);
  CHECK(load_error_message(error).find("(line 2, column") != std::string::npos);
  CHECK(refused("hello <la/>").key == "load.not-xml");  // text outside the root element
  CHECK(refused("<la/><la/>").key == "load.not-xml");   // two roots
  CHECK(refused("   ").key == "load.empty");
  CHECK(refused("<la>\xC3\x28</la>").key == "load.invalid-utf8");
}

TEST_CASE("a wrong root element is named") {
  const LoadError error = refused("<?xml version=\"1.0\"?>\n<courses-response/>");
  CHECK(error.key == "load.xml-wrong-root");
  CHECK(error.line == 2);
  CHECK(load_error_message(error).find("<courses-response>") != std::string::npos);
}

TEST_CASE("what the EWP schema has no place for is refused with its place") {
  const LoadError unexpected = refused(std::string(kLaStart) + "<la>\n<omobility-id>x</omobility-id>\n<nickname>Bob</nickname>\n</la></omobility-las-get-response>");
  CHECK(unexpected.key == "load.xml-unexpected-element");
  CHECK(unexpected.line == 4);
  CHECK(load_error_message(unexpected).find("<nickname> has no place in <la>") != std::string::npos);
  CHECK(refused("<la><omobility-id>a</omobility-id><omobility-id>b</omobility-id></la>").key == "load.xml-repeated-element");
  CHECK(refused("<la><eqf-level-studied-at-departure>seven</eqf-level-studied-at-departure></la>").key ==
        "load.xml-not-a-number");
  CHECK(refused("<la xmlns=\"urn:other\"><omobility-id>a</omobility-id></la>").key == "load.xml-wrong-namespace");
  CHECK(refused("<la color=\"red\"/>").key == "load.xml-unexpected-attribute");
  CHECK(refused("<la>stray words</la>").key == "load.xml-unexpected-text");
}

TEST_CASE("entity expansion (billion laughs) is refused, not expanded") {
  std::string laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE la [\n <!ENTITY lol \"lol\">\n";
  for (int i = 1; i <= 9; ++i) {
    laughs += " <!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) laughs += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
    laughs += "\">\n";
  }
  laughs += "]>\n<la><omobility-id>&lol9;</omobility-id></la>";
  const LoadError error = refused(laughs);
  CHECK(error.key == "load.xml-dtd");
  CHECK(error.line == 2);
}

TEST_CASE("an external entity or DTD is refused and nothing is fetched") {
  // pugixml has no network or file access at all; the DTD is refused before anything reads it.
  CHECK(refused("<!DOCTYPE la SYSTEM \"http://example.org/la.dtd\"><la/>").key == "load.xml-dtd");
  CHECK(refused("<!DOCTYPE la [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><la><omobility-id>&xxe;</omobility-id></la>").key ==
        "load.xml-dtd");
  // An entity without a DTD is undefined: not kept as text.
  const LoadError undefined = refused("<la>\n<omobility-id>&xxe;</omobility-id></la>");
  CHECK(undefined.key == "load.xml-entity");
  CHECK(undefined.line == 2);
  CHECK(imported("<la><omobility-id>a&amp;b&#x41;<![CDATA[&c]]></omobility-id></la>").omobility_id == "a&bA&c");
}

TEST_CASE("a 50 MB file is refused from its size") {
  std::string huge = "<la><isced-clarification>";
  huge.append(50 * 1024 * 1024, 'a');
  huge += "</isced-clarification></la>";
  const LoadError error = refused(huge);
  CHECK(error.key == "load.too-large");
  CHECK(load_error_message(error).find("5 MB") != std::string::npos);
}

}  // namespace
}  // namespace la

// EWP XML checked by an independent validator: every export of the samples and examples against
// the EWP XSD with xmllint (libxml2-utils), natively only since the tests run xmllint.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>

#include "core/ewp_xml.hpp"
#include "core/json_codec.hpp"
#include "test_files.hpp"

namespace la {
namespace {

const std::string kSchema = test::source_path("tests/fixtures/ewp/xsd/omobility-las-get-response.xsd");

std::string temp_path(const std::string& name) { return std::string(LA_TEST_TEMP_DIR) + "/" + name; }

void write_text(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// xmllint's verdict on the XML text, with its messages when it refuses it.
struct Validation {
  bool valid;
  std::string messages;
};
Validation xmllint_validate(const std::string& xml, const std::string& name) {
  const std::string path = temp_path(name + ".xml"), log = temp_path(name + ".log");
  write_text(path, xml);
  const std::string command = "xmllint --noout --nonet --schema '" + kSchema + "' '" + path + "' 2>'" + log + "'";
  const bool valid = std::system(command.c_str()) == 0;
  return {valid, test::read_file(log)};
}

// What the export asks for, filled in as an office would before sending: the mobility's id and
// the signatures EWP requires in every section.
void complete_for_ewp(Agreement& agreement) {
  if (!agreement.omobility_id) agreement.omobility_id = "LAS-TEST-1";
  Signature signature;
  signature.signer_name = "A. Signer";
  signature.timestamp = "2026-05-02T10:15:00+02:00";
  ComponentsList* proposal = agreement.changes_proposal ? &*agreement.changes_proposal : nullptr;
  for (ComponentsList* lists : {agreement.first_version ? &*agreement.first_version : nullptr,
                                agreement.approved_changes ? &*agreement.approved_changes : nullptr, proposal}) {
    if (!lists) continue;
    if (!lists->student_signature) lists->student_signature = signature;
    if (!lists->sending_hei_signature) lists->sending_hei_signature = signature;
    if (!lists->receiving_hei_signature && lists != proposal) lists->receiving_hei_signature = signature;
  }
}

// The samples and the specification's valid examples, by name.
std::vector<std::pair<std::string, Agreement>> samples_and_examples() {
  std::vector<std::pair<std::string, Agreement>> agreements;
  for (const std::string& file : test::files_in(test::source_path("assets/samples"), ".json")) {
    agreements.emplace_back(file, test::read_valid(test::read_file(file)));
  }
  for (const char* name : {"valid-semester", "valid-blended", "valid-doctoral"}) agreements.emplace_back(name, test::example(name));
  return agreements;
}

TEST_CASE("every sample and valid example exports XML the EWP XSD accepts, or names what is missing") {
  for (auto& sample : samples_and_examples()) {
    // Named, not a structured binding: clang does not let CAPTURE's lambda capture one.
    const std::string& name = sample.first;
    Agreement& agreement = sample.second;
    CAPTURE(name);
    EwpXmlExport exported = write_ewp_xml(agreement);
    if (!exported.problems.empty()) {
      // Only what an office fills in may be missing; once it is there, the export is valid.
      CHECK(exported.xml.empty());
      for (const ExportProblem& problem : exported.problems) CHECK_MESSAGE(problem.missing, problem.pointer);
      complete_for_ewp(agreement);
      exported = write_ewp_xml(agreement);
      REQUIRE(exported.problems.empty());
    }
    const Validation validation = xmllint_validate(exported.xml, "export");
    CHECK_MESSAGE(validation.valid, validation.messages);
  }
}

TEST_CASE("xmllint refuses what the export refuses to write, so the export's checks are needed") {
  // The same agreement with a signature removed: written by hand, the XSD refuses it.
  Agreement agreement = test::semester();
  std::string xml = write_ewp_xml(agreement).xml;
  const std::size_t start = xml.find("<student-signature>");
  const std::size_t end = xml.find("</student-signature>") + std::string("</student-signature>").size();
  xml.erase(start, end - start);
  CHECK_FALSE(xmllint_validate(xml, "unsigned").valid);
  agreement.first_version->student_signature.reset();
  CHECK(write_ewp_xml(agreement).xml.empty());
}

// xmllint's exclusive canonical form of an XML file, without what JSON cannot hold: comments and
// the root element's own start tag (where the EWP example has its xsi:schemaLocation hint).
std::string canonical_la(const std::string& path, const std::string& name) {
  const std::string out = temp_path(name + ".c14n");
  const std::string command = "xmllint --nonet --noblanks '" + path + "' | xmllint --exc-c14n - >'" + out + "'";
  REQUIRE(std::system(command.c_str()) == 0);
  std::string text = test::read_file(out);
  for (std::size_t at; (at = text.find("<!--")) != std::string::npos;) text.erase(at, text.find("-->", at) + 3 - at);
  return text.substr(text.find("<la>"));
}

TEST_CASE("the EWP example goes XML -> JSON -> XML to the same document (xmllint --exc-c14n)") {
  const std::string original = test::source_path("tests/fixtures/ewp/examples/get-response-example.xml");
  const EwpXmlImport imported = read_ewp_xml(test::read_file(original));
  REQUIRE(imported.agreement);
  const ReadResult json = read_agreement(write_agreement(*imported.agreement));
  REQUIRE(json.agreement);
  const std::string ours = temp_path("round-trip.xml");
  write_text(ours, write_ewp_xml(*json.agreement).xml);
  CHECK(canonical_la(ours, "ours") == canonical_la(original, "original"));
}

TEST_CASE("every agreement of the OLA Dashboard's files, once imported, exports valid XML or names what is missing") {
  for (const std::string& file : test::files_in(test::source_path("tests/fixtures/ewp/examples/ola-dashboard"), ".xml")) {
    const EwpXmlImport imported = read_ewp_xml(test::read_file(file));
    if (!imported.agreement) continue;
    CAPTURE(file);
    const EwpXmlExport exported = write_ewp_xml(*imported.agreement);
    for (const ExportProblem& problem : exported.problems) CHECK_MESSAGE(problem.missing, problem.pointer);
    if (!exported.problems.empty()) continue;  // Ex16, a proposal without dates
    const Validation validation = xmllint_validate(exported.xml, "ola");
    CHECK_MESSAGE(validation.valid, validation.messages);
  }
}

}  // namespace
}  // namespace la

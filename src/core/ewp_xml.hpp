// The EWP XML codec (issue 15): a Learning Agreement as the `la` element of EWP OMOBILITY-LAs
// v1.2.0 (omobility-las get-response.xsd), which JSON format v1 mirrors. Built as its own library
// (la_ewp_xml, with pugixml) so that the editor's first download does not carry it.
//
// Writing gives a complete `omobility-las-get-response` with one `la` that is valid against the
// XSD, or, when a value EWP requires is missing or out of its form, no XML and the fields to fix.
// Our extensions, which EWP has no element for, are named, never dropped silently.
// Reading takes a get-response with one or more `la` (one chosen by index), a bare `la`, or the
// fragments of EWP's example scenarios (sections without the rest), with or without the EWP
// namespaces; what it had to assume comes back as notices. Nothing is fetched: a DTD (and with
// it every entity definition and external entity) is refused, not read.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/agreement.hpp"
#include "core/load_error.hpp"

namespace la {

// The XML namespaces of the `la` element and of the types it imports.
constexpr std::string_view kEwpLasNamespace =
    "https://github.com/erasmus-without-paper/ewp-specs-api-omobility-las/blob/stable-v1/endpoints/get-response.xsd";
constexpr std::string_view kEwpTermNamespace =
    "https://github.com/erasmus-without-paper/ewp-specs-types-academic-term/tree/stable-v2";
constexpr std::string_view kEwpPhoneNamespace =
    "https://github.com/erasmus-without-paper/ewp-specs-types-phonenumber/tree/stable-v1";

// A value the export needs but cannot write: missing (fill it in) or not in the XSD's form.
struct ExportProblem {
  std::string pointer;  // JSON Pointer of the field
  bool missing = true;  // false: present but not in the form EWP requires
};

struct EwpXmlExport {
  std::string xml;                       // empty when there are problems
  std::vector<std::string> not_carried;  // JSON Pointers of fields EWP has no element for
  std::vector<ExportProblem> problems;   // what to fill in or correct before exporting
};

EwpXmlExport write_ewp_xml(const Agreement& agreement);
// "EWP XML needs /omobilityId: fill it in before exporting." and the like.
std::string export_problem_message(const ExportProblem& problem, std::string_view language = "en");

// Something the reader assumed or left out; the agreement was read all the same.
struct ImportNotice {
  std::string key;  // message key, "ewp.import.*" (assets/i18n/en.json)
  MessageArgs args;
};

struct EwpXmlImport {
  std::optional<Agreement> agreement;  // set when the file could be read
  LoadError error;                     // otherwise, why not
  std::size_t agreement_count = 0;     // how many `la` the file holds (a choice for more than one)
  std::vector<ImportNotice> notices;
};

// Reads the `la` at `index` (0-based) of the text.
EwpXmlImport read_ewp_xml(std::string_view text, std::size_t index = 0);
std::string import_notice_message(const ImportNotice& notice, std::string_view language = "en");

}  // namespace la

// la-check's command line, output formats and exit status (la_check.hpp).
#include "cli/la_check.hpp"

#include <cerrno>
#include <cstring>
#include <ostream>

#include <nlohmann/json.hpp>

#include "cli/file_input.hpp"
#include "cli/terminal_text.hpp"
#include "core/checker.hpp"
#include "core/ewp_xml.hpp"
#include "core/json_codec.hpp"
#include "core/catalogues/builtin_catalogues.hpp"
#include "core/messages.hpp"
#include "core/print_document.hpp"
#include "core/signing.hpp"

namespace la {
namespace {

constexpr const char* kUsage =
    "Usage: la-check [--lang LANG] [--json] [--la N] [--] FILE...\n"
    "       la-check --to ewp-xml|json [--la N] FILE\n"
    "       la-check [--lang LANG] --html FILE > agreement.html\n"
    "       la-check [--lang LANG] --rules\n"
    "Checks Learning Agreement files (JSON format v1, or EWP OMOBILITY-LAs XML) against the rule\n"
    "catalogue. A file whose text starts with '<' is read as EWP XML; what the reader assumed is\n"
    "printed to standard error.\n"
    "  FILE     a file to check; - reads standard input\n"
    "  --       ends the options: the arguments after it are files, even if they start with -\n"
    "  --json   print {\"files\":[{\"file\",\"findings\":[{\"rule\",\"severity\",\"path\",\"message\"}],\n"
    "           \"signatures\":[{\"path\",\"section\",\"party\",\"state\",\"signerName\",\"timestamp\",\n"
    "           \"fingerprint\"}]}]}; state is holds, voided or not-sealed (no contentHash);\n"
    "           a file that cannot be read has no findings and an \"error\": {\"message\", and\n"
    "           \"line\" and \"column\" or \"path\" where they apply}\n"
    "  --html   print FILE as an HTML document laid out like the official template, to print or\n"
    "           save as PDF from a browser (exit status as for a check)\n"
    "  --rules  print the rule catalogue (id, severity, source, message) as JSON\n"
    "  --la N   of an EWP response with several agreements, the N-th (from 1; default 1)\n"
    "  --to ewp-xml  write FILE as an EWP omobility-las-get-response to standard output; fields\n"
    "           EWP has no element for are named on standard error; exit 1 when a value EWP\n"
    "           requires is missing or invalid (named on standard error, nothing written)\n"
    "  --to json     write FILE as a JSON format v1 file to standard output\n"
    "  --lang LANG  the messages in LANG: en (the default), {languages}; rule ids, severities,\n"
    "           paths and the words around the messages stay the same for scripts\n"
    "Exit status: 0 no errors (warnings allowed), 1 some file has errors, 2 some file cannot be read,\n"
    "64 wrong command line (EX_USAGE), 74 the output could not be written (EX_IOERR).\n";

// The usage text, naming the languages this build has messages in.
std::string usage() {
  std::string others;
  for (const std::string& language : catalogue_languages()) {
    if (language != "en") others += (others.empty() ? "" : ", ") + language;
  }
  std::string text = kUsage;
  const std::string_view placeholder = "{languages}";
  text.replace(text.find(placeholder), placeholder.size(), others);
  return text;
}

// A signature that is there, with what la-check says about it.
struct SignatureReport {
  SignatureStatus status;
  std::string signer_name, timestamp;
};

struct FileReport {
  std::string file;
  std::optional<LoadError> error;  // the file could not be read
  Findings findings;
  std::vector<SignatureReport> signatures;
};

std::vector<SignatureReport> signatures_of(const Agreement& agreement) {
  std::vector<SignatureReport> reports;
  for (SignatureStatus& status : signature_statuses(agreement)) {
    if (status.state == SignatureState::Absent) continue;  // LA-701 says which are awaited
    const Signature& signature = *signature_of(*section_lists(agreement, status.slot.section), status.slot.party);
    reports.push_back({std::move(status), signature.signer_name.value_or(""), signature.timestamp.value_or("")});
  }
  return reports;
}

// A file's name as the human output shows it: escaped, and "" for an empty name, which would
// otherwise leave a line starting with ": ".
std::string shown_file_name(const std::string& path) { return path.empty() ? "\"\"" : escaped_for_terminal(path); }

// EWP XML or JSON, told apart by the first character that is not white space (or a byte order mark).
bool looks_like_xml(std::string_view text) {
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.remove_prefix(3);
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && text[first] == '<';
}

// Reads one input as either format; what the XML reader assumed goes to `diagnostics`.
ReadResult read_file(const std::string& path, std::istream& standard_input, std::size_t la_index,
                     std::ostream& diagnostics) {
  FileInput input = read_input(path, standard_input);
  if (input.error) return {std::nullopt, *input.error};
  if (!looks_like_xml(input.text)) return read_agreement(input.text);
  EwpXmlImport imported = read_ewp_xml(input.text, la_index);
  for (const ImportNotice& notice : imported.notices) {
    diagnostics << shown_file_name(path) << ": note: " << escaped_for_terminal(import_notice_message(notice)) << "\n";
  }
  if (imported.agreement_count > 1) {
    diagnostics << shown_file_name(path) << ": note: agreement " << la_index + 1 << " of "
                << imported.agreement_count << " (--la N chooses)\n";
  }
  return {std::move(imported.agreement), std::move(imported.error)};
}

FileReport check_file(const std::string& path, std::istream& standard_input, std::size_t la_index,
                      std::ostream& diagnostics) {
  FileReport report{path, std::nullopt, {}};
  ReadResult result = read_file(path, standard_input, la_index, diagnostics);
  if (!result.agreement) {
    report.error = result.error;
    return report;
  }
  report.findings = check_agreement(*result.agreement);
  report.signatures = signatures_of(*result.agreement);
  return report;
}

// --to: one file converted to standard output; the reasons it cannot be go to `diagnostics`.
int convert_file(const std::string& format, const std::string& path, std::istream& standard_input,
                 std::size_t la_index, std::ostream& output, std::ostream& diagnostics) {
  ReadResult result = read_file(path, standard_input, la_index, diagnostics);
  if (!result.agreement) {
    diagnostics << shown_file_name(path) << ": cannot be read: " << escaped_for_terminal(load_error_message(result.error))
                << "\n";
    return kExitUnreadable;
  }
  if (format == "json") {
    output << write_agreement(*result.agreement);
    return kExitClean;
  }
  EwpXmlExport exported = write_ewp_xml(*result.agreement);
  for (const ExportProblem& problem : exported.problems) {
    diagnostics << shown_file_name(path) << ": " << escaped_for_terminal(export_problem_message(problem)) << "\n";
  }
  if (!exported.problems.empty()) return kExitFindings;
  if (!exported.not_carried.empty()) {
    std::string fields;
    for (const std::string& field : exported.not_carried) fields += (fields.empty() ? "" : ", ") + field;
    diagnostics << shown_file_name(path) << ": "
                << escaped_for_terminal(message_text("ewp.export.not-carried", {{"fields", fields}})) << "\n";
  }
  output << exported.xml;
  return kExitClean;
}

std::string plural(std::size_t count, const char* word) {
  return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}


std::string signature_verdict(const SignatureStatus& status) {
  switch (status.state) {
    case SignatureState::Holds: return "holds (fingerprint " + status.fingerprint + ")";
    case SignatureState::Voided:
      return "VOIDED: the content changed after signing (LA-703; signed fingerprint " + status.fingerprint + ")";
    case SignatureState::NotSealed: return "not sealed: signed without a contentHash, so it cannot be verified";
    case SignatureState::Absent: break;
  }
  return "absent";
}

void print_signatures(const std::string& file, const std::vector<SignatureReport>& signatures, std::ostream& out) {
  for (const SignatureReport& signature : signatures) {
    out << file << ": signature at " << signature.status.pointer << " ("
        << escaped_for_terminal(signature.signer_name.empty() ? "no name" : signature.signer_name) << ", "
        << escaped_for_terminal(signature.timestamp.empty() ? "no time" : signature.timestamp)
        << "): " << signature_verdict(signature.status) << "\n";
  }
}

// One line per finding, each starting with the file's name: the file's name, the field names of
// the pointer and the values quoted in messages come from outside and are escaped.
void print_human(const std::vector<FileReport>& reports, std::string_view language, std::ostream& out) {
  std::size_t errors = 0, warnings = 0, unreadable = 0;
  for (const FileReport& report : reports) {
    const std::string file = shown_file_name(report.file);
    if (report.error) {
      ++unreadable;
      out << file << ": cannot be read: " << escaped_for_terminal(load_error_message(*report.error, language)) << "\n";
      continue;
    }
    if (report.findings.empty()) out << file << ": no problems found\n";
    for (const Finding& finding : report.findings) {
      out << file << ": " << severity_name(finding.severity()) << " " << finding.rule_id() << " at "
          << escaped_for_terminal(finding.pointer) << ": " << escaped_for_terminal(finding_message(finding, language)) << "\n";
    }
    print_signatures(file, report.signatures, out);
    errors += count_errors(report.findings);
    warnings += count_warnings(report.findings);
  }
  out << plural(reports.size(), "file") << " checked: " << plural(errors, "error") << ", "
      << plural(warnings, "warning");
  if (unreadable > 0) out << ", " << unreadable << " unreadable";
  out << ".\n";
}

nlohmann::ordered_json signatures_json(const std::vector<SignatureReport>& signatures) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const SignatureReport& signature : signatures) {
    nlohmann::ordered_json entry = {{"path", signature.status.pointer},
                                    {"section", section_field_name(signature.status.slot.section)},
                                    {"party", party_name(signature.status.slot.party)},
                                    {"state", signature_state_name(signature.status.state)},
                                    {"signerName", signature.signer_name},
                                    {"timestamp", signature.timestamp}};
    if (!signature.status.fingerprint.empty()) entry["fingerprint"] = signature.status.fingerprint;
    list.push_back(std::move(entry));
  }
  return list;
}

void print_json(const std::vector<FileReport>& reports, std::string_view language, std::ostream& out) {
  nlohmann::ordered_json files = nlohmann::ordered_json::array();
  for (const FileReport& report : reports) {
    nlohmann::ordered_json file = {{"file", report.file}, {"findings", nlohmann::ordered_json::array()}};
    if (report.error) {
      nlohmann::ordered_json error = {{"message", load_error_message(*report.error, language)}};
      if (report.error->line > 0) {
        error["line"] = report.error->line;
        error["column"] = report.error->column;
      }
      if (!report.error->pointer.empty()) error["path"] = report.error->pointer;
      file["error"] = error;
    }
    for (const Finding& finding : report.findings) {
      file["findings"].push_back({{"rule", finding.rule_id()},
                                  {"severity", severity_name(finding.severity())},
                                  {"path", finding.pointer},
                                  {"message", finding_message(finding, language)}});
    }
    if (!report.error) file["signatures"] = signatures_json(report.signatures);
    files.push_back(std::move(file));
  }
  nlohmann::ordered_json document = {{"files", std::move(files)}};
  out << document.dump(2, ' ', false, nlohmann::detail::error_handler_t::replace) << "\n";
}

void print_rules(std::string_view language, std::ostream& out) {
  nlohmann::ordered_json rules = nlohmann::ordered_json::array();
  for (const Rule* rule : rule_catalogue()) {
    rules.push_back({{"rule", rule->id},
                     {"severity", severity_name(rule->severity)},
                     {"source", rule->source},
                     {"message", message_text(rule->id, {}, language)}});
  }
  out << nlohmann::ordered_json{{"rules", std::move(rules)}}.dump(2) << "\n";
}

// --html: the printable document of one file (JSON or EWP XML, as for a check).
int print_html(const std::string& path, std::istream& standard_input, std::size_t la_index, std::string_view language,
               std::ostream& out, std::ostream& diagnostics) {
  ReadResult result = read_file(path, standard_input, la_index, diagnostics);
  if (!result.agreement) {
    diagnostics << shown_file_name(path) << ": cannot be read: " << escaped_for_terminal(load_error_message(result.error, language))
                << "\n";
    return kExitUnreadable;
  }
  out << print_document(*result.agreement, language);
  return count_errors(check_agreement(*result.agreement)) > 0 ? kExitFindings : kExitClean;
}

int run_command(const std::vector<std::string>& arguments, std::istream& input, std::ostream& output,
                std::ostream& diagnostics) {
  // Every language is built in; added once, however often a test calls this.
  static const bool catalogues_added = add_builtin_catalogues();
  (void)catalogues_added;
  bool as_json = false;
  bool list_rules = false;
  std::string language = "en";  // --lang
  std::string convert_to;      // "ewp-xml" or "json" with --to
  std::size_t la_index = 0;    // --la N, 0-based
  bool as_html = false;
  std::vector<std::string> paths;
  bool options_ended = false;  // after "--" every argument is a file, "-dash.json" too
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (options_ended) {
      paths.push_back(argument);
    } else if (argument == "--lang") {
      if (i + 1 == arguments.size()) {
        diagnostics << "la-check: --lang needs a language, for example --lang de\n" << usage();
        return kExitUsage;
      }
      language = arguments[++i];
    } else if (argument == "--") {
      options_ended = true;
    } else if (argument == "--json") {
      as_json = true;
    } else if (argument == "--html") {
      as_html = true;
    } else if (argument == "--rules") {
      list_rules = true;
    } else if (argument == "--to" || argument == "--la") {
      const std::string value = i + 1 < arguments.size() ? arguments[++i] : "";
      const bool number = !value.empty() && value.size() < 7 && value.find_first_not_of("0123456789") == std::string::npos;
      if (argument == "--to" && (value == "ewp-xml" || value == "json")) {
        convert_to = value;
      } else if (argument == "--la" && number && std::stoul(value) > 0) {
        la_index = std::stoul(value) - 1;
      } else {
        diagnostics << "la-check: " << argument << " needs " << (argument == "--to" ? "ewp-xml or json" : "a number from 1")
                    << ", not \"" << escaped_for_terminal(value) << "\"\n" << usage();
        return kExitUsage;
      }
    } else if (argument == "--help" || argument == "-h") {
      output << usage();
      return kExitClean;
    } else if (argument.size() > 1 && argument[0] == '-') {
      diagnostics << "la-check: unknown option " << escaped_for_terminal(argument) << "\n" << usage();
      return kExitUsage;
    } else {
      paths.push_back(argument);
    }
  }
  if (!has_catalogue(language)) {
    diagnostics << "la-check: no messages in the language " << escaped_for_terminal(language) << "\n" << usage();
    return kExitUsage;
  }
  // Refused rather than guessing which of the two was meant (a script would take the catalogue
  // for the check's result).
  if (list_rules && !paths.empty()) {
    diagnostics << "la-check: --rules prints the rule catalogue and checks no file: give it without FILE\n"
                << usage();
    return kExitUsage;
  }
  if (as_html && (paths.size() != 1 || as_json || list_rules)) {
    diagnostics << "la-check: --html prints one file as HTML: give it exactly one FILE and no other option\n"
                << usage();
    return kExitUsage;
  }
  if (as_html) return print_html(paths.front(), input, la_index, language, output, diagnostics);
  if (list_rules) {
    print_rules(language, output);
    return kExitClean;
  }
  if (paths.empty()) {
    diagnostics << "la-check: no file given\n" << usage();
    return kExitUsage;
  }

  if (!convert_to.empty()) {
    if (paths.size() != 1 || as_json) {
      diagnostics << "la-check: --to converts exactly one FILE, without --json\n" << usage();
      return kExitUsage;
    }
    return convert_file(convert_to, paths.front(), input, la_index, output, diagnostics);
  }

  std::vector<FileReport> reports;
  int status = kExitClean;
  for (const std::string& path : paths) {
    reports.push_back(check_file(path, input, la_index, diagnostics));
    const FileReport& report = reports.back();
    if (report.error) status = kExitUnreadable;
    else if (status == kExitClean && count_errors(report.findings) > 0) status = kExitFindings;
  }
  if (as_json) print_json(reports, language, output);
  else print_human(reports, language, output);
  return status;
}

}  // namespace

int run_la_check(const std::vector<std::string>& arguments, std::istream& input, std::ostream& output,
                 std::ostream& diagnostics) {
  errno = 0;
  int status = run_command(arguments, input, output, diagnostics);
  // A report that never reached its reader (a full disk, a closed pipe or standard output) is no
  // report: a script must not take "0" for a clean check that nobody could read.
  if (!output.flush()) {
    diagnostics << "la-check: cannot write the report to standard output";
    if (errno != 0) diagnostics << ": " << std::strerror(errno);
    diagnostics << "\n";
    return kExitOutputFailed;
  }
  return status;
}

}  // namespace la

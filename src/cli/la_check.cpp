// la-check's command line, output formats and exit status (la_check.hpp).
#include "cli/la_check.hpp"

#include <ostream>

#include <nlohmann/json.hpp>

#include "cli/file_input.hpp"
#include "cli/terminal_text.hpp"
#include "core/checker.hpp"
#include "core/json_codec.hpp"
#include "core/messages.hpp"
#include "core/print_document.hpp"
#include "core/signing.hpp"

namespace la {
namespace {

constexpr const char* kUsage =
    "Usage: la-check [--json] [--] FILE...\n"
    "       la-check --html FILE > agreement.html\n"
    "       la-check --rules\n"
    "Checks Learning Agreement files (JSON format v1) against the rule catalogue.\n"
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
    "Exit status: 0 no errors (warnings allowed), 1 some file has errors, 2 some file cannot be read,\n"
    "64 wrong command line (EX_USAGE).\n";

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

FileReport check_file(const std::string& path, std::istream& standard_input) {
  FileReport report{path, std::nullopt, {}, {}};
  FileInput input = read_input(path, standard_input);
  if (input.error) {
    report.error = input.error;
    return report;
  }
  ReadResult result = read_agreement(input.text);
  if (!result.agreement) {
    report.error = result.error;
    return report;
  }
  report.findings = check_agreement(*result.agreement);
  report.signatures = signatures_of(*result.agreement);
  return report;
}

std::string plural(std::size_t count, const char* word) {
  return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

// A file's name as the human output shows it: escaped, and "" for an empty name, which would
// otherwise leave a line starting with ": ".
std::string shown_file_name(const std::string& path) { return path.empty() ? "\"\"" : escaped_for_terminal(path); }

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
void print_human(const std::vector<FileReport>& reports, std::ostream& out) {
  std::size_t errors = 0, warnings = 0, unreadable = 0;
  for (const FileReport& report : reports) {
    const std::string file = shown_file_name(report.file);
    if (report.error) {
      ++unreadable;
      out << file << ": cannot be read: " << escaped_for_terminal(load_error_message(*report.error)) << "\n";
      continue;
    }
    if (report.findings.empty()) out << file << ": no problems found\n";
    for (const Finding& finding : report.findings) {
      out << file << ": " << severity_name(finding.severity()) << " " << finding.rule_id() << " at "
          << escaped_for_terminal(finding.pointer) << ": " << escaped_for_terminal(finding_message(finding)) << "\n";
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

void print_json(const std::vector<FileReport>& reports, std::ostream& out) {
  nlohmann::ordered_json files = nlohmann::ordered_json::array();
  for (const FileReport& report : reports) {
    nlohmann::ordered_json file = {{"file", report.file}, {"findings", nlohmann::ordered_json::array()}};
    if (report.error) {
      nlohmann::ordered_json error = {{"message", load_error_message(*report.error)}};
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
                                  {"message", finding_message(finding)}});
    }
    if (!report.error) file["signatures"] = signatures_json(report.signatures);
    files.push_back(std::move(file));
  }
  nlohmann::ordered_json document = {{"files", std::move(files)}};
  out << document.dump(2, ' ', false, nlohmann::detail::error_handler_t::replace) << "\n";
}

void print_rules(std::ostream& out) {
  nlohmann::ordered_json rules = nlohmann::ordered_json::array();
  for (const Rule* rule : rule_catalogue()) {
    rules.push_back({{"rule", rule->id},
                     {"severity", severity_name(rule->severity)},
                     {"source", rule->source},
                     {"message", message_text(rule->id)}});
  }
  out << nlohmann::ordered_json{{"rules", std::move(rules)}}.dump(2) << "\n";
}

// --html: the printable document of one file.
int print_html(const std::string& path, std::istream& standard_input, std::ostream& out, std::ostream& diagnostics) {
  FileInput input = read_input(path, standard_input);
  ReadResult result;
  if (!input.error) result = read_agreement(input.text);
  if (input.error || !result.agreement) {
    diagnostics << shown_file_name(path) << ": cannot be read: "
                << escaped_for_terminal(load_error_message(input.error ? *input.error : result.error)) << "\n";
    return kExitUnreadable;
  }
  out << print_document(*result.agreement);
  return count_errors(check_agreement(*result.agreement)) > 0 ? kExitFindings : kExitClean;
}

}  // namespace

int run_la_check(const std::vector<std::string>& arguments, std::istream& input, std::ostream& output,
                 std::ostream& diagnostics) {
  bool as_json = false;
  bool list_rules = false;
  bool as_html = false;
  std::vector<std::string> paths;
  bool options_ended = false;  // after "--" every argument is a file, "-dash.json" too
  for (const std::string& argument : arguments) {
    if (options_ended) {
      paths.push_back(argument);
    } else if (argument == "--") {
      options_ended = true;
    } else if (argument == "--json") {
      as_json = true;
    } else if (argument == "--html") {
      as_html = true;
    } else if (argument == "--rules") {
      list_rules = true;
    } else if (argument == "--help" || argument == "-h") {
      output << kUsage;
      return kExitClean;
    } else if (argument.size() > 1 && argument[0] == '-') {
      diagnostics << "la-check: unknown option " << escaped_for_terminal(argument) << "\n" << kUsage;
      return kExitUsage;
    } else {
      paths.push_back(argument);
    }
  }
  // Refused rather than guessing which of the two was meant (a script would take the catalogue
  // for the check's result).
  if (list_rules && !paths.empty()) {
    diagnostics << "la-check: --rules prints the rule catalogue and checks no file: give it without FILE\n"
                << kUsage;
    return kExitUsage;
  }
  if (as_html && (paths.size() != 1 || as_json || list_rules)) {
    diagnostics << "la-check: --html prints one file as HTML: give it exactly one FILE and no other option\n"
                << kUsage;
    return kExitUsage;
  }
  if (as_html) return print_html(paths.front(), input, output, diagnostics);
  if (list_rules) {
    print_rules(output);
    return kExitClean;
  }
  if (paths.empty()) {
    diagnostics << "la-check: no file given\n" << kUsage;
    return kExitUsage;
  }

  std::vector<FileReport> reports;
  int status = kExitClean;
  for (const std::string& path : paths) {
    reports.push_back(check_file(path, input));
    const FileReport& report = reports.back();
    if (report.error) status = kExitUnreadable;
    else if (status == kExitClean && count_errors(report.findings) > 0) status = kExitFindings;
  }
  if (as_json) print_json(reports, output);
  else print_human(reports, output);
  return status;
}

}  // namespace la

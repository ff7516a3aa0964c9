// la-check as an office uses it: human and JSON output, standard input, exit status, and the same
// findings as the core on every example, sample and scenario.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/la_check.hpp"
#include "core/checker.hpp"
#include "core/json_codec.hpp"
#include "core/signing.hpp"
#include "scenario_cases.hpp"
#include "cli/la_check_run.hpp"
#include "test_files.hpp"

namespace la {
namespace {

using test::la_check;
using test::LaCheckRun;
using test::temp_file;

std::string sample(const char* name) { return test::source_path(std::string("assets/samples/") + name + ".json"); }

nlohmann::json parse(const std::string& text) { return nlohmann::json::parse(text, nullptr, false); }

TEST_CASE("a clean agreement passes with exit status 0") {
  std::string path = test::fixture_path("agreements/valid-semester.json");
  LaCheckRun run = la_check({path});
  CHECK(run.status == kExitClean);
  CHECK(run.output == path + ": no problems found\n" + path +
                          ": signature at /firstVersion/studentSignature (Łukasz Żółć, 2026-05-02T10:15:00+02:00): "
                          "not sealed: signed without a contentHash, so it cannot be verified\n" +
                          path + ": signature at /firstVersion/sendingHeiSignature (Daniël ter Meer, "
                          "2026-05-04T09:03:11+02:00): not sealed: signed without a contentHash, so it cannot be verified\n" +
                          path + ": signature at /firstVersion/receivingHeiSignature (Paweł Tomasz Kowalski, "
                          "2026-05-06T14:40:00+02:00): not sealed: signed without a contentHash, so it cannot be verified\n"
                          "1 file checked: 0 errors, 0 warnings.\n");
}

// The sample with changes is sealed: each signature carries the hash of its section.
std::string sealed_sample_path() {
  const std::string path = sample("semester-with-changes");
  CHECK(test::read_file(path) == write_agreement(test::sealed_sample_with_changes()));
  return path;
}

std::vector<std::string> lines_with(const std::string& text, const std::string& part) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);) {
    if (line.find(part) != std::string::npos) lines.push_back(line);
  }
  return lines;
}

TEST_CASE("each signature is reported as holding, with the fingerprint of what was signed") {
  const std::string path = sealed_sample_path();
  LaCheckRun run = la_check({path});
  CHECK(run.status == kExitClean);
  CHECK(lines_with(run.output, "): holds (fingerprint ").size() == 8);
  const Agreement agreement = test::read_valid(test::read_file(path));
  const std::string first = fingerprint(*agreement.first_version->student_signature->content_hash);
  CHECK(run.output.find(path + ": signature at /firstVersion/studentSignature (Kateřina Dvořáková, "
                               "2026-06-22T19:40:00+02:00): holds (fingerprint " + first + ")\n") != std::string::npos);
}

TEST_CASE("a signature whose content changed is reported as voided, the others as holding") {
  Agreement agreement = test::read_valid(test::read_file(sealed_sample_path()));
  agreement.changes_proposal->components_studied->at(0).title = "Another course";
  const std::string path = temp_file("proposal-edited.json", write_agreement(agreement));
  LaCheckRun run = la_check({path});
  CHECK(run.status == kExitFindings);
  CHECK(lines_with(run.output, "): VOIDED: the content changed after signing (LA-703").size() == 2);
  CHECK(lines_with(run.output, "/changesProposal/studentSignature (").at(0).find("VOIDED") != std::string::npos);
  CHECK(lines_with(run.output, "): holds (").size() == 6);

  const nlohmann::json report = parse(la_check({"--json", path}).output);
  const nlohmann::json& signatures = report["files"][0]["signatures"];
  REQUIRE(signatures.size() == 8);
  CHECK(signatures[0] == nlohmann::json{{"path", "/firstVersion/studentSignature"},
                                        {"section", "firstVersion"},
                                        {"party", "student"},
                                        {"state", "holds"},
                                        {"signerName", "Kateřina Dvořáková"},
                                        {"timestamp", "2026-06-22T19:40:00+02:00"},
                                        {"fingerprint", fingerprint(*agreement.first_version->student_signature->content_hash)}});
  CHECK(signatures[6]["path"] == "/changesProposal/studentSignature");
  CHECK(signatures[6]["state"] == "voided");
}

TEST_CASE("a signature without a hash is reported as not sealed in --json") {
  const nlohmann::json report = parse(la_check({"--json", test::fixture_path("agreements/valid-semester.json")}).output);
  const nlohmann::json& signatures = report["files"][0]["signatures"];
  REQUIRE(signatures.size() == 3);
  CHECK(signatures[2]["state"] == "not-sealed");
  CHECK_FALSE(signatures[2].contains("fingerprint"));
}

TEST_CASE("each finding is listed with file, pointer, severity, id and message") {
  std::string path = sample("semester-typical-mistakes");
  LaCheckRun run = la_check({path});
  CHECK(run.status == kExitFindings);
  CHECK(run.output.find(path + ": error LA-104 at /student/email: ") != std::string::npos);
  CHECK(run.output.find(path + ": warning LA-109 at /student/globalId: ") != std::string::npos);
  CHECK(run.output.find("1 file checked: 2 errors, 5 warnings.\n") != std::string::npos);
}

TEST_CASE("warnings alone do not fail the check") {
  std::string path = temp_file("warnings-only.json", test::read_file(sample("semester-typical-mistakes")));
  Agreement agreement = test::read_valid(test::read_file(path));
  agreement.student->email = "mariajose.fernandez@correo.ugr.example";
  agreement.receiving_hei->erasmus_code = "PL WARSZAW01";
  temp_file("warnings-only.json", write_agreement(agreement));
  LaCheckRun run = la_check({path});
  CHECK(count_errors(check_agreement(agreement)) == 0);
  CHECK(count_warnings(check_agreement(agreement)) > 0);
  CHECK(run.status == kExitClean);
}

TEST_CASE("control characters in values, field names and file names cannot start a line of their own") {
  Agreement agreement = test::read_valid(test::read_file(sample("semester-typical-mistakes")));
  agreement.student->email = "x\nfake.json: no problems found";
  agreement.receiving_hei->erasmus_code = "\x1B[2J\x1B[32mOK";
  std::string text = write_agreement(agreement);
  text.insert(text.rfind('}'), ", \"x\\ny\": 1");
  std::string path = temp_file("control\x1B[1m.json", text);
  LaCheckRun run = la_check({path});
  CHECK(run.output.find('\x1B') == std::string::npos);
  std::string file = std::string(LA_TEST_TEMP_DIR) + "/control\\u001B[1m.json";
  CHECK(run.output.find(file + ": error LA-104 at /student/email: \"x\\nfake.json: no problems found\"") !=
        std::string::npos);
  CHECK(run.output.find(file + ": error LA-203 at /receivingHei/erasmusCode: \"\\u001B[2J\\u001B[32mOK\"") !=
        std::string::npos);
  CHECK(run.output.find(file + ": warning LA-001 at /x\\ny: ") != std::string::npos);
  std::istringstream lines(run.output);
  std::string line;
  while (std::getline(lines, line) && line.find(" checked: ") == std::string::npos) {
    CHECK(line.rfind(file + ": ", 0) == 0);
  }

  // JSON escapes by itself and gives the values as they are.
  LaCheckRun as_json = la_check({"--json", path});
  CHECK(as_json.output.find("\"message\": \"\\\"x\\nfake.json: no problems found\\\" is not") != std::string::npos);
}

TEST_CASE("--json prints the documented structure") {
  std::string path = sample("doctoral-typical-mistakes");
  LaCheckRun run = la_check({"--json", path});
  CHECK(run.status == kExitFindings);
  nlohmann::json report = parse(run.output);
  REQUIRE(report.is_object());
  REQUIRE(report["files"].size() == 1);
  CHECK(report["files"][0]["file"] == path);
  const nlohmann::json& first = report["files"][0]["findings"][0];
  CHECK(first["rule"] == "LA-902");
  CHECK(first["severity"] == "error");
  CHECK(first["path"] == "/endDate");
  CHECK(first["message"].get<std::string>().size() > 20);
  std::set<std::string> keys;
  for (const auto& [key, value] : first.items()) keys.insert(key);
  CHECK(keys == std::set<std::string>{"rule", "severity", "path", "message"});
}

TEST_CASE("standard input is read for -") {
  std::string text = test::read_file(sample("semester-typical-mistakes"));
  LaCheckRun run = la_check({"--json", "-"}, text);
  CHECK(run.status == kExitFindings);
  CHECK(parse(run.output)["files"][0]["file"] == "-");
}

TEST_CASE("an unreadable file gives exit status 2 and a message naming the file and the place") {
  std::string broken = temp_file("broken.json", "{\"formatVersion\": 1,\n  \"student\": {,}\n}\n");
  LaCheckRun run = la_check({sample("semester-typical-mistakes"), broken});
  CHECK(run.status == kExitUnreadable);
  CHECK(run.output.find(broken + ": cannot be read: This is not a JSON file: ") != std::string::npos);
  CHECK(run.output.find("(line 2, column 15)") != std::string::npos);

  LaCheckRun as_json = la_check({"--json", broken});
  nlohmann::json error = parse(as_json.output)["files"][0]["error"];
  CHECK(error["line"] == 2);
  CHECK(error["column"] == 15);

  LaCheckRun missing = la_check({temp_file("", "") + "/no-such-file.json"});
  CHECK(missing.status == kExitUnreadable);
  CHECK(missing.output.find("cannot be read: The file cannot be read: No such file or directory.") != std::string::npos);
}

TEST_CASE("credits near the largest double are reported as too large, never as a total of inf") {
  nlohmann::json agreement = parse(test::read_file(test::fixture_path("agreements/valid-semester.json")));
  for (auto& component : agreement["firstVersion"]["componentsStudied"]) component["credits"][0]["value"] = 1.7e308;
  std::string path = temp_file("huge-credits.json", agreement.dump(2));
  LaCheckRun run = la_check({path});
  CHECK(run.status == kExitUnreadable);
  CHECK(run.output.find(": cannot be read: The field /firstVersion/componentsStudied/0/credits/0/value holds a "
                        "number that is too large.\n") != std::string::npos);
  CHECK(run.output.find("inf") == std::string::npos);
}

// Standard output on a full disk or a closed pipe: every write fails.
struct FailingOutput : std::streambuf {
  int overflow(int) override { return traits_type::eof(); }
  std::streamsize xsputn(const char*, std::streamsize) override { return 0; }
};

TEST_CASE("a report that cannot be written fails with a message on standard error") {
  for (std::vector<std::string> arguments : {std::vector<std::string>{sample("semester-two-terms")},
                                             {"--json", sample("semester-typical-mistakes")}, {"--rules"}, {"--help"}}) {
    CAPTURE(arguments.front());
    FailingOutput failing;
    std::ostream output(&failing);
    std::istringstream input;
    std::ostringstream diagnostics;
    CHECK(run_la_check(arguments, input, output, diagnostics) == kExitOutputFailed);
    CHECK(diagnostics.str().rfind("la-check: cannot write the report to standard output", 0) == 0);
  }
}

TEST_CASE("a file over 5 MB is refused without being read whole") {
  std::string huge = temp_file("huge.json", "{\"formatVersion\": 1, \"x\": \"" + std::string(6 * 1024 * 1024, 'a') + "\"}");
  LaCheckRun run = la_check({huge});
  CHECK(run.status == kExitUnreadable);
  CHECK(run.output.find(": cannot be read: This file is more than 5.0 MB; agreements are never larger than that.") !=
        std::string::npos);
}

TEST_CASE("a wrong command line gets the usage") {
  CHECK(la_check({}).status == kExitUsage);
  LaCheckRun unknown = la_check({"--fix", "a.json"});
  CHECK(unknown.status == kExitUsage);
  CHECK(unknown.diagnostics.find("Usage: la-check") != std::string::npos);
  LaCheckRun help = la_check({"--help"});
  CHECK(help.status == kExitClean);
  CHECK(help.output.find("64 wrong command line") != std::string::npos);
}

TEST_CASE("-- ends the options, so that a file's name may start with -") {
  CHECK(la_check({"-dash.json"}).status == kExitUsage);
  LaCheckRun run = la_check({"--", "-dash.json", "--json"});
  CHECK(run.status == kExitUnreadable);
  CHECK(run.output.rfind("-dash.json: cannot be read: The file cannot be read: No such file or directory.\n"
                         "--json: cannot be read: ",
                         0) == 0);
}

TEST_CASE("an empty file name is shown as \"\" and said to be empty") {
  LaCheckRun run = la_check({""});
  CHECK(run.status == kExitUnreadable);
  CHECK(run.output.rfind("\"\": cannot be read: The file cannot be read: The name is empty.\n", 0) == 0);
  CHECK(parse(la_check({"--json", ""}).output)["files"][0]["file"] == "");
}

TEST_CASE("--rules prints the catalogue with every rule's severity and message") {
  LaCheckRun run = la_check({"--rules"});
  nlohmann::json rules = parse(run.output)["rules"];
  CHECK(rules.size() == rule_catalogue().size());
  for (const auto& rule : rules) {
    CHECK(rule["message"].get<std::string>() != rule["rule"].get<std::string>());
  }
}

TEST_CASE("--rules with a file is refused, not taken for the file's check") {
  LaCheckRun run = la_check({sample("semester-typical-mistakes"), "--rules"});
  CHECK(run.status == kExitUsage);
  CHECK(run.output.empty());
  CHECK(run.diagnostics.rfind("la-check: --rules prints the rule catalogue and checks no file", 0) == 0);
  CHECK(la_check({"--json", "--rules"}).status == kExitClean);
}

TEST_CASE("la-check gives the core's findings on every example, sample and scenario") {
  std::vector<std::string> paths = test::files_in(test::fixture_path("agreements"), ".json");
  for (const std::string& path : test::files_in(test::source_path("assets/samples"), ".json")) paths.push_back(path);
  for (const test::ScenarioCase& scenario : test::scenario_cases()) {
    paths.push_back(temp_file("scenario-" + scenario.id + ".json", scenario.text));
  }
  for (const std::string& path : paths) {
    CAPTURE(path);
    LaCheckRun run = la_check({"--json", path});
    ReadResult result = read_agreement(test::read_file(path));
    if (!result.agreement) {
      CHECK(run.status == kExitUnreadable);
      continue;
    }
    Findings findings = check_agreement(*result.agreement);
    std::vector<std::string> reported;
    nlohmann::json report = parse(run.output);
    for (const auto& finding : report["files"][0]["findings"]) {
      reported.push_back(finding["rule"].get<std::string>() + " " + finding["path"].get<std::string>());
    }
    CHECK(reported == test::described(findings));
    CHECK(run.status == (count_errors(findings) > 0 ? kExitFindings : kExitClean));
  }
}

}  // namespace
}  // namespace la

namespace la {
namespace {

TEST_CASE("--html writes the printable document of one file") {
  const std::string path = sample("semester-with-changes");
  LaCheckRun run = la_check({"--html", path});
  CHECK(run.status == kExitClean);
  CHECK(run.output.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(run.output.find("Literatur und Film in Österreich") != std::string::npos);
  CHECK(run.diagnostics.empty());
}

TEST_CASE("--lang with --html prints the document in that language") {
  LaCheckRun run = la_check({"--lang", "fr", "--html", sample("semester-with-changes")});
  CHECK(run.status == kExitClean);
  CHECK(run.output.find("<html lang=\"fr\">") != std::string::npos);
  CHECK(run.output.find("<h1>Contrat pédagogique</h1>") != std::string::npos);
  CHECK(run.output.find("Literatur und Film in Österreich") != std::string::npos);  // values as written
}

TEST_CASE("--html refuses more than one file and says why a file cannot be printed") {
  CHECK(la_check({"--html", sample("semester-with-changes"), sample("blended-bip")}).status == kExitUsage);
  CHECK(la_check({"--html", "--json", sample("blended-bip")}).status == kExitUsage);
  LaCheckRun run = la_check({"--html", test::source_path("README.md")});
  CHECK(run.status == kExitUnreadable);
  CHECK(run.output.empty());
  CHECK(run.diagnostics.find("README.md: cannot be read: ") != std::string::npos);
  CHECK(la_check({"--html", sample("semester-typical-mistakes")}).status == kExitFindings);
}

}  // namespace
}  // namespace la

// la-check --lang: the messages in the chosen language, everything a script reads unchanged.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/la_check.hpp"
#include "core/catalogues/builtin_catalogues.hpp"
#include "core/messages.hpp"
#include "cli/la_check_run.hpp"
#include "test_files.hpp"

namespace la {
namespace {

using test::la_check;
using test::LaCheckRun;
using test::temp_file;

std::vector<std::string> files_with_problems() {
  const std::string broken = temp_file("broken-for-lang.json", "{\"formatVersion\": 1,");
  return {test::source_path("assets/samples/semester-typical-mistakes.json"),
          test::source_path("assets/samples/blended-typical-mistakes.json"), broken};
}

std::vector<std::string> languages_besides_english() {
  REQUIRE(add_builtin_catalogues());
  std::vector<std::string> languages = catalogue_languages();
  languages.erase(languages.begin());
  return languages;
}

nlohmann::json report(const std::string& language) {
  std::vector<std::string> arguments = {"--lang", language, "--json"};
  for (const std::string& file : files_with_problems()) arguments.push_back(file);
  LaCheckRun run = la_check(arguments);
  CHECK(run.status == kExitUnreadable);
  return nlohmann::json::parse(run.output, nullptr, false)["files"];
}

TEST_CASE("la-check --lang says every message in that language and nothing else differs") {
  const nlohmann::json english = report("en");
  REQUIRE(english.size() == 3);
  for (const std::string& language : languages_besides_english()) {
    CAPTURE(language);
    const nlohmann::json translated = report(language);
    REQUIRE(translated.size() == english.size());
    for (std::size_t f = 0; f < english.size(); ++f) {
      const nlohmann::json& ours = translated[f];
      const nlohmann::json& theirs = english[f];
      CHECK(ours["file"] == theirs["file"]);
      REQUIRE(ours["findings"].size() == theirs["findings"].size());
      for (std::size_t i = 0; i < ours["findings"].size(); ++i) {
        const nlohmann::json& finding = ours["findings"][i];
        CAPTURE(finding.dump());
        CHECK(finding["rule"] == theirs["findings"][i]["rule"]);
        CHECK(finding["severity"] == theirs["findings"][i]["severity"]);
        CHECK(finding["path"] == theirs["findings"][i]["path"]);
        CHECK(finding["message"] != theirs["findings"][i]["message"]);
      }
      CHECK(ours.contains("error") == theirs.contains("error"));
      if (ours.contains("error")) {
        CHECK(ours["error"]["line"] == theirs["error"]["line"]);
        CHECK(ours["error"]["message"] != theirs["error"]["message"]);
      }
    }
  }
}

TEST_CASE("la-check --lang de prints the German message in the human output") {
  std::string path = test::source_path("assets/samples/semester-typical-mistakes.json");
  LaCheckRun run = la_check({"--lang", "de", path});
  CHECK(run.status == kExitFindings);
  CHECK(run.output.find(path + ": error LA-104 at /student/email: „") != std::string::npos);
  CHECK(run.output.find("ist keine gültige E-Mail-Adresse") != std::string::npos);
  CHECK(run.output.find("1 file checked: 2 errors, 5 warnings.\n") != std::string::npos);
}

TEST_CASE("la-check --rules --lang gives the catalogue's messages in that language") {
  LaCheckRun run = la_check({"--rules", "--lang", "de"});
  REQUIRE(run.status == kExitClean);
  nlohmann::json rules = nlohmann::json::parse(run.output, nullptr, false)["rules"];
  REQUIRE(rules.is_array());
  REQUIRE_FALSE(rules.empty());
  for (const nlohmann::json& rule : rules) {
    CHECK(rule["message"] == message_text(rule["rule"].get<std::string>(), {}, "de"));
  }
}

TEST_CASE("la-check refuses a language it has no messages in, and names the ones it has") {
  LaCheckRun unknown = la_check({"--lang", "xx-unknown", "file.json"});
  CHECK(unknown.status == kExitUsage);
  CHECK(unknown.diagnostics.find("no messages in the language xx-unknown") != std::string::npos);
  for (const std::string& language : languages_besides_english()) {
    CHECK(unknown.diagnostics.find(language) != std::string::npos);
  }
  LaCheckRun missing = la_check({"file.json", "--lang"});
  CHECK(missing.status == kExitUsage);
  CHECK(missing.diagnostics.find("--lang needs a language") != std::string::npos);
}

}  // namespace
}  // namespace la

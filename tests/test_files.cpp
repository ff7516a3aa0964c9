// Test helpers (test_files.hpp).
#include "test_files.hpp"

#include <dirent.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include <doctest/doctest.h>

#include "core/checker.hpp"
#include "core/content_hash.hpp"
#include "core/json_codec.hpp"
#include "core/signing.hpp"
#include "core/messages.hpp"

namespace la::test {

std::string source_path(std::string_view relative) { return std::string(LA_SOURCE_DIR) + "/" + std::string(relative); }

std::string fixture_path(std::string_view relative) { return source_path("tests/fixtures/" + std::string(relative)); }

std::string read_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  REQUIRE_MESSAGE(file.good(), "cannot read " << path);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

std::vector<std::string> files_in(const std::string& folder, std::string_view extension) {
  std::vector<std::string> paths;
  if (DIR* dir = opendir(folder.c_str())) {
    while (dirent* entry = readdir(dir)) {
      std::string name = entry->d_name;
      if (name.size() > extension.size() && name.compare(name.size() - extension.size(), extension.size(), extension) == 0) {
        paths.push_back(folder + "/" + name);
      }
    }
    closedir(dir);
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

Agreement read_valid(std::string_view json_text) {
  ReadResult result = read_agreement(json_text);
  REQUIRE_MESSAGE(result.agreement.has_value(), load_error_message(result.error));
  return std::move(*result.agreement);
}

Agreement example(std::string_view name) {
  return read_valid(read_file(fixture_path("agreements/" + std::string(name) + ".json")));
}

Agreement semester() { return example("valid-semester"); }

Agreement sealed(Agreement agreement) {
  for (Section section : {Section::FirstVersion, Section::ApprovedChanges, Section::ChangesProposal}) {
    ComponentsList* lists = section_lists(agreement, section);
    if (!lists) continue;
    const std::string hash = content_hash(agreement, section);
    for (Party party : kParties) {
      if (std::optional<Signature>& signature = signature_of(*lists, party)) signature->content_hash = hash;
    }
  }
  return agreement;
}

Agreement signed_by_all(Agreement agreement, long long unix_time) {
  if (!agreement.omobility_id) agreement.omobility_id = "omobility-2026-0042";
  if (!agreement.sending_hei->ounit_name) agreement.sending_hei->ounit_name = "International Relations Office";
  const Signer coordinator{"Ana Silva", "Erasmus coordinator", "ana.silva@uni.example"};
  for (Party party : kParties) {
    SignOutcome outcome =
        sign(agreement, party, party == Party::Student ? student_signer(agreement) : coordinator, unix_time, 60);
    REQUIRE_MESSAGE(outcome.agreement.has_value(), outcome.error << " " << doctest::toString(described(outcome.findings)));
    agreement = std::move(*outcome.agreement);
  }
  return agreement;
}

Agreement without_signatures(Agreement agreement) {
  for (Section section : {Section::FirstVersion, Section::ApprovedChanges, Section::ChangesProposal}) {
    for (Party party : kParties) remove_signatures(agreement, {{section, party}});
  }
  return agreement;
}

Agreement sealed_sample_with_changes() {
  return sealed(read_valid(read_file(source_path("assets/samples/semester-with-changes.json"))));
}

Agreement first_version_proposed(Agreement agreement, std::string_view id) {
  ChangesProposal& proposal = agreement.changes_proposal.emplace();
  static_cast<ComponentsList&>(proposal) = *agreement.first_version;
  if (!id.empty()) proposal.id = std::string(id);
  agreement.first_version.reset();
  return agreement;
}

std::vector<std::string> rule_ids(const Findings& findings) {
  std::vector<std::string> ids;
  for (const Finding& finding : findings) ids.emplace_back(finding.rule_id());
  return ids;
}

bool fires(const Findings& findings, std::string_view rule_id) {
  return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.rule_id() == rule_id; });
}

std::vector<std::string> described(const Findings& findings) {
  std::vector<std::string> lines;
  for (const Finding& finding : findings) lines.push_back(std::string(finding.rule_id()) + " " + finding.pointer);
  return lines;
}

Findings checked(const Agreement& agreement) {
  Findings findings = check_agreement(agreement);
  for (const Finding& finding : findings) {
    std::string message = finding_message(finding);
    CAPTURE(message);
    CHECK_MESSAGE(has_message(finding.rule_id()), "no message for " << finding.rule_id());
    CHECK_MESSAGE(message.find('{') == std::string::npos, finding.rule_id() << " leaves a placeholder");
  }
  return findings;
}

std::vector<std::string> pointers_of(const Findings& findings, std::string_view rule_id) {
  std::vector<std::string> pointers;
  for (const Finding& finding : findings) {
    if (finding.rule_id() == rule_id) pointers.push_back(finding.pointer);
  }
  return pointers;
}

std::vector<std::string> findings_of(const Agreement& agreement) { return described(checked(agreement)); }

std::vector<std::string> pointers_of(const Agreement& agreement, std::string_view rule_id) {
  return pointers_of(checked(agreement), rule_id);
}

const Finding& first_of(const Findings& findings, std::string_view rule_id) {
  auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.rule_id() == rule_id; });
  REQUIRE_MESSAGE(it != findings.end(), rule_id << " did not fire");
  return *it;
}

}  // namespace la::test

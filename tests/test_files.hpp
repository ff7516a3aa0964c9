// Test helpers: files of this repository (tests/fixtures, assets), loaded agreements, and
// questions about findings. The repository's path comes from the build (LA_SOURCE_DIR).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

#include "core/agreement.hpp"
#include "core/finding.hpp"

// Lists of lines (findings described, pointers) and message values print when a check fails.
template <>
struct doctest::StringMaker<std::vector<std::string>> {
  static doctest::String convert(const std::vector<std::string>& lines) {
    std::string text = "{";
    for (std::size_t i = 0; i < lines.size(); ++i) text += (i ? ", \"" : "\"") + lines[i] + "\"";
    return (text + "}").c_str();
  }
};
template <>
struct doctest::StringMaker<la::MessageArgs> {
  static doctest::String convert(const la::MessageArgs& args) {
    std::string text = "{";
    for (const auto& [name, value] : args) text += (text.size() > 1 ? ", " : "") + name + "=\"" + value + "\"";
    return (text + "}").c_str();
  }
};

namespace la::test {

std::string source_path(std::string_view relative);         // <repository>/<relative>
std::string fixture_path(std::string_view relative);        // <repository>/tests/fixtures/<relative>
std::string read_file(const std::string& path);             // fails the test if unreadable
std::vector<std::string> files_in(const std::string& folder, std::string_view extension);

// Reads an agreement that must be readable (fails the test otherwise).
Agreement read_valid(std::string_view json_text);
// "valid-semester", "valid-blended" or "valid-doctoral" from tests/fixtures/agreements.
Agreement example(std::string_view name);
// The valid semester example: where most rule tests start from.
Agreement semester();
// Every signature present given the content hash of its section, as if each had just signed.
Agreement sealed(Agreement agreement);
// Signed by the three parties with the core's sign() at `unix_time` (UTC+1), as the editor's sign
// dialog would: the section being agreed (the proposal, else the first version). Fills in what
// EWP requires once an institution signs and the blended and doctoral examples leave to the office
// (omobilityId LA-002, the sending unit's name LA-213). Fails the test when a party cannot sign.
Agreement signed_by_all(Agreement agreement, long long unix_time = 1792224000);
// The agreement before any party signed it: a draft, in which any edit is just an edit.
Agreement without_signatures(Agreement agreement);
// The sample with changes (first version, approved changes, proposal), its signatures sealed.
Agreement sealed_sample_with_changes();
// The agreement with its first version moved into a changes proposal with this id (none if
// empty): how X sends a first version that is still being agreed.
Agreement first_version_proposed(Agreement agreement, std::string_view id);

std::vector<std::string> rule_ids(const Findings& findings);  // in the findings' order
bool fires(const Findings& findings, std::string_view rule_id);
// Findings of `rule_id` with their pointers, "LA-104 /student/email", for readable failures.
std::vector<std::string> described(const Findings& findings);

// Checks an agreement, and checks what each finding would show a student: its rule has a
// message and the finding's values fill every {placeholder} of it.
Findings checked(const Agreement& agreement);
// The pointers of the findings of one rule, in the findings' order.
std::vector<std::string> pointers_of(const Findings& findings, std::string_view rule_id);
// The same for an agreement: checked(agreement), then described or the pointers of one rule.
std::vector<std::string> findings_of(const Agreement& agreement);
std::vector<std::string> pointers_of(const Agreement& agreement, std::string_view rule_id);
// The first finding of a rule (fails the test when there is none).
const Finding& first_of(const Findings& findings, std::string_view rule_id);

}  // namespace la::test

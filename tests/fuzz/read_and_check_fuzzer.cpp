// libFuzzer target: any bytes given to la-check as a file, as the editor opens them. Built with
// AddressSanitizer and UndefinedBehaviorSanitizer (tests/fuzz/CMakeLists.txt), so a crash, a
// leak, an out-of-bounds access or undefined behaviour anywhere in reading, checking or
// reporting stops the run with the input that caused it. Run by tests/fuzz/run.sh.
//
// Besides "never crash", it checks what the format promises (docs/format.md, "Canonical form"):
// an agreement that reads is written canonically, that text reads back, and writing it again
// gives the same bytes and the same findings.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "cli/la_check.hpp"
#include "core/checker.hpp"
#include "core/json_codec.hpp"
#include "core/messages.hpp"

namespace {

// A broken promise is a crash for libFuzzer: it saves the input and the run fails.
void require(bool holds, const char* promise) {
  if (holds) return;
  std::fprintf(stderr, "broken promise: %s\n", promise);
  std::abort();
}

std::vector<std::string> described(const la::Findings& findings) {
  std::vector<std::string> lines;
  for (const la::Finding& finding : findings) {
    lines.push_back(std::string(finding.rule_id()) + " " + finding.pointer + " " + la::finding_message(finding));
  }
  return lines;
}

// la-check on the bytes as standard input, in both output formats.
void run_la_check(const std::string& text, bool as_json) {
  std::istringstream input(text);
  std::ostringstream output, diagnostics;
  std::vector<std::string> arguments = as_json ? std::vector<std::string>{"--json", "-"} : std::vector<std::string>{"-"};
  int status = la::run_la_check(arguments, input, output, diagnostics);
  require(status == la::kExitClean || status == la::kExitFindings || status == la::kExitUnreadable,
          "la-check exits 0, 1 or 2 on any file");
  require(!output.str().empty(), "la-check reports on every file");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  run_la_check(text, size % 2 == 0);

  la::ReadResult result = la::read_agreement(text);
  if (!result.agreement) {
    require(!la::load_error_message(result.error).empty(), "an unreadable file gets a message");
    return 0;
  }
  const std::vector<std::string> findings = described(la::check_agreement(*result.agreement));
  const std::string written = la::write_agreement(*result.agreement);
  la::ReadResult again = la::read_agreement(written);
  require(again.agreement.has_value(), "the canonical form of a readable agreement reads back");
  require(la::write_agreement(*again.agreement) == written, "writing the canonical form again gives the same bytes");
  require(described(la::check_agreement(*again.agreement)) == findings, "the canonical form has the same findings");
  return 0;
}

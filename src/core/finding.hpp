// A finding of the rule checker: which rule, how serious, which field, and the values its message needs.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace la {

enum class Severity { Error, Warning };
std::string_view severity_name(Severity severity);  // "error" / "warning"

// Values substituted into a message's {placeholders}, in the message table's own words.
using MessageArgs = std::vector<std::pair<std::string, std::string>>;

// A rule of the catalogue (learning-agreement.md, section 4). Ids and severities are a contract
// with the offices that read our files: never renumber or reuse an id.
struct Rule {
  std::string_view id;        // "LA-101"
  Severity severity;
  std::string_view source;    // "X", "G", "K", "P", "ext" or "—"
};

struct Finding {
  const Rule* rule = nullptr;
  std::string pointer;        // JSON Pointer (RFC 6901) of the field the finding is about
  MessageArgs args;           // for the message text (messages.hpp)

  std::string_view rule_id() const { return rule->id; }
  Severity severity() const { return rule->severity; }
};

using Findings = std::vector<Finding>;

std::size_t count_errors(const Findings& findings);
std::size_t count_warnings(const Findings& findings);

}  // namespace la

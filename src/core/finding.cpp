// Small helpers over findings (finding.hpp).
#include "core/finding.hpp"

#include <algorithm>

namespace la {

std::string_view severity_name(Severity severity) {
  return severity == Severity::Error ? "error" : "warning";
}

std::size_t count_errors(const Findings& findings) {
  return std::count_if(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.severity() == Severity::Error; });
}

std::size_t count_warnings(const Findings& findings) {
  return findings.size() - count_errors(findings);
}

}  // namespace la

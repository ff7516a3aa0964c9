// Fields not filled in yet: on a new agreement, the empty required fields are a to-do list, not
// mistakes (issue 13, point 6). A finding about an empty field shows neutrally, as "to fill in",
// until the student has left that field or asked to export; then it shows as what it is. The
// findings themselves, their count and la-check do not change: this decides presentation only.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/agreement.hpp"
#include "core/finding.hpp"
#include "ui/finding_locations.hpp"

namespace la {

// The widget (a field, a table's "Add a component", a row's term) holds nothing yet.
bool widget_is_empty(const Agreement& agreement, std::string_view widget);

// One flag per finding. Not std::vector<bool>: the wasm has no other use of that specialisation,
// which would cost about 2 KB of its own.
using FillFlags = std::vector<char>;

class FieldsToFill {
 public:
  // A new or opened agreement: no field left yet, no export asked for.
  void reset();
  // The student left a widget (its findings show as they are from now on).
  void left(std::string_view widget);
  // The student asked to export: every finding shows as what it is.
  void show_all();

  // Per finding: true when it is an error about an empty widget the student has not left yet.
  // Kept until the revision or what was left changes.
  const FillFlags& of(const Findings& findings, const FindingMarks& marks, const Agreement& agreement,
                              std::uint64_t revision);
  // How many widgets are to fill in (a field with two findings counts once).
  std::size_t widget_count(const Findings& findings, const FindingMarks& marks, const Agreement& agreement,
                           std::uint64_t revision);

 private:
  std::vector<std::string> left_;  // a few dozen at most: a vector keeps the wasm small
  bool show_all_ = false;
  std::uint64_t changes_ = 0;  // left() and show_all() that changed something
  std::uint64_t revision_ = ~std::uint64_t{0}, seen_changes_ = ~std::uint64_t{0};
  FillFlags to_fill_;
  std::size_t widgets_ = 0;
};

}  // namespace la

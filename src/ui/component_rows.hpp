// Row operations of the editor's tables: the component tables (Tables A, B, C, blended,
// doctoral) and the BIP's partner institutions. Each returns the row to select afterwards, so
// that the keyboard focus follows the row.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include "core/agreement.hpp"
#include "core/course_list_paste.hpp"

namespace la {

// A new row like the last one: same term and credit scheme (students list several courses of
// one term), everything else empty. Appends it and returns its index.
std::size_t add_row(std::vector<Component>& rows, std::string_view default_scheme = "ects");

// Courses pasted into row `at` (core/course_list_paste.hpp): the first fills that row when it is
// still empty (a row just added), the others become new rows right after it, with its term and
// credit scheme as add_row's do. Returns the index of the last course's row.
std::size_t paste_courses(std::vector<Component>& rows, std::size_t at, const std::vector<PastedCourse>& courses,
                          std::string_view default_scheme = "ects");

// Inserts a copy of `index` right after it; returns the copy's index.
template <class Row>
std::size_t duplicate_row(std::vector<Row>& rows, std::size_t index) {
  if (index >= rows.size()) return rows.empty() ? 0 : rows.size() - 1;
  Row copy = rows[index];
  rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(index) + 1, std::move(copy));
  return index + 1;
}

// Removes `index`; returns the row that takes its place (or the new last one), none when empty.
template <class Row>
std::optional<std::size_t> delete_row(std::vector<Row>& rows, std::size_t index) {
  if (index < rows.size()) rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(index));
  if (rows.empty()) return std::nullopt;
  return std::min(index, rows.size() - 1);
}

// Moves `index` one place up (delta -1) or down (+1), staying within the table; returns its new index.
template <class Row>
std::size_t move_row(std::vector<Row>& rows, std::size_t index, int delta) {
  if (index >= rows.size()) return index;
  std::size_t target = delta < 0 ? (index == 0 ? 0 : index - 1) : std::min(index + 1, rows.size() - 1);
  std::swap(rows[index], rows[target]);
  return target;
}

}  // namespace la

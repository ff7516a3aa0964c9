// Row operations of the component tables (component_rows.hpp).
#include "ui/component_rows.hpp"

#include <utility>

#include "core/text_formats.hpp"

namespace la {
namespace {

bool is_empty_row(const Component& row) {
  const bool no_credits = !row.credits || row.credits->empty() || !row.credits->front().value;
  return is_missing(row.los_code) && is_missing(row.title) && no_credits;
}

Text text_or_nothing(const std::string& text) { return text.empty() ? Text() : Text(text); }

void fill_row(Component& row, const PastedCourse& course) {
  row.los_code = text_or_nothing(course.code);
  row.title = text_or_nothing(course.title);
  if (!course.credits) return;
  if (!row.credits || row.credits->empty()) row.credits = std::vector<Credit>{Credit{}};
  row.credits->front().value = course.credits;
}

// An empty row with the term and credit scheme of `pattern` (students list several courses of
// one term), or none and `default_scheme`.
Component new_row_like(const Component* pattern, std::string_view default_scheme) {
  Component row;
  Credit credit;
  credit.scheme = std::string(default_scheme);
  if (pattern) {
    row.term_id = pattern->term_id;
    if (pattern->credits && !pattern->credits->empty() && pattern->credits->front().scheme) {
      credit.scheme = pattern->credits->front().scheme;
    }
  }
  row.credits = std::vector<Credit>{credit};
  return row;
}

}  // namespace

std::size_t add_row(std::vector<Component>& rows, std::string_view default_scheme) {
  rows.push_back(new_row_like(rows.empty() ? nullptr : &rows.back(), default_scheme));
  return rows.size() - 1;
}

std::size_t paste_courses(std::vector<Component>& rows, std::size_t at, const std::vector<PastedCourse>& courses,
                          std::string_view default_scheme) {
  if (courses.empty()) return at;
  if (rows.empty()) {
    add_row(rows, default_scheme);
    at = 0;
  }
  at = std::min(at, rows.size() - 1);
  std::size_t next = 0;
  if (is_empty_row(rows[at])) fill_row(rows[at], courses[next++]);
  // New rows take the term and scheme of the row pasted into (add_row takes the last row's).
  const Component pattern = rows[at];
  std::size_t last = at;
  for (; next < courses.size(); ++next) {
    Component row = new_row_like(&pattern, default_scheme);
    fill_row(row, courses[next]);
    rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(++last), std::move(row));
  }
  return last;
}

}  // namespace la

// Reading a pasted course list (course_list_paste.hpp).
#include "core/course_list_paste.hpp"

#include <cmath>

#include "core/number_text.hpp"
#include "core/text_formats.hpp"

namespace la {
namespace {

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const std::size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

// Lines ending in LF, CR LF (Windows, Excel) or CR alone (old Mac spreadsheets), blank ones left out.
std::vector<std::string_view> non_blank_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n' && text[i] != '\r') continue;
    std::string_view line = text.substr(start, i - start);
    if (!is_blank(line)) lines.push_back(line);
    if (i + 1 < text.size() && text[i] == '\r' && text[i + 1] == '\n') ++i;
    start = i + 1;
  }
  return lines;
}

// A line's cells, trimmed, without the empty ones a spreadsheet leaves at the end of a row.
std::vector<std::string_view> cells_of(std::string_view line) {
  std::vector<std::string_view> cells;
  for (std::string_view cell : split(line, '\t')) cells.push_back(trimmed(cell));
  while (cells.size() > 1 && cells.back().empty()) cells.pop_back();
  return cells;
}

PastedCourse course_of(const std::vector<std::string_view>& cells) {
  PastedCourse course;
  std::size_t text_cells = cells.size();
  if (cells.size() >= 2) {
    course.credits = read_credits(cells.back());
    if (course.credits) --text_cells;
  }
  if (text_cells >= 2) {
    course.code = std::string(cells[0]);
    course.title = std::string(cells[1]);
  } else if (text_cells == 1) {
    course.title = std::string(cells[0]);
  }
  return course;
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::optional<double> read_credits(std::string_view text) {
  text = trimmed(text);
  std::size_t end = 0;
  while (end < text.size() && ((text[end] >= '0' && text[end] <= '9') || text[end] == '.' || text[end] == ',')) ++end;
  // What follows the number is a unit in words ("ECTS", "cr.", "ECTS-Punkte"), nothing else.
  for (char c : text.substr(end)) {
    if (!is_letter(c) && c != ' ' && c != '.' && c != '-' && static_cast<unsigned char>(c) < 0x80) return std::nullopt;
  }
  if (end < text.size() && !is_blank(text.substr(end, 1)) && !is_letter(text[end])) return std::nullopt;
  std::optional<double> value = parse_decimal(text.substr(0, end));
  if (!value || !std::isfinite(*value) || *value < 0) return std::nullopt;
  return value;
}

std::vector<PastedCourse> read_course_list(std::string_view text) {
  std::vector<std::string_view> lines = non_blank_lines(text);
  if (lines.size() < 2) return {};
  std::vector<std::vector<std::string_view>> rows;
  for (std::string_view line : lines) rows.push_back(cells_of(line));
  // A header: several columns, the last of them words, where every other line ends in credits.
  const std::vector<std::string_view>& first = rows.front();
  bool header = first.size() >= 2 && !read_credits(first.back());
  for (std::size_t i = 1; header && i < rows.size(); ++i) {
    header = rows[i].size() == first.size() && read_credits(rows[i].back()).has_value();
  }
  std::vector<PastedCourse> courses;
  for (std::size_t i = header ? 1 : 0; i < rows.size(); ++i) courses.push_back(course_of(rows[i]));
  if (courses.size() < 2) return {};
  return courses;
}

}  // namespace la

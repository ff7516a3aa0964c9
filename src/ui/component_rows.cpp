// Row operations of the component tables (component_rows.hpp).
#include "ui/component_rows.hpp"

#include <algorithm>
#include <utility>

namespace la {

std::size_t add_row(std::vector<Component>& rows, std::string_view default_scheme) {
  Component row;
  Credit credit;
  credit.scheme = std::string(default_scheme);
  if (!rows.empty()) {
    const Component& last = rows.back();
    row.term_id = last.term_id;
    if (last.credits && !last.credits->empty() && last.credits->front().scheme) credit.scheme = last.credits->front().scheme;
  }
  row.credits = std::vector<Credit>{credit};
  rows.push_back(std::move(row));
  return rows.size() - 1;
}

std::size_t duplicate_row(std::vector<Component>& rows, std::size_t index) {
  if (index >= rows.size()) return rows.empty() ? 0 : rows.size() - 1;
  Component copy = rows[index];
  rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(index) + 1, std::move(copy));
  return index + 1;
}

std::optional<std::size_t> delete_row(std::vector<Component>& rows, std::size_t index) {
  if (index < rows.size()) rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(index));
  if (rows.empty()) return std::nullopt;
  return std::min(index, rows.size() - 1);
}

std::size_t move_row(std::vector<Component>& rows, std::size_t index, int delta) {
  if (index >= rows.size()) return index;
  std::size_t target = delta < 0 ? (index == 0 ? 0 : index - 1) : std::min(index + 1, rows.size() - 1);
  std::swap(rows[index], rows[target]);
  return target;
}

}  // namespace la

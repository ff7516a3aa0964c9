// Row operations of the component tables (component_rows.hpp).
#include "ui/component_rows.hpp"

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

}  // namespace la

// Row operations of the component tables (Tables A, B, C, blended, doctoral), as the editor offers
// them. Each returns the row to select afterwards, so that the keyboard focus follows the row.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "core/agreement.hpp"

namespace la {

// A new row like the last one: same term and credit scheme (students list several courses of
// one term), everything else empty. Appends it and returns its index.
std::size_t add_row(std::vector<Component>& rows, std::string_view default_scheme = "ects");
// Inserts a copy of `index` right after it; returns the copy's index.
std::size_t duplicate_row(std::vector<Component>& rows, std::size_t index);
// Removes `index`; returns the row that takes its place (or the new last one), none when empty.
std::optional<std::size_t> delete_row(std::vector<Component>& rows, std::size_t index);
// Moves `index` one place up (delta -1) or down (+1), staying within the table; returns its new index.
std::size_t move_row(std::vector<Component>& rows, std::size_t index, int delta);

}  // namespace la

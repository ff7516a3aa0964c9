// Stable sorting through one instantiation of std::sort (sorted_order.hpp).
#include "core/sorted_order.hpp"

#include <algorithm>

namespace la {

void sort_indices(std::vector<std::size_t>& order, const void* context, IndexLess less) {
  // Ties go by index: a strict order, so std::sort's result is the stable one.
  std::sort(order.begin(), order.end(), [context, less](std::size_t a, std::size_t b) {
    if (less(context, a, b)) return true;
    if (less(context, b, a)) return false;
    return a < b;
  });
}

}  // namespace la

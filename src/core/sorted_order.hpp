// Stable sorting through one instantiation of std::sort. Why: each std::sort or std::stable_sort
// with its own element type or comparator brings some 1.5 KB (stable_sort 3 KB) of the editor's
// wasm; sorted_order sorts indices with one comparator type, and callers move their items after.
#pragma once

#include <cstddef>
#include <vector>

namespace la {

using IndexLess = bool (*)(const void* context, std::size_t a, std::size_t b);

// Sorts `order` (indices) by less(context, a, b); equal items keep the order of their indices.
void sort_indices(std::vector<std::size_t>& order, const void* context, IndexLess less);

// The indices 0..count-1 in the order less(a, b) gives, stable: equal items by index.
template <class Less>
std::vector<std::size_t> sorted_order(std::size_t count, const Less& less) {
  std::vector<std::size_t> order(count);
  for (std::size_t i = 0; i < count; ++i) order[i] = i;
  sort_indices(order, &less, [](const void* context, std::size_t a, std::size_t b) {
    return (*static_cast<const Less*>(context))(a, b);
  });
  return order;
}

// items, stably sorted by less(item a, item b).
template <class T, class Less>
void stable_sort_items(std::vector<T>& items, const Less& less) {
  const std::vector<std::size_t> order =
      sorted_order(items.size(), [&](std::size_t a, std::size_t b) { return less(items[a], items[b]); });
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (std::size_t i : order) sorted.push_back(std::move(items[i]));
  items = std::move(sorted);
}

}  // namespace la

// sorted_order and stable_sort_items (core/sorted_order.hpp): sorted, and stable.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "core/sorted_order.hpp"

namespace la {

TEST_CASE("stable_sort_items sorts by the key and keeps equal items in their order") {
  std::vector<std::pair<int, std::string>> items = {{2, "a"}, {1, "b"}, {2, "c"}, {0, "d"}, {1, "e"}, {2, "f"}};
  stable_sort_items(items, [](const auto& x, const auto& y) { return x.first < y.first; });
  const std::vector<std::pair<int, std::string>> expected = {{0, "d"}, {1, "b"}, {1, "e"}, {2, "a"}, {2, "c"}, {2, "f"}};
  CHECK(items == expected);
}

TEST_CASE("sorted_order gives the indices in order, equal keys by index, on many items") {
  std::vector<int> keys;
  for (int i = 0; i < 1000; ++i) keys.push_back((i * 7919) % 13);
  const std::vector<std::size_t> order = sorted_order(keys.size(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
  REQUIRE(order.size() == keys.size());
  for (std::size_t i = 1; i < order.size(); ++i) {
    CHECK((keys[order[i - 1]] < keys[order[i]] || (keys[order[i - 1]] == keys[order[i]] && order[i - 1] < order[i])));
  }
  CHECK(sorted_order(0, [](std::size_t, std::size_t) { return false; }).empty());
}

}  // namespace la

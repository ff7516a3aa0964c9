// The memory functions every code part exports (code_part.hpp), and the answer's copy.
#include "platform/web/code_part/code_part.hpp"

#include <cstdlib>
#include <cstring>

LA_PART_FUNCTION void* la_part_alloc(int size) { return std::malloc(size > 0 ? static_cast<std::size_t>(size) : 1); }

LA_PART_FUNCTION void la_part_free(void* pointer) { std::free(pointer); }

namespace la::part {

char* answer(std::string_view text) {
  char* copy = static_cast<char*>(la_part_alloc(static_cast<int>(text.size()) + 1));
  if (!copy) return nullptr;
  std::memcpy(copy, text.data(), text.size());
  copy[text.size()] = '\0';
  return copy;
}

}  // namespace la::part

// Files embedded into the editor's logic at build time (the ISCED search keywords); see
// CMakeLists.txt.
#pragma once

#include <string_view>

namespace la {

// The bytes of an embedded file ("reference/isced-keywords.en.json"), or empty if there is none.
std::string_view ui_asset(std::string_view key);

}  // namespace la

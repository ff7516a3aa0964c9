// The assets embedded into la_print at build time: the print layout's English words
// ("i18n/print-en.json", the "print.*" messages of assets/i18n/en.json), which the core leaves
// out so that the editor's first download does not carry them.
#pragma once

#include <string_view>

namespace la {

// The bytes of an embedded asset, or empty if unknown.
std::string_view print_asset(std::string_view key);

}  // namespace la

// The reference data embedded into the core at build time, by name (the English messages:
// english_assets.hpp).
#pragma once

#include <string_view>

namespace la {

// The bytes of an embedded asset ("reference/cefr.json"), or empty if unknown.
std::string_view core_asset(std::string_view key);

}  // namespace la

// The assets embedded into the core at build time (reference data, message tables), by name.
#pragma once

#include <string_view>

namespace la {

// The bytes of an embedded asset ("reference/cefr.json", "i18n/en.json"), or empty if unknown.
std::string_view core_asset(std::string_view key);

}  // namespace la

// The English message catalogue embedded into the core at build time ("i18n/en.json", without the
// print layout's words), apart from the reference data (core_assets.hpp): the reference data is
// parsed as a whole, so everything in its table is linked wherever one check is; the XML part
// checks codes but says nothing in words, and so carries no catalogue.
#pragma once

#include <string_view>

namespace la {

// The bytes of an embedded asset, or empty if unknown.
std::string_view english_asset(std::string_view key);

}  // namespace la

// The interface language an editor starts in, and the student's choice, remembered across
// visits (and editors of the same site) next to the drafts, as the theme is.
#pragma once

#include <string>
#include <string_view>

#include "ui/editor_platform.hpp"

namespace la {

// The language the student chose in this browser, else the page's (`page_language`: the lang
// mount option, an iframe's ?lang=), else the first of the browser's preferred languages that
// the editor speaks ("pt-BR, de-AT" -> "de"), else English. Always a supported language.
std::string starting_language(EditorPlatform& platform, std::string_view page_language);
// The student chose `language` in the language picker.
void remember_language(EditorPlatform& platform, std::string_view language);

}  // namespace la

// The editor's words: every label, button, notice and help text is a "ui.*" key of the message
// table (assets/i18n/<language>.json), looked up here, so that a later issue can add languages.
#pragma once

#include <string>
#include <string_view>

#include "core/finding.hpp"

namespace la {

// The text for a "ui.*" key in the current language, as a C string that stays valid for the
// program's life (ImGui takes C strings every frame; looking each up afresh would allocate).
const char* ui_text(std::string_view key);
// The same with its {placeholders} filled in.
std::string ui_text(std::string_view key, const MessageArgs& args);

// The language of the interface: "en" now; a language without a table falls back to English.
void set_ui_language(std::string_view language);
const std::string& ui_language();
bool is_supported_language(std::string_view language);

}  // namespace la

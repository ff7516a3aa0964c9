// The editor's words: every label, button, notice and help text is a "ui.*" key of the message
// table (assets/i18n/<language>.json), looked up here in the interface language.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.hpp"

namespace la {

// The text for a "ui.*" key in the current language, as a C string that stays valid for the
// program's life (ImGui takes C strings every frame; looking each up afresh would allocate).
const char* ui_text(std::string_view key);
// The same with its {placeholders} filled in.
std::string ui_text(std::string_view key, const MessageArgs& args);

// A language the editor speaks: its ISO 639-1 code and its name in itself ("Deutsch"), as the
// language picker lists it. English's catalogue is built in; the others are parts, loaded when
// chosen (EditorSession::set_language).
struct InterfaceLanguage {
  std::string_view code;
  std::string_view name;
};
// Every one, in the picker's order (by their own names).
const std::array<InterfaceLanguage, 8>& interface_languages();
// The supported language a browser's language tag means ("de-AT" and "de" -> "de", "pt-BR" ->
// ""): its first subtag, case aside; empty if the editor does not speak it.
std::string supported_language(std::string_view tag);
bool is_supported_language(std::string_view language);
// A supported language's name in itself ("Deutsch"); empty for any other code.
std::string own_language_name(std::string_view language);

// The language of the interface. Switches only to a supported language whose catalogue is added
// (core/messages.hpp); false, and nothing changes, otherwise.
bool set_ui_language(std::string_view language);
const std::string& ui_language();

}  // namespace la

// Cached lookups of the interface's words (ui_text.hpp).
#include "ui/ui_text.hpp"

#include <map>

#include "core/messages.hpp"

namespace la {
namespace {

struct UiTextState {
  std::string language = "en";
  // language -> key -> text; std::map never moves its nodes, so c_str() pointers stay valid, even
  // those a view took earlier in the frame that switched the language.
  std::map<std::string, std::map<std::string, std::string, std::less<>>> cache;
};

UiTextState& state() {
  static UiTextState s;
  return s;
}

}  // namespace

const char* ui_text(std::string_view key) {
  UiTextState& s = state();
  auto& cache = s.cache[s.language];
  auto it = cache.find(key);
  if (it == cache.end()) it = cache.emplace(std::string(key), message_text(key, {}, s.language)).first;
  return it->second.c_str();
}

std::string ui_text(std::string_view key, const MessageArgs& args) {
  return message_text(key, args, state().language);
}

const std::array<InterfaceLanguage, 8>& interface_languages() {
  // The catalogues' own "name"s (assets/i18n; ui_strings_test checks that they agree): the picker
  // needs them before any other language's catalogue has arrived. Constant: no code builds it.
  static constexpr std::array<InterfaceLanguage, 8> languages = {{
      {"de", "Deutsch"}, {"en", "English"}, {"es", "Español"}, {"fr", "Français"},
      {"it", "Italiano"}, {"nl", "Nederlands"}, {"pl", "Polski"}, {"tr", "Türkçe"},
  }};
  return languages;
}

std::string supported_language(std::string_view tag) {
  std::string primary(tag.substr(0, tag.find_first_of("-_")));
  for (char& c : primary) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return is_supported_language(primary) ? primary : std::string();
}

bool is_supported_language(std::string_view language) {
  for (const InterfaceLanguage& supported : interface_languages()) {
    if (supported.code == language) return true;
  }
  return false;
}

std::string own_language_name(std::string_view language) {
  for (const InterfaceLanguage& supported : interface_languages()) {
    if (supported.code == language) return std::string(supported.name);
  }
  return {};
}

bool set_ui_language(std::string_view language) {
  UiTextState& s = state();
  if (!is_supported_language(language) || !has_catalogue(language)) return false;
  if (language == s.language) return true;
  s.language = std::string(language);
  return true;
}

const std::string& ui_language() { return state().language; }

}  // namespace la

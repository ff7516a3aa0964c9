// Cached lookups of the interface's words (ui_text.hpp).
#include "ui/ui_text.hpp"

#include <map>

#include "core/messages.hpp"

namespace la {
namespace {

// Languages whose tables exist (assets/i18n); issue 5 ships English only.
constexpr std::string_view kSupportedLanguages[] = {"en"};

struct UiTextState {
  std::string language = "en";
  // key -> text in `language`; std::map never moves its nodes, so c_str() pointers stay valid.
  std::map<std::string, std::string, std::less<>> cache;
};

UiTextState& state() {
  static UiTextState s;
  return s;
}

}  // namespace

const char* ui_text(std::string_view key) {
  UiTextState& s = state();
  auto it = s.cache.find(key);
  if (it == s.cache.end()) it = s.cache.emplace(std::string(key), message_text(key, {}, s.language)).first;
  return it->second.c_str();
}

std::string ui_text(std::string_view key, const MessageArgs& args) {
  return message_text(key, args, state().language);
}

bool is_supported_language(std::string_view language) {
  for (std::string_view supported : kSupportedLanguages) {
    if (supported == language) return true;
  }
  return false;
}

void set_ui_language(std::string_view language) {
  UiTextState& s = state();
  std::string chosen = is_supported_language(language) ? std::string(language) : "en";
  if (chosen == s.language) return;
  s.language = chosen;
  s.cache.clear();  // views take the pointers afresh every frame
}

const std::string& ui_language() { return state().language; }

}  // namespace la

// Language choice (language_choice.hpp), kept next to the drafts in the browser's storage.
#include "ui/language_choice.hpp"

#include <optional>

#include "ui/ui_text.hpp"

namespace la {
namespace {

constexpr const char* kLanguageKey = "la-studio-language";

}  // namespace

std::string starting_language(EditorPlatform& platform, std::string_view page_language) {
  // The student's own choice outranks what the page or the browser assume about them.
  const std::optional<std::string> chosen = platform.storage().load(kLanguageKey);
  if (chosen && is_supported_language(*chosen)) return *chosen;
  if (std::string language = supported_language(page_language); !language.empty()) return language;
  for (const std::string& tag : platform.preferred_languages()) {
    if (std::string language = supported_language(tag); !language.empty()) return language;
  }
  return "en";
}

void remember_language(EditorPlatform& platform, std::string_view language) {
  // Nowhere to keep it (private mode, a page from disk): the choice lasts this visit.
  platform.storage().save(kLanguageKey, std::string(language), nullptr);
}

}  // namespace la

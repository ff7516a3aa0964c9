// Theme choice (theme_choice.hpp), kept next to the drafts in the browser's storage.
#include "ui/theme_choice.hpp"

#include <optional>
#include <string>

namespace la {
namespace {

constexpr const char* kThemeKey = "la-studio-theme";

}  // namespace

bool starts_dark(EditorPlatform& platform) {
  const std::optional<std::string> chosen = platform.storage().load(kThemeKey);
  if (chosen == "dark") return true;
  if (chosen == "light") return false;
  return platform.prefers_dark_theme();
}

bool dark_after_system_change(EditorPlatform& platform, bool was_dark) {
  return platform.storage().load(kThemeKey) ? was_dark : platform.prefers_dark_theme();
}

void remember_theme(EditorPlatform& platform, bool dark) {
  // Nowhere to keep it (private mode, a page from disk): the theme lasts this visit.
  platform.storage().save(kThemeKey, dark ? "dark" : "light", nullptr);
}

}  // namespace la

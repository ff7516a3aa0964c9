// Adds the catalogues that the build embeds (builtin_catalogues.hpp).
#include "core/catalogues/builtin_catalogues.hpp"

#include <string>

#include "core/messages.hpp"

namespace la {

bool add_builtin_catalogues() {
  // "de,fr,...": the languages of assets/i18n besides English, listed by CMake.
  std::string_view languages = LA_BUILTIN_LANGUAGES;
  bool all_read = add_catalogue(builtin_catalogue("i18n/isced-en.json"));
  while (!languages.empty()) {
    std::size_t comma = languages.find(',');
    std::string_view language = languages.substr(0, comma);
    all_read = add_catalogue(builtin_catalogue("i18n/" + std::string(language) + ".json")) && all_read;
    languages = comma == std::string_view::npos ? std::string_view() : languages.substr(comma + 1);
  }
  return all_read;
}

}  // namespace la

// Every language's catalogue built into the program, for la-check and the tests. The page does
// not link this: it loads the one language the user chooses (issue 16), so that the languages
// never all weigh on its first download.
#pragma once

#include <string_view>

namespace la {

// The generated catalogue of a language ("i18n/de.json"), or empty if it is not built in.
std::string_view builtin_catalogue(std::string_view key);

// Adds every built-in language to the messages (messages.hpp: add_catalogue), and English's ISCED-F
// search words, which the page loads as a part. False if one of them did not read as a
// catalogue, which the build would have to have broken.
bool add_builtin_catalogues();

}  // namespace la

// The interface language's first choice (the student's, the page's, the browser's) and the
// languages the picker offers.
#include <doctest/doctest.h>

#include "core/messages.hpp"
#include "memory_platform.hpp"
#include "ui/language_choice.hpp"
#include "ui/ui_text.hpp"

namespace la {
namespace {

TEST_CASE("a browser's language tag means the language the editor speaks, by its first subtag") {
  CHECK(supported_language("de") == "de");
  CHECK(supported_language("de-AT") == "de");
  CHECK(supported_language("PL") == "pl");
  CHECK(supported_language("fr_CA") == "fr");
  CHECK(supported_language("pt-BR").empty());
  CHECK(supported_language("").empty());
  CHECK(supported_language("english").empty());
}

TEST_CASE("the first language: the student's choice, else the page's, else the browser's, else English") {
  test::MemoryPlatform platform;
  CHECK(starting_language(platform, "") == "en");
  platform.browser_languages = {"pt-BR", "ja", "de-AT", "fr"};
  CHECK(starting_language(platform, "") == "de");
  CHECK(starting_language(platform, "nl") == "nl");
  CHECK(starting_language(platform, "xx") == "de");  // a page's language the editor lacks
  remember_language(platform, "tr");
  CHECK(starting_language(platform, "nl") == "tr");
  platform.memory.items["la-studio-language"] = "klingon";  // a damaged choice is no choice
  CHECK(starting_language(platform, "") == "de");
}

TEST_CASE("the picker names each language in itself, as its catalogue does") {
  REQUIRE(interface_languages().size() == 8);
  CHECK(own_language_name("de") == "Deutsch");
  CHECK(own_language_name("tr") == "Türkçe");
  CHECK(own_language_name("pt").empty());
  CHECK(catalogue_name("en") == "English");
}

}  // namespace
}  // namespace la

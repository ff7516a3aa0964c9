// Every language's catalogue against English: every key, the same placeholders, nothing left in
// English by mistake, and the names of countries and languages from iso-codes (issue 16).
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "core/catalogues/builtin_catalogues.hpp"
#include "core/english_assets.hpp"
#include "core/print_assets.hpp"
#include "core/messages.hpp"
#include "core/reference_data.hpp"
#include "test_files.hpp"

namespace la {
namespace {

// Texts that are the same in every language: the product's name, codes, examples of what to
// type and layouts that hold only placeholders.
const std::set<std::string> kSameInEveryLanguage = {
    "ui.app.title",  "json.null",           "ui.where.field",  "ui.table.totalSpoken", "ui.table.number",
    "ui.hint.email", "ui.hint.globalId",    "ui.hint.heiId",   "ui.hint.url",          "ui.table.ects",
    "ui.hint.credits", "ui.hint.fingerprint", "ui.proposal.rowChanged",
};

// Texts that one language writes exactly as English does ("Error" in Spanish): each entry is a
// decision, so a new text identical to English fails until someone adds it here.
const std::map<std::string, std::set<std::string>> kSameInLanguage = {
    {"de", {"ui.hint.optional", "ui.table.code", "print.column.code", "print.heiName"}},
    {"fr", {"ui.section.signatures", "ui.table.code", "print.column.code", "print.signature.date"}},
    {"es", {"ui.status.errors.one", "ui.severity.error", "ui.table.total"}},
    {"it", {"ui.field.email", "ui.field.contact.email", "ui.field.signerEmail", "print.email"}},
    {"pl", {"ui.section.student", "ui.heading.studentSignature", "print.student"}},
    {"tr", {"ui.where.named", "ui.where.namedAt", "ui.hint.academicYear"}},
    {"nl", {"ui.section.student", "ui.heading.studentSignature", "ui.table.code", "print.student", "print.column.code"}},
};

nlohmann::json catalogue_json(std::string_view text) {
  return nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
}

using Texts = std::map<std::string, std::string>;

Texts texts_of(const nlohmann::json& messages) {
  Texts texts;
  for (auto it = messages.begin(); it != messages.end(); ++it) texts.emplace(it.key(), it.value().get<std::string>());
  return texts;
}

// English as assets/i18n/en.json has it. The build splits it (cmake/i18n_split.py): the print
// layout's words go to la_print, the hosted page's ("page.") are its HTML's, the rest is the core's.
const Texts& english() {
  static const Texts texts = texts_of(catalogue_json(test::read_file(test::source_path("assets/i18n/en.json")))["messages"]);
  return texts;
}

bool starts_with(const std::string& text, const char* prefix) { return text.rfind(prefix, 0) == 0; }

std::vector<std::string> languages_besides_english() {
  REQUIRE(add_builtin_catalogues());
  std::vector<std::string> languages = catalogue_languages();
  languages.erase(languages.begin());  // English, first
  return languages;
}

Texts messages_of(const std::string& language) {
  return texts_of(catalogue_json(builtin_catalogue("i18n/" + language + ".json"))["messages"]);
}

// "{name}" placeholders; a brace followed by anything else ("'{'", "{ … }") is text.
std::set<std::string> placeholders(const std::string& text) {
  std::set<std::string> names;
  for (std::size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
    std::size_t close = text.find('}', open);
    if (close == std::string::npos) break;
    std::string name = text.substr(open + 1, close - open - 1);
    bool is_name = !name.empty();
    for (char c : name) is_name = is_name && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
    if (is_name) names.insert(name);
  }
  return names;
}

std::size_t list_items(const std::string& text) { return std::count(text.begin(), text.end(), ',') + 1; }

TEST_CASE("the build holds the languages of issue 16, each with its own name") {
  std::vector<std::string> languages = languages_besides_english();
  std::sort(languages.begin(), languages.end());
  CHECK(languages == std::vector<std::string>{"de", "es", "fr", "it", "nl", "pl", "tr"});
  CHECK(catalogue_name("de") == "Deutsch");
  CHECK(catalogue_name("tr") == "Türkçe");
  for (const std::string& language : languages) CHECK(catalogue_name(language) != catalogue_name("en"));
}

TEST_CASE("every language has every English key and no other") {
  for (const std::string& language : languages_besides_english()) {
    CAPTURE(language);
    const Texts messages = messages_of(language);
    // Structured bindings cannot be captured (CAPTURE is a lambda) before C++20: plain pairs.
    for (const auto& entry : english()) {
      const std::string& key = entry.first;
      CAPTURE(key);
      CHECK(messages.count(key) == 1);
    }
    for (const auto& entry : messages) {
      const std::string& key = entry.first;
      CAPTURE(key);
      CHECK(english().count(key) == 1);
    }
  }
}

TEST_CASE("the editor's first download carries English without the print layout's and the page's words") {
  const Texts core = texts_of(catalogue_json(english_asset("i18n/en.json"))["messages"]);
  const Texts print = texts_of(catalogue_json(print_asset("i18n/print-en.json"))["messages"]);
  for (const auto& entry : english()) {
    const std::string& key = entry.first;
    CAPTURE(key);
    CHECK(core.count(key) == (starts_with(key, "print.") || starts_with(key, "page.") ? 0 : 1));
    CHECK(print.count(key) == (starts_with(key, "print.") ? 1 : 0));
  }
  CHECK(core.size() + print.size() < english().size());  // the page's words are in neither
}

TEST_CASE("every translation keeps the English text's placeholders exactly") {
  for (const std::string& language : languages_besides_english()) {
    for (const auto& entry : messages_of(language)) {
      const std::string& key = entry.first;
      auto source = english().find(key);
      if (source == english().end()) continue;
      CAPTURE(language);
      CAPTURE(key);
      CHECK(placeholders(entry.second) == placeholders(source->second));
    }
  }
}

TEST_CASE("no text is left in English unless it is the same in that language") {
  for (const std::string& language : languages_besides_english()) {
    auto own = kSameInLanguage.find(language);
    for (const auto& entry : messages_of(language)) {
      const std::string& key = entry.first;
      auto source = english().find(key);
      if (source == english().end() || entry.second != source->second) continue;
      bool allowed = kSameInEveryLanguage.count(key) > 0 || (own != kSameInLanguage.end() && own->second.count(key) > 0);
      CAPTURE(language);
      CAPTURE(key);
      CHECK_MESSAGE(allowed, "still in English: " << entry.second);
    }
  }
}

TEST_CASE("the calendar's month and weekday names are complete lists in every language") {
  for (const std::string& language : languages_besides_english()) {
    CAPTURE(language);
    CHECK(list_items(message_text("ui.calendar.months", {}, language)) == 12);
    CHECK(list_items(message_text("ui.calendar.weekdays", {}, language)) == 7);
  }
}

TEST_CASE("a finding's message comes in the chosen language with its values filled in") {
  REQUIRE(add_builtin_catalogues());
  CHECK(message_text("LA-104", {{"email", "jan kowalski@uw.edu.pl"}}, "de") ==
        "„jan kowalski@uw.edu.pl“ ist keine gültige E-Mail-Adresse. Schreiben Sie sie in der Form "
        "name@example.org, mit einem @ und ohne Leerzeichen.");
  CHECK(message_text("LA-104", {{"email", "x"}}, "en").rfind("\"x\" is not a valid e-mail address", 0) == 0);
}

TEST_CASE("countries and languages are named in each language, from iso-codes") {
  // Germany and Polish as Debian's iso-codes translators write them.
  const std::map<std::string, std::pair<std::string, std::string>> expected = {
      {"de", {"Deutschland", "Polnisch"}},
      {"fr", {"Allemagne", "polonais"}},
      {"es", {"Alemania", "Polaco"}},
      {"it", {"Germania", "Polacco"}},
      {"pl", {"Niemcy", "polski"}},
      {"tr", {"Almanya", "Lehçe"}},
      {"nl", {"Duitsland", "Pools"}},
  };
  for (const std::string& language : languages_besides_english()) {
    CAPTURE(language);
    REQUIRE(expected.count(language) == 1);
    CHECK(country_name("DE", language) == expected.at(language).first);
    CHECK(language_name("pl", language) == expected.at(language).second);
    for (const CodeName& country : ReferenceData::embedded().countries()) {
      CAPTURE(country.code);
      CHECK_FALSE(country_name(country.code, language).empty());
    }
    for (const CodeName& spoken : ReferenceData::embedded().languages()) {
      CAPTURE(spoken.code);
      CHECK_FALSE(language_name(spoken.code, language).empty());
    }
  }
}

TEST_CASE("every ISCED-F field can be found by words of each language") {
  const std::vector<IscedField>& fields = ReferenceData::embedded().isced_fields();
  for (const std::string& language : languages_besides_english()) {
    CAPTURE(language);
    std::size_t as_in_english = 0;  // "Arts", "Services" in French
    for (const IscedField& field : fields) {
      CAPTURE(field.code);
      const std::string keywords = isced_keywords(field.code, language);
      CHECK_FALSE(keywords.empty());
      if (keywords == field.name) ++as_in_english;
    }
    CHECK(as_in_english * 20 < fields.size());
  }
  CHECK(isced_keywords("0613", "de").find("Programmierung") != std::string::npos);
  CHECK(isced_keywords("0912", "pl").find("Medycyna") != std::string::npos);
  CHECK(isced_keywords("0613", "en").find("computer science") != std::string::npos);  // the English ones, same source
}

TEST_CASE("the form's reference lists (CEFR levels, study cycles, reasons for a change) are named in each language") {
  const ReferenceData& data = ReferenceData::embedded();
  const std::pair<const char*, const std::vector<CodeName>*> lists[] = {
      {"cefr.", &data.cefr_levels()}, {"eqf.", &data.eqf_levels()}, {"reason.", &data.reason_codes()}};
  for (const std::string& language : languages_besides_english()) {
    CAPTURE(language);
    for (const auto& [prefix, entries] : lists) {
      for (const CodeName& entry : *entries) {
        CAPTURE(entry.code);
        const std::string name = reference_name(prefix + entry.code, language);
        CHECK_FALSE(name.empty());
        CHECK(name != entry.name);
      }
    }
  }
  CHECK(reference_name("reason.timetable-conflict", "en").empty());  // English: ReferenceData's own
}

TEST_CASE("a catalogue that lacks a text falls back to English for that text only") {
  REQUIRE(add_catalogue(R"({"language":"xx","name":"Test","messages":{"LA-101":"Name fehlt."}})"));
  CHECK(message_text("LA-101", {}, "xx") == "Name fehlt.");
  CHECK(message_text("LA-103", {}, "xx") == message_text("LA-103", {}, "en"));
  CHECK(message_text("LA-103", {}, "no-such-language") == message_text("LA-103", {}, "en"));
  CHECK(country_name("DE", "xx").empty());
}

TEST_CASE("text that is not a catalogue is refused and changes nothing") {
  const std::vector<std::string> languages = catalogue_languages();
  CHECK_FALSE(add_catalogue("not json"));
  CHECK_FALSE(add_catalogue(R"({"language":"yy","name":"Y"})"));
  CHECK_FALSE(add_catalogue(R"({"language":"yy","name":"Y","messages":{"LA-101":7}})"));
  CHECK_FALSE(add_catalogue(R"({"language":"","name":"Y","messages":{}})"));
  CHECK_FALSE(add_catalogue(R"({"language":"yy","name":"Y","messages":{},"countries":[]})"));
  CHECK(catalogue_languages() == languages);
}

}  // namespace
}  // namespace la

// The pickers' choices and how typing filters them: by code, by name, without accents.
#include <doctest/doctest.h>

#include "core/messages.hpp"
#include "test_files.hpp"
#include "ui/picker_options.hpp"

namespace la {
namespace {

// English's ISCED-F search words, which the page loads as a part (catalogue_parts_test.cpp).
void add_search_words() {
  REQUIRE(add_catalogue(test::read_file(std::string(LA_LANGUAGE_PARTS) + "/isced-en.json")));
}

std::string first_code(PickerKind kind, std::string_view query) {
  const std::vector<PickerOption>& options = picker_options(kind);
  std::vector<std::size_t> found = filter_options(options, query);
  return found.empty() ? std::string() : options[found.front()].code;
}

TEST_CASE("a country is found by its code or by its name, with or without accents") {
  CHECK(first_code(PickerKind::Country, "pl") == "PL");
  CHECK(first_code(PickerKind::Country, "PL") == "PL");
  CHECK(first_code(PickerKind::Country, "pol") == "PL");
  CHECK(first_code(PickerKind::Country, "Turk") == "TR");
  CHECK(first_code(PickerKind::Country, "aland") == "AX");
  CHECK(first_code(PickerKind::Country, "zzzz").empty());
}

TEST_CASE("countries and languages are listed by name") {
  const std::vector<PickerOption>& countries = picker_options(PickerKind::Country);
  REQUIRE(countries.size() > 200);
  CHECK(countries.front().code == "AF");  // Afghanistan, before Åland Islands (folded: "aland")
  CHECK(first_code(PickerKind::Language, "pol") == "pl");
  CHECK(first_code(PickerKind::Language, "en") == "en");
}

std::string label_of(PickerKind kind, std::string_view code) {
  for (const PickerOption& option : picker_options(kind)) {
    if (option.code == code) return option.label;
  }
  return {};
}

TEST_CASE("countries and languages show the names students know, and the official ones find them too") {
  CHECK(label_of(PickerKind::Country, "VN") == "Vietnam");
  CHECK(first_code(PickerKind::Country, "Vietnam") == "VN");
  CHECK(first_code(PickerKind::Country, "Viet Nam") == "VN");
  CHECK(first_code(PickerKind::Country, "South Korea") == "KR");
  CHECK(label_of(PickerKind::Country, "PL") == "Poland");
  CHECK(label_of(PickerKind::Language, "el") == "Greek, Modern");
  CHECK(label_of(PickerKind::Language, "es") == "Spanish");
  CHECK(first_code(PickerKind::Language, "Castilian") == "es");
  CHECK(first_code(PickerKind::Language, "Flemish") == "nl");
}

TEST_CASE("an ISCED-F field is found by code or by a word of its name") {
  CHECK(first_code(PickerKind::IscedField, "0613") == "0613");
  CHECK(first_code(PickerKind::IscedField, "software") == "0613");
  std::vector<std::size_t> broad = filter_options(picker_options(PickerKind::IscedField), "06");
  REQUIRE(broad.size() > 3);
  CHECK(picker_options(PickerKind::IscedField)[broad[0]].code == "06");
  CHECK(picker_options(PickerKind::IscedField)[broad[1]].code.rfind("06", 0) == 0);
}

TEST_CASE("a subject's name offers first the detailed ISCED-F field a student of it means") {
  add_search_words();
  CHECK(first_code(PickerKind::IscedField, "comput") == "0613");
  CHECK(first_code(PickerKind::IscedField, "computer science") == "0613");  // not 0611 Computer use
  CHECK(first_code(PickerKind::IscedField, "Computer  Science ") == "0613");
  CHECK(first_code(PickerKind::IscedField, "informatics") == "0613");
  CHECK(first_code(PickerKind::IscedField, "law") == "0421");          // not 042 or 04
  CHECK(first_code(PickerKind::IscedField, "medicine") == "0912");
  CHECK(first_code(PickerKind::IscedField, "business") == "0413");     // not 04 Business, administration and law
  CHECK(first_code(PickerKind::IscedField, "economics") == "0311");
  CHECK(first_code(PickerKind::IscedField, "architecture") == "0731");  // not 073
  CHECK(first_code(PickerKind::IscedField, "psychology") == "0313");
  CHECK(first_code(PickerKind::IscedField, "mechanical engineering") == "0715");
  CHECK(first_code(PickerKind::IscedField, "mech eng") == "0715");
  CHECK(first_code(PickerKind::IscedField, "Informatik") == "");        // German words in German only
  CHECK(first_code(PickerKind::IscedField, "061") == "061");            // a code still comes first
}

TEST_CASE("every ISCED-F keyword names a detailed field of the list") {
  add_search_words();
  for (const PickerOption& option : picker_options(PickerKind::IscedField)) {
    if (!option.keywords.empty()) CHECK(option.code.size() == 4);
  }
  const PickerOption* software = find_option(PickerKind::IscedField, "0613");
  REQUIRE(software);
  CHECK(software->keywords.size() >= 2);
}

TEST_CASE("study cycles name the cycle and the EQF level") {
  const PickerOption* bachelor = find_option(PickerKind::StudyCycle, "6");
  REQUIRE(bachelor);
  CHECK(bachelor->label == "Bachelor or equivalent (first cycle) – EQF 6");
  CHECK(find_option(PickerKind::StudyCycle, "3") == nullptr);
}

TEST_CASE("terms, genders, CEFR levels and mobility types have their choices") {
  CHECK(find_option(PickerKind::Term, term_code(2, 2))->label == "Term 2 of 2");
  CHECK(picker_options(PickerKind::Term).size() == 10);
  CHECK(picker_options(PickerKind::Gender).size() == 4);
  CHECK(first_code(PickerKind::CefrLevel, "b2") == "B2");
  CHECK(first_code(PickerKind::MobilityType, "blend") == "blended");
}

TEST_CASE("an empty query keeps every option in list order") {
  const std::vector<PickerOption>& cefr = picker_options(PickerKind::CefrLevel);
  std::vector<std::size_t> all = filter_options(cefr, "  ");
  REQUIRE(all.size() == cefr.size());
  for (std::size_t i = 0; i < all.size(); ++i) CHECK(all[i] == i);
}

TEST_CASE("searching folds case and accents of Latin, Greek and Cyrillic letters") {
  CHECK(fold_for_search("Łódź ŻÓŁĆ") == "lodz zolc");
  CHECK(fold_for_search("İpek Işık") == "ipek isik");
  CHECK(fold_for_search("Ελένη") == fold_for_search("ελένη"));
  CHECK(fold_for_search("Дмитрий") == fold_for_search("дмитрий"));
}

}  // namespace
}  // namespace la

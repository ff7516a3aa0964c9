// A language's catalogue part, loaded when the language is chosen; what changes with it (texts,
// pickers) and what does not (the agreement, the findings' JSON).
#include <doctest/doctest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/json_codec.hpp"
#include "core/messages.hpp"
#include "memory_platform.hpp"
#include "session_notices.hpp"
#include "started_editor.hpp"
#include "ui/editor_session.hpp"
#include "ui/picker_options.hpp"
#include "ui/ui_text.hpp"

namespace la {
namespace {

// A supported language whose catalogue is not loaded, as in a page that has not chosen it yet
// (la-check, run natively by editor_session_test, adds every one; the order of test files is the
// build's business).
std::string language_not_loaded() {
  const std::string language(interface_languages().back().code);
  remove_catalogue(language);
  REQUIRE_FALSE(has_catalogue(language));
  return language;
}

using EnglishEditor = test::StartedEditor;  // put back into English for the tests that follow

std::string first_code(PickerKind kind, std::string_view query) {
  const std::vector<PickerOption>& options = picker_options(kind);
  std::vector<std::size_t> found = filter_options(options, query);
  return found.empty() ? std::string() : options[found.front()].code;
}

TEST_CASE("every language but English is a part, named in itself as the picker names it") {
  for (const InterfaceLanguage& language : interface_languages()) {
    CAPTURE(language.code);
    if (language.code == "en") continue;  // built in
    const std::string path = std::string(LA_LANGUAGE_PARTS) + "/lang-" + std::string(language.code) + ".json";
    const nlohmann::json part = nlohmann::json::parse(test::read_file(path), nullptr, false);
    REQUIRE(part.is_object());
    CHECK(part.value("language", "") == language.code);
    CHECK(part.value("name", "") == language.name);
    CHECK(part.contains("countries"));
    CHECK(part.contains("iscedKeywords"));
  }
}

// English's ISCED-F search words, as the page delivers the part the build writes.
LoadedPart search_words_part() { return {test::read_file(std::string(LA_LANGUAGE_PARTS) + "/isced-en.json"), ""}; }

std::size_t search_word_requests(const test::MemoryPlatform& platform) {
  return static_cast<std::size_t>(std::count_if(platform.part_requests.begin(), platform.part_requests.end(),
                                                [](const auto& r) { return r.name == EditorSession::kSearchWordsPart; }));
}

TEST_CASE_FIXTURE(EnglishEditor, "the field of education's search words are a part, asked for once, when the student goes there") {
  CHECK(search_word_requests(platform) == 0);  // not with the first frame
  // Natively, la-check's tests may have added them already: then only what follows is proved.
  if (isced_keywords("0613", "en").empty()) CHECK(first_code(PickerKind::IscedField, "computer science") != "0613");
  session.want_search_words();
  session.want_search_words();  // focused, then opened: one download
  CHECK(search_word_requests(platform) == 1);
  REQUIRE(platform.deliver_part(EditorSession::kSearchWordsPart, search_words_part()));
  CHECK(first_code(PickerKind::IscedField, "computer science") == "0613");  // the choices were built again
  session.want_search_words();
  CHECK(search_word_requests(platform) == 0);  // here: not asked for again
}

TEST_CASE_FIXTURE(EnglishEditor, "search words that cannot be loaded leave the field found by its name, and are asked for again when the list next opens") {
  const std::size_t notices = session.notices().size();
  session.want_search_words();
  REQUIRE(platform.deliver_part(EditorSession::kSearchWordsPart, {"", "the server answered HTTP 404"}));
  CHECK(first_code(PickerKind::IscedField, "software") == "0613");
  CHECK(session.notices().size() == notices);  // the field works on: nothing to tell the student
  session.want_search_words();  // the next frame with the field focused: no request at every frame
  CHECK(search_word_requests(platform) == 0);
  session.want_search_words(true);  // the list opened again
  CHECK(search_word_requests(platform) == 1);
}

TEST_CASE_FIXTURE(EnglishEditor, "a language loads when chosen; the editor stays in its language until it has arrived") {
  const std::string language = language_not_loaded();
  const std::string before = session.document_json();
  session.export_agreement();  // a notice shown before the switch
  const std::string exported = test::notice_of(session, NoticeKind::Exported).text;
  CHECK(session.set_language(language));
  CHECK(ui_language() == "en");
  CHECK(session.language_loading() == language);
  CHECK(test::has_notice(session, NoticeKind::LanguageLoading));
  CHECK(test::notice_of(session, NoticeKind::LanguageLoading).text.find(own_language_name(language)) !=
        std::string::npos);
  REQUIRE(platform.part_requests.size() == 1);
  CHECK(platform.part_requests[0].name == "lang-" + language + ".json");
  session.set_language(language);  // chosen again while it loads: no second download
  CHECK(platform.part_requests.size() == 1);
  REQUIRE(platform.deliver_language(language));
  CHECK(ui_language() == language);
  CHECK(session.language_loading().empty());
  CHECK_FALSE(test::has_notice(session, NoticeKind::LanguageLoading));
  CHECK(std::string(ui_text("ui.button.export")) != message_text("ui.button.export"));
  // Notices already shown switch too, their file names kept.
  const std::string file = platform.downloads.at(0).name;
  CHECK(test::notice_of(session, NoticeKind::Exported).text ==
        message_text("ui.notice.exportedWithErrors", {{"file", file}}, language));
  CHECK(test::notice_of(session, NoticeKind::Exported).text != exported);
  // The agreement, its file and the findings' rule ids and JSON do not change with the language.
  CHECK(session.document_json() == before);
  CHECK(session.findings_json().find("\"message\":\"" + finding_message(session.document().findings().front()))
        != std::string::npos);
  // English is built in: back at once, and again without a download.
  CHECK(session.set_language("en"));
  CHECK(ui_language() == "en");
  CHECK(session.set_language(language));
  CHECK(ui_language() == language);
  CHECK(platform.part_requests.empty());
}

TEST_CASE_FIXTURE(EnglishEditor, "a notice's reason, a file's error or our own words, is said again in the new language") {
  const std::string language = language_not_loaded();
  CHECK_FALSE(session.open_file({"broken.json", "{", ""}));
  session.print_agreement();
  REQUIRE(platform.deliver_part("print.wasm", {"not json", ""}));  // no document came
  const std::string opened = test::notice_of(session, NoticeKind::OpenFailed).text;
  const std::string printed = test::notice_of(session, NoticeKind::PrintFailed).text;
  session.set_language(language);
  REQUIRE(platform.deliver_language(language));
  REQUIRE(ui_language() == language);
  const LoadError error = read_agreement("{").error;
  CHECK(test::notice_of(session, NoticeKind::OpenFailed).text ==
        message_text("ui.notice.openFailed", {{"file", "broken.json"}, {"reason", load_error_text(error)}}, language));
  CHECK(test::notice_of(session, NoticeKind::PrintFailed).text ==
        message_text("ui.notice.printFailed", {{"reason", message_text("ui.notice.printNoAnswer", {}, language)}}, language));
  CHECK(test::notice_of(session, NoticeKind::OpenFailed).text != opened);
  CHECK(test::notice_of(session, NoticeKind::PrintFailed).text != printed);
}

TEST_CASE_FIXTURE(EnglishEditor, "a language that cannot be loaded says why, and the current one stays") {
  const std::string language = language_not_loaded();
  session.set_language(language);
  REQUIRE(platform.deliver_part("lang-" + language + ".json", {"", "the server answered HTTP 404"}));
  CHECK(ui_language() == "en");
  CHECK(session.language_loading().empty());
  const std::string text = test::notice_of(session, NoticeKind::LanguageFailed).text;
  CHECK(text.find("HTTP 404") != std::string::npos);
  CHECK(text.find(own_language_name(language)) != std::string::npos);
  CHECK(text.find("English") != std::string::npos);
  // A damaged file is no catalogue either; a later try fetches it again.
  session.set_language(language);
  REQUIRE(platform.deliver_part("lang-" + language + ".json", {"{\"language\": 3", ""}));
  CHECK(ui_language() == "en");
  CHECK(test::notice_of(session, NoticeKind::LanguageFailed).text.find(ui_text("ui.notice.languageBroken")) !=
        std::string::npos);
  CHECK_FALSE(has_catalogue(language));
}

TEST_CASE_FIXTURE(EnglishEditor, "the language chosen last wins over one still on its way") {
  const std::string first = language_not_loaded();
  session.set_language(first);
  CHECK(session.set_language("en"));  // changed their mind: English, at once
  REQUIRE(platform.deliver_language(first));
  CHECK(ui_language() == "en");
  CHECK_FALSE(test::has_notice(session, NoticeKind::LanguageLoading));
  CHECK_FALSE(session.set_language("pt-BR"));  // not spoken: nothing changes
  CHECK(ui_language() == "en");
}

TEST_CASE_FIXTURE(EnglishEditor, "pickers name countries and languages in the interface language and search in it and English") {
  if (!has_catalogue("de")) {
    session.set_language("de");
    REQUIRE(platform.deliver_language("de"));
  }
  REQUIRE(session.set_language("de"));
  REQUIRE(ui_language() == "de");
  const PickerOption* poland = find_option(PickerKind::Country, "PL");
  REQUIRE(poland);
  CHECK(poland->label == "Polen");
  CHECK(first_code(PickerKind::Country, "Polen") == "PL");
  CHECK(first_code(PickerKind::Country, "Poland") == "PL");  // the English name finds it too
  CHECK(first_code(PickerKind::Country, "Turkei") == "TR");  // "Türkei", accents folded
  CHECK(find_option(PickerKind::Language, "fr")->label == "Französisch");
  CHECK(first_code(PickerKind::IscedField, "Informatik") == "0613");
  CHECK(first_code(PickerKind::IscedField, "computer science") == "0613");
  CHECK(first_code(PickerKind::IscedField, "Rechtswissenschaft") == "0421");
  CHECK(std::string(ui_text("ui.button.export")) == message_text("ui.button.export", {}, "de"));
  CHECK(find_option(PickerKind::CefrLevel, "B2")->label.rfind("Gute Mittelstufe", 0) == 0);
  CHECK(find_option(PickerKind::StudyCycle, "7")->label.find("Master oder gleichwertig") != std::string::npos);
  CHECK(find_option(PickerKind::ReasonCode, "timetable-conflict")->label == "Überschneidung im Stundenplan");
  set_ui_language("en");
  CHECK(find_option(PickerKind::Country, "PL")->label == "Poland");
  CHECK(find_option(PickerKind::ReasonCode, "timetable-conflict")->label == "Timetable conflict");
}

}  // namespace
}  // namespace la

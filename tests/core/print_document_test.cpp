// The printable agreement: every value escaped, names in any script, the template's parts, the
// running header and page numbers, signatures with fingerprints, and the changes.
#include <doctest/doctest.h>

#include "core/catalogues/builtin_catalogues.hpp"
#include "core/english_assets.hpp"
#include "core/messages.hpp"
#include "core/print_assets.hpp"
#include "core/print_document.hpp"
#include "core/signing.hpp"
#include "test_files.hpp"

namespace la {
namespace {

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

TEST_CASE("HTML and CSS escaping leave no markup and no way out of a string") {
  CHECK(html_escaped("<script>alert('1')</script> & \"x\"") ==
        "&lt;script&gt;alert(&#39;1&#39;)&lt;/script&gt; &amp; &quot;x&quot;");
  CHECK(html_escaped("Łukasz İpek Жанна Straße") == "Łukasz İpek Жанна Straße");
  CHECK(css_string_escaped("a\"b\\c</style>\n") == "a\\22 b\\5C c\\3C /style>\\A ");
}

TEST_CASE("a course title with markup prints as its text") {
  Agreement agreement = test::semester();
  agreement.first_version->components_studied->at(0).title = "<script>alert(1)</script>";
  agreement.student->family_name = "O'Brien <b>";
  const std::string html = print_document(agreement);
  CHECK_FALSE(contains(html, "<script>"));
  CHECK(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK_FALSE(contains(html, "<b>\""));
  CHECK(contains(html, "O&#39;Brien &lt;b&gt;"));
  CHECK(contains(html, "@top-left { content: \"Learning Agreement — Łukasz O'Brien \\3C b>\""));
}

TEST_CASE("the document holds the template's parts with the agreement's values") {
  Agreement agreement = test::semester();
  agreement.student->given_names = "İpek Жанна";
  agreement.student->family_name = "Łukasiewicz-Straße";
  const std::string html = print_document(agreement);
  CHECK(contains(html, "<meta charset=\"utf-8\">"));
  CHECK(contains(html, "İpek Жанна Łukasiewicz-Straße"));
  CHECK(contains(html, "counter(page) \" of \" counter(pages)"));
  CHECK(contains(html, "<thead>"));
  for (const char* part : {"<h2>Student</h2>", "<h2>Sending institution</h2>", "<h2>Receiving institution</h2>",
                           "Table A: study programme", "Table B: recognition", "<h2>Language competence</h2>",
                           "<h2>Commitment</h2>", "Responsible person at the receiving institution"}) {
    CAPTURE(part);
    CHECK(contains(html, part));
  }
  for (const Component& component : *agreement.first_version->components_studied) CHECK(contains(html, *component.title));
  CHECK(contains(html, "<td colspan=\"3\">Total ECTS credits</td><td>30</td>"));
  CHECK_FALSE(contains(html, "Table C"));  // the semester example has no virtual components
  CHECK_FALSE(contains(html, "Not ready"));
}

TEST_CASE("signature blocks show name, position, date and the fingerprint of what was signed") {
  Agreement agreement = test::sealed_sample_with_changes();
  const std::string html = print_document(agreement);
  const Signature& signature = *agreement.first_version->sending_hei_signature;
  CHECK(contains(html, "<td><span class=\"whole\">" + *signature.signer_name + "</span><br>" +
                           *signature.signer_position + "<br>" + *signature.signer_email + "</td>"));
  CHECK(contains(html, "<td class=\"whole\">" + *signature.timestamp + "</td>"));
  CHECK(contains(html, "<span class=\"fingerprint\">" + fingerprint(*signature.content_hash) + "</span>"));
  CHECK(contains(html, "signed; content unchanged since"));
}

TEST_CASE("approved and proposed changes print with their status and reasons") {
  const std::string html = print_document(test::sealed_sample_with_changes());
  CHECK(contains(html, "During the mobility: approved changes"));
  CHECK(contains(html, "Table A2: changes to Table A"));
  CHECK(contains(html, "<tr class=\"deleted\"><td>100214</td><td class=\"title\">Wiener Literatur um 1900"));
  CHECK(contains(html, "<b>timetable-conflict</b>: Timetable conflict"));
  CHECK(contains(html, "Proposed changes, not yet approved (proposal CUNI-4471-proposal-2026-11-20)"));
}

TEST_CASE("an agreement with errors prints with a notice that it is not ready") {
  Agreement agreement = test::semester();
  agreement.student->email = "not an address";
  CHECK(contains(print_document(agreement), "Not ready: this agreement has 1 error"));
}

TEST_CASE("the document's words come from the chosen language's catalogue, its values stay as written") {
  REQUIRE(add_builtin_catalogues());
  Agreement agreement = test::sealed_sample_with_changes();
  const std::string html = print_document(agreement, "de");
  CHECK(contains(html, "<html lang=\"de\">"));
  CHECK(contains(html, "<h1>Lernvereinbarung</h1>"));
  CHECK(contains(html, "<h2>Studierende/r</h2>"));
  CHECK(contains(html, "content: \"Seite \" counter(page) \" von \" counter(pages)"));
  CHECK(contains(html, "Tabelle A2: Änderungen an Tabelle A"));
  CHECK(contains(html, "<b>timetable-conflict</b>: Überschneidung im Stundenplan"));  // EWP's reason, in German
  CHECK(contains(html, "Verantwortliche Person an der aufnehmenden Einrichtung"));
  CHECK(contains(html, "unterzeichnet; Inhalt seitdem unverändert"));
  CHECK(contains(html, *agreement.student->family_name));
  CHECK_FALSE(contains(html, "Responsible person"));
}

TEST_CASE("the print layout's English words are its own, not in the core's English table") {
  CHECK(english_asset("i18n/en.json").find("\"print.") == std::string_view::npos);
  CHECK(print_asset("i18n/print-en.json").find("\"print.title\": \"Learning Agreement\"") != std::string_view::npos);
  CHECK(contains(print_document(test::semester(), "en"), "<h2>Receiving institution</h2>"));
}

TEST_CASE("a translation's own markup characters print as text around the values") {
  REQUIRE(add_catalogue(R"({"language":"xy","name":"Test","messages":{
    "print.student":"Student & <Studentin>",
    "print.languageLevel":"<{language}> & {level} & {language}"}})"));
  Agreement agreement = test::semester();
  const std::string html = print_document(agreement, "xy");
  CHECK(contains(html, "<h2>Student &amp; &lt;Studentin&gt;</h2>"));
  const std::string language = "<b>" + *agreement.student_language_skill->language + "</b>";
  CHECK(contains(html, "<p>&lt;" + language + "&gt; &amp; <b>" + *agreement.student_language_skill->cefr_level +
                           "</b> &amp; " + language + "</p>"));
  CHECK(contains(html, "<h2>Sending institution</h2>"));  // what the catalogue lacks is in English
}

}  // namespace
}  // namespace la

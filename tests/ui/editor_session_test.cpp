// The editor's session without drawing: edits, files, drafts, notices and the embedding contract.
#include <doctest/doctest.h>

#include <sstream>

#include <nlohmann/json.hpp>

#include "core/json_codec.hpp"
#include "memory_platform.hpp"
#include "session_notices.hpp"
#include "started_editor.hpp"
#include "test_files.hpp"
#include "ui/editor_session.hpp"
#include "ui/field_access.hpp"
#include "ui/ui_samples.hpp"
#ifdef LA_HAS_LA_CHECK
#include "cli/la_check.hpp"
#endif

namespace la {
namespace {

using test::MemoryPlatform;
using test::has_notice;
using test::notice_of;

// Not signed yet: an edit of a signed agreement asks first (editor_signing_test.cpp).
std::string valid_semester_text() { return write_agreement(test::without_signatures(test::example("valid-semester"))); }

TEST_CASE_FIXTURE(test::StartedEditor, "without a draft the editor starts with a new, empty semester agreement") {
  CHECK(session.agreement().mobility_type == "semester");
  CHECK(session.notices().empty());
  CHECK_FALSE(session.has_unexported_changes());
  session.after_frame();
  platform.clock_ms += 5000;
  session.after_frame();
  CHECK(platform.memory.saves == 0);  // nothing typed, nothing to keep
}

TEST_CASE("a draft comes back after a reload with a notice that offers to discard it") {
  MemoryPlatform platform;
  {
    EditorSession first(platform, "draft");
    first.start();
    first.edit_text("/student/givenNames", "Łukasz");
    first.after_frame();
    platform.clock_ms += 999;
    first.after_frame();
    CHECK(platform.memory.items.count("draft") == 0);  // not yet: 1 s after the last change
    platform.clock_ms += 2;
    first.after_frame();
    CHECK(platform.memory.items.count("draft") == 1);
  }
  EditorSession second(platform, "draft");
  second.start();
  CHECK(second.agreement().student->given_names == "Łukasz");
  REQUIRE(has_notice(second, NoticeKind::DraftRestored));
  CHECK(notice_of(second, NoticeKind::DraftRestored).action == NoticeAction::DiscardDraft);
  CHECK(second.has_unexported_changes());

  second.discard_draft();
  CHECK(second.replace_question() == "ui.discard.");  // never exported: the student is asked
  second.answer_replace_question(true);
  CHECK_FALSE(second.agreement().student->given_names);
  CHECK(platform.memory.items.empty());
  CHECK_FALSE(has_notice(second, NoticeKind::DraftRestored));
  REQUIRE(second.undo());  // discarding is undoable like any edit
  CHECK(second.agreement().student->given_names == "Łukasz");
}

TEST_CASE("New, a sample, a file or Discard draft ask before they replace changes not exported") {
  MemoryPlatform platform;
  EditorSession session(platform, "draft");
  session.start();
  session.new_agreement(MobilityType::Blended);  // nothing typed yet: nothing to ask
  CHECK(session.replace_question().empty());
  CHECK(session.agreement().mobility_type == "blended");
  session.edit_text("/student/givenNames", "İpek");
  session.field_left("/student/givenNames");

  session.new_agreement(MobilityType::Semester);
  CHECK(session.replace_question() == "ui.replace.");
  CHECK(session.agreement().student->given_names == "İpek");  // nothing replaced while asking
  session.answer_replace_question(false);
  CHECK(session.replace_question().empty());
  CHECK(session.agreement().student->given_names == "İpek");
  CHECK(session.has_unexported_changes());  // the leave-page prompt still guards it

  REQUIRE(session.open_sample("semester-two-terms"));
  REQUIRE(platform.deliver_sample_set());
  CHECK(session.replace_question() == "ui.replace.");
  session.answer_replace_question(true);
  CHECK(session.agreement().mobility_type == "semester");
  CHECK(session.agreement().student->given_names != "İpek");
  CHECK_FALSE(session.has_unexported_changes());  // a sample as it came: nothing to lose

  session.edit_text("/student/givenNames", "Łukasz");
  session.answer_void_question(true);  // the sample is signed: changing it asks first
  CHECK(session.open_file({"other.json", valid_semester_text(), ""}));
  CHECK(session.replace_question() == "ui.replace.");
  session.answer_replace_question(true);
  CHECK(has_notice(session, NoticeKind::Opened));
  // A file that cannot be read replaces nothing, so it asks nothing.
  session.edit_text("/student/givenNames", "Łukasz");
  CHECK_FALSE(session.open_file({"broken.json", "{", ""}));
  CHECK(session.replace_question().empty());
  CHECK(session.agreement().student->given_names == "Łukasz");
}

TEST_CASE("a damaged draft gives back the last good copy and says so") {
  MemoryPlatform platform;
  platform.memory.items["draft.previous"] = valid_semester_text();
  platform.memory.items["draft"] = "{\"formatVersion\": 1, \"student\": ";
  EditorSession session(platform, "draft");
  session.start();
  CHECK(session.agreement().student->family_name == "Żółć");
  REQUIRE(has_notice(session, NoticeKind::DraftPreviousRestored));
  CHECK(notice_of(session, NoticeKind::DraftPreviousRestored).text.find("line 1") != std::string::npos);
}

TEST_CASE("hiding the page saves the draft at once") {
  MemoryPlatform platform;
  EditorSession session(platform, "draft");
  session.start();
  session.edit_text("/student/email", "a@b.eu");
  session.page_hidden();
  CHECK(platform.memory.items.count("draft") == 1);
}

TEST_CASE("a storage that refuses drafts is reported once, calmly") {
  MemoryPlatform platform;
  platform.memory.refuse_with = "blocked";
  EditorSession session(platform, "draft");
  session.start();
  session.edit_text("/student/email", "a@b.eu");
  session.page_hidden();
  session.edit_text("/student/email", "a@b.euro");
  session.page_hidden();
  std::size_t count = 0;
  for (const Notice& notice : session.notices()) count += notice.kind == NoticeKind::StorageFailed;
  CHECK(count == 1);
  CHECK(notice_of(session, NoticeKind::StorageFailed).text ==
        "Drafts cannot be saved in this browser; export to keep your work.");
  session.dismiss_notice(0);
  session.edit_text("/student/email", "c@d.eu");
  session.page_hidden();
  CHECK(session.notices().empty());
}

TEST_CASE("an emptied text field is removed from the file, not written as empty text") {
  MemoryPlatform platform;
  EditorSession session(platform, "");
  session.start(valid_semester_text());
  session.edit_text("/student/globalId", "");
  CHECK_FALSE(session.agreement().student->global_id);
  CHECK(session.document_json().find("globalId") == std::string::npos);
}

TEST_CASE_FIXTURE(test::StartedEditor, "typing a word is one undo step; picking a choice is another") {
  for (std::string text : {"P", "Pa", "Par"}) session.edit_text("/student/givenNames", text);
  session.pick_text("/student/citizenship", std::string("PL"));
  session.undo();
  CHECK_FALSE(session.agreement().student->citizenship);
  CHECK(session.agreement().student->given_names == "Par");
  session.undo();
  CHECK_FALSE(session.agreement().student->given_names);
}

TEST_CASE_FIXTURE(test::StartedEditor, "a slip over a typed paragraph is undone alone: pauses and pastes make their own steps") {
  const std::string field = "/recognitionAnnex";
  std::string text;
  for (char c : std::string("Only the exam")) session.edit_text(field, text += c);
  platform.clock_ms += 3000;  // a pause
  for (char c : std::string(" counts")) session.edit_text(field, text += c);
  session.edit_text(field, "S");  // Ctrl+A, then a key by mistake
  session.edit_text(field, "So");
  REQUIRE(session.undo());
  CHECK(session.agreement().recognition_annex == "S");
  REQUIRE(session.undo());
  CHECK(session.agreement().recognition_annex == "Only the exam counts");
  REQUIRE(session.undo());
  CHECK(session.agreement().recognition_annex == "Only the exam");
  session.edit_text(field, "Only the exam, pasted text", true);
  REQUIRE(session.undo());
  CHECK(session.agreement().recognition_annex == "Only the exam");
}

TEST_CASE_FIXTURE(test::StartedEditor, "spaces around a value go when the student leaves the field, with the typing's undo step") {
  session.edit_text("/startDate", "2027-03-08\u00A0", true);  // pasted with a no-break space
  CHECK(session.agreement().start_date == "2027-03-08\u00A0");  // kept while typing goes on
  session.field_left("/startDate");
  CHECK(session.agreement().start_date == "2027-03-08");
  session.edit_text("/student/givenNames", " ");
  session.field_left("/student/givenNames");
  CHECK_FALSE(session.agreement().student->given_names);  // only spaces: nothing
  session.undo();
  CHECK(session.agreement().start_date == "2027-03-08");
  session.undo();
  CHECK_FALSE(session.agreement().start_date);
}

TEST_CASE_FIXTURE(test::StartedEditor, "any text is put into Unicode NFC as its field is left, as an undo step of its own") {
  session.edit_text("/student/givenNames", "Zoe\xCC\x88");  // e + U+0308, as some keyboards type it
  CHECK(session.findings_json().find("LA-005") != std::string::npos);
  session.field_left("/student/givenNames");
  CHECK(session.agreement().student->given_names == "Zo\xC3\xAB");
  REQUIRE(session.tidied());
  CHECK(session.tidied()->before == "Zoe\xCC\x88");
  CHECK(session.findings_json().find("LA-005") == std::string::npos);
  REQUIRE(session.undo());
  CHECK(session.agreement().student->given_names == "Zoe\xCC\x88");
  session.edit_text("/student/givenNames", "\xC5\x81ukasz");  // in NFC already: nothing to tidy
  session.field_left("/student/givenNames");
  CHECK_FALSE(session.tidied());
}

TEST_CASE_FIXTURE(test::StartedEditor, "a phone number, code or e-mail is tidied as its field is left, as an undo step of its own") {
  const std::string phone = "/receivingHei/contactPerson/phoneNumber/e164";
  session.edit_text(phone, "+48 22 552 00 00 ");
  session.field_left(phone);
  CHECK(*text_value_at(session.agreement(), phone) == "+48225520000");
  REQUIRE(session.tidied());
  CHECK(session.tidied()->pointer == phone);
  CHECK(session.tidied()->before == "+48 22 552 00 00");
  REQUIRE(session.undo());  // the tidying only: what the student wrote comes back
  CHECK(*text_value_at(session.agreement(), phone) == "+48 22 552 00 00");
  CHECK_FALSE(session.tidied());
  REQUIRE(session.undo());
  CHECK_FALSE(text_value_at(session.agreement(), phone));

  session.edit_text("/sendingHei/erasmusCode", "e granada01");
  session.field_left("/sendingHei/erasmusCode");
  CHECK(*text_value_at(session.agreement(), "/sendingHei/erasmusCode") == "E  GRANADA01");
  session.edit_text("/student/email", "ANA@UW.EDU.PL ");
  session.field_left("/student/email");
  CHECK(session.tidied()->pointer == "/student/email");
  session.edit_text("/student/email", "ana@uw.edu.pl");  // edited again: the note goes
  CHECK_FALSE(session.tidied());

  session.edit_text("/student/email", "ANA@UW.EDU.PL");
  session.field_left("/student/email");
  CHECK(session.agreement().student->email == "ANA@uw.edu.pl");
  session.edit_text(phone, "ask the office");  // not a number: kept for LA-211 to report
  session.field_left(phone);
  CHECK(*text_value_at(session.agreement(), phone) == "ask the office");
}

TEST_CASE_FIXTURE(test::StartedEditor, "a date written 17.04.2003 is offered as 2003-04-17, put in only when the student accepts it") {
  const std::string birth = "/student/birthDate";
  session.edit_text(birth, "17.04.2003");
  session.field_left(birth);
  CHECK(session.agreement().student->birth_date == "17.04.2003");  // never changed silently
  CHECK_FALSE(session.tidied());
  CHECK(session.suggestion(birth) == "2003-04-17");
  CHECK_FALSE(session.suggestion("/student/givenNames"));
  REQUIRE(session.accept_suggestion(birth));
  CHECK(session.agreement().student->birth_date == "2003-04-17");
  CHECK(session.tidied()->before == "17.04.2003");
  CHECK_FALSE(session.suggestion(birth));
  CHECK_FALSE(session.accept_suggestion(birth));
  REQUIRE(session.undo());  // the accepting only
  CHECK(session.agreement().student->birth_date == "17.04.2003");

  session.edit_text("/endDate", "4/2027");  // a stay may end in a month
  CHECK(session.suggestion("/endDate") == "2027-04");
  session.edit_text(birth, "2003-04-17");
  CHECK_FALSE(session.suggestion(birth));
}

TEST_CASE_FIXTURE(test::StartedEditor, "a pasted course list becomes rows in one undo step, and a notice counts them") {
  const std::string list = "/firstVersion/componentsStudied";
  REQUIRE(session.add_row(list) == 0u);
  const std::size_t before = session.row_count(list);
  REQUIRE(session.paste_courses(list, 0, read_course_list("A1\tAlgebra\t6\nA2\tAnalysis\t7,5\nA3\tCompilers\t6 ECTS\n")) == 2u);
  CHECK(session.row_count(list) == before + 2);  // the empty row filled, two added
  CHECK(session.agreement().first_version->components_studied->at(1).credits->at(0).value == 7.5);
  REQUIRE_FALSE(session.notices().empty());
  CHECK(session.notices().back().kind == NoticeKind::CoursesPasted);
  CHECK(session.notices().back().text.find('3') != std::string::npos);
  REQUIRE(session.undo());
  CHECK(session.row_count(list) == before);
  CHECK_FALSE(session.agreement().first_version->components_studied->at(0).title);
  for (const Notice& notice : session.notices()) CHECK(notice.kind != NoticeKind::CoursesPasted);
}

TEST_CASE_FIXTURE(test::StartedEditor, "credits typed with a decimal comma are stored as numbers") {
  REQUIRE(session.add_row("/firstVersion/componentsStudied") == 0u);
  const std::string value = "/firstVersion/componentsStudied/0/credits/0/value";
  session.edit_number(value, "7,5", PendingNumbers::Kind::Decimal);
  CHECK(session.agreement().first_version->components_studied->at(0).credits->at(0).value == 7.5);
  CHECK(session.agreement().first_version->components_studied->at(0).credits->at(0).scheme == "ects");
  session.field_left(value);
  CHECK(session.pending().shown(value, 7.5) == "7.5");
}

TEST_CASE("credits that are not a number stay visible, leave no value and keep the agreement not ready") {
  MemoryPlatform platform;
  EditorSession session(platform, "");
  session.start(valid_semester_text());
  const std::string value = "/firstVersion/componentsStudied/0/credits/0/value";
  session.edit_number(value, "six", PendingNumbers::Kind::Decimal);
  session.field_left(value);
  CHECK(session.pending().shown(value, std::nullopt) == "six");
  CHECK_FALSE(session.agreement().first_version->components_studied->at(0).credits->at(0).value);
  EditorStatus status = session.status();
  CHECK(status.invalid_entries == 1);
  CHECK_FALSE(status.ready());
  CHECK(session.status_text().find("1 entry to correct") != std::string::npos);
  session.undo();  // the stored value returns, and the field shows it again
  CHECK(session.pending().invalid_count() == 0);
}

TEST_CASE("text in a number field that is not a number comes back with the draft") {
  MemoryPlatform platform;
  const std::string value = "/firstVersion/componentsStudied/0/credits/0/value";
  {
    EditorSession first(platform, "draft");
    first.start();
    REQUIRE(first.add_row("/firstVersion/componentsStudied") == 0u);
    first.after_frame();
    platform.clock_ms += 2000;
    first.after_frame();  // the row is saved
    first.edit_number(value, "six", PendingNumbers::Kind::Decimal);  // the agreement does not change
    first.field_left(value);
    first.after_frame();
    platform.clock_ms += 2000;
    first.after_frame();
    CHECK(platform.memory.items.count("draft.typed") == 1);
  }
  EditorSession second(platform, "draft");
  second.start();
  CHECK(second.pending().shown(value, std::nullopt) == "six");
  CHECK(second.status().invalid_entries == 1);
  second.edit_number(value, "6", PendingNumbers::Kind::Decimal);
  second.field_left(value);
  second.page_hidden();
  CHECK(platform.memory.items.count("draft.typed") == 0);  // corrected: nothing kept beside the draft
  second.discard_draft();
  second.answer_replace_question(true);
  CHECK(platform.memory.items.empty());
}

TEST_CASE("a row deletion is undone, and each row operation is its own step") {
  MemoryPlatform platform;
  EditorSession session(platform, "");
  session.start(valid_semester_text());
  const std::string table = "/firstVersion/componentsStudied";
  CHECK(session.move_row(table, 0, +1) == 1u);
  CHECK(session.delete_row(table, 1) == 1u);
  CHECK(session.row_count(table) == 4);
  session.undo();
  CHECK(session.row_count(table) == 5);
  CHECK(session.agreement().first_version->components_studied->at(1).title ==
        test::example("valid-semester").first_version->components_studied->at(0).title);
  CHECK(session.duplicate_row(table, 4) == 5u);
  CHECK(session.move_row(table, 0, -1) == 0u);  // the top row stays, and no step is made
  session.undo();
  CHECK(session.row_count(table) == 5);
}

TEST_CASE("undo and redo of a row operation name the row, where it is before and after") {
  MemoryPlatform platform;
  EditorSession session(platform, "");
  session.start(valid_semester_text());
  const std::string table = "/firstVersion/componentsStudied";
  const auto stepped = [&](bool redo) {
    REQUIRE((redo ? session.redo() : session.undo()));
    return session.document().stepped_field();
  };
  CHECK(session.move_row(table, 1, +1) == 2u);
  CHECK(stepped(false) == table + "/1");  // back where it was
  CHECK(stepped(true) == table + "/2");
  CHECK(session.duplicate_row(table, 0) == 1u);
  CHECK(stepped(false) == table + "/0");
  CHECK(stepped(true) == table + "/1");
  CHECK(session.delete_row(table, 5) == 4u);  // the last row: the new last one takes its place
  CHECK(stepped(false) == table + "/5");
  CHECK(stepped(true) == table + "/4");
  CHECK(session.add_row(table) == 5u);
  CHECK(stepped(false) == table + "/4");  // the row above the one undone
  CHECK(stepped(true) == table + "/5");
  CHECK(session.add_row("/bip/partnerHeis") == 0u);
  CHECK(stepped(false) == "/bip/partnerHeis");  // no row left: the table's "Add"
}

TEST_CASE_FIXTURE(test::StartedEditor, "BIP partners have rows like the tables") {
  CHECK(session.add_row("/bip/partnerHeis") == 0u);
  CHECK(session.add_row("/bip/partnerHeis") == 1u);
  session.edit_text("/bip/partnerHeis/1/heiId", "uw.edu.pl");
  CHECK(session.move_row("/bip/partnerHeis", 1, -1) == 0u);
  CHECK(session.agreement().bip->partner_heis->at(0).hei_id == "uw.edu.pl");
  CHECK(session.delete_row("/bip/partnerHeis", 0) == 0u);
  CHECK(session.row_count("/bip/partnerHeis") == 1);
}

TEST_CASE("a term is set as number and total, and removed as a whole") {
  MemoryPlatform platform;
  EditorSession session(platform, "");
  session.start(valid_semester_text());
  session.set_term("/firstVersion/componentsStudied/0", std::make_pair(2LL, 2LL));
  CHECK(session.agreement().first_version->components_studied->at(0).term_id->term_number == 2);
  session.set_term("/firstVersion/componentsStudied/0", std::nullopt);
  CHECK_FALSE(session.agreement().first_version->components_studied->at(0).term_id);
}

TEST_CASE("changing the mobility type keeps the rows; an unused list goes only when asked") {
  MemoryPlatform platform;
  EditorSession session(platform, "");
  session.start(valid_semester_text());
  session.set_mobility_type(MobilityType::Blended);
  CHECK(session.row_count("/firstVersion/componentsStudied") == 5);
  session.remove_list("/firstVersion/componentsStudied");
  CHECK_FALSE(session.agreement().first_version->components_studied);
  session.undo();
  CHECK(session.row_count("/firstVersion/componentsStudied") == 5);
}

TEST_CASE("opening a broken file keeps the agreement and says what and where") {
  MemoryPlatform platform;
  EditorSession session(platform, "");
  session.start(valid_semester_text());
  session.edit_text("/student/email", "changed@example.org");
  CHECK_FALSE(session.open_file({"broken.json", "{\n  \"formatVersion\": 1,\n  \"student\": [\n", ""}));
  CHECK(session.agreement().student->email == "changed@example.org");
  const Notice& notice = notice_of(session, NoticeKind::OpenFailed);
  CHECK(notice.tone == NoticeTone::Error);
  CHECK(notice.text.find("broken.json") != std::string::npos);
  CHECK(notice.text.find("line 4") != std::string::npos);

  // The field named as the form names it, not by its JSON Pointer (which la-check prints).
  CHECK_FALSE(session.open_file({"foreign.json", "{\"formatVersion\": 1, \"student\": {\"email\": 7}}", ""}));
  CHECK(notice_of(session, NoticeKind::OpenFailed).text.find(
            "The field “Student · E-mail” should be text, but it is a number.") != std::string::npos);
  CHECK(notice_of(session, NoticeKind::OpenFailed).text.find("/student/email") == std::string::npos);
  CHECK_FALSE(session.open_file({"big.json", "", "\"big.json\" is too large to open (more than 32 MB)."}));
  CHECK(notice_of(session, NoticeKind::OpenFailed).text.find("too large") != std::string::npos);
}

TEST_CASE_FIXTURE(test::StartedEditor, "opening a file replaces the agreement as one undoable step") {
  REQUIRE(session.open_file({"mine.json", write_agreement(test::example("valid-blended")), ""}));
  CHECK(session.agreement().mobility_type == "blended");
  CHECK_FALSE(session.has_unexported_changes());
  CHECK(has_notice(session, NoticeKind::Opened));
  session.undo();
  CHECK(session.agreement().mobility_type == "semester");
}

TEST_CASE_FIXTURE(test::StartedEditor, "every sample opens") {
  CHECK(samples().size() == test::files_in(test::source_path("assets/samples"), ".json").size());
  for (const Sample& sample : samples()) {
    CAPTURE(sample.id);
    CHECK(session.open_sample(sample.id));
    platform.deliver_sample_set();  // (asked for by the first sample only)
    std::string file = test::read_file(test::source_path("assets/samples/" + std::string(sample.id) + ".json"));
    CHECK(session.document_json() == write_agreement(test::read_valid(file)));
  }
  CHECK(platform.part_requests.empty());
}

TEST_CASE_FIXTURE(test::StartedEditor, "the samples load on first use: a notice meanwhile, the last one chosen opens, typing is kept") {
  REQUIRE(session.open_sample("blended-bip"));
  CHECK(has_notice(session, NoticeKind::SamplesLoading));
  REQUIRE(session.open_sample("semester-two-terms"));  // another choice while they load
  CHECK(platform.part_requests.size() == 1);           // asked for once
  session.edit_text("/student/givenNames", "Zoë");     // the student goes on meanwhile
  REQUIRE(platform.deliver_sample_set());
  CHECK_FALSE(has_notice(session, NoticeKind::SamplesLoading));
  CHECK(session.replace_question() == "ui.replace.");  // what was typed is not dropped unasked
  CHECK(session.agreement().student->given_names == "Zoë");
  session.answer_replace_question(true);
  std::string file = test::read_file(test::source_path("assets/samples/semester-two-terms.json"));
  CHECK(session.document_json() == write_agreement(test::read_valid(file)));
}

TEST_CASE("samples that cannot be loaded leave the agreement and say why; the next choice tries again") {
  MemoryPlatform platform;
  EditorSession session(platform, "");
  session.start(valid_semester_text());
  const std::string before = session.document_json();
  REQUIRE(session.open_sample("blended-bip"));
  REQUIRE(platform.deliver_part(kSampleSetPart, {"", "the server answered HTTP 404 for samples.json"}));
  CHECK_FALSE(has_notice(session, NoticeKind::SamplesLoading));
  CHECK(notice_of(session, NoticeKind::OpenFailed).text ==
        "The samples could not be loaded (the server answered HTTP 404 for samples.json). Your agreement is "
        "unchanged; check the connection and try again.");
  CHECK(session.document_json() == before);
  REQUIRE(session.open_sample("blended-bip"));
  REQUIRE(platform.deliver_part(kSampleSetPart, {"{\"blended-bip\": 1", ""}));  // damaged
  CHECK(notice_of(session, NoticeKind::OpenFailed).text.find("the file that holds them is damaged") != std::string::npos);
  CHECK(session.document_json() == before);
  REQUIRE(session.open_sample("blended-bip"));
  REQUIRE(platform.deliver_sample_set());
  CHECK(session.agreement().mobility_type == "blended");
}

TEST_CASE("letters whose glyphs cannot be loaded are explained with a way to try again") {
  MemoryPlatform platform;
  EditorSession session(platform, "");
  session.start(valid_semester_text());
  session.glyphs_failed("no connection: Failed to fetch for ui_font_more.ttf");
  const Notice& notice = notice_of(session, NoticeKind::GlyphsFailed);
  CHECK(notice.action == NoticeAction::RetryGlyphs);
  CHECK(notice.text.find("could not be loaded (no connection: Failed to fetch for ui_font_more.ttf)") != std::string::npos);
  session.retry_glyphs();
  CHECK(platform.glyph_retries == 1);
  CHECK_FALSE(has_notice(session, NoticeKind::GlyphsFailed));
  session.glyphs_failed("the server answered HTTP 503 for ui_font_more.ttf");
  session.glyphs_arrived();
  CHECK_FALSE(has_notice(session, NoticeKind::GlyphsFailed));
}

TEST_CASE("export downloads the canonical file named after the student and the date") {
  MemoryPlatform platform;
  EditorSession session(platform, "");
  session.start(valid_semester_text());
  session.edit_text("/student/email", "l.zolc@utwente.example");
  CHECK(session.has_unexported_changes());
  session.export_agreement();
  REQUIRE(platform.downloads.size() == 1);
  CHECK(platform.downloads[0].name == "learning-agreement-Żółć-Łukasz-2026-11-23.json");
  CHECK(platform.downloads[0].mime == "application/json");
  CHECK(platform.downloads[0].bytes == session.document_json());
  CHECK_FALSE(session.has_unexported_changes());
  CHECK(notice_of(session, NoticeKind::Exported).tone == NoticeTone::Success);
}

TEST_CASE("a draft that holds just what was exported comes back as exported") {
  MemoryPlatform platform;
  {
    EditorSession first(platform, "draft");
    first.start(valid_semester_text());
    first.edit_text("/student/email", "l.zolc@utwente.example");
    first.export_agreement();
    first.page_hidden();  // the tab is closed
  }
  EditorSession second(platform, "draft");
  second.start();
  CHECK(second.agreement().student->email == "l.zolc@utwente.example");
  CHECK_FALSE(second.has_unexported_changes());  // no "Changes not exported", no leave-page prompt
  second.edit_text("/student/email", "lukasz@utwente.example");
  CHECK(second.has_unexported_changes());
  second.page_hidden();
  EditorSession third(platform, "draft");
  third.start();
  CHECK(third.has_unexported_changes());  // changed after the export
  third.discard_draft();
  third.answer_replace_question(true);
  CHECK(platform.memory.items.empty());
}

TEST_CASE("a page that takes the export gets the file and no download follows") {
  MemoryPlatform platform;
  platform.takes_exports = true;
  EditorSession session(platform, "");
  session.start();
  session.export_agreement();
  CHECK(platform.downloads.empty());
  REQUIRE(platform.offered_exports.size() == 1);
  CHECK(platform.offered_exports[0] == "learning-agreement-2026-11-23.json");
  const Notice& notice = notice_of(session, NoticeKind::Exported);
  CHECK(notice.tone == NoticeTone::Warning);  // errors remain
  CHECK(notice.text.find("handed to this page") != std::string::npos);  // not a file to submit
  CHECK(notice.text.find(".json") == std::string::npos);
}

TEST_CASE("the page hears of each changed revision once, and not of what it set itself") {
  MemoryPlatform platform;
  platform.listens_to_changes = true;
  EditorSession session(platform, "");
  session.start();
  session.after_frame();
  CHECK(platform.changes.empty());
  session.edit_text("/student/email", "a@b.eu");
  session.edit_text("/student/email", "a@b.euro");
  session.after_frame();
  session.after_frame();
  REQUIRE(platform.changes.size() == 1);
  CHECK(platform.changes[0] == session.document_json());
  session.set_document_json(valid_semester_text());
  session.after_frame();
  CHECK(platform.changes.size() == 1);
}

TEST_CASE_FIXTURE(test::StartedEditor, "set_document_json reports findings, or the error with its place, keeping the agreement") {
  nlohmann::json ok = nlohmann::json::parse(session.set_document_json(valid_semester_text()));
  CHECK(ok["ok"] == true);
  CHECK(ok["findings"].is_array());
  CHECK(ok["findings"].empty());

  nlohmann::json bad = nlohmann::json::parse(session.set_document_json("{\"formatVersion\": 1,\n \"student\": }"));
  CHECK(bad["ok"] == false);
  CHECK(bad["error"]["line"] == 2);
  CHECK(bad["error"]["column"].is_number());
  CHECK(bad["error"]["message"].get<std::string>().find("not a JSON file") != std::string::npos);
  nlohmann::json typed = nlohmann::json::parse(session.set_document_json("{\"formatVersion\": 1, \"endDate\": 5}"));
  CHECK(typed["error"]["path"] == "/endDate");
  CHECK(typed["error"]["message"] == "The field “Mobility · End” should be text, but it is a number.");
  CHECK_FALSE(typed["error"].contains("line"));
  CHECK(session.agreement().student->family_name == "Żółć");
}

TEST_CASE("a read-only editor takes no edits but shows what the page sets") {
  MemoryPlatform platform;
  EditorSession session(platform, "draft");
  session.start(valid_semester_text());
  session.set_read_only(true);
  session.edit_text("/student/email", "x@y.eu");
  CHECK(session.add_row("/firstVersion/componentsStudied") == std::nullopt);
  CHECK_FALSE(session.open_sample("blended-bip"));
  CHECK(session.agreement().student->email == test::example("valid-semester").student->email);
  CHECK_FALSE(session.has_unexported_changes());
  CHECK(nlohmann::json::parse(session.set_document_json(write_agreement(test::example("valid-blended"))))["ok"] == true);
  session.page_hidden();
  CHECK(platform.memory.items.empty());  // a read-only view keeps no drafts
}

TEST_CASE("the status says there are no errors and that nobody has signed, or counts errors and warnings") {
  MemoryPlatform platform;
  EditorSession session(platform, "");
  session.start(valid_semester_text());
  CHECK(session.status_text() == "No errors · not signed yet");
  session.open_sample("semester-typical-mistakes");
  REQUIRE(platform.deliver_sample_set());
  CHECK(session.status_text() == "2 errors, 5 warnings");
  session.after_frame();
  CHECK(platform.announcements.back() == "2 errors, 5 warnings");
}

TEST_CASE_FIXTURE(test::StartedEditor, "an unknown language falls back to English") {
  session.set_language("xx");
  CHECK(session.status_text().find("fields to fill in") != std::string::npos);
}

#ifdef LA_HAS_LA_CHECK
// The contract: the editor's findings are la-check's, in order and words, for every sample.
TEST_CASE_FIXTURE(test::StartedEditor, "the editor's findings are la-check's findings for every sample") {
  for (const Sample& sample : samples()) {
    CAPTURE(sample.id);
    REQUIRE(session.open_sample(sample.id));
    platform.deliver_sample_set();  // (asked for by the first sample only)
    std::istringstream input;
    std::ostringstream output, diagnostics;
    std::string path = test::source_path("assets/samples/" + std::string(sample.id) + ".json");
    run_la_check({"--json", path}, input, output, diagnostics);
    nlohmann::json expected = nlohmann::json::parse(output.str())["files"][0]["findings"];
    CHECK(nlohmann::json::parse(session.findings_json()) == expected);
  }
}
#endif

}  // namespace
}  // namespace la

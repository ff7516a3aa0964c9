// One draft, one tab: the same agreement open in two tabs never has one overwrite the other's draft.
#include <doctest/doctest.h>

#include "memory_platform.hpp"
#include "session_notices.hpp"
#include "ui/editor_session.hpp"

namespace la {
namespace {

using test::MemoryPlatform;
using test::has_notice;
using test::notice_of;

// Types into a session and lets its autosave run.
void type_and_save(MemoryPlatform& platform, EditorSession& session, const char* pointer, const char* text) {
  session.edit_text(pointer, text);
  session.after_frame();
  platform.clock_ms += EditorSession::kAutosaveDelayMs + 1;
  session.after_frame();
}

TEST_CASE("a second tab shows the draft, takes no edits and saves nothing until the student goes on there") {
  MemoryPlatform platform;
  EditorSession first(platform, "draft");
  first.start();
  type_and_save(platform, first, "/student/givenNames", "Łukasz");

  EditorSession second(platform, "draft");
  second.start();
  second.draft_open_elsewhere(false);
  CHECK(second.agreement().student->given_names == "Łukasz");
  CHECK(second.read_only());
  CHECK_FALSE(has_notice(second, NoticeKind::DraftRestored));
  REQUIRE(has_notice(second, NoticeKind::DraftElsewhere));
  CHECK(notice_of(second, NoticeKind::DraftElsewhere).action == NoticeAction::ContinueHere);
  CHECK_FALSE(second.has_unexported_changes());  // no leave-page prompt: the other tab has the work
  const int saves = platform.memory.saves;
  type_and_save(platform, second, "/student/email", "lukasz@student.example");
  CHECK_FALSE(second.agreement().student->email);
  CHECK(platform.memory.saves == saves);

  // The first tab goes on being edited and saved, untouched by the second.
  type_and_save(platform, first, "/student/birthDate", "2003-04-17");
  CHECK(platform.memory.items.at("draft").find("2003-04-17") != std::string::npos);
}

TEST_CASE("going on in the other tab saves this one's changes first, and takes them along") {
  MemoryPlatform platform;
  EditorSession first(platform, "draft");
  first.start();
  type_and_save(platform, first, "/student/givenNames", "Łukasz");
  EditorSession second(platform, "draft");
  second.start();
  second.draft_open_elsewhere(false);

  first.edit_text("/student/birthDate", "2003-04-17");  // not yet autosaved
  second.continue_here();
  CHECK(platform.drafts_taken == 1);
  first.draft_open_elsewhere(true);  // the other tab's request reached this one
  CHECK(first.read_only());
  CHECK(notice_of(first, NoticeKind::DraftElsewhere).action == NoticeAction::ContinueHere);
  second.draft_handed_over(first.document_json());

  CHECK_FALSE(second.read_only());
  CHECK_FALSE(has_notice(second, NoticeKind::DraftElsewhere));
  CHECK(second.agreement().student->birth_date == "2003-04-17");
  type_and_save(platform, second, "/student/email", "lukasz@student.example");
  CHECK(platform.memory.items.at("draft").find("2003-04-17") != std::string::npos);
  CHECK(platform.memory.items.at("draft").find("lukasz@student.example") != std::string::npos);
  CHECK(second.undo());  // the e-mail
  CHECK(second.undo());  // the draft taken over: back to what this tab showed
  CHECK_FALSE(second.agreement().student->birth_date);
}

TEST_CASE("when the other tab is gone without answering, the saved draft is taken") {
  MemoryPlatform platform;
  EditorSession first(platform, "draft");
  first.start();
  type_and_save(platform, first, "/student/givenNames", "Ana");
  EditorSession second(platform, "draft");
  second.start("{\"formatVersion\": 1}");  // a page's document, not the draft
  second.draft_open_elsewhere(false);
  second.continue_here();
  second.draft_handed_over("");
  CHECK(second.agreement().student->given_names == "Ana");
}

TEST_CASE("a tab that has the draft ignores a hand-over it did not ask for") {
  MemoryPlatform platform;
  EditorSession session(platform, "draft");
  session.start();
  type_and_save(platform, session, "/student/givenNames", "Ana");
  session.draft_handed_over("");
  CHECK_FALSE(session.read_only());
  CHECK(session.agreement().student->given_names == "Ana");
  session.continue_here();
  CHECK(platform.drafts_taken == 0);
}

}  // namespace
}  // namespace la

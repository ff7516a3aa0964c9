// One draft, one tab: the same agreement open in two tabs never has one overwrite the other's draft.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

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

// The same draft key in two tabs: the first started and saved "Łukasz"; the second started
// after it (from the draft, or from a page's document) and was told the draft is elsewhere.
struct TwoTabs {
  MemoryPlatform platform;
  EditorSession first{platform, "draft"};
  EditorSession second{platform, "draft"};
  explicit TwoTabs(std::string_view second_document = {}) {
    first.start();
    type_and_save(platform, first, "/student/givenNames", "Łukasz");
    second.start(second_document);
    second.draft_open_elsewhere(false);
  }
};

TEST_CASE("a second tab shows the draft, takes no edits and saves nothing until the student goes on there") {
  TwoTabs tabs;
  EditorSession& second = tabs.second;
  CHECK(second.agreement().student->given_names == "Łukasz");
  CHECK(second.read_only());
  CHECK_FALSE(has_notice(second, NoticeKind::DraftRestored));
  REQUIRE(has_notice(second, NoticeKind::DraftElsewhere));
  CHECK(notice_of(second, NoticeKind::DraftElsewhere).action == NoticeAction::ContinueHere);
  CHECK_FALSE(second.has_unexported_changes());  // no leave-page prompt: the other tab has the work
  const int saves = tabs.platform.memory.saves;
  type_and_save(tabs.platform, second, "/student/email", "lukasz@student.example");
  CHECK_FALSE(second.agreement().student->email);
  CHECK(tabs.platform.memory.saves == saves);

  // The first tab goes on being edited and saved, untouched by the second.
  type_and_save(tabs.platform, tabs.first, "/student/birthDate", "2003-04-17");
  CHECK(tabs.platform.memory.items.at("draft").find("2003-04-17") != std::string::npos);
}

TEST_CASE("going on in the other tab saves this one's changes first, and takes them along") {
  TwoTabs tabs;
  EditorSession& first = tabs.first;
  EditorSession& second = tabs.second;
  first.edit_text("/student/birthDate", "2003-04-17");  // not yet autosaved
  second.continue_here();
  CHECK(tabs.platform.drafts_taken == 1);
  first.draft_open_elsewhere(true);  // the other tab's request reached this one
  CHECK(first.read_only());
  CHECK(notice_of(first, NoticeKind::DraftElsewhere).action == NoticeAction::ContinueHere);
  second.draft_handed_over(first.document_json());

  CHECK_FALSE(second.read_only());
  CHECK_FALSE(has_notice(second, NoticeKind::DraftElsewhere));
  CHECK(second.agreement().student->birth_date == "2003-04-17");
  type_and_save(tabs.platform, second, "/student/email", "lukasz@student.example");
  const std::string& draft = tabs.platform.memory.items.at("draft");
  CHECK(draft.find("2003-04-17") != std::string::npos);
  CHECK(draft.find("lukasz@student.example") != std::string::npos);
  CHECK(second.undo());  // the e-mail
  CHECK(second.undo());  // the draft taken over: back to what this tab showed
  CHECK_FALSE(second.agreement().student->birth_date);
}

TEST_CASE("when the other tab is gone without answering, the saved draft is taken") {
  TwoTabs tabs("{\"formatVersion\": 1}");  // the second tab began with a page's document
  CHECK_FALSE(tabs.second.agreement().student);
  tabs.second.continue_here();
  tabs.second.draft_handed_over("");
  CHECK(tabs.second.agreement().student->given_names == "Łukasz");
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

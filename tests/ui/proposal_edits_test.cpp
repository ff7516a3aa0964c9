// Changes during the mobility as the editor takes them: each step one undo step, autosaved,
// refused in words where EWP or the agreement's state says no.
#include <doctest/doctest.h>

#include "core/changes_proposal.hpp"
#include "core/json_codec.hpp"
#include "core/signing.hpp"
#include "memory_platform.hpp"
#include "test_files.hpp"
#include "ui/editor_session.hpp"
#include "ui/proposal_edits.hpp"

namespace la {
namespace {

using test::MemoryPlatform;

// The valid semester example as its three parties signed it: its signatures hold.
std::string signed_semester_text() { return write_agreement(test::sealed(test::semester())); }

// An editor with the signed semester agreement open and a proposal of changes started.
struct ProposalOpen {
  MemoryPlatform platform;
  EditorSession session{platform, "draft"};
  ProposalOpen() {
    session.start(signed_semester_text());
    REQUIRE(start_proposal(session).empty());
  }
};

std::vector<std::string> titles(const std::vector<Component>& components) {
  std::vector<std::string> list;
  for (const Component& component : components) list.push_back(component.title.value_or(""));
  return list;
}

std::vector<std::string> table_a(const EditorSession& session) {
  return titles(current_components(session.agreement(), ListKind::Studied, Section::ChangesProposal));
}

// The three parties sign the proposal as it stands, and it becomes the approved changes.
void sign_and_apply(EditorSession& session) {
  session.set_document_json(write_agreement(test::signed_by_all(session.agreement())));
  REQUIRE(apply_proposal(session).empty());
}

// A first round of changes (the fifth course of Table A deleted), signed and applied.
void apply_first_round(EditorSession& session) {
  REQUIRE(delete_in_proposal(session, ListKind::Studied, 4, "language-mismatch", "").empty());
  sign_and_apply(session);
}

Component course(const char* code, const char* title, double ects) {
  Component component;
  component.los_code = code;
  component.title = title;
  component.credits.emplace().push_back(Credit{std::string("ects"), ects, {}});
  return component;
}

TEST_CASE("a proposal opened, a course deleted and one added are three undo steps") {
  ProposalOpen open;
  EditorSession& session = open.session;
  REQUIRE(session.agreement().changes_proposal);
  const std::string opened_id = session.agreement().changes_proposal->id.value_or("");
  CHECK(opened_id.size() == 40);

  REQUIRE(delete_in_proposal(session, ListKind::Studied, 1, "timetable-conflict", "").empty());
  const std::string deleted_id = session.agreement().changes_proposal->id.value_or("");
  CHECK(deleted_id != opened_id);
  REQUIRE(add_to_proposal(session, ListKind::Studied, course("1000-2M11SEM", "Seminar in Networks", 6),
                          "substituting-deleted", "Same topic, other term")
              .empty());
  CHECK(session.agreement().changes_proposal->id != deleted_id);
  const std::vector<std::string> after = table_a(session);
  CHECK(std::find(after.begin(), after.end(), "Big Data Processing and Cluster Computing") == after.end());
  CHECK(after.back() == "Seminar in Networks");
  // The first version, which the three signed, is untouched: its signatures still hold.
  CHECK(changes_refusal(session.agreement()).empty());

  REQUIRE(session.undo());
  CHECK(session.agreement().changes_proposal->id == deleted_id);
  REQUIRE(session.undo());
  CHECK(session.agreement().changes_proposal->id == opened_id);
  CHECK(table_a(session).size() == 5);
  REQUIRE(session.undo());
  CHECK_FALSE(session.agreement().changes_proposal);
  REQUIRE(session.redo());
  CHECK(session.agreement().changes_proposal->id == opened_id);
}

TEST_CASE("the second of two deletions takes the component the student sees at that place") {
  ProposalOpen open;
  EditorSession& session = open.session;
  REQUIRE(delete_in_proposal(session, ListKind::Studied, 0, "not-available", "").empty());
  // The list as it stands now begins with the second course of the first version.
  REQUIRE(delete_in_proposal(session, ListKind::Studied, 0, "", "Moved to the next year").empty());
  CHECK(table_a(session) == std::vector<std::string>{"Advanced Functional Programming", "Polish Language Course A1",
                                                      "Computer Vision"});
}

TEST_CASE("a step the core refuses changes nothing and says why") {
  MemoryPlatform platform;
  EditorSession session(platform, "draft");
  session.start(signed_semester_text());
  CHECK(delete_in_proposal(session, ListKind::Studied, 0, "timetable-conflict", "") == "changes.no-proposal");
  REQUIRE(start_proposal(session).empty());
  const std::uint64_t revision = session.document().revision();
  CHECK(delete_in_proposal(session, ListKind::Studied, 0, "", "") == "changes.reason-missing");
  CHECK(delete_in_proposal(session, ListKind::Studied, 0, "extending-mobility", "") == "changes.reason-not-for-deleting");
  CHECK(add_to_proposal(session, ListKind::Studied, course("X1", "Extra", 3), "not-available", "") ==
        "changes.reason-not-for-inserting");
  CHECK(delete_in_proposal(session, ListKind::Studied, 9, "not-available", "") == "changes.no-such-component");
  CHECK(start_proposal(session) == "changes.proposal-open");
  CHECK(apply_proposal(session) == "changes.proposal-not-signed");
  CHECK(session.document().revision() == revision);
}

TEST_CASE("no proposal opens before the three signed, nor for a blended mobility") {
  MemoryPlatform platform;
  EditorSession unsigned_session(platform, "one");
  unsigned_session.start(write_agreement(test::semester()));  // signed by another tool: no hashes
  CHECK(start_proposal(unsigned_session) == "changes.first-version-not-signed");
  EditorSession blended(platform, "two");
  blended.start(write_agreement(test::signed_by_all(test::example("valid-blended"))));
  CHECK(start_proposal(blended) == "changes.not-for-this-mobility");
  CHECK_FALSE(blended.agreement().changes_proposal);
}

TEST_CASE("a proposal signed by all three is applied, and a second round starts on top of it") {
  ProposalOpen open;
  EditorSession& session = open.session;
  apply_first_round(session);
  CHECK_FALSE(session.void_question_open());
  CHECK_FALSE(session.agreement().changes_proposal);
  REQUIRE(session.agreement().approved_changes);
  CHECK(titles(current_components(session.agreement(), ListKind::Studied, Section::ApprovedChanges)).size() == 4);

  REQUIRE(start_proposal(session).empty());
  REQUIRE(add_to_proposal(session, ListKind::Recognized, course("201500020", "Cloud Computing", 5), "extending-mobility", "")
              .empty());
  CHECK(table_a(session).size() == 4);  // the approved deletion stands
  CHECK(titles(current_components(session.agreement(), ListKind::Recognized, Section::ChangesProposal)).back() ==
        "Cloud Computing");

  REQUIRE(session.undo());
  REQUIRE(session.undo());  // the second proposal opened
  CHECK_FALSE(session.agreement().changes_proposal);
  REQUIRE(session.undo());  // applied
  CHECK(session.agreement().changes_proposal);
  CHECK_FALSE(session.agreement().approved_changes);
}

TEST_CASE("a second round applied over the first asks nothing, and its three signatures hold") {
  ProposalOpen open;
  EditorSession& session = open.session;
  apply_first_round(session);
  REQUIRE(start_proposal(session).empty());
  REQUIRE(add_to_proposal(session, ListKind::Recognized, course("201500020", "Cloud Computing", 5), "extending-mobility", "")
              .empty());

  sign_and_apply(session);
  CHECK_FALSE(session.void_question_open());
  CHECK(titles(current_components(session.agreement(), ListKind::Recognized, Section::ApprovedChanges)).back() ==
        "Cloud Computing");
  int holding = 0;
  for (const SignatureStatus& status : signature_statuses(session.agreement())) {
    if (status.slot.section == Section::ApprovedChanges && status.state == SignatureState::Holds) ++holding;
  }
  CHECK(holding == 3);
}

TEST_CASE("editing a proposal after a party signed it asks first, then removes that signature in the same step") {
  ProposalOpen open;
  EditorSession& session = open.session;
  SignOutcome signed_by_student = sign(session.agreement(), Party::Student, student_signer(session.agreement()), 1790000000, 0);
  REQUIRE(signed_by_student.agreement);
  session.set_document_json(write_agreement(*signed_by_student.agreement));
  REQUIRE(session.agreement().changes_proposal->student_signature);
  const std::size_t listed = table_a(session).size();

  REQUIRE(delete_in_proposal(session, ListKind::Studied, 0, "not-available", "").empty());
  REQUIRE(session.void_question_open());  // nothing changed yet
  CHECK(session.agreement().changes_proposal->student_signature);
  CHECK(table_a(session).size() == listed);
  session.answer_void_question(false);
  CHECK(table_a(session).size() == listed);

  REQUIRE(delete_in_proposal(session, ListKind::Studied, 0, "not-available", "").empty());
  session.answer_void_question(true);
  CHECK_FALSE(session.agreement().changes_proposal->student_signature);
  CHECK(table_a(session).size() == listed - 1);
  REQUIRE(session.undo());
  CHECK(session.agreement().changes_proposal->student_signature);
  CHECK(table_a(session).size() == listed);
}

TEST_CASE("withdrawing a proposal is one undo step, and the first version's signatures still hold") {
  ProposalOpen open;
  EditorSession& session = open.session;
  REQUIRE(delete_in_proposal(session, ListKind::Recognized, 0, "not-available", "").empty());
  const std::string id = *session.agreement().changes_proposal->id;
  REQUIRE(withdraw_proposal(session).empty());
  CHECK_FALSE(session.agreement().changes_proposal);
  CHECK(changes_refusal(session.agreement()).empty());
  CHECK(withdraw_proposal(session) == "changes.no-proposal");
  REQUIRE(session.undo());
  CHECK(session.agreement().changes_proposal->id == id);
}

TEST_CASE("a proposal is autosaved and comes back after a reload") {
  MemoryPlatform platform;
  std::string id;
  {
    EditorSession first(platform, "draft");
    first.start(signed_semester_text());
    REQUIRE(start_proposal(first).empty());
    REQUIRE(delete_in_proposal(first, ListKind::Studied, 2, "timetable-conflict", "").empty());
    id = *first.agreement().changes_proposal->id;
    first.after_frame();
    platform.clock_ms += EditorSession::kAutosaveDelayMs + 1;
    first.after_frame();
  }
  EditorSession second(platform, "draft");
  second.start();
  REQUIRE(second.agreement().changes_proposal);
  CHECK(second.agreement().changes_proposal->id == id);
  CHECK(table_a(second).size() == 4);
}

TEST_CASE("a read-only editor takes no step of changes") {
  MemoryPlatform platform;
  EditorSession session(platform, "draft");
  session.start(signed_semester_text());
  session.draft_open_elsewhere(false);  // the two-tab guard
  CHECK(start_proposal(session) == "ui.changes.readOnly");
  CHECK_FALSE(session.agreement().changes_proposal);
}

}  // namespace
}  // namespace la

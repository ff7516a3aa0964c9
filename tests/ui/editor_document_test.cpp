// Undo and redo of the editor, findings kept current, and the "not exported" mark.
#include <doctest/doctest.h>

#include "test_files.hpp"
#include "ui/component_rows.hpp"
#include "ui/editor_document.hpp"

namespace la {
namespace {

void type_into_email(EditorDocument& document, const std::string& text) {
  // What the view does for each keystroke: announce the field, then write it.
  for (std::size_t length = 1; length <= text.size(); ++length) {
    document.will_change("/student/email");
    document.mutable_agreement().student->email = text.substr(0, length);
  }
}

TEST_CASE("typing a word into one field is undone in one step") {
  EditorDocument document(test::example("valid-semester"));
  type_into_email(document, "ab@cd.eu");
  CHECK(document.agreement().student->email == "ab@cd.eu");
  REQUIRE(document.undo());
  CHECK(document.agreement().student->email == "l.zolc@student.utwente.example");
  CHECK_FALSE(document.can_undo());
  REQUIRE(document.redo());
  CHECK(document.agreement().student->email == "ab@cd.eu");
}

TEST_CASE("typing adds characters and deletes at most one, in any script") {
  CHECK(is_typing_edit("", "Ł"));
  CHECK(is_typing_edit("Żół", "Żółć"));
  CHECK(is_typing_edit("Żółć", "Żół"));
  CHECK(is_typing_edit("Ελένη", "Ελλένη"));  // typed in the middle
  CHECK(is_typing_edit("ą", "ę"));           // a dead key's composition replaces one character
  CHECK(is_typing_edit("", "Łukasz"));       // keys faster than frames
  CHECK_FALSE(is_typing_edit("A paragraph", "S"));      // a selection typed over
  CHECK_FALSE(is_typing_edit("Ivan Petrov", "Ivan "));  // a word deleted
}

TEST_CASE("leaving a field and coming back makes separate undo steps") {
  EditorDocument document(test::example("valid-semester"));
  type_into_email(document, "a@b.eu");
  document.end_edit_burst();
  type_into_email(document, "c@d.eu");
  document.undo();
  CHECK(document.agreement().student->email == "a@b.eu");
}

TEST_CASE("a row deletion is undone and redone") {
  EditorDocument document(test::example("valid-semester"));
  document.will_change("/firstVersion/componentsStudied");
  delete_row(*document.mutable_agreement().first_version->components_studied, 1);
  CHECK(document.agreement().first_version->components_studied->size() == 4);
  document.undo();
  REQUIRE(document.agreement().first_version->components_studied->size() == 5);
  CHECK(document.agreement().first_version->components_studied->at(1).title == "Big Data Processing and Cluster Computing");
  document.redo();
  CHECK(document.agreement().first_version->components_studied->size() == 4);
}

TEST_CASE("a new edit after undo drops the redo steps") {
  EditorDocument document(test::example("valid-semester"));
  type_into_email(document, "a@b.eu");
  document.undo();
  document.will_change("/student/familyName");
  document.mutable_agreement().student->family_name = "Zolc";
  CHECK_FALSE(document.can_redo());
}

TEST_CASE("the findings follow every edit, undo and redo") {
  EditorDocument document(test::example("valid-semester"));
  CHECK(document.findings().empty());
  type_into_email(document, "not an e-mail");
  CHECK(test::fires(document.findings(), "LA-104"));
  document.undo();
  CHECK(document.findings().empty());
  document.redo();
  CHECK(test::fires(document.findings(), "LA-104"));
}

TEST_CASE("undo history is bounded") {
  EditorDocument document(test::example("valid-doctoral"));
  for (std::size_t i = 0; i < EditorDocument::kMaxUndoSteps + 50; ++i) {
    document.will_change("");
    document.mutable_agreement().omobility_id = std::to_string(i);
  }
  std::size_t steps = 0;
  while (document.undo()) ++steps;
  CHECK(steps == EditorDocument::kMaxUndoSteps);
}

TEST_CASE("changes are unexported until export, and undoing back to the export clears the mark") {
  EditorDocument document(test::example("valid-semester"));
  CHECK_FALSE(document.has_unexported_changes());
  type_into_email(document, "a@b.eu");
  CHECK(document.has_unexported_changes());
  document.mark_exported();
  CHECK_FALSE(document.has_unexported_changes());
  document.end_edit_burst();
  type_into_email(document, "c@d.eu");
  CHECK(document.has_unexported_changes());
  document.undo();
  CHECK_FALSE(document.has_unexported_changes());
  document.mark_unexported();
  CHECK(document.has_unexported_changes());
}

TEST_CASE("replacing the whole agreement is one undoable step") {
  EditorDocument document(test::example("valid-semester"));
  document.replace(test::example("valid-blended"));
  CHECK(document.agreement().mobility_type == "blended");
  document.undo();
  CHECK(document.agreement().mobility_type == "semester");
}

}  // namespace
}  // namespace la

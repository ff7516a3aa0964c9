// Fields not filled in yet show as a to-do list until the student leaves them or asks to export.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/checker.hpp"
#include "memory_platform.hpp"
#include "test_files.hpp"
#include "ui/editor_session.hpp"
#include "ui/fields_to_fill.hpp"
#include "ui/new_agreement.hpp"

namespace la {
namespace {

TEST_CASE("a widget is empty while its field, list or term holds nothing") {
  Agreement fresh = new_agreement(MobilityType::Semester);
  CHECK(widget_is_empty(fresh, "/student/givenNames"));
  CHECK(widget_is_empty(fresh, "/firstVersion/componentsStudied"));
  CHECK_FALSE(widget_is_empty(fresh, "#student"));
  const Agreement valid = test::example("valid-semester");
  CHECK_FALSE(widget_is_empty(valid, "/student/givenNames"));
  CHECK_FALSE(widget_is_empty(valid, "/firstVersion/componentsStudied"));
  CHECK_FALSE(widget_is_empty(valid, "/firstVersion/componentsStudied/0/credits/0/value"));
  CHECK_FALSE(widget_is_empty(valid, "/firstVersion/componentsStudied#total"));
}

TEST_CASE("a new agreement's missing fields are to fill in until left, each then an error") {
  test::MemoryPlatform platform;
  EditorSession session(platform, "");
  session.start();
  EditorStatus status = session.status();
  REQUIRE(status.errors > 10);
  CHECK(status.to_fill_errors == status.errors);  // nothing is wrong yet, only empty
  CHECK(status.fields_to_fill > 10);
  CHECK(session.status_text().rfind(std::to_string(status.fields_to_fill) + " fields to fill in", 0) == 0);
  CHECK(session.status_text().find("error") == std::string::npos);

  session.widget_left("/student/givenNames");
  status = session.status();
  CHECK(status.errors - status.to_fill_errors == 1);
  CHECK(session.status_text().find(", 1 error") != std::string::npos);
  const FillFlags& to_fill = session.to_fill();
  for (std::size_t i = 0; i < to_fill.size(); ++i) {
    if (session.marks().targets[i].field == "/student/givenNames") CHECK_FALSE(to_fill[i]);
  }

  session.show_all_findings();  // the student asked to export
  status = session.status();
  CHECK(status.to_fill_errors == 0);
  CHECK(status.fields_to_fill == 0);
  CHECK(session.status_text().rfind(std::to_string(status.errors) + " errors", 0) == 0);

  session.new_agreement(MobilityType::Blended);  // a new form is a to-do list again
  CHECK(session.status().to_fill_errors == session.status().errors);
}

TEST_CASE("what is wrong in a filled field is an error at once, and opened files show all") {
  test::MemoryPlatform platform;
  EditorSession session(platform, "");
  session.start();
  session.edit_text("/student/email", "not an e-mail");
  const FillFlags& to_fill = session.to_fill();
  const Findings& findings = session.findings();
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (findings[i].pointer == "/student/email") CHECK_FALSE(to_fill[i]);
  }
  CHECK(session.status_text().find("1 error") != std::string::npos);

  session.open_sample("semester-typical-mistakes");
  REQUIRE(platform.deliver_sample_set());
  session.answer_replace_question(true);  // the typed e-mail was not exported
  REQUIRE(session.status().errors > 0);
  CHECK(session.status().to_fill_errors == 0);
}

}  // namespace
}  // namespace la

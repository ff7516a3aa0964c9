// Rules on changes (LA-8xx), each from a valid example with the smallest change.

#include "rules_test.hpp"

namespace la {
namespace {

Component first_version_course(const Agreement& agreement, std::size_t index) {
  return (*agreement.first_version->components_studied)[index];
}

Component change(Component component, const char* status, const char* reason_code) {
  component.status = status;
  component.reason_code = reason_code;
  return component;
}

Component new_course() {
  Component course = first_version_course(semester(), 0);
  course.los_code = "1000-2M11NLP";
  course.title = "Natural Language Processing";
  return course;
}

// The semester example with a changes proposal of these Table A changes.
Agreement proposing(std::vector<Component> changes) {
  Agreement agreement = semester();
  ChangesProposal& proposal = agreement.changes_proposal.emplace();
  proposal.id = "cp-2026-10-04";
  proposal.components_studied = std::move(changes);
  return agreement;
}

// The semester example with these approved Table A changes.
Agreement approving(std::vector<Component> changes) {
  Agreement agreement = semester();
  agreement.approved_changes.emplace().components_studied = std::move(changes);
  return agreement;
}

TEST_CASE("a course replaced by another, with reasons, is a clean change") {
  Agreement agreement = semester();
  CHECK(findings_of(proposing({change(first_version_course(agreement, 2), "deleted", "timetable-conflict"),
                               change(new_course(), "inserted", "substituting-deleted")})) == Lines{});
}

TEST_CASE("LA-801: approved changes without a first version") {
  Agreement agreement = approving({change(new_course(), "inserted", "extending-mobility")});
  agreement.first_version.reset();
  CHECK(pointers_of(agreement, "LA-801") == Lines{"/approvedChanges"});
}

TEST_CASE("LA-801: a changes proposal without a first version proposes the first version (X)") {
  CHECK(findings_of(test::first_version_proposed(semester(), "cp-1")) == Lines{});
}

TEST_CASE("LA-802: an approved change without status (scenario 26)") {
  Component course = new_course();
  course.reason_text = "Recommended by the coordinator";
  CHECK(findings_of(approving({course})) == Lines{"LA-802 /approvedChanges/componentsStudied/0/status"});
  course.status = "added";
  CHECK(findings_of(approving({course})) == Lines{"LA-802 /approvedChanges/componentsStudied/0/status"});
}

TEST_CASE("LA-802: a proposed first version's components carry no status, and need none") {
  CHECK_FALSE(test::fires(test::checked(test::first_version_proposed(semester(), "cp-1")), "LA-802"));
}

TEST_CASE("LA-803: a change without any reason") {
  Findings findings = test::checked(proposing({change(new_course(), "inserted", "")}));
  CHECK(test::described(findings) == Lines{"LA-803 /changesProposal/componentsStudied/0"});
  CHECK(findings.at(0).severity() == Severity::Warning);
}

TEST_CASE("LA-803: a reason in words is a reason") {
  Component course = new_course();
  course.status = "inserted";
  course.reason_text = "Replaces the thesis seminar";
  CHECK(findings_of(proposing({course})) == Lines{});
}

TEST_CASE("LA-804: inserting a course with a delete-only reason (scenario 25)") {
  Findings findings = test::checked(proposing({change(new_course(), "inserted", "not-available")}));
  CHECK(test::described(findings) == Lines{"LA-804 /changesProposal/componentsStudied/0/reasonCode"});
  CHECK(findings.at(0).args == MessageArgs{{"code", "not-available"}, {"status", "inserted"}});
  Agreement agreement = semester();
  CHECK(findings_of(approving({change(first_version_course(agreement, 1), "deleted", "extending-mobility")})) ==
        Lines{"LA-804 /approvedChanges/componentsStudied/0/reasonCode"});
}

TEST_CASE("LA-804: a reason that fits the status") {
  Agreement agreement = semester();
  CHECK(findings_of(approving({change(first_version_course(agreement, 1), "deleted", "language-mismatch")})) ==
        Lines{});
}

TEST_CASE("LA-805: deleting a course that was never in the agreement (scenario 24)") {
  CHECK(findings_of(proposing({change(new_course(), "deleted", "not-available")})) ==
        Lines{"LA-805 /changesProposal/componentsStudied/0"});
}

TEST_CASE("LA-805: a deleted component is looked for in the same table") {
  Agreement agreement = semester();
  Component recognized = (*agreement.first_version->components_recognized)[0];
  agreement.approved_changes.emplace().components_studied =
      std::vector<Component>{change(recognized, "deleted", "not-available")};
  CHECK(findings_of(agreement) == Lines{"LA-805 /approvedChanges/componentsStudied/0"});
}

TEST_CASE("LA-805: a deleted component matches by code, else by LOS id, else by title") {
  Agreement agreement = semester();
  Component by_code = change(first_version_course(agreement, 0), "deleted", "not-available");
  by_code.title = "Advanced Logic (renamed)";
  Component by_title = change(first_version_course(agreement, 3), "deleted", "timetable-conflict");
  by_title.title = "  Polish Language Course A1";
  CHECK(findings_of(approving({by_code, by_title})) == Lines{});

  Agreement with_ids = semester();
  (*with_ids.first_version->components_studied)[1].los_id = "CR/77";
  Component by_id = change(first_version_course(with_ids, 1), "deleted", "not-available");
  by_id.los_code.reset();
  by_id.title = "Big Data";
  with_ids.approved_changes.emplace().components_studied = std::vector<Component>{by_id};
  CHECK(findings_of(with_ids) == Lines{});
  (*with_ids.approved_changes->components_studied)[0].los_id = "CR/78";
  CHECK(findings_of(with_ids) == Lines{"LA-805 /approvedChanges/componentsStudied/0"});
}

TEST_CASE("LA-805: a proposal may delete what the approved changes inserted") {
  Agreement agreement = proposing({change(new_course(), "deleted", "timetable-conflict")});
  agreement.approved_changes.emplace().components_studied =
      std::vector<Component>{change(new_course(), "inserted", "extending-mobility")};
  CHECK(findings_of(agreement) == Lines{});
}

TEST_CASE("LA-806: an unknown reason code is a warning") {
  Component course = change(new_course(), "inserted", "because");
  course.reason_text = "The seminar was full";
  Findings findings = test::checked(proposing({course}));
  // LA-809 (ours) adds that an EWP system refuses the code, as X's list is closed.
  CHECK(test::described(findings) == Lines{"LA-806 /changesProposal/componentsStudied/0/reasonCode",
                                           "LA-809 /changesProposal/componentsStudied/0/reasonCode"});
  CHECK(findings.at(0).args == MessageArgs{{"code", "because"}});
  CHECK(findings.at(0).severity() == Severity::Warning);
}

TEST_CASE("LA-803: an unknown reason code counts as none (LA-806), so without a text there is no reason") {
  CHECK(findings_of(proposing({change(new_course(), "inserted", "because")})) ==
        Lines{"LA-803 /changesProposal/componentsStudied/0", "LA-806 /changesProposal/componentsStudied/0/reasonCode",
              "LA-809 /changesProposal/componentsStudied/0/reasonCode"});
}

TEST_CASE("LA-807: a changes proposal without id") {
  Agreement agreement = proposing({change(new_course(), "inserted", "extending-mobility")});
  agreement.changes_proposal->id = " ";
  CHECK(findings_of(agreement) == Lines{"LA-807 /changesProposal/id"});
}

TEST_CASE("LA-807: a proposal of the first version needs an id too") {
  CHECK(findings_of(test::first_version_proposed(semester(), "")) == Lines{"LA-807 /changesProposal/id"});
}

}  // namespace
}  // namespace la

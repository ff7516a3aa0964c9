// Changes during the mobility: who may propose, deletions and insertions with EWP reasons, the
// difference shown, the proposal's id, applying a signed proposal and a second round on top.
#include <doctest/doctest.h>

#include "core/changes_proposal.hpp"
#include "core/checker.hpp"
#include "core/json_codec.hpp"
#include "core/signing.hpp"
#include "test_files.hpp"

namespace la {
namespace {

constexpr long long kDuringMobility = 1792224000;  // 2026-10-17T08:00:00Z

Agreement agreed_semester() { return test::sealed(test::semester()); }

Agreement done(const ChangeOutcome& outcome) {
  REQUIRE_MESSAGE(outcome.agreement.has_value(), outcome.error);
  return *outcome.agreement;
}

Agreement signed_by_all(Agreement agreement) { return test::signed_by_all(std::move(agreement), kDuringMobility); }

std::vector<std::string> titles(const std::vector<Component>& components) {
  std::vector<std::string> list;
  for (const Component& component : components) list.push_back(component.title.value_or(""));
  return list;
}

Component course(const char* code, const char* title, double credits) {
  Component component;
  component.los_code = code;
  component.title = title;
  component.credits.emplace().push_back({std::string("ects"), credits, {}});
  return component;
}

TEST_CASE("changes are proposed only to a first version signed by all, and never for blended or doctoral") {
  CHECK(changes_refusal(test::semester()) == "changes.first-version-not-signed");  // signed without hashes
  Agreement unsigned_agreement = test::semester();
  unsigned_agreement.first_version->receiving_hei_signature.reset();
  CHECK(changes_refusal(test::sealed(unsigned_agreement)) == "changes.first-version-not-signed");
  CHECK(changes_refusal(agreed_semester()).empty());
  CHECK(changes_refusal(signed_by_all(test::example("valid-blended"))) == "changes.not-for-this-mobility");
  CHECK(changes_refusal(signed_by_all(test::example("valid-doctoral"))) == "changes.not-for-this-mobility");
  CHECK(start_changes_proposal(signed_by_all(test::example("valid-doctoral"))).error == "changes.not-for-this-mobility");
  Agreement without = test::semester();
  without.first_version.reset();
  CHECK(changes_refusal(without) == "changes.no-first-version");
}

TEST_CASE("a deletion needs an EWP reason for deleting, an insertion one for inserting") {
  Agreement proposed = done(start_changes_proposal(agreed_semester()));
  CHECK(propose_deletion(proposed, ListKind::Studied, 0, "", "").error == "changes.reason-missing");
  CHECK(propose_deletion(proposed, ListKind::Studied, 0, "substituting-deleted", "").error ==
        "changes.reason-not-for-deleting");
  CHECK(propose_deletion(proposed, ListKind::Studied, 99, "not-available", "").error == "changes.no-such-component");
  CHECK(propose_insertion(proposed, ListKind::Studied, course("X1", "New", 5), "timetable-conflict", "").error ==
        "changes.reason-not-for-inserting");
  CHECK(propose_deletion(proposed, ListKind::Studied, 0, "", "The course was cancelled").agreement.has_value());
}

TEST_CASE("a proposal lists deleted and inserted components and shows the difference with totals") {
  Agreement agreement = agreed_semester();
  const std::vector<Component> before = current_components(agreement, ListKind::Studied, Section::FirstVersion);
  Agreement proposed = done(start_changes_proposal(agreement));
  proposed = done(propose_deletion(proposed, ListKind::Studied, 1, "timetable-conflict", ""));
  proposed = done(propose_insertion(proposed, ListKind::Studied, course("NEW-1", "Łódź urban studies", 6),
                                    "substituting-deleted", ""));
  const Component& deleted = proposed.changes_proposal->components_studied->at(0);
  CHECK(*deleted.status == "deleted");
  CHECK(*deleted.reason_code == "timetable-conflict");
  CHECK(*deleted.title == *before[1].title);
  CHECK(*proposed.changes_proposal->components_studied->at(1).status == "inserted");

  std::vector<std::string> expected = titles(before);
  expected.erase(expected.begin() + 1);
  expected.push_back("Łódź urban studies");
  CHECK(titles(current_components(proposed, ListKind::Studied, Section::ChangesProposal)) == expected);

  std::vector<ListDiff> diff = proposal_diff(proposed);
  REQUIRE(!diff.empty());
  CHECK(diff[0].kind == ListKind::Studied);
  CHECK(diff[0].rows[1].change == RowChange::Deleted);
  CHECK(diff[0].rows.back().change == RowChange::Added);
  CHECK(diff[0].total_before == 30);
  CHECK(diff[0].total_after == 30 - before[1].credits->at(0).value.value_or(0) + 6);
  CHECK(count_errors(check_agreement(proposed)) == 0);
}

TEST_CASE("the proposal id is stable and changes exactly when the proposal's content changes") {
  Agreement proposed = done(start_changes_proposal(agreed_semester()));
  proposed = done(propose_deletion(proposed, ListKind::Studied, 0, "not-available", ""));
  const std::string id = *proposed.changes_proposal->id;
  CHECK(id.size() == 40);
  CHECK(id.find_first_not_of("0123456789ABCDEF") == std::string::npos);
  CHECK(proposal_id(*proposed.changes_proposal) == id);
  Agreement reread = test::read_valid(write_agreement(proposed));  // the same after a save and a reload
  CHECK(proposal_id(*reread.changes_proposal) == id);
  Agreement signed_proposal = signed_by_all(proposed);  // signatures are not content
  CHECK(proposal_id(*signed_proposal.changes_proposal) == id);
  proposed.changes_proposal->components_studied->at(0).reason_code = "language-mismatch";
  CHECK(proposal_id(*proposed.changes_proposal) != id);
  Agreement other = done(propose_insertion(reread, ListKind::Studied, course("N", "New", 5), "substituting-deleted", ""));
  CHECK(*other.changes_proposal->id != id);
}

TEST_CASE("a fully signed proposal becomes the approved changes, and a second round builds on it") {
  Agreement agreement = agreed_semester();
  const std::vector<Component> first = current_components(agreement, ListKind::Studied, Section::FirstVersion);
  Agreement round1 = done(start_changes_proposal(agreement));
  round1 = done(propose_deletion(round1, ListKind::Studied, 0, "not-available", ""));
  round1 = done(propose_insertion(round1, ListKind::Studied, course("R1", "Round one course", 5), "substituting-deleted", ""));
  CHECK(apply_changes_proposal(round1).error == "changes.proposal-not-signed");
  round1 = signed_by_all(round1);

  Agreement approved = done(apply_changes_proposal(round1));
  CHECK_FALSE(approved.changes_proposal.has_value());
  REQUIRE(approved.approved_changes.has_value());
  CHECK(approved.approved_changes->components_studied->size() == 2);
  CHECK(*approved.approved_changes->student_signature->timestamp == "2026-10-17T09:00:00+01:00");
  for (const SignatureStatus& status : signature_statuses(approved)) CHECK(status.state == SignatureState::Holds);
  CHECK(count_errors(check_agreement(approved)) == 0);

  // Round two starts from the approved changes and takes back the course round one inserted.
  Agreement round2 = done(start_changes_proposal(approved));
  CHECK(round2.changes_proposal->components_studied->size() == 2);
  CHECK_FALSE(round2.changes_proposal->student_signature.has_value());
  const std::vector<Component> now = current_components(round2, ListKind::Studied, Section::ChangesProposal);
  REQUIRE(*now.back().title == "Round one course");
  round2 = done(propose_deletion(round2, ListKind::Studied, now.size() - 1, "timetable-conflict", ""));
  round2 = done(propose_insertion(round2, ListKind::Studied, course("R2", "Round two course", 5), "substituting-deleted", ""));
  CHECK(titles(*round2.changes_proposal->components_studied) ==
        std::vector<std::string>{*first[0].title, "Round two course"});
  round2 = signed_by_all(round2);
  Agreement approved2 = done(apply_changes_proposal(round2));
  CHECK(titles(current_components(approved2, ListKind::Studied, Section::ApprovedChanges)).back() == "Round two course");
  for (const SignatureStatus& status : signature_statuses(approved2)) CHECK(status.state == SignatureState::Holds);
  CHECK(count_errors(check_agreement(approved2)) == 0);
}

}  // namespace
}  // namespace la

// The signed agreements the editor's end-to-end tests start from (tests/fixtures/agreements/
// signed-*.json): the valid examples as their three parties signed them with the core's sign(),
// so that no test carries a hand-written hash. LA_WRITE_FIXTURES=1 writes them anew (a new
// signerApp version changes them); review reads the diff.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>

#include "core/changes_proposal.hpp"
#include "core/json_codec.hpp"
#include "core/signing.hpp"
#include "test_files.hpp"

namespace la {
namespace {

Agreement done(const ChangeOutcome& outcome) {
  REQUIRE_MESSAGE(outcome.agreement.has_value(), outcome.error);
  return *outcome.agreement;
}

// The signed semester example with a proposal (a course deleted, one added) that the three
// parties signed too: ready to be applied.
Agreement with_signed_proposal(Agreement agreement) {
  agreement = done(start_changes_proposal(agreement));
  agreement = done(propose_deletion(agreement, ListKind::Studied, 1, "timetable-conflict", ""));
  Component seminar;
  seminar.los_code = "1000-2M11SEM";
  seminar.title = "Seminar in Computer Networks";
  seminar.credits.emplace().push_back({std::string("ects"), 5.0, {}});
  agreement = done(propose_insertion(agreement, ListKind::Studied, seminar, "substituting-deleted", ""));
  return test::signed_by_all(std::move(agreement), 1794902400);  // 2026-11-17T08:00:00Z
}

void check_fixture(const Agreement& agreement, const std::string& fixture) {
  const std::string text = write_agreement(agreement);
  const std::string path = test::fixture_path("agreements/" + fixture + ".json");
  if (std::getenv("LA_WRITE_FIXTURES")) std::ofstream(path, std::ios::binary) << text;
  CAPTURE(path);
  CHECK_MESSAGE(test::read_file(path) == text, "LA_WRITE_FIXTURES=1 writes it anew");
}

TEST_CASE("the signed fixtures are the valid examples as their three parties signed them") {
  const Agreement semester = test::signed_by_all(test::example("valid-semester"));
  check_fixture(semester, "signed-semester");
  check_fixture(test::signed_by_all(test::example("valid-blended")), "signed-blended");
  check_fixture(with_signed_proposal(semester), "signed-semester-proposal");
}

TEST_CASE("every signature of the signed fixtures holds: the semester one takes changes, its proposal applies") {
  const Agreement semester = test::read_valid(test::read_file(test::fixture_path("agreements/signed-semester.json")));
  const Agreement blended = test::read_valid(test::read_file(test::fixture_path("agreements/signed-blended.json")));
  const Agreement proposal =
      test::read_valid(test::read_file(test::fixture_path("agreements/signed-semester-proposal.json")));
  for (const Agreement* agreement : {&semester, &blended, &proposal}) {
    for (const SignatureStatus& status : signature_statuses(*agreement)) CHECK(status.state == SignatureState::Holds);
  }
  CHECK(changes_refusal(semester).empty());
  CHECK(changes_refusal(blended) == "changes.not-for-this-mobility");
  CHECK(apply_changes_proposal(proposal).agreement);
}

}  // namespace
}  // namespace la

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

void check_fixture(const std::string& example, const std::string& fixture) {
  const std::string text = write_agreement(test::signed_by_all(test::example(example)));
  const std::string path = test::fixture_path("agreements/" + fixture + ".json");
  if (std::getenv("LA_WRITE_FIXTURES")) std::ofstream(path, std::ios::binary) << text;
  CAPTURE(path);
  CHECK_MESSAGE(test::read_file(path) == text, "LA_WRITE_FIXTURES=1 writes it anew");
}

TEST_CASE("the signed fixtures are the valid examples as their three parties signed them") {
  check_fixture("valid-semester", "signed-semester");
  check_fixture("valid-blended", "signed-blended");
}

TEST_CASE("every signature of the signed fixtures holds, and only the semester one takes changes") {
  const Agreement semester = test::read_valid(test::read_file(test::fixture_path("agreements/signed-semester.json")));
  const Agreement blended = test::read_valid(test::read_file(test::fixture_path("agreements/signed-blended.json")));
  for (const Agreement* agreement : {&semester, &blended}) {
    for (const SignatureStatus& status : signature_statuses(*agreement)) CHECK(status.state == SignatureState::Holds);
  }
  CHECK(changes_refusal(semester).empty());
  CHECK(changes_refusal(blended) == "changes.not-for-this-mobility");
}

}  // namespace
}  // namespace la

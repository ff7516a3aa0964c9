// What a signature binds: the agreement without signatures and without later sections.
#include <doctest/doctest.h>

#include "core/content_hash.hpp"
#include "test_files.hpp"

namespace la {
namespace {

TEST_CASE("a content hash is sha256: and 64 hexadecimal digits") {
  std::string hash = content_hash(test::example("valid-semester"), Section::FirstVersion);
  CHECK(hash.rfind("sha256:", 0) == 0);
  CHECK(hash.size() == 7 + 64);
}

TEST_CASE("signing does not change what the other parties signed") {
  Agreement agreement = test::example("valid-semester");
  std::string before = content_hash(agreement, Section::FirstVersion);
  agreement.first_version->receiving_hei_signature.reset();
  agreement.first_version->student_signature->content_hash = before;
  CHECK(content_hash(agreement, Section::FirstVersion) == before);
}

TEST_CASE("any change to the signed content changes the hash") {
  Agreement agreement = test::example("valid-semester");
  std::string before = content_hash(agreement, Section::FirstVersion);
  agreement.first_version->components_studied->at(0).credits->at(0).value = 5;
  CHECK(content_hash(agreement, Section::FirstVersion) != before);
  agreement = test::example("valid-semester");
  agreement.student->family_name = "Zolc";
  CHECK(content_hash(agreement, Section::FirstVersion) != before);
}

TEST_CASE("the hash is of the text in NFC: a name with a decomposed accent voids no signature") {
  Agreement agreement = test::sealed(test::example("valid-semester"));
  agreement.student->given_names = "Zo\xC3\xAB";  // ë as one character
  agreement = test::sealed(agreement);
  const std::string composed = content_hash(agreement, Section::FirstVersion);
  agreement.student->given_names = "Zoe\xCC\x88";  // e + U+0308, as another system may store it
  CHECK(content_hash(agreement, Section::FirstVersion) == composed);
  CHECK(test::findings_of(agreement) == std::vector<std::string>{"LA-005 /student/givenNames"});  // reported, not voided (LA-703)
  agreement.student->given_names = "Zoe";
  CHECK(content_hash(agreement, Section::FirstVersion) != composed);
}

TEST_CASE("later changes do not void the first version's signatures, but void the proposal's") {
  Agreement agreement = test::example("valid-semester");
  std::string first = content_hash(agreement, Section::FirstVersion);
  agreement.changes_proposal.emplace().id = "proposal-1";
  CHECK(content_hash(agreement, Section::FirstVersion) == first);
  std::string proposal = content_hash(agreement, Section::ChangesProposal);
  agreement.changes_proposal->components_studied.emplace().emplace_back().title = "Added course";
  CHECK(content_hash(agreement, Section::ChangesProposal) != proposal);
}

TEST_CASE("a proposal's signatures sign the agreement as it stands once approved, so they survive approval") {
  Agreement agreement = test::semester();
  ChangesProposal& proposal = agreement.changes_proposal.emplace();
  proposal.id = "proposal-1";
  Component& added = proposal.components_studied.emplace().emplace_back();
  added.title = "Added course";
  added.status = "inserted";
  proposal.student.emplace().family_name = "Nowak";
  const std::string signed_hash = content_hash(agreement, Section::ChangesProposal);
  agreement.changes_proposal->id = "proposal-1b";  // the id names the version; it is not content
  CHECK(content_hash(agreement, Section::ChangesProposal) == signed_hash);

  Agreement approved = as_approved(agreement);
  CHECK_FALSE(approved.changes_proposal.has_value());
  REQUIRE(approved.approved_changes.has_value());
  CHECK(*approved.approved_changes->components_studied->at(0).title == "Added course");
  CHECK(*approved.student->family_name == "Nowak");
  CHECK(*approved.student->given_names == "Łukasz");
  CHECK(content_hash(approved, Section::ApprovedChanges) == signed_hash);
}

TEST_CASE("a proposal of the first version becomes the first version") {
  Agreement agreement = test::first_version_proposed(test::semester(), "p-1");
  const std::string signed_hash = content_hash(agreement, Section::ChangesProposal);
  Agreement approved = as_approved(agreement);
  REQUIRE(approved.first_version.has_value());
  CHECK_FALSE(approved.approved_changes.has_value());
  CHECK(content_hash(approved, Section::FirstVersion) == signed_hash);
}

TEST_CASE("the signed content is the canonical file without signatures") {
  Agreement agreement = test::example("valid-semester");
  std::string content = signed_content(agreement, Section::FirstVersion);
  CHECK(content.find("studentSignature") == std::string::npos);
  CHECK(content.find("\"formatVersion\": 1") != std::string::npos);
  CHECK(content.find("Łukasz") != std::string::npos);
}

}  // namespace
}  // namespace la

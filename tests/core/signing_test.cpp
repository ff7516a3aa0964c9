// Signing: what a signature records, when signing is refused, which edits void which signatures,
// the status and fingerprint of each signature, and "Compare with my copy".
#include <doctest/doctest.h>

#include "core/checker.hpp"
#include "core/content_hash.hpp"
#include "core/json_codec.hpp"
#include "core/signing.hpp"
#include "test_files.hpp"

namespace la {
namespace {

constexpr long long kNoon = 1777723200;  // 2026-05-02T12:00:00Z
const Signer kCoordinator{"Daniël ter Meer", "Erasmus+ institutional coordinator", "d.termeer@utwente.example"};

// The valid semester agreement before anyone signed it.
Agreement unsigned_semester() {
  Agreement agreement = test::semester();
  for (Party party : kParties) signature_of(*agreement.first_version, party).reset();
  return agreement;
}

Agreement signed_by(Agreement agreement, Party party, const Signer& signer) {
  SignOutcome outcome = sign(agreement, party, signer, kNoon, 120);
  REQUIRE_MESSAGE(outcome.agreement.has_value(), outcome.error);
  return std::move(*outcome.agreement);
}

// Signed by the three parties, as an office receives it at the end.
Agreement fully_signed() {
  Agreement agreement = unsigned_semester();
  agreement = signed_by(agreement, Party::Student, student_signer(agreement));
  agreement = signed_by(agreement, Party::SendingHei, kCoordinator);
  return signed_by(agreement, Party::ReceivingHei, {"Paweł Kowalski", "Mobility coordinator", "p.kowalski@uw.example"});
}

SignatureState state_of(const Agreement& agreement, Section section, Party party) {
  for (const SignatureStatus& status : signature_statuses(agreement)) {
    if (status.slot == SignatureSlot{section, party}) return status.state;
  }
  FAIL("no status for that signature");
  return SignatureState::Absent;
}

TEST_CASE("signing records the time with its UTC offset, the signing app and the content hash") {
  Agreement agreement = unsigned_semester();
  Agreement signed_agreement = signed_by(agreement, Party::SendingHei, kCoordinator);
  const Signature& signature = *signed_agreement.first_version->sending_hei_signature;
  CHECK(*signature.timestamp == "2026-05-02T14:00:00+02:00");
  CHECK(*signature.signer_app == signer_app());
  CHECK(signer_app().rfind("Learning Agreement Studio ", 0) == 0);
  CHECK(*signature.content_hash == content_hash(agreement, Section::FirstVersion));
  CHECK(*signature.signer_name == "Daniël ter Meer");
  CHECK(*signature.signer_position == "Erasmus+ institutional coordinator");
  CHECK(state_of(signed_agreement, Section::FirstVersion, Party::SendingHei) == SignatureState::Holds);
  CHECK_FALSE(test::fires(check_agreement(signed_agreement), "LA-703"));
}

TEST_CASE("the student signs with the name and e-mail of the student section") {
  Signer signer = student_signer(test::semester());
  CHECK(signer.name == "Łukasz Żółć");
  CHECK(signer.email == "l.zolc@student.utwente.example");
  CHECK(signer.position.empty());
  Agreement signed_agreement = signed_by(unsigned_semester(), Party::Student, signer);
  CHECK_FALSE(signed_agreement.first_version->student_signature->signer_position.has_value());
}

TEST_CASE("an agreement with errors cannot be signed and stays as it was") {
  Agreement agreement = unsigned_semester();
  agreement.student->email = "not an address";
  SignOutcome outcome = sign(agreement, Party::Student, student_signer(agreement), kNoon, 0);
  CHECK_FALSE(outcome.agreement.has_value());
  CHECK(outcome.error == "sign.has-errors");
  CHECK(count_errors(outcome.findings) > 0);
  CHECK_FALSE(agreement.first_version->student_signature.has_value());
}

TEST_CASE("warnings do not stop signing and are listed") {
  Agreement agreement = signed_by(unsigned_semester(), Party::Student, student_signer(unsigned_semester()));
  SignOutcome outcome = sign(agreement, Party::SendingHei, kCoordinator, kNoon, 0);
  REQUIRE(outcome.agreement.has_value());
  CHECK(test::rule_ids(outcome.findings) == std::vector<std::string>{"LA-701", "LA-701"});
}

TEST_CASE("an institution's signer needs a name, a position and a valid e-mail address") {
  Agreement agreement = unsigned_semester();
  auto error_for = [&](Party party, Signer signer) { return sign(agreement, party, signer, kNoon, 0).error; };
  CHECK(error_for(Party::SendingHei, {" ", "Coordinator", "a@uni.example"}) == "sign.name-missing");
  CHECK(error_for(Party::ReceivingHei, {"Ana", "", "a@uni.example"}) == "sign.position-missing");
  CHECK(error_for(Party::ReceivingHei, {"Ana", "Coordinator", ""}) == "sign.email-missing");
  CHECK(error_for(Party::SendingHei, {"Ana", "Coordinator", "ana@"}) == "sign.email-invalid");
  CHECK(error_for(Party::Student, {"Ana", "", ""}).empty());
  CHECK(error_for(Party::Student, {"", "", "a@uni.example"}) == "sign.name-missing");
}

TEST_CASE("local timestamps cross midnight and carry negative and odd offsets") {
  CHECK(local_timestamp(0, 0) == "1970-01-01T00:00:00+00:00");
  CHECK(local_timestamp(0, -300) == "1969-12-31T19:00:00-05:00");
  CHECK(local_timestamp(kNoon, 345) == "2026-05-02T17:45:00+05:45");
  CHECK(local_timestamp(1709251199, 60) == "2024-03-01T00:59:59+01:00");  // after 29 February
}

TEST_CASE("a party signs the changes proposal when there is one") {
  Agreement agreement = test::read_valid(test::read_file(test::source_path("assets/samples/semester-with-changes.json")));
  CHECK(signing_section(agreement) == Section::ChangesProposal);
  Agreement signed_agreement = signed_by(agreement, Party::ReceivingHei, kCoordinator);
  CHECK(signed_agreement.changes_proposal->receiving_hei_signature.has_value());
  CHECK(*signed_agreement.first_version->receiving_hei_signature->signer_name == "Elisabeth Gruber");  // unchanged
}

TEST_CASE("an edit of signed content voids that section's signatures, and removing them leaves none broken") {
  Agreement before = fully_signed();
  Agreement after = before;
  after.student->family_name = "Zolc";
  std::vector<SignatureSlot> voided = signatures_voided_by(before, after);
  CHECK(voided.size() == 3);
  CHECK(state_of(after, Section::FirstVersion, Party::Student) == SignatureState::Voided);
  CHECK(test::fires(check_agreement(after), "LA-703"));
  remove_signatures(after, voided);
  CHECK_FALSE(after.first_version->student_signature.has_value());
  CHECK_FALSE(test::fires(check_agreement(after), "LA-703"));
  CHECK(state_of(after, Section::FirstVersion, Party::Student) == SignatureState::Absent);
}

TEST_CASE("content replaced together with signatures sealed over it voids none of them") {
  // As when a signed proposal becomes the approved changes: new content, new signatures that hold.
  Agreement before = fully_signed();
  Agreement after = before;
  after.student->family_name = "Zolc";
  remove_signatures(after, signatures_voided_by(before, after));
  after = signed_by(after, Party::Student, student_signer(after));
  CHECK(signatures_voided_by(before, after).empty());
  after.student->given_names = "Lukasz";  // and an edit after that voids it again
  CHECK(signatures_voided_by(before, after).size() == 1);
}

TEST_CASE("an edit of a signature or of a later section voids no signature of the first version") {
  Agreement before = fully_signed();
  Agreement after = before;
  after.first_version->student_signature->signer_email = "other@student.example";
  CHECK(signatures_voided_by(before, after).empty());
  after = before;
  after.changes_proposal.emplace().id = "p-1";
  CHECK(signatures_voided_by(before, after).empty());
}

TEST_CASE("a signature without a content hash is reported as not sealed") {
  Agreement agreement = test::semester();  // signed by another tool: no contentHash
  std::vector<SignatureStatus> statuses = signature_statuses(agreement);
  REQUIRE(statuses.size() == 3);
  CHECK(statuses[0].state == SignatureState::NotSealed);
  CHECK(statuses[0].pointer == "/firstVersion/studentSignature");
  CHECK(statuses[0].fingerprint.empty());
  CHECK(signature_state_name(SignatureState::NotSealed) == "not-sealed");
}

TEST_CASE("a fingerprint is the hash's first 16 digits in four groups") {
  CHECK(fingerprint("sha256:3F2A91c07b44e1d2aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa") == "3f2a 91c0 7b44 e1d2");
  CHECK(fingerprint("md5:3f2a91c07b44e1d2") == "");
  CHECK(fingerprint("sha256:3f2a") == "");
  Agreement agreement = fully_signed();
  CHECK(signature_statuses(agreement)[1].fingerprint ==
        fingerprint(content_hash(agreement, Section::FirstVersion)));
}

TEST_CASE("a kept fingerprint or hash says whether the content is what the party signed") {
  Agreement agreement = fully_signed();
  const std::string hash = content_hash(agreement, Section::FirstVersion);
  const std::string kept = fingerprint(hash);
  CHECK(compare_with_fingerprint(agreement, Section::FirstVersion, kept).same);
  CHECK(compare_with_fingerprint(agreement, Section::FirstVersion, hash).same);
  std::string noted = kept;  // as written on paper: upper case, dashes
  for (char& c : noted) c = c == ' ' ? '-' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  CHECK(compare_with_fingerprint(agreement, Section::FirstVersion, noted).same);
  CHECK_FALSE(compare_with_fingerprint(agreement, Section::FirstVersion, kept.substr(0, 4)).same);
  agreement.first_version->components_studied->at(0).title = "Another course";
  CHECK_FALSE(compare_with_fingerprint(agreement, Section::FirstVersion, kept).same);
}

TEST_CASE("a kept file says which fields differ from what the party signed") {
  Agreement copy = fully_signed();
  Agreement agreement = copy;
  CHECK(compare_with_copy(agreement, Section::FirstVersion, copy).same);
  agreement.first_version->receiving_hei_signature.reset();  // signatures are not content
  CHECK(compare_with_copy(agreement, Section::FirstVersion, copy).same);
  agreement.student->family_name = "Zolc";
  agreement.first_version->components_studied->at(1).credits->at(0).value = 3;
  CopyComparison comparison = compare_with_copy(agreement, Section::FirstVersion, copy);
  CHECK_FALSE(comparison.same);
  CHECK(comparison.differing ==
        std::vector<std::string>{"/firstVersion/componentsStudied/1/credits/0/value", "/student/familyName"});
}

}  // namespace
}  // namespace la

// Rules on signatures (LA-7xx), each from a valid example with the smallest change.

#include "core/content_hash.hpp"
#include "rules_test.hpp"

namespace la {
namespace {

Signature& student_signature(Agreement& agreement) { return *agreement.first_version->student_signature; }
Signature& receiving_signature(Agreement& agreement) { return *agreement.first_version->receiving_hei_signature; }

// The semester example with its first version's signatures bound to the content (ext contentHash).
Agreement semester_with_hashes() {
  Agreement agreement = semester();
  std::string hash = content_hash(agreement, Section::FirstVersion);
  student_signature(agreement).content_hash = hash;
  agreement.first_version->sending_hei_signature->content_hash = hash;
  receiving_signature(agreement).content_hash = hash;
  return agreement;
}

// An approved change after the first version, signed by all with its hash.
Agreement with_signed_approved_change() {
  Agreement agreement = semester_with_hashes();
  Component deleted = (*agreement.first_version->components_studied)[3];
  deleted.status = "deleted";
  deleted.reason_code = "timetable-conflict";
  ComponentsList& changes = agreement.approved_changes.emplace();
  changes.components_studied = std::vector<Component>{deleted};
  changes.student_signature = student_signature(agreement);
  changes.sending_hei_signature = *agreement.first_version->sending_hei_signature;
  changes.receiving_hei_signature = receiving_signature(agreement);
  for (std::optional<Signature>* signature :
       {&changes.student_signature, &changes.sending_hei_signature, &changes.receiving_hei_signature}) {
    (*signature)->timestamp = "2026-10-02T09:00:00+02:00";
    (*signature)->content_hash = content_hash(agreement, Section::ApprovedChanges);
  }
  return agreement;
}

TEST_CASE("LA-701: a first version signed by some parties lacks the others' signatures") {
  Agreement agreement = semester();
  agreement.first_version->receiving_hei_signature.reset();
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-701 /firstVersion/receivingHeiSignature"});
  CHECK(findings.at(0).severity() == Severity::Warning);
  agreement.first_version->sending_hei_signature.reset();
  CHECK(findings_of(agreement) ==
        Lines{"LA-701 /firstVersion/sendingHeiSignature", "LA-701 /firstVersion/receivingHeiSignature"});
}

TEST_CASE("LA-701: an unsigned first version is a draft, and a proposal is not a first version") {
  Agreement agreement = semester();
  agreement.first_version->student_signature.reset();
  agreement.first_version->sending_hei_signature.reset();
  agreement.first_version->receiving_hei_signature.reset();
  CHECK(findings_of(agreement) == Lines{});
  CHECK(findings_of(test::example("valid-blended")) == Lines{});
}

TEST_CASE("LA-702: a signature without a valid timestamp") {
  Agreement agreement = semester();
  receiving_signature(agreement).timestamp.reset();
  CHECK(findings_of(agreement) == Lines{"LA-702 /firstVersion/receivingHeiSignature/timestamp"});
  receiving_signature(agreement).timestamp = "2026-05-06 14:40";
  CHECK(findings_of(agreement) == Lines{"LA-702 /firstVersion/receivingHeiSignature/timestamp"});
  receiving_signature(agreement).timestamp = "2026-02-30T14:40:00Z";
  CHECK(findings_of(agreement) == Lines{"LA-702 /firstVersion/receivingHeiSignature/timestamp"});
}

TEST_CASE("LA-702: an institution's signature without the signer's name, or with a bad e-mail") {
  Agreement agreement = semester();
  agreement.first_version->sending_hei_signature->signer_name = " ";
  receiving_signature(agreement).signer_email = "pawel.kowalski at uw.example";
  CHECK(findings_of(agreement) == Lines{"LA-702 /firstVersion/sendingHeiSignature/signerName",
                                        "LA-702 /firstVersion/receivingHeiSignature/signerEmail"});
}

TEST_CASE("LA-702: the student's signature needs no name, and a UTC timestamp with fraction is valid") {
  Agreement agreement = semester();
  student_signature(agreement).signer_name.reset();
  student_signature(agreement).signer_email.reset();
  student_signature(agreement).timestamp = "2026-05-02T08:15:00.250Z";
  CHECK(findings_of(agreement) == Lines{});
}

TEST_CASE("LA-702 checks the signatures of every section") {
  Agreement agreement = with_signed_approved_change();
  agreement.approved_changes->student_signature->timestamp = "yesterday";
  CHECK(pointers_of(agreement, "LA-702") == Lines{"/approvedChanges/studentSignature/timestamp"});
}

TEST_CASE("LA-703: signatures whose hash matches the content are valid") {
  CHECK(findings_of(semester_with_hashes()) == Lines{});
  CHECK(findings_of(with_signed_approved_change()) == Lines{});
}

TEST_CASE("LA-703: changing the signed content voids every signature that bound it") {
  Agreement agreement = semester_with_hashes();
  (*agreement.first_version->components_studied)[4].title = "Computer Vision II";
  CHECK(findings_of(agreement) == Lines{"LA-703 /firstVersion/studentSignature/contentHash",
                                        "LA-703 /firstVersion/sendingHeiSignature/contentHash",
                                        "LA-703 /firstVersion/receivingHeiSignature/contentHash"});
}

TEST_CASE("LA-703: a hash that was never right voids its signature only") {
  Agreement agreement = semester_with_hashes();
  student_signature(agreement).content_hash = "sha256:0000";
  CHECK(findings_of(agreement) == Lines{"LA-703 /firstVersion/studentSignature/contentHash"});
}

TEST_CASE("LA-703: a later changes proposal does not void signatures of earlier sections") {
  Agreement agreement = with_signed_approved_change();
  ChangesProposal& proposal = agreement.changes_proposal.emplace();
  proposal.id = "cp-3";
  Component inserted = (*agreement.first_version->components_studied)[3];
  inserted.title = "Polish Language Course A2";
  inserted.status = "inserted";
  inserted.reason_code = "substituting-deleted";
  proposal.components_studied = std::vector<Component>{inserted};
  CHECK(pointers_of(agreement, "LA-703") == Lines{});
  agreement.approved_changes->components_studied->front().reason_text = "clash with the thesis seminar";
  CHECK(pointers_of(agreement, "LA-703") == Lines{"/approvedChanges/studentSignature/contentHash",
                                                  "/approvedChanges/sendingHeiSignature/contentHash",
                                                  "/approvedChanges/receivingHeiSignature/contentHash"});
}

TEST_CASE("LA-704: a signature dated after the mobility's last day") {
  Agreement agreement = semester();  // ends 2027-01, i.e. 2027-01-31
  receiving_signature(agreement).timestamp = "2027-02-01T00:10:00+01:00";
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-704 /firstVersion/receivingHeiSignature/timestamp"});
  CHECK(findings.at(0).args == MessageArgs{{"date", "2027-02-01"}, {"end", "2027-01"}});
  CHECK(findings.at(0).severity() == Severity::Warning);
}

TEST_CASE("LA-704: a signature on the mobility's last day is in time") {
  Agreement agreement = semester();
  receiving_signature(agreement).timestamp = "2027-01-31T23:59:59-05:00";
  CHECK(findings_of(agreement) == Lines{});
}

}  // namespace
}  // namespace la

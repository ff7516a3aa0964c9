// Rules for what EWP requires (rules_ewp.cpp), each from a valid example with the smallest change.

#include "rules_test.hpp"

namespace la {
namespace {

TEST_CASE("LA-002: a signed agreement without a mobility identifier; a draft may lack it") {
  Agreement agreement = semester();
  agreement.omobility_id.reset();
  CHECK(findings_of(agreement) == Lines{"LA-002 /omobilityId"});
  agreement.first_version->sending_hei_signature.reset();
  CHECK(pointers_of(agreement, "LA-002").empty());
  CHECK(findings_of(test::example("valid-blended")).empty());  // a draft, no omobilityId
}

TEST_CASE("LA-003: a mobility identifier with a space or beyond 64 characters") {
  Agreement agreement = semester();
  agreement.omobility_id = "UT 2026";
  CHECK(findings_of(agreement) == Lines{"LA-003 /omobilityId"});
  agreement.omobility_id = std::string(65, 'x');
  CHECK(findings_of(agreement) == Lines{"LA-003 /omobilityId"});
  agreement.omobility_id = std::string(64, '~');
  CHECK(findings_of(agreement).empty());
}

TEST_CASE("LA-004: text with a character XML 1.0 cannot carry, wherever it is") {
  Agreement agreement = semester();
  agreement.student->family_name = std::string("Nowak\x01");
  agreement.first_version->components_studied->at(1).title = std::string("Optics\x1F");
  agreement.receiving_hei->contact_person->given_names = "Ana\xEF\xBF\xBE";  // U+FFFE
  CHECK(findings_of(agreement) == Lines{"LA-004 /receivingHei/contactPerson/givenNames", "LA-004 /student/familyName",
                                        "LA-004 /firstVersion/componentsStudied/1/title"});
  agreement = semester();
  agreement.student->family_name = "Tab\there,\nline\r\nand Żółć";  // allowed in XML
  CHECK(findings_of(agreement).empty());
}

TEST_CASE("LA-005: text not in Unicode NFC, as a decomposed accent") {
  Agreement agreement = semester();
  agreement.student->given_names = "Zoe\xCC\x88";                                 // e + U+0308
  agreement.first_version->components_studied->at(0).title = "Re\xCC\x81seaux";  // e + U+0301
  CHECK(findings_of(agreement) == Lines{"LA-005 /student/givenNames", "LA-005 /firstVersion/componentsStudied/0/title"});
  agreement.student->given_names = "Zo\xC3\xAB";  // ë, one character
  agreement.first_version->components_studied->at(0).title = "R\xC3\xA9seaux";
  CHECK(findings_of(agreement).empty());
}

TEST_CASE("LA-212: a unit identifier outside EWP's form") {
  Agreement agreement = semester();
  agreement.receiving_hei->ounit_id = "Faculty 7";
  CHECK(findings_of(agreement) == Lines{"LA-212 /receivingHei/ounitId"});
}

TEST_CASE("LA-213: the sending institution's unit name, required once it has signed") {
  Agreement agreement = semester();
  agreement.sending_hei->ounit_name.reset();
  CHECK(findings_of(agreement) == Lines{"LA-213 /sendingHei/ounitName"});
  agreement.receiving_hei->ounit_name.reset();  // X requires it of the sending institution only
  CHECK(findings_of(agreement) == Lines{"LA-213 /sendingHei/ounitName"});
}

TEST_CASE("LA-415 and LA-416: learning opportunity ids outside EWP's forms") {
  Agreement agreement = semester();
  Component& first = agreement.first_version->components_studied->front();
  first.los_id = "COURSE/12";
  first.loi_id = "CR/12";
  CHECK(findings_of(agreement) == Lines{"LA-415 /firstVersion/componentsStudied/0/losId",
                                        "LA-416 /firstVersion/componentsStudied/0/loiId"});
  first.los_id = "MOD/" + std::string(41, 'a');
  first.loi_id = "DEPI/x";
  CHECK(findings_of(agreement) == Lines{"LA-415 /firstVersion/componentsStudied/0/losId"});
}

TEST_CASE("LA-417: credits without a scheme") {
  Agreement agreement = semester();
  agreement.first_version->components_recognized->front().credits->front().scheme.reset();
  CHECK(pointers_of(agreement, "LA-417") == Lines{"/firstVersion/componentsRecognized/0/credits/0/scheme"});
}

TEST_CASE("LA-418: recognition conditions on a component studied abroad") {
  Agreement agreement = semester();
  agreement.first_version->components_studied->front().recognition_conditions = "Pass the exam";
  CHECK(findings_of(agreement) == Lines{"LA-418 /firstVersion/componentsStudied/0/recognitionConditions"});
  agreement = semester();
  agreement.first_version->components_recognized->front().recognition_conditions = "Pass the exam";
  CHECK(findings_of(agreement).empty());
}

TEST_CASE("LA-419: a component list of another mobility type") {
  Agreement agreement = semester();
  agreement.first_version->short_term_doctoral_components = agreement.first_version->components_studied;
  CHECK(pointers_of(agreement, "LA-419") == Lines{"/firstVersion/shortTermDoctoralComponents"});
}

TEST_CASE("LA-705: an institution's signature without the signer's position") {
  Agreement agreement = semester();
  agreement.first_version->receiving_hei_signature->signer_position.reset();
  CHECK(findings_of(agreement) == Lines{"LA-705 /firstVersion/receivingHeiSignature/signerPosition"});
  agreement = semester();
  agreement.first_version->student_signature->signer_position.reset();  // X: SHOULD NOT be set for the student
  CHECK(findings_of(agreement).empty());
}

TEST_CASE("LA-808: a changes proposal after a blended mobility's first version was agreed") {
  Agreement agreement = test::example("valid-blended");
  Signature signature;
  signature.signer_name = "A. Signer";
  signature.signer_position = "Coordinator";
  signature.timestamp = "2026-05-02T10:15:00+02:00";
  agreement.omobility_id = "B-1";
  agreement.sending_hei->ounit_name = "Faculty";
  agreement.first_version->student_signature = signature;
  agreement.first_version->sending_hei_signature = signature;
  agreement.first_version->receiving_hei_signature = signature;
  CHECK(findings_of(agreement).empty());
  agreement.changes_proposal.emplace();
  agreement.changes_proposal->id = "p1";
  CHECK(pointers_of(agreement, "LA-808") == Lines{"/changesProposal"});
  agreement.first_version->receiving_hei_signature.reset();  // not agreed yet
  CHECK(pointers_of(agreement, "LA-808").empty());
}

TEST_CASE("LA-809: a reason code outside EWP's closed list, beside LA-806's warning") {
  Agreement agreement = semester();
  Component change;
  change.title = "Optics";
  change.status = "inserted";
  change.reason_code = "student-wish";
  change.credits = std::vector<Credit>{Credit{std::string("ects"), 5.0, {}}};
  agreement.approved_changes = *agreement.first_version;
  agreement.approved_changes->components_studied = std::vector<Component>{change};
  CHECK(pointers_of(agreement, "LA-809") == Lines{"/approvedChanges/componentsStudied/0/reasonCode"});
  CHECK(pointers_of(agreement, "LA-806") == Lines{"/approvedChanges/componentsStudied/0/reasonCode"});
}

}  // namespace
}  // namespace la

// Rules on the student (LA-1xx), each from a valid example with the smallest change.

#include "rules_test.hpp"

namespace la {
namespace {

// A changes proposal that only updates student data (X changes-proposal: "It may also contain
// student's data that has changed after the last receiving HEI's approval").
Agreement with_student_update(Student student) {
  Agreement agreement = semester();
  ChangesProposal& proposal = agreement.changes_proposal.emplace();
  proposal.id = "cp-2026-07";
  proposal.student = std::move(student);
  return agreement;
}

TEST_CASE("names in any script are accepted (scenarios 2 and 30)") {
  Agreement agreement = semester();
  agreement.student->given_names = "Ömer";
  agreement.student->family_name = "Çelik";
  agreement.student->citizenship = "TR";
  CHECK(findings_of(agreement) == Lines{});
  CHECK(findings_of(test::example("valid-doctoral")) == Lines{});  // Greek and Cyrillic
}

TEST_CASE("LA-101: a blank given name is reported at that name only") {
  Agreement agreement = semester();
  agreement.student->given_names = " \t";
  CHECK(findings_of(agreement) == Lines{"LA-101 /student/givenNames"});
  agreement.student->family_name.reset();
  CHECK(findings_of(agreement) == Lines{"LA-101 /student/givenNames", "LA-101 /student/familyName"});
}

TEST_CASE("a missing student is reported field by field where the fields belong") {
  Agreement agreement = semester();
  agreement.student.reset();
  Findings findings = test::checked(agreement);
  CHECK(test::pointers_of(findings, "LA-101") == Lines{"/student/givenNames", "/student/familyName"});
  CHECK(test::pointers_of(findings, "LA-103") == Lines{"/student/email"});
  CHECK(test::pointers_of(findings, "LA-105") == Lines{"/student/birthDate"});
  CHECK(test::pointers_of(findings, "LA-107") == Lines{"/student/citizenship"});
  CHECK(test::pointers_of(findings, "LA-109") == Lines{"/student/globalId"});
}

TEST_CASE("LA-103: a missing or empty student e-mail is missing, not malformed") {
  Agreement agreement = semester();
  agreement.student->email.reset();
  CHECK(findings_of(agreement) == Lines{"LA-103 /student/email"});
  agreement.student->email = "";
  CHECK(findings_of(agreement) == Lines{"LA-103 /student/email"});
}

TEST_CASE("fields left out of a changes proposal's student are not missing") {
  Student changed;
  changed.family_name = "Żółć-Nowak";
  CHECK(findings_of(with_student_update(changed)) == Lines{});
}

TEST_CASE("LA-104: a student e-mail with a space in it (scenario 8)") {
  Agreement agreement = semester();
  agreement.student->email = "l.zolc@student .utwente.example";
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-104 /student/email"});
  CHECK(findings.at(0).args == MessageArgs{{"email", "l.zolc@student .utwente.example"}});
}

TEST_CASE("LA-104: contact persons' and a changed student's e-mails are checked too") {
  Agreement agreement = semester();
  agreement.receiving_hei->contact_person->email = "pawel.kowalski(at)uw.example";
  agreement.sending_hei->contact_person->email = "d.termeer@utwente";
  CHECK(findings_of(agreement) ==
        Lines{"LA-104 /sendingHei/contactPerson/email", "LA-104 /receivingHei/contactPerson/email"});
  Student changed;
  changed.email = "new address@uw.example";
  CHECK(findings_of(with_student_update(changed)) == Lines{"LA-104 /changesProposal/student/email"});
}

TEST_CASE("LA-104: an unusual but valid e-mail passes, and signer e-mails are not its job") {
  Agreement agreement = semester();
  agreement.student->email = "lukasz.zolc+erasmus@student.utwente.example";
  CHECK(findings_of(agreement) == Lines{});
  agreement.first_version->student_signature->signer_email = "l zolc@utwente.example";
  CHECK_FALSE(test::fires(test::checked(agreement), "LA-104"));
}

TEST_CASE("LA-105: a date of birth that does not exist") {
  Agreement agreement = semester();
  agreement.student->birth_date = "2003-02-29";
  CHECK(findings_of(agreement) == Lines{"LA-105 /student/birthDate"});
  agreement.student->birth_date = "17.04.2003";
  CHECK(findings_of(agreement) == Lines{"LA-105 /student/birthDate"});
  Student changed;
  changed.birth_date = "2003-13-01";
  CHECK(findings_of(with_student_update(changed)) == Lines{"LA-105 /changesProposal/student/birthDate"});
}

TEST_CASE("LA-105: a leap-day birth date is real") {
  Agreement agreement = semester();
  agreement.student->birth_date = "2004-02-29";
  CHECK(findings_of(agreement) == Lines{});
}

TEST_CASE("LA-106: a student younger than 15 at the start is a warning") {
  Agreement agreement = semester();  // starts 2026-09, counted from 2026-09-01
  agreement.student->birth_date = "2011-09-02";
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-106 /student/birthDate"});
  CHECK(findings.at(0).args == MessageArgs{{"age", "14"}});
  CHECK(findings.at(0).severity() == Severity::Warning);
}

TEST_CASE("LA-106: exactly 15 or exactly 100 at the start is plausible, 101 is not") {
  Agreement agreement = semester();
  agreement.student->birth_date = "2011-09-01";
  CHECK(findings_of(agreement) == Lines{});
  agreement.student->birth_date = "1926-09-01";
  CHECK(findings_of(agreement) == Lines{});
  agreement.student->birth_date = "1925-08-31";
  CHECK(findings_of(agreement) == Lines{"LA-106 /student/birthDate"});
}

TEST_CASE("LA-106: no age is computed without a valid start date") {
  Agreement agreement = semester();
  agreement.student->birth_date = "2020-01-01";
  agreement.start_date = "2026-09-31";
  CHECK_FALSE(test::fires(test::checked(agreement), "LA-106"));
}

TEST_CASE("LA-107: citizenship must be an upper-case ISO 3166-1 code") {
  Agreement agreement = semester();
  agreement.student->citizenship = "pl";
  CHECK(findings_of(agreement) == Lines{"LA-107 /student/citizenship"});
  agreement.student->citizenship = "XX";
  CHECK(findings_of(agreement) == Lines{"LA-107 /student/citizenship"});
  agreement.student->citizenship = "Poland";
  CHECK(findings_of(agreement) == Lines{"LA-107 /student/citizenship"});
  agreement.student->citizenship = "UA";
  CHECK(findings_of(agreement) == Lines{});
}

TEST_CASE("LA-108: a gender code outside ISO 5218") {
  Agreement agreement = semester();
  agreement.student->gender = 3;
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-108 /student/gender"});
  CHECK(findings.at(0).args == MessageArgs{{"gender", "3"}});
}

TEST_CASE("LA-108: gender 9 or no gender at all is fine") {
  Agreement agreement = semester();
  agreement.student->gender = 9;
  CHECK(findings_of(agreement) == Lines{});
  agreement.student->gender.reset();
  CHECK(findings_of(agreement) == Lines{});
}

TEST_CASE("LA-109: a missing European Student Identifier is a warning") {
  Agreement agreement = semester();
  agreement.student->global_id.reset();
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-109 /student/globalId"});
  CHECK(findings.at(0).severity() == Severity::Warning);
}

TEST_CASE("LA-110: a student number is not a European Student Identifier") {
  Agreement agreement = semester();
  agreement.student->global_id = "s2345678";
  CHECK(findings_of(agreement) == Lines{"LA-110 /student/globalId"});
  Student changed;
  changed.global_id = "urn:schac:personalUniqueCode:int:esi:utwente.nl";
  CHECK(findings_of(with_student_update(changed)) == Lines{"LA-110 /changesProposal/student/globalId"});
}

TEST_CASE("LA-110: a changed, valid identifier in a changes proposal passes") {
  Student changed;
  changed.global_id = "urn:schac:personalUniqueCode:int:esi:utwente.nl:s2345679";
  CHECK(findings_of(with_student_update(changed)) == Lines{});
}

}  // namespace
}  // namespace la

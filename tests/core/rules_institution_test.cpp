// Rules on the institutions (LA-2xx), each from a valid example with the smallest change.

#include "rules_test.hpp"

namespace la {
namespace {

TEST_CASE("LA-201: a blank institution id") {
  Agreement agreement = semester();
  agreement.receiving_hei->hei_id = " ";
  CHECK(findings_of(agreement) == Lines{"LA-201 /receivingHei/heiId"});
}

TEST_CASE("a missing institution is reported by its fields, where they would be, as an empty one") {
  Agreement agreement = semester();
  agreement.sending_hei.reset();
  Lines expected{"LA-201 /sendingHei/heiId",
                 "LA-204 /sendingHei/erasmusCode",
                 "LA-205 /sendingHei/countryCode",
                 "LA-213 /sendingHei/ounitName",  // the example is signed
                 "LA-207 /sendingHei/contactPerson/givenNames",
                 "LA-207 /sendingHei/contactPerson/familyName",
                 "LA-208 /sendingHei/contactPerson/email"};
  CHECK(findings_of(agreement) == expected);
  agreement.sending_hei.emplace();
  CHECK(findings_of(agreement) == expected);
}

TEST_CASE("LA-202: an institution id that is not a lower-case domain") {
  Agreement agreement = semester();
  agreement.receiving_hei->hei_id = "UW.edu.pl";
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-202 /receivingHei/heiId"});
  CHECK(findings.at(0).args == MessageArgs{{"id", "UW.edu.pl"}});
  agreement.receiving_hei->hei_id = "https://uw.edu.pl";
  CHECK(findings_of(agreement) == Lines{"LA-202 /receivingHei/heiId"});
}

TEST_CASE("LA-202: a domain with digits and hyphens is an institution id") {
  Agreement agreement = semester();
  agreement.receiving_hei->hei_id = "tu-berlin2.de";
  CHECK(findings_of(agreement) == Lines{});
}

TEST_CASE("LA-203: an Erasmus code whose prefix is not padded (scenario 21)") {
  Agreement agreement = semester();
  agreement.receiving_hei->erasmus_code = "PLWARSZAW01";
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-203 /receivingHei/erasmusCode"});
  CHECK(findings.at(0).args == MessageArgs{{"code", "PLWARSZAW01"}});
  agreement.receiving_hei->erasmus_code = "pl warszaw01";
  CHECK(findings_of(agreement) == Lines{"LA-203 /receivingHei/erasmusCode"});
}

TEST_CASE("LA-206, not LA-203: a French Erasmus code for an institution in Belgium (scenario 22)") {
  Agreement agreement = semester();
  agreement.receiving_hei->erasmus_code = "F  PARIS001";
  agreement.receiving_hei->country_code = "BE";
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-206 /receivingHei/erasmusCode"});
  CHECK(findings.at(0).args == MessageArgs{{"code", "F  PARIS001"}, {"country", "BE"}});
  CHECK(findings.at(0).severity() == Severity::Warning);
}

TEST_CASE("LA-206 needs a valid country and a valid code to compare") {
  Agreement agreement = semester();
  agreement.receiving_hei->erasmus_code = "F  PARIS001";
  agreement.receiving_hei->country_code = "XX";
  CHECK(findings_of(agreement) == Lines{"LA-205 /receivingHei/countryCode"});
  agreement.receiving_hei->country_code = "BE";
  agreement.receiving_hei->erasmus_code = "X  PARIS001";
  CHECK(findings_of(agreement) == Lines{"LA-203 /receivingHei/erasmusCode"});
}

TEST_CASE("LA-204 and LA-210, not LA-205: a receiving institution in Canada without Erasmus code (scenario 9)") {
  Agreement agreement = semester();
  agreement.receiving_hei->erasmus_code.reset();
  agreement.receiving_hei->country_code = "CA";
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-204 /receivingHei/erasmusCode", "LA-210 /receivingHei/countryCode"});
  CHECK(test::pointers_of(findings, "LA-210") == Lines{"/receivingHei/countryCode"});
  CHECK(findings.at(1).args == MessageArgs{{"country", "CA"}});
}

TEST_CASE("LA-205: a missing or unknown country") {
  Agreement agreement = semester();
  agreement.sending_hei->country_code.reset();
  CHECK(findings_of(agreement) == Lines{"LA-205 /sendingHei/countryCode"});
  agreement.sending_hei->country_code = "Netherlands";
  CHECK(findings_of(agreement) == Lines{"LA-205 /sendingHei/countryCode"});
}

TEST_CASE("LA-207: a blank contact person name") {
  Agreement agreement = semester();
  agreement.sending_hei->contact_person->family_name = "";
  CHECK(findings_of(agreement) == Lines{"LA-207 /sendingHei/contactPerson/familyName"});
}

TEST_CASE("LA-207 and LA-208: a missing contact person") {
  Agreement agreement = semester();
  agreement.receiving_hei->contact_person.reset();
  CHECK(findings_of(agreement) ==
        Lines{"LA-207 /receivingHei/contactPerson/givenNames", "LA-207 /receivingHei/contactPerson/familyName",
              "LA-208 /receivingHei/contactPerson/email"});
}

TEST_CASE("LA-208: a missing contact e-mail is missing, not malformed") {
  Agreement agreement = semester();
  agreement.receiving_hei->contact_person->email.reset();
  CHECK(findings_of(agreement) == Lines{"LA-208 /receivingHei/contactPerson/email"});
}

TEST_CASE("LA-209: the same institution sends and receives") {
  Agreement agreement = semester();
  agreement.receiving_hei->hei_id = "utwente.nl";
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-209 /receivingHei/heiId"});
  CHECK(findings.at(0).args == MessageArgs{{"id", "utwente.nl"}});
  agreement.receiving_hei->hei_id = "UTwente.nl";
  CHECK(findings_of(agreement) == Lines{"LA-202 /receivingHei/heiId", "LA-209 /receivingHei/heiId"});
}

TEST_CASE("LA-210: associated third countries are programme countries, and only the receiving side counts") {
  Agreement agreement = semester();
  agreement.receiving_hei->country_code = "TR";
  agreement.receiving_hei->erasmus_code = "TR ISTANBU09";
  CHECK(findings_of(agreement) == Lines{});
  Agreement sending_abroad = semester();
  sending_abroad.sending_hei->country_code = "CA";
  sending_abroad.sending_hei->erasmus_code.reset();
  CHECK(findings_of(sending_abroad) == Lines{"LA-204 /sendingHei/erasmusCode"});
}

TEST_CASE("LA-211: a contact's phone number that EWP's e164 cannot take") {
  Agreement agreement = semester();
  PhoneNumber& phone = agreement.receiving_hei->contact_person->phone_number.emplace();
  phone.other_format = "(0)22 123 45 67";  // any form is allowed there
  phone.ext = "12";
  CHECK(findings_of(agreement) == Lines{});
  phone.e164 = "+48221234567";
  CHECK(findings_of(agreement) == Lines{});
  phone.e164 = "+48 22 123 45 67";
  CHECK(findings_of(agreement) == Lines{"LA-211 /receivingHei/contactPerson/phoneNumber/e164"});
  phone.e164 = "";
  CHECK(findings_of(agreement) == Lines{"LA-211 /receivingHei/contactPerson/phoneNumber/e164"});
}

}  // namespace
}  // namespace la

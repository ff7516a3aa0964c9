// Rules on short stays and Blended Intensive Programmes (LA-9xx), from valid examples changed a little.

#include "rules_test.hpp"

namespace la {
namespace {

Agreement blended_from_to(const char* start, const char* end) {
  Agreement agreement = test::example("valid-blended");
  agreement.start_date = start;
  agreement.end_date = end;
  return agreement;
}

Agreement doctoral_from_to(const char* start, const char* end) {
  Agreement agreement = test::example("valid-doctoral");
  agreement.start_date = start;
  agreement.end_date = end;
  return agreement;
}

// The blended example (2 ECTS on site, 2 ECTS online, 4 recognised) with other ECTS values.
Agreement blended_with_ects(double physical, double online) {
  Agreement agreement = test::example("valid-blended");
  (*(*agreement.first_version->blended_mobility_components)[0].credits)[0].value = physical;
  (*(*agreement.first_version->virtual_components)[0].credits)[0].value = online;
  return agreement;
}

Agreement bip_with_partners(std::vector<const char*> countries) {
  Agreement agreement = test::example("valid-blended");
  std::vector<BipPartner>& partners = *agreement.bip->partner_heis;
  partners.clear();
  for (std::size_t i = 0; i < countries.size(); ++i) {
    partners.push_back(BipPartner{"partner" + std::to_string(i) + ".example", std::string(countries[i]), {}});
  }
  return agreement;
}

TEST_CASE("LA-901: a blended mobility with a 3-day physical part (scenario 14)") {
  Findings findings = test::checked(blended_from_to("2027-03-08", "2027-03-10"));
  CHECK(test::described(findings) == Lines{"LA-901 /endDate"});
  CHECK(findings.at(0).args == MessageArgs{{"days", "3"}});
}

TEST_CASE("LA-901: 5 and 30 days are allowed, 4 and 31 are not") {
  CHECK(findings_of(blended_from_to("2027-03-08", "2027-03-12")) == Lines{});
  CHECK(findings_of(blended_from_to("2027-03-08", "2027-03-11")) == Lines{"LA-901 /endDate"});
  CHECK(findings_of(blended_from_to("2027-03-01", "2027-03-30")) == Lines{});
  CHECK(findings_of(blended_from_to("2027-03-01", "2027-03-31")) == Lines{"LA-901 /endDate"});
}

TEST_CASE("LA-901 counts days across a leap day") {
  Agreement agreement = blended_from_to("2028-02-26", "2028-03-01");  // 26, 27, 28, 29 Feb, 1 Mar
  agreement.receiving_academic_year_id = "2027/2028";
  CHECK(findings_of(agreement) == Lines{});
}

TEST_CASE("LA-901 needs both dates given to the day") {
  CHECK(findings_of(blended_from_to("2027-03-08", "2027-03")) == Lines{"LA-305 /endDate"});
}

TEST_CASE("LA-902: a short-term doctoral mobility of 4 or 31 days") {
  Findings findings = test::checked(doctoral_from_to("2026-10-05", "2026-10-08"));
  CHECK(test::described(findings) == Lines{"LA-902 /endDate"});
  CHECK(findings.at(0).args == MessageArgs{{"days", "4"}});
  CHECK(findings_of(doctoral_from_to("2026-10-01", "2026-10-31")) == Lines{"LA-902 /endDate"});
}

TEST_CASE("LA-902: a doctoral stay of exactly 30 days") {
  CHECK(findings_of(doctoral_from_to("2026-10-01", "2026-10-30")) == Lines{});
}

TEST_CASE("LA-903: a blended mobility without a virtual component (scenario 15)") {
  Agreement agreement = blended_with_ects(3, 2);
  agreement.first_version->virtual_components.reset();
  CHECK(findings_of(agreement) == Lines{"LA-903 /firstVersion/virtualComponents"});
  agreement.first_version->virtual_components = std::vector<Component>{};
  CHECK(findings_of(agreement) == Lines{"LA-903 /firstVersion/virtualComponents"});
}

TEST_CASE("LA-903 is for blended mobilities only") {
  CHECK(findings_of(test::example("valid-doctoral")) == Lines{});
}

TEST_CASE("LA-904: blended with 1 ECTS on site and 1 ECTS online (scenario 13)") {
  Findings findings = test::checked(blended_with_ects(1, 1));
  CHECK(test::described(findings) == Lines{"LA-904 /firstVersion/blendedMobilityComponents"});
  CHECK(findings.at(0).args == MessageArgs{{"total", "2"}});
}

TEST_CASE("LA-904: exactly 3 ECTS in total is enough") {
  CHECK(findings_of(blended_with_ects(2, 1)) == Lines{});
  CHECK(findings_of(blended_with_ects(1.5, 1)) == Lines{"LA-904 /firstVersion/blendedMobilityComponents"});
}

TEST_CASE("LA-905: a BIP with 9 participants (scenario 29)") {
  Agreement agreement = test::example("valid-blended");
  agreement.bip->participants = 9;
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-905 /bip/participants"});
  CHECK(findings.at(0).args == MessageArgs{{"participants", "9"}});
}

TEST_CASE("LA-905: 15 participants, or none given, is fine") {
  Agreement agreement = test::example("valid-blended");
  agreement.bip->participants = 15;
  CHECK(findings_of(agreement) == Lines{});
  agreement.bip->participants.reset();
  CHECK(findings_of(agreement) == Lines{});
}

TEST_CASE("LA-906: a BIP whose partners are all Dutch (scenario 29)") {
  Findings findings = test::checked(bip_with_partners({"NL", "NL", "NL"}));
  CHECK(test::described(findings) == Lines{"LA-906 /bip/partnerHeis"});
  CHECK(findings.at(0).args == MessageArgs{{"institutions", "3"}, {"countries", "1"}});
}

TEST_CASE("LA-906: one partner, or partners outside the programme countries, are too few") {
  CHECK(findings_of(bip_with_partners({"TR"})) == Lines{"LA-906 /bip/partnerHeis"});
  CHECK(findings_of(bip_with_partners({"NL", "CA", "US"})) == Lines{"LA-906 /bip/partnerHeis"});
}

TEST_CASE("LA-906: two partners from two programme countries are enough") {
  CHECK(findings_of(bip_with_partners({"TR", "LT"})) == Lines{});
}

}  // namespace
}  // namespace la

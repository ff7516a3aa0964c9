// Rules on credits and recognition (LA-5xx), each from a valid example with the smallest change.

#include "rules_test.hpp"

namespace la {
namespace {

// The semester example (2026-09 to 2027-01: 5 months, 30 ECTS expected) with new ECTS values.
Agreement semester_with(std::vector<double> table_a, std::vector<double> table_b = {10, 10, 10}) {
  Agreement agreement = test::example("valid-semester");
  std::vector<Component>& studied = *agreement.first_version->components_studied;
  std::vector<Component>& recognized = *agreement.first_version->components_recognized;
  studied.resize(table_a.size(), studied[0]);
  recognized.resize(table_b.size(), recognized[0]);
  for (std::size_t i = 0; i < table_a.size(); ++i) {
    studied[i].los_code = "A-" + std::to_string(i);
    (*studied[i].credits)[0].value = table_a[i];
  }
  for (std::size_t i = 0; i < table_b.size(); ++i) {
    recognized[i].los_code = "B-" + std::to_string(i);
    (*recognized[i].credits)[0].value = table_b[i];
  }
  return agreement;
}

TEST_CASE("LA-501: a 5-month semester with 15 ECTS in Table A (scenario 3)") {
  Findings findings = test::checked(semester_with({3, 3, 3, 3, 3}));
  CHECK(test::described(findings) == Lines{"LA-501 /firstVersion/componentsStudied"});
  CHECK(findings.at(0).args == MessageArgs{{"total", "15"}, {"expected", "30"}, {"months", "5"}});
}

TEST_CASE("LA-501: exactly 2/3 of the expected total is enough") {
  CHECK(findings_of(semester_with({10, 10}, {10, 10})) == Lines{});
  CHECK(findings_of(semester_with({10, 9.5}, {10, 9.5})) == Lines{"LA-501 /firstVersion/componentsStudied"});
}

TEST_CASE("LA-501: a stay of more than 6 months expects 60 ECTS") {
  Agreement agreement = semester_with({6, 6, 6, 6, 6}, {10, 10, 10});
  agreement.start_date = "2026-09-01";
  agreement.end_date = "2027-03-15";  // 196 days: 6.4 months
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-501 /firstVersion/componentsStudied"});
  CHECK(findings.at(0).args == MessageArgs{{"total", "30"}, {"expected", "60"}, {"months", "6.4"}});
}

TEST_CASE("LA-501 and LA-502: a 10-month stay with 60 ECTS in A and B (scenario 5)") {
  Agreement agreement = semester_with({12, 12, 12, 12, 12}, {20, 20, 20});
  agreement.end_date = "2027-06";
  CHECK(findings_of(agreement) == Lines{});
}

TEST_CASE("LA-501 needs ECTS, a semester and dates it can measure") {
  Agreement local = semester_with({3, 3, 3, 3, 3});
  for (Component& c : *local.first_version->components_studied) (*c.credits)[0].scheme = "uw-local";
  for (Component& c : *local.first_version->components_recognized) (*c.credits)[0].scheme = "uw-local";
  local.credit_system = CreditSystem{"UW local credits", "https://www.uw.example/credits", {}};
  CHECK(findings_of(local) == Lines{});
  Agreement undated = semester_with({3, 3, 3, 3, 3});
  undated.end_date = "2027-02-30";
  CHECK(findings_of(undated) == Lines{"LA-302 /endDate"});
}

TEST_CASE("LA-502 and LA-503: a 5-month semester with 52 ECTS in Table A (scenario 4)") {
  Findings findings = test::checked(semester_with({12, 12, 12, 8, 8}));
  CHECK(test::described(findings) ==
        Lines{"LA-502 /firstVersion/componentsStudied", "LA-503 /firstVersion/componentsRecognized"});
  CHECK(findings.at(0).args == MessageArgs{{"total", "52"}, {"expected", "30"}, {"months", "5"}});
}

TEST_CASE("LA-502: exactly 1.5 times the expected total is still fine") {
  CHECK(findings_of(semester_with({15, 15, 15}, {15, 15, 15})) == Lines{});
  CHECK(findings_of(semester_with({15, 15, 15.5}, {15, 15, 15.5})) == Lines{"LA-502 /firstVersion/componentsStudied"});
}

TEST_CASE("LA-503: Table B 10 ECTS short of Table A, without a recognition annex (scenario 28)") {
  Agreement agreement = semester_with({6, 6, 6, 4, 8}, {10, 10});
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-503 /firstVersion/componentsRecognized"});
  CHECK(findings.at(0).args == MessageArgs{{"recognized", "20"}, {"studied", "30"}});

  SUBCASE("with a recognition annex the exception is agreed") {
    agreement.recognition_annex = "Polish Language Course A1 is not recognised (agreed 2026-05-06).";
    CHECK(findings_of(agreement) == Lines{});
  }
}

TEST_CASE("LA-503: a blended mobility's Table A is its blended and its virtual components") {
  Agreement agreement = test::example("valid-blended");  // 2 + 2 studied, 4 recognised
  CHECK(findings_of(agreement) == Lines{});
  (*(*agreement.first_version->components_recognized)[0].credits)[0].value = 3;
  CHECK(findings_of(agreement) == Lines{"LA-503 /firstVersion/componentsRecognized"});
}

TEST_CASE("LA-503: a doctoral mobility's Table B is compared with its doctoral components") {
  Agreement agreement = test::example("valid-doctoral");  // 5 ECTS
  Component recognized = (*agreement.first_version->short_term_doctoral_components)[0];
  recognized.short_description.reset();
  (*recognized.credits)[0].value = 5;
  agreement.first_version->components_recognized = std::vector<Component>{recognized};
  CHECK(findings_of(agreement) == Lines{});
  (*(*agreement.first_version->components_recognized)[0].credits)[0].value = 4;
  CHECK(findings_of(agreement) == Lines{"LA-503 /firstVersion/componentsRecognized"});
}

TEST_CASE("LA-504 and LA-505: a mobility window line worth Table A's total (scenario 19)") {
  Agreement agreement = semester_with({6, 6, 6, 4, 8}, {30});
  agreement.mobility_window = true;
  CHECK(findings_of(agreement) == Lines{});
}

TEST_CASE("LA-504: a mobility window with more than one Table B line (scenario 20)") {
  Agreement agreement = semester_with({6, 6, 6, 4, 8}, {10, 10, 10});
  agreement.mobility_window = true;
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-504 /firstVersion/componentsRecognized"});
  CHECK(findings.at(0).args == MessageArgs{{"count", "3"}});
  agreement.mobility_window = false;
  CHECK(findings_of(agreement) == Lines{});
}

TEST_CASE("LA-505: the mobility window line differs from Table A's total") {
  Agreement agreement = semester_with({6, 6, 6, 4, 4}, {28});
  agreement.mobility_window = true;
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-505 /firstVersion/componentsRecognized/0"});
  CHECK(findings.at(0).args == MessageArgs{{"line", "28"}, {"studied", "26"}});
  CHECK(findings.at(0).severity() == Severity::Warning);
}

TEST_CASE("LA-506: the provisions link is missing") {
  Agreement agreement = test::example("valid-semester");
  agreement.provisions_url.reset();
  CHECK(findings_of(agreement) == Lines{"LA-506 /provisionsUrl"});
}

TEST_CASE("LA-507: links that are not http(s) web addresses") {
  Agreement agreement = test::example("valid-semester");
  agreement.learning_outcomes_url = "www.uw.example/courses";
  agreement.provisions_url = "ftp://www.utwente.example/provisions";
  Findings findings = test::checked(agreement);
  CHECK(test::described(findings) == Lines{"LA-507 /learningOutcomesUrl", "LA-507 /provisionsUrl"});
  CHECK(findings.at(0).args == MessageArgs{{"url", "www.uw.example/courses"}});
}

TEST_CASE("LA-507: a plain http link is a web address") {
  Agreement agreement = test::example("valid-semester");
  agreement.learning_outcomes_url = "http://www.uw.example/courses?lang=en";
  CHECK(findings_of(agreement) == Lines{});
}

}  // namespace
}  // namespace la

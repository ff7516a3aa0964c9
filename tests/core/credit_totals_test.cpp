// Credit totals: the agreement's scheme, list totals and the expected semester total (credit_totals.hpp).
#include <doctest/doctest.h>

#include "core/credit_totals.hpp"
#include "core/number_text.hpp"
#include "test_files.hpp"

namespace la {
namespace {

Component component_with(std::vector<Credit> credits) {
  Component component;
  component.title = "Course";
  component.credits = std::move(credits);
  return component;
}

TEST_CASE("the semester example's tables add up to 30 ECTS each") {
  Agreement agreement = test::example("valid-semester");
  const ComponentsList& first = *agreement.first_version;
  CHECK(agreement_credit_scheme(component_lists(agreement)) == "ects");
  CHECK(credit_total(first.components_studied, "ects") == 30);
  CHECK(credit_total(first.components_recognized, "ects") == 30);
  CHECK(study_total(first, MobilityType::Semester, "ects") == 30);
}

TEST_CASE("a blended mobility studies its blended and its virtual components") {
  Agreement agreement = test::example("valid-blended");
  CHECK(study_total(*agreement.first_version, MobilityType::Blended, "ects") == 4);
  CHECK(study_total(*agreement.first_version, MobilityType::ShortTermDoctoral, "ects") == 0);
}

TEST_CASE("only credits in the given scheme count towards a total") {
  List<Component> list = std::vector<Component>{
      component_with({{"ects", 6.5, {}}, {"local", 4, {}}}),
      component_with({{"ects", std::nullopt, {}}}),
      component_with({}),
  };
  CHECK(credit_total(list, "ects") == 6.5);
  CHECK(credit_total(list, "local") == 4);
  CHECK(credit_total(list, "") == 0);
  CHECK(credit_total(std::nullopt, "ects") == 0);
}

TEST_CASE("the agreement's scheme is the most frequent, the first seen on a tie") {
  Agreement agreement = test::example("valid-semester");
  std::vector<Component>& studied = *agreement.first_version->components_studied;
  studied[0].credits->front().scheme = "local";
  CHECK(agreement_credit_scheme(component_lists(agreement)) == "ects");
  Agreement tie = test::example("valid-doctoral");
  std::vector<Component>& doctoral = *tie.first_version->short_term_doctoral_components;
  doctoral[0].credits = std::vector<Credit>{{"local", 1, {}}, {"ects", 5, {}}};
  CHECK(agreement_credit_scheme(component_lists(tie)) == "local");
  doctoral[0].credits = std::vector<Credit>{{" ", 1, {}}};
  CHECK(agreement_credit_scheme(component_lists(tie)).empty());
}

TEST_CASE("a semester of up to 6 months expects 30 ECTS, a longer one 60") {
  CHECK(expected_semester_total(5) == 30);
  CHECK(expected_semester_total(6) == 30);
  CHECK(expected_semester_total(6.1) == 60);
  CHECK(expected_semester_total(10) == 60);
}

TEST_CASE("numbers in messages have no needless fraction") {
  CHECK(number_text(6) == "6");
  CHECK(number_text(7.5) == "7.5");
  CHECK(number_text(4.625) == "4.63");
  CHECK(number_text(-3) == "-3");
  CHECK(number_text(-0.001) == "0");
  CHECK(number_text(1e300) == "1e+300");
}

}  // namespace
}  // namespace la

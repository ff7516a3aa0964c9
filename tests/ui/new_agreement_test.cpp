// New agreements per mobility type, switching types without losing rows, and export file names.
#include <doctest/doctest.h>

#include "core/json_codec.hpp"
#include "test_files.hpp"
#include "ui/export_file_name.hpp"
#include "ui/new_agreement.hpp"

namespace la {
namespace {

TEST_CASE("a new agreement has the tables of its type and nothing filled in") {
  Agreement semester = new_agreement(MobilityType::Semester);
  CHECK(semester.mobility_type == "semester");
  CHECK(semester.first_version->components_studied->empty());
  CHECK(semester.first_version->components_recognized->empty());
  CHECK_FALSE(semester.first_version->virtual_components);
  CHECK_FALSE(semester.student->email);

  Agreement blended = new_agreement(MobilityType::Blended);
  CHECK(blended.first_version->blended_mobility_components);
  CHECK(blended.first_version->virtual_components);
  Agreement doctoral = new_agreement(MobilityType::ShortTermDoctoral);
  CHECK(doctoral.first_version->short_term_doctoral_components);
  CHECK(mobility_type_of(doctoral) == MobilityType::ShortTermDoctoral);
}

TEST_CASE("changing the mobility type keeps every row already entered") {
  Agreement agreement = test::example("valid-semester");
  change_mobility_type(agreement, MobilityType::Blended);
  CHECK(agreement.mobility_type == "blended");
  CHECK(agreement.first_version->components_studied->size() == 5);
  CHECK(agreement.first_version->blended_mobility_components->empty());
  change_mobility_type(agreement, MobilityType::Semester);
  Agreement original = test::example("valid-semester");
  original.first_version->blended_mobility_components.emplace();
  original.first_version->virtual_components.emplace();
  CHECK(write_agreement(agreement) == write_agreement(original));
}

TEST_CASE("the export file name holds the student's name and the date") {
  CHECK(export_file_name(test::example("valid-semester"), "2026-11-23") == "learning-agreement-Żółć-Łukasz-2026-11-23.json");
  Agreement agreement = test::example("valid-semester");
  agreement.student->family_name = "ter Meer / O'Brien";
  agreement.student->given_names = "  Anna-Lena ";
  CHECK(export_file_name(agreement, "2026-11-23") == "learning-agreement-ter-Meer-O-Brien-Anna-Lena-2026-11-23.json");
  CHECK(export_file_name(Agreement{}, "2026-11-23") == "learning-agreement-2026-11-23.json");
}

}  // namespace
}  // namespace la

// The embedded reference data: every table loads, with the entries the rules rely on.
#include <doctest/doctest.h>

#include "core/reference_data.hpp"

namespace la {
namespace {

const ReferenceData& reference() { return ReferenceData::embedded(); }

TEST_CASE("every reference table loads from the embedded assets") {
  CHECK(reference().countries().size() >= 249);
  CHECK(reference().languages().size() >= 180);
  CHECK(reference().isced_fields().size() >= 150);
  CHECK(reference().cefr_levels().size() == 7);
  CHECK(reference().eqf_levels().size() == 4);
  CHECK(reference().reason_codes().size() == 6);
}

TEST_CASE("languages whose names hold a semicolon are kept (Catalan; Valencian)") {
  CHECK(reference().is_language("ca"));
  CHECK(reference().is_language("gd"));
  CHECK(reference().is_language("en"));
  CHECK_FALSE(reference().is_language("EN"));
  CHECK_FALSE(reference().is_language("eng"));
}

TEST_CASE("ISCED-F fields are found by code with their level") {
  const IscedField* detailed = reference().isced_field("0613");
  REQUIRE(detailed != nullptr);
  CHECK(detailed->level == IscedLevel::Detailed);
  REQUIRE(reference().isced_field("06") != nullptr);
  CHECK(reference().isced_field("06")->level == IscedLevel::Broad);
  CHECK(reference().isced_field("0544") == nullptr);
}

TEST_CASE("countries, programme countries, Erasmus prefixes and reason codes answer") {
  CHECK(reference().is_country("PL"));
  CHECK_FALSE(reference().is_country("pl"));
  CHECK(reference().is_programme_country("TR"));
  CHECK_FALSE(reference().is_programme_country("CA"));
  CHECK(reference().erasmus_prefix_country("D") == std::optional<std::string_view>("DE"));
  CHECK_FALSE(reference().erasmus_prefix_country("PLW").has_value());
  CHECK(reference().reason_code_use("not-available") == ReasonCodeUse::DeleteOnly);
  CHECK(reference().reason_code_use("extending-mobility") == ReasonCodeUse::InsertOnly);
  CHECK(reference().reason_code_use("because") == ReasonCodeUse::Unknown);
}

}  // namespace
}  // namespace la

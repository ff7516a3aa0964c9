// The date picker's month grid and the credit line under each table.
#include <doctest/doctest.h>

#include "test_files.hpp"
#include "ui/calendar_month.hpp"
#include "ui/credit_summary.hpp"

namespace la {
namespace {

TEST_CASE("the calendar shows the field's month, else today's") {
  MonthShown shown = month_to_show("2027-02-14", "2026-11-23");
  CHECK(shown.year == 2027);
  CHECK(shown.month == 2);
  CHECK(month_to_show("2026-09", "2026-11-23").month == 9);
  CHECK(month_to_show("next week", "2026-11-23").month == 11);
}

TEST_CASE("months start on the right weekday and have their days") {
  CHECK(first_weekday({2026, 11}) == 6);  // 1 November 2026 is a Sunday
  CHECK(first_weekday({2026, 9}) == 1);   // 1 September 2026 is a Tuesday
  CHECK(days_in({2028, 2}) == 29);
  MonthShown next = shift_month({2026, 12}, 1);
  CHECK(next.year == 2027);
  CHECK(next.month == 1);
  CHECK(shift_month({2026, 1}, -13).month == 12);
  CHECK(date_text(2026, 9, 1) == "2026-09-01");
  CHECK(month_text(2027, 1) == "2027-01");
}

TEST_CASE("a semester's Table A is expected to give about 30 ECTS for up to six months") {
  Agreement agreement = test::example("valid-semester");
  CreditSummary a = credit_summary(agreement, agreement.first_version->components_studied, FormSection::TableA);
  CHECK(a.scheme == "ects");
  CHECK(a.expectation == CreditSummary::Expectation::About);
  CHECK(a.expected == 30);
  CHECK(a.total == 30);
  CreditSummary b = credit_summary(agreement, agreement.first_version->components_recognized, FormSection::TableB);
  CHECK(b.expectation == CreditSummary::Expectation::SameAsTableA);
  CHECK(b.expected == a.total);
}

TEST_CASE("a blended mobility counts physical and virtual credits together against 3 ECTS") {
  Agreement agreement = test::example("valid-blended");
  CreditSummary c = credit_summary(agreement, agreement.first_version->virtual_components, FormSection::TableC);
  CHECK(c.expectation == CreditSummary::Expectation::AtLeast);
  CHECK(c.expected == 3);
  CHECK(c.combined >= c.total);
  // Table B recognises both parts, and says so.
  agreement.first_version->components_recognized.emplace();
  CreditSummary b = credit_summary(agreement, agreement.first_version->components_recognized, FormSection::TableB);
  CHECK(b.expectation == CreditSummary::Expectation::SameAsTablesAC);
  CHECK(b.expected == c.combined);
}

TEST_CASE("without dates there is no expectation to show") {
  Agreement agreement = test::example("valid-semester");
  agreement.end_date.reset();
  CHECK(credit_summary(agreement, agreement.first_version->components_studied, FormSection::TableA).expectation ==
        CreditSummary::Expectation::None);
}

}  // namespace
}  // namespace la

// Table totals and their expectations (credit_summary.hpp).
#include "ui/credit_summary.hpp"

#include "core/calendar.hpp"
#include "core/component_lists.hpp"
#include "core/credit_totals.hpp"

namespace la {
namespace {

constexpr double kBlendedLeastEcts = 3;  // K: a blended mobility awards at least 3 ECTS

}  // namespace

CreditSummary credit_summary(const Agreement& agreement, const List<Component>& list, FormSection section) {
  CreditSummary summary;
  std::string_view scheme = agreement_credit_scheme(component_lists(agreement));
  summary.scheme = scheme.empty() ? "ects" : std::string(scheme);
  summary.total = credit_total(list, summary.scheme);
  MobilityType type = mobility_type_of(agreement);
  const ComponentsList* first = agreement.first_version ? &*agreement.first_version : nullptr;
  bool ects = summary.scheme == "ects";

  if (section == FormSection::TableB && first) {
    summary.expectation = type == MobilityType::Blended ? CreditSummary::Expectation::SameAsTablesAC
                                                        : CreditSummary::Expectation::SameAsTableA;
    summary.expected = study_total(*first, type, summary.scheme);
    return summary;
  }
  if (type == MobilityType::Blended && ects && (section == FormSection::TableA || section == FormSection::TableC)) {
    summary.expectation = CreditSummary::Expectation::AtLeast;
    summary.expected = kBlendedLeastEcts;
    summary.combined = first ? study_total(*first, type, summary.scheme) : summary.total;
    return summary;
  }
  if (type == MobilityType::Semester && ects && section == FormSection::TableA) {
    std::optional<CalendarDate> start = agreement.start_date ? parse_month_or_date(*agreement.start_date) : std::nullopt;
    std::optional<CalendarDate> end = agreement.end_date ? parse_month_or_date(*agreement.end_date) : std::nullopt;
    if (start && end && first_day(*start) <= last_day(*end)) {
      summary.months = duration_in_months(*start, *end);
      summary.expected = expected_semester_total(summary.months);
      summary.expectation = CreditSummary::Expectation::About;
    }
  }
  return summary;
}

}  // namespace la

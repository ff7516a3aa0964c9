// Rules LA-3xx: the mobility's type, dates, academic year, EQF level and ISCED-F field.
// learning-agreement.md, section 4.
#include "core/calendar.hpp"
#include "core/number_text.hpp"
#include "core/rule_groups.hpp"
#include "core/text_formats.hpp"

namespace la {
namespace {

constexpr Rule kStartDateInvalid{"LA-301", Severity::Error, "X"};
constexpr Rule kEndDateInvalid{"LA-302", Severity::Error, "X"};
constexpr Rule kEndBeforeStart{"LA-303", Severity::Error, "—"};
constexpr Rule kSemesterDurationOutOfRange{"LA-304", Severity::Error, "P"};
constexpr Rule kShortMobilityDateWithoutDay{"LA-305", Severity::Error, "K, P"};
constexpr Rule kAcademicYearInvalid{"LA-306", Severity::Error, "X"};
constexpr Rule kStartOutsideAcademicYear{"LA-307", Severity::Warning, "—"};
constexpr Rule kEqfLevelInvalid{"LA-308", Severity::Error, "X"};
constexpr Rule kEqfLevelNotHigherEducation{"LA-309", Severity::Warning, "—"};
constexpr Rule kIscedCodeInvalid{"LA-310", Severity::Error, "X"};
constexpr Rule kIscedCodeOnlyBroad{"LA-311", Severity::Warning, "X"};
constexpr Rule kMobilityTypeInvalid{"LA-312", Severity::Error, "—"};
constexpr Rule kDoctoralNotEqfLevel8{"LA-313", Severity::Error, "P"};

constexpr const Rule* kRules[] = {
    &kStartDateInvalid, &kEndDateInvalid, &kEndBeforeStart, &kSemesterDurationOutOfRange,
    &kShortMobilityDateWithoutDay, &kAcademicYearInvalid, &kStartOutsideAcademicYear, &kEqfLevelInvalid,
    &kEqfLevelNotHigherEducation, &kIscedCodeInvalid, &kIscedCodeOnlyBroad, &kMobilityTypeInvalid,
    &kDoctoralNotEqfLevel8,
};

// P: a long-term study mobility lasts 2 to 12 months.
constexpr double kShortestSemesterMonths = 2;
constexpr double kLongestSemesterMonths = 12;
// EQF 5 (short cycle) is the first level of higher education.
constexpr long long kFirstHigherEducationLevel = 5;

struct MobilityDates {
  std::optional<CalendarDate> start, end;
  bool in_order() const { return start && end && first_day(*start) <= last_day(*end); }
};

std::optional<CalendarDate> read_mobility_date(const Text& text, const Rule& invalid, const char* pointer,
                                               FindingSink& sink) {
  std::optional<CalendarDate> date = is_missing(text) ? std::nullopt : parse_month_or_date(*text);
  if (!date) sink.add(invalid, pointer);
  return date;
}

MobilityDates check_dates(const Agreement& agreement, FindingSink& sink) {
  MobilityDates dates;
  dates.start = read_mobility_date(agreement.start_date, kStartDateInvalid, "/startDate", sink);
  dates.end = read_mobility_date(agreement.end_date, kEndDateInvalid, "/endDate", sink);
  if (dates.start && dates.end && !dates.in_order()) {
    sink.add(kEndBeforeStart, "/endDate", {{"start", *agreement.start_date}, {"end", *agreement.end_date}});
  }
  return dates;
}

void check_semester_duration(const MobilityDates& dates, FindingSink& sink) {
  if (!dates.in_order()) return;  // LA-303 says what is wrong
  double months = duration_in_months(*dates.start, *dates.end);
  if (months < kShortestSemesterMonths || months > kLongestSemesterMonths) {
    sink.add(kSemesterDurationOutOfRange, "/endDate", {{"months", number_text(months)}});
  }
}

// K, P: a stay of 5 to 30 days is measured in days, so both dates need their day.
void check_dates_to_the_day(const MobilityDates& dates, FindingSink& sink) {
  if (dates.start && !dates.start->has_day()) sink.add(kShortMobilityDateWithoutDay, "/startDate");
  if (dates.end && !dates.end->has_day()) sink.add(kShortMobilityDateWithoutDay, "/endDate");
}

// The academic year with a month's margin on each side: 1 August to 31 July (a calendar year on
// the southern hemisphere, X AcademicYearId), widened so that early arrivals still fit.
void check_academic_year(const Agreement& agreement, const MobilityDates& dates, FindingSink& sink) {
  const Text& text = agreement.receiving_academic_year_id;
  std::optional<AcademicYear> year = is_missing(text) ? std::nullopt : parse_academic_year(*text);
  if (!year) {
    sink.add(kAcademicYearInvalid, "/receivingAcademicYearId");
    return;
  }
  if (!dates.start) return;
  long long from = year->is_calendar_year() ? day_number(year->first - 1, 12, 1) : day_number(year->first, 7, 1);
  long long to = year->is_calendar_year() ? day_number(year->second + 1, 1, 31) : day_number(year->second, 8, 31);
  long long start = first_day(*dates.start);
  if (start < from || start > to) {
    sink.add(kStartOutsideAcademicYear, "/startDate", {{"start", *agreement.start_date}, {"year", *text}});
  }
}

void check_eqf_level(const Agreement& agreement, MobilityType type, FindingSink& sink) {
  const WholeNumber& level = agreement.eqf_level_studied_at_departure;
  constexpr const char* kPointer = "/eqfLevelStudiedAtDeparture";
  if (!level || *level < 1 || *level > 8) {
    sink.add(kEqfLevelInvalid, kPointer);  // X EqfLevel: 1..8
  } else if (*level < kFirstHigherEducationLevel) {
    sink.add(kEqfLevelNotHigherEducation, kPointer, {{"level", std::to_string(*level)}});
  }
  // P: short-term doctoral mobility is for doctoral candidates (EQF 8).
  if (type == MobilityType::ShortTermDoctoral && level && *level != 8) {
    sink.add(kDoctoralNotEqfLevel8, kPointer, {{"level", std::to_string(*level)}});
  }
}

void check_isced_code(const Agreement& agreement, const ReferenceData& reference, FindingSink& sink) {
  const Text& code = agreement.isced_f_code;
  const IscedField* field = is_missing(code) ? nullptr : reference.isced_field(*code);
  if (!field) sink.add(kIscedCodeInvalid, "/iscedFCode");
  else if (field->level == IscedLevel::Broad) sink.add(kIscedCodeOnlyBroad, "/iscedFCode", {{"code", *code}});
}

void check_mobility(const CheckContext& context, FindingSink& sink) {
  const Agreement& agreement = context.agreement;
  if (context.type == MobilityType::Unknown) sink.add(kMobilityTypeInvalid, "/mobilityType");
  MobilityDates dates = check_dates(agreement, sink);
  if (context.type == MobilityType::Semester) check_semester_duration(dates, sink);
  if (context.type == MobilityType::Blended || context.type == MobilityType::ShortTermDoctoral) {
    check_dates_to_the_day(dates, sink);
  }
  check_academic_year(agreement, dates, sink);
  check_eqf_level(agreement, context.type, sink);
  check_isced_code(agreement, context.reference, sink);
}

}  // namespace

const RuleGroup kMobilityRules{kRules, std::size(kRules), check_mobility};

}  // namespace la

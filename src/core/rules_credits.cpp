// Rules LA-5xx: credit totals, recognition, the mobility window and the agreement's links.
// learning-agreement.md, section 4: Table A's total against the stay, Table B against Table A.
#include <cmath>

#include "core/calendar.hpp"
#include "core/credit_totals.hpp"
#include "core/number_text.hpp"
#include "core/rule_groups.hpp"
#include "core/text_formats.hpp"

namespace la {
namespace {

constexpr Rule kTableABelowExpected{"LA-501", Severity::Warning, "G"};
constexpr Rule kTableAAboveExpected{"LA-502", Severity::Warning, "G"};
constexpr Rule kPartialRecognition{"LA-503", Severity::Warning, "G"};
constexpr Rule kMobilityWindowNotOneLine{"LA-504", Severity::Error, "G"};
constexpr Rule kMobilityWindowTotalDiffers{"LA-505", Severity::Warning, "G"};
constexpr Rule kProvisionsUrlMissing{"LA-506", Severity::Warning, "G"};
constexpr Rule kUrlInvalid{"LA-507", Severity::Error, "X HTTP"};

constexpr const Rule* kRules[] = {
    &kTableABelowExpected, &kTableAAboveExpected, &kPartialRecognition, &kMobilityWindowNotOneLine,
    &kMobilityWindowTotalDiffers, &kProvisionsUrlMissing, &kUrlInvalid,
};

// Sums of decimal credits are compared with this much slack.
constexpr double kCreditTolerance = 1e-9;

// G: Table A is "roughly proportionate" to the stay: warn below 2/3 and above 1.5 times the
// expected total (section 2). Only for ECTS, which the expectation is written in.
void check_table_a_total(const CheckContext& context, FindingSink& sink) {
  const Agreement& agreement = context.agreement;
  const std::vector<Component>* table_a = base_components(context.base, ListKind::Studied);
  if (context.type != MobilityType::Semester || context.credit_scheme != "ects" || !table_a || table_a->empty()) return;
  if (is_missing(agreement.start_date) || is_missing(agreement.end_date)) return;
  std::optional<CalendarDate> start = parse_month_or_date(*agreement.start_date);
  std::optional<CalendarDate> end = parse_month_or_date(*agreement.end_date);
  if (!start || !end || first_day(*start) > last_day(*end)) return;
  double months = duration_in_months(*start, *end);
  double expected = expected_semester_total(months);
  double total = credit_total(context.base.lists->components_studied, context.credit_scheme);
  const Rule* rule = total * 3 < expected * 2 - kCreditTolerance   ? &kTableABelowExpected
                     : total * 2 > expected * 3 + kCreditTolerance ? &kTableAAboveExpected
                                                                   : nullptr;
  if (rule) {
    sink.add(*rule, base_list_pointer(context.base, ListKind::Studied),
             {{"total", number_text(total)}, {"expected", number_text(expected)}, {"months", number_text(months)}});
  }
}

// G: recognition is full unless the parties agree exceptions (the recognition annex).
void check_recognition(const CheckContext& context, FindingSink& sink) {
  const std::vector<Component>* table_b = base_components(context.base, ListKind::Recognized);
  if (!table_b || table_b->empty() || context.credit_scheme.empty() || context.type == MobilityType::Unknown) return;
  double recognized = credit_total(context.base.lists->components_recognized, context.credit_scheme);
  double studied = study_total(*context.base.lists, context.type, context.credit_scheme);
  if (recognized < studied - kCreditTolerance && is_missing(context.agreement.recognition_annex)) {
    sink.add(kPartialRecognition, base_list_pointer(context.base, ListKind::Recognized),
             {{"recognized", number_text(recognized)}, {"studied", number_text(studied)}});
  }
}

// G: with a mobility window, Table B is the one line that stands for the whole window.
void check_mobility_window(const CheckContext& context, FindingSink& sink) {
  if (!context.agreement.mobility_window || !*context.agreement.mobility_window) return;
  const std::vector<Component>* table_b = base_components(context.base, ListKind::Recognized);
  std::size_t lines = table_b ? table_b->size() : 0;
  std::string pointer = base_list_pointer(context.base, ListKind::Recognized);
  if (lines != 1) {
    sink.add(kMobilityWindowNotOneLine, pointer, {{"count", std::to_string(lines)}});
    return;
  }
  if (context.credit_scheme.empty() || context.type == MobilityType::Unknown) return;
  double line = credit_total(context.base.lists->components_recognized, context.credit_scheme);
  double studied = study_total(*context.base.lists, context.type, context.credit_scheme);
  if (std::fabs(line - studied) > kCreditTolerance) {
    sink.add(kMobilityWindowTotalDiffers, component_pointer(pointer, 0),
             {{"line", number_text(line)}, {"studied", number_text(studied)}});
  }
}

void check_url(const Text& url, const char* pointer, FindingSink& sink) {
  if (!is_missing(url) && !is_http_url(*url)) sink.add(kUrlInvalid, pointer, {{"url", *url}});
}

void check_credits(const CheckContext& context, FindingSink& sink) {
  check_table_a_total(context, sink);
  check_recognition(context, sink);
  check_mobility_window(context, sink);
  const Agreement& agreement = context.agreement;
  // G: the sending institution's provisions for components not completed successfully.
  if (is_missing(agreement.provisions_url)) sink.add(kProvisionsUrlMissing, "/provisionsUrl");
  check_url(agreement.learning_outcomes_url, "/learningOutcomesUrl", sink);
  check_url(agreement.provisions_url, "/provisionsUrl", sink);
}

}  // namespace

const RuleGroup kCreditRules{kRules, std::size(kRules), check_credits};

}  // namespace la

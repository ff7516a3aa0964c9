// Rules LA-9xx: short stays, the virtual part of blended mobility, Blended Intensive Programmes.
// learning-agreement.md, section 4: the 5-to-30-day stays of blended and doctoral mobilities, the
// compulsory virtual part of a blended mobility, and the facts of a BIP (K, P).
#include <algorithm>

#include "core/calendar.hpp"
#include "core/credit_totals.hpp"
#include "core/number_text.hpp"
#include "core/rule_groups.hpp"
#include "core/text_formats.hpp"

namespace la {
namespace {

constexpr Rule kBlendedStayOutOfRange{"LA-901", Severity::Error, "K"};
constexpr Rule kDoctoralStayOutOfRange{"LA-902", Severity::Error, "P"};
constexpr Rule kBlendedWithoutVirtualPart{"LA-903", Severity::Error, "K"};
constexpr Rule kBlendedTooFewCredits{"LA-904", Severity::Error, "K"};
constexpr Rule kBipTooFewParticipants{"LA-905", Severity::Error, "K"};
constexpr Rule kBipTooFewPartnerCountries{"LA-906", Severity::Error, "K"};

constexpr const Rule* kRules[] = {
    &kBlendedStayOutOfRange, &kDoctoralStayOutOfRange, &kBlendedWithoutVirtualPart, &kBlendedTooFewCredits,
    &kBipTooFewParticipants, &kBipTooFewPartnerCountries,
};

// K, P: the physical part lasts 5 to 30 days.
constexpr long long kShortestStayDays = 5;
constexpr long long kLongestStayDays = 30;
// K: a blended mobility (with its virtual part) awards at least 3 ECTS.
constexpr double kLeastBlendedEcts = 3;
// K: a BIP has at least 15 participants and partners from at least two programme countries.
constexpr long long kLeastBipParticipants = 15;
constexpr std::size_t kLeastBipCountries = 2;

// Days of a stay given to the day; LA-303 and LA-305 speak for other dates.
void check_stay_in_days(const Agreement& agreement, const Rule& rule, FindingSink& sink) {
  if (is_missing(agreement.start_date) || is_missing(agreement.end_date)) return;
  std::optional<CalendarDate> start = parse_date(*agreement.start_date);
  std::optional<CalendarDate> end = parse_date(*agreement.end_date);
  if (!start || !end || first_day(*start) > last_day(*end)) return;
  long long days = duration_in_days(*start, *end);
  if (days < kShortestStayDays || days > kLongestStayDays) sink.add(rule, "/endDate", {{"days", std::to_string(days)}});
}

void check_virtual_part(const CheckContext& context, FindingSink& sink) {
  const std::vector<Component>* virtual_part = base_components(context.base, ListKind::Virtual);
  if (!virtual_part || virtual_part->empty()) {
    sink.add(kBlendedWithoutVirtualPart, base_list_pointer(context.base, ListKind::Virtual));
  }
  const std::vector<Component>* physical = base_components(context.base, ListKind::Blended);
  bool has_components = (physical && !physical->empty()) || (virtual_part && !virtual_part->empty());
  if (!has_components || context.credit_scheme != "ects") return;
  double total = study_total(*context.base.lists, MobilityType::Blended, context.credit_scheme);
  if (total < kLeastBlendedEcts) {
    sink.add(kBlendedTooFewCredits, base_list_pointer(context.base, ListKind::Blended),
             {{"total", number_text(total)}});
  }
}

void check_bip(const Bip& bip, const ReferenceData& reference, FindingSink& sink) {
  if (bip.participants && *bip.participants < kLeastBipParticipants) {
    sink.add(kBipTooFewParticipants, "/bip/participants", {{"participants", std::to_string(*bip.participants)}});
  }
  if (!bip.partner_heis) return;
  std::vector<std::string_view> countries;
  for (const BipPartner& partner : *bip.partner_heis) {
    if (is_missing(partner.country_code) || !reference.is_programme_country(*partner.country_code)) continue;
    std::string_view country = *partner.country_code;
    if (std::find(countries.begin(), countries.end(), country) == countries.end()) countries.push_back(country);
  }
  if (bip.partner_heis->size() < 2 || countries.size() < kLeastBipCountries) {
    sink.add(kBipTooFewPartnerCountries, "/bip/partnerHeis",
             {{"institutions", std::to_string(bip.partner_heis->size())},
              {"countries", std::to_string(countries.size())}});
  }
}

void check_short_mobility(const CheckContext& context, FindingSink& sink) {
  if (context.type == MobilityType::Blended) {
    check_stay_in_days(context.agreement, kBlendedStayOutOfRange, sink);
    check_virtual_part(context, sink);
  }
  if (context.type == MobilityType::ShortTermDoctoral) {
    check_stay_in_days(context.agreement, kDoctoralStayOutOfRange, sink);
  }
  if (context.agreement.bip) check_bip(*context.agreement.bip, context.reference, sink);
}

}  // namespace

const RuleGroup kBipRules{kRules, std::size(kRules), check_short_mobility};

}  // namespace la

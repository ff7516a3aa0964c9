// Rules LA-2xx: the sending and the receiving institution (learning-agreement.md, section 4).
// Identifiers, Erasmus code, country and contact person.
#include "core/json_pointer.hpp"
#include "core/rule_groups.hpp"
#include "core/text_formats.hpp"

namespace la {
namespace {

constexpr Rule kHeiIdMissing{"LA-201", Severity::Error, "X"};
constexpr Rule kHeiIdNotDomain{"LA-202", Severity::Error, "X (SCHAC)"};
constexpr Rule kErasmusCodeMalformed{"LA-203", Severity::Error, "—"};
constexpr Rule kErasmusCodeMissing{"LA-204", Severity::Warning, "—"};
constexpr Rule kCountryCodeInvalid{"LA-205", Severity::Error, "—"};
constexpr Rule kErasmusCodeOfOtherCountry{"LA-206", Severity::Warning, "—"};
constexpr Rule kContactNameMissing{"LA-207", Severity::Error, "X"};
constexpr Rule kContactEmailMissing{"LA-208", Severity::Error, "X"};
constexpr Rule kSameInstitution{"LA-209", Severity::Error, "—"};
constexpr Rule kNotProgrammeCountry{"LA-210", Severity::Warning, "K"};
// Ours (docs/format.md): the phone number, which the specification's model leaves out of X.
constexpr Rule kContactPhoneNotE164{"LA-211", Severity::Error, "X (phonenumber.xsd)"};

constexpr const Rule* kRules[] = {
    &kHeiIdMissing, &kHeiIdNotDomain, &kErasmusCodeMalformed, &kErasmusCodeMissing, &kCountryCodeInvalid,
    &kErasmusCodeOfOtherCountry, &kContactNameMissing, &kContactEmailMissing, &kSameInstitution,
    &kNotProgrammeCountry, &kContactPhoneNotE164,
};

void report_if_missing(const Text& field, const Rule& rule, std::string_view hei_base, std::string_view name,
                       FindingSink& sink) {
  if (is_missing(field)) sink.add(rule, pointer_append(pointer_append(hei_base, "contactPerson"), name));
}

// X contact-person: given-names, family-name and email are required (minOccurs 1).
void check_contact_person(const std::optional<ContactPerson>& contact, std::string_view hei_base, FindingSink& sink) {
  static const ContactPerson kNone;
  const ContactPerson& person = contact ? *contact : kNone;
  report_if_missing(person.given_names, kContactNameMissing, hei_base, "givenNames", sink);
  report_if_missing(person.family_name, kContactNameMissing, hei_base, "familyName", sink);
  report_if_missing(person.email, kContactEmailMissing, hei_base, "email", sink);
  // X p:phone-number/e164: an EWP system refuses any other form there.
  if (person.phone_number && person.phone_number->e164 && !is_e164(*person.phone_number->e164)) {
    sink.add(kContactPhoneNotE164, pointer_append(hei_base, "contactPerson") + "/phoneNumber/e164");
  }
}

// The country of a well-formed Erasmus code with a known prefix, nothing (and LA-203) otherwise.
std::optional<std::string_view> erasmus_code_country(const std::string& code, std::string_view base,
                                                     const ReferenceData& reference, FindingSink& sink) {
  std::optional<std::string_view> prefix = erasmus_code_prefix(code);
  std::optional<std::string_view> country = prefix ? reference.erasmus_prefix_country(*prefix) : std::nullopt;
  if (!country) sink.add(kErasmusCodeMalformed, pointer_append(base, "erasmusCode"), {{"code", code}});
  return country;
}

void check_erasmus_code(const Institution& hei, std::string_view base, const ReferenceData& reference,
                        FindingSink& sink) {
  if (is_missing(hei.erasmus_code)) {
    sink.add(kErasmusCodeMissing, pointer_append(base, "erasmusCode"));
    return;
  }
  std::optional<std::string_view> code_country = erasmus_code_country(*hei.erasmus_code, base, reference, sink);
  bool valid_country = !is_missing(hei.country_code) && reference.is_country(*hei.country_code);
  if (code_country && valid_country && *code_country != *hei.country_code) {
    sink.add(kErasmusCodeOfOtherCountry, pointer_append(base, "erasmusCode"),
             {{"code", *hei.erasmus_code}, {"country", *hei.country_code}});
  }
}

// An absent institution is reported by the fields it should have, where they would be, as an
// empty one is (X MobilityInstitution: hei-id and contact-person; ext: countryCode and, as a
// warning, erasmusCode).
void check_institution(const std::optional<Institution>& institution, std::string_view base,
                       const ReferenceData& reference, FindingSink& sink) {
  static const Institution kNone;
  const Institution& hei = institution ? *institution : kNone;
  if (is_missing(hei.hei_id)) {
    sink.add(kHeiIdMissing, pointer_append(base, "heiId"));
  } else if (!is_internet_domain(*hei.hei_id)) {
    sink.add(kHeiIdNotDomain, pointer_append(base, "heiId"), {{"id", *hei.hei_id}});
  }
  check_erasmus_code(hei, base, reference, sink);
  if (is_missing(hei.country_code) || !reference.is_country(*hei.country_code)) {
    sink.add(kCountryCodeInvalid, pointer_append(base, "countryCode"));
  }
  check_contact_person(hei.contact_person, base, sink);
}

void check_distinct_institutions(const Agreement& agreement, FindingSink& sink) {
  if (!agreement.sending_hei || !agreement.receiving_hei) return;
  const Text& sending = agreement.sending_hei->hei_id;
  const Text& receiving = agreement.receiving_hei->hei_id;
  if (is_missing(sending) || is_missing(receiving)) return;
  // Domains ignore case, so "UW.edu.pl" is still uw.edu.pl (LA-202 reports the capitals).
  if (equals_ignoring_ascii_case(trimmed(*sending), trimmed(*receiving))) {
    sink.add(kSameInstitution, "/receivingHei/heiId", {{"id", *receiving}});
  }
}

// K: KA131 study mobility goes to the EU member states and the associated third countries.
void check_programme_country(const std::optional<Institution>& receiving, const ReferenceData& reference,
                             FindingSink& sink) {
  if (!receiving || is_missing(receiving->country_code)) return;
  const std::string& country = *receiving->country_code;
  if (reference.is_country(country) && !reference.is_programme_country(country)) {
    sink.add(kNotProgrammeCountry, "/receivingHei/countryCode", {{"country", country}});
  }
}

void check_institutions(const CheckContext& context, FindingSink& sink) {
  const Agreement& agreement = context.agreement;
  check_institution(agreement.sending_hei, "/sendingHei", context.reference, sink);
  check_institution(agreement.receiving_hei, "/receivingHei", context.reference, sink);
  check_distinct_institutions(agreement, sink);
  check_programme_country(agreement.receiving_hei, context.reference, sink);
}

}  // namespace

const RuleGroup kInstitutionRules{kRules, std::size(kRules), check_institutions};

}  // namespace la

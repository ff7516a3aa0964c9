// Rules LA-1xx: who the student is and how to reach them (learning-agreement.md, section 4).
// X student: "All fields are optional only inside `changes-proposal` element and required
// otherwise", so presence is checked for the agreement's student only, and the format of every
// field that is given also inside changesProposal.student (X: only changed fields are there).
#include "core/calendar.hpp"
#include "core/json_pointer.hpp"
#include "core/rule_groups.hpp"
#include "core/text_formats.hpp"

namespace la {
namespace {

constexpr Rule kStudentNameMissing{"LA-101", Severity::Error, "X"};
constexpr Rule kStudentEmailMissing{"LA-103", Severity::Error, "X"};
constexpr Rule kEmailMalformed{"LA-104", Severity::Error, "X Email"};
constexpr Rule kBirthDateInvalid{"LA-105", Severity::Error, "X"};
constexpr Rule kAgeImplausible{"LA-106", Severity::Warning, "—"};
constexpr Rule kCitizenshipInvalid{"LA-107", Severity::Error, "X CountryCode"};
constexpr Rule kGenderInvalid{"LA-108", Severity::Error, "X Gender"};
constexpr Rule kStudentIdentifierMissing{"LA-109", Severity::Warning, "X"};
constexpr Rule kStudentIdentifierMalformed{"LA-110", Severity::Error, "X"};

constexpr const Rule* kRules[] = {
    &kStudentNameMissing, &kStudentEmailMissing, &kEmailMalformed, &kBirthDateInvalid, &kAgeImplausible,
    &kCitizenshipInvalid, &kGenderInvalid, &kStudentIdentifierMissing, &kStudentIdentifierMalformed,
};

// Below 15 or above 100 at the start, a birth date is most likely mistyped.
constexpr int kYoungestPlausibleAge = 15;
constexpr int kOldestPlausibleAge = 100;

void report_if_missing(const Text& field, const Rule& rule, const char* pointer, FindingSink& sink) {
  if (is_missing(field)) sink.add(rule, pointer);
}

// Presence: the agreement's own student (also when the whole student object is absent).
void check_required_fields(const Student* student, FindingSink& sink) {
  static const Student kNone;
  const Student& s = student ? *student : kNone;
  report_if_missing(s.given_names, kStudentNameMissing, "/student/givenNames", sink);
  report_if_missing(s.family_name, kStudentNameMissing, "/student/familyName", sink);
  report_if_missing(s.email, kStudentEmailMissing, "/student/email", sink);
  report_if_missing(s.birth_date, kBirthDateInvalid, "/student/birthDate", sink);
  report_if_missing(s.citizenship, kCitizenshipInvalid, "/student/citizenship", sink);
  report_if_missing(s.global_id, kStudentIdentifierMissing, "/student/globalId", sink);
}

// LA-104 covers every e-mail a person is reached at; a signature's signerEmail is LA-702's.
void check_email(const Text& email, std::string_view base, FindingSink& sink) {
  if (!is_missing(email) && !is_email(*email)) {
    sink.add(kEmailMalformed, pointer_append(base, "email"), {{"email", *email}});
  }
}

// Formats of the fields that are given, at `base` ("/student" or "/changesProposal/student").
void check_field_formats(const Student& student, std::string_view base, const ReferenceData& reference,
                         FindingSink& sink) {
  check_email(student.email, base, sink);
  if (!is_missing(student.birth_date) && !parse_date(*student.birth_date)) {
    sink.add(kBirthDateInvalid, pointer_append(base, "birthDate"));
  }
  if (!is_missing(student.citizenship) && !reference.is_country(*student.citizenship)) {
    sink.add(kCitizenshipInvalid, pointer_append(base, "citizenship"));
  }
  // X Gender: ISO/IEC 5218 codes only.
  if (student.gender && *student.gender != 0 && *student.gender != 1 && *student.gender != 2 && *student.gender != 9) {
    sink.add(kGenderInvalid, pointer_append(base, "gender"), {{"gender", std::to_string(*student.gender)}});
  }
  if (!is_missing(student.global_id) && !is_esi(*student.global_id)) {
    sink.add(kStudentIdentifierMalformed, pointer_append(base, "globalId"), {{"id", *student.global_id}});
  }
}

void check_contact_email(const std::optional<Institution>& institution, const char* base, FindingSink& sink) {
  if (institution && institution->contact_person) check_email(institution->contact_person->email, base, sink);
}

void check_age(const Agreement& agreement, FindingSink& sink) {
  if (!agreement.student || is_missing(agreement.student->birth_date) || is_missing(agreement.start_date)) return;
  std::optional<CalendarDate> birth = parse_date(*agreement.student->birth_date);
  std::optional<CalendarDate> start = parse_month_or_date(*agreement.start_date);
  if (!birth || !start) return;
  int age = age_in_years(*birth, *start);
  if (age < kYoungestPlausibleAge || age > kOldestPlausibleAge) {
    sink.add(kAgeImplausible, "/student/birthDate", {{"age", std::to_string(age)}});
  }
}

void check_student(const CheckContext& context, FindingSink& sink) {
  const Agreement& agreement = context.agreement;
  check_required_fields(agreement.student ? &*agreement.student : nullptr, sink);
  if (agreement.student) check_field_formats(*agreement.student, "/student", context.reference, sink);
  check_age(agreement, sink);
  check_contact_email(agreement.sending_hei, "/sendingHei/contactPerson", sink);
  check_contact_email(agreement.receiving_hei, "/receivingHei/contactPerson", sink);
  if (agreement.changes_proposal && agreement.changes_proposal->student) {
    check_field_formats(*agreement.changes_proposal->student, "/changesProposal/student", context.reference, sink);
  }
}

}  // namespace

const RuleGroup kStudentRules{kRules, std::size(kRules), check_student};

}  // namespace la

// The Learning Agreement as JSON format v1 describes it (learning-agreement.md, section 2), which
// mirrors the `la` element of EWP OMOBILITY-LAs get-response.xsd field for field.
//
// Every field is optional in the model: a draft may lack anything, and the checker, not the
// reader, says what is missing. Each struct lists its fields once, in canonical order, in
// `visit_fields(self, visitor)` (static, so that it serves const and mutable objects alike);
// the JSON codec, the order of findings and the schema test all use that one list.
// Fields a struct does not know are kept in `unknown` and written back unchanged.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace la {

using Text = std::optional<std::string>;
using Number = std::optional<double>;
using WholeNumber = std::optional<long long>;
using Flag = std::optional<bool>;
template <class T>
using List = std::optional<std::vector<T>>;
// An object of the fields this format version does not know, or null when there are none.
using UnknownFields = nlohmann::json;

// The JSON format version this build reads and writes.
constexpr long long kFormatVersion = 1;

// X p:PhoneNumber (phonenumber.xsd): E.164 ("+48221234567"), an extension, or, as a last
// resort, any other form.
struct PhoneNumber {
  Text e164, ext, other_format;
  UnknownFields unknown;
  template <class Self, class V>
  static void visit_fields(Self& self, V& v) {
    v("e164", self.e164);
    v("ext", self.ext);
    v("otherFormat", self.other_format);
  }
};

struct ContactPerson {
  Text given_names, family_name, email;
  std::optional<PhoneNumber> phone_number;
  UnknownFields unknown;
  template <class Self, class V>
  static void visit_fields(Self& self, V& v) {
    v("givenNames", self.given_names);
    v("familyName", self.family_name);
    v("email", self.email);
    v("phoneNumber", self.phone_number);
  }
};

// X MobilityInstitution; erasmusCode, countryCode and name are ours (ext).
struct Institution {
  Text hei_id, erasmus_code, country_code, name, ounit_name, ounit_id;
  std::optional<ContactPerson> contact_person;
  UnknownFields unknown;
  template <class Self, class V>
  static void visit_fields(Self& self, V& v) {
    v("heiId", self.hei_id);
    v("erasmusCode", self.erasmus_code);
    v("countryCode", self.country_code);
    v("name", self.name);
    v("ounitName", self.ounit_name);
    v("ounitId", self.ounit_id);
    v("contactPerson", self.contact_person);
  }
};

struct Student {
  Text given_names, family_name, global_id, birth_date, citizenship;
  WholeNumber gender;  // ISO 5218: 0, 1, 2 or 9
  Text email;
  UnknownFields unknown;
  template <class Self, class V>
  static void visit_fields(Self& self, V& v) {
    v("givenNames", self.given_names);
    v("familyName", self.family_name);
    v("globalId", self.global_id);
    v("birthDate", self.birth_date);
    v("citizenship", self.citizenship);
    v("gender", self.gender);
    v("email", self.email);
  }
};

struct LanguageSkill {
  Text language, cefr_level;
  UnknownFields unknown;
  template <class Self, class V>
  static void visit_fields(Self& self, V& v) {
    v("language", self.language);
    v("cefrLevel", self.cefr_level);
  }
};

// ext: the credit system when credits are not ECTS (G).
struct CreditSystem {
  Text name, url;
  UnknownFields unknown;
  template <class Self, class V>
  static void visit_fields(Self& self, V& v) {
    v("name", self.name);
    v("url", self.url);
  }
};

struct BipPartner {
  Text hei_id, country_code;
  UnknownFields unknown;
  template <class Self, class V>
  static void visit_fields(Self& self, V& v) {
    v("heiId", self.hei_id);
    v("countryCode", self.country_code);
  }
};

// ext: Blended Intensive Programme facts (K).
struct Bip {
  WholeNumber participants;
  List<BipPartner> partner_heis;
  UnknownFields unknown;
  template <class Self, class V>
  static void visit_fields(Self& self, V& v) {
    v("participants", self.participants);
    v("partnerHeis", self.partner_heis);
  }
};

struct TermId {
  WholeNumber term_number, total_terms;
  UnknownFields unknown;
  template <class Self, class V>
  static void visit_fields(Self& self, V& v) {
    v("termNumber", self.term_number);
    v("totalTerms", self.total_terms);
  }
};

struct Credit {
  Text scheme;  // "ects", or a local scheme explained by Agreement::credit_system
  Number value;
  UnknownFields unknown;
  template <class Self, class V>
  static void visit_fields(Self& self, V& v) {
    v("scheme", self.scheme);
    v("value", self.value);
  }
};

struct Component {
  Text los_id, los_code, title, loi_id;
  std::optional<TermId> term_id;
  List<Credit> credits;
  Text recognition_conditions, short_description;
  Text status, reason_code, reason_text;  // only on changes: "inserted" / "deleted" and why
  UnknownFields unknown;
  template <class Self, class V>
  static void visit_fields(Self& self, V& v) {
    v("losId", self.los_id);
    v("losCode", self.los_code);
    v("title", self.title);
    v("loiId", self.loi_id);
    v("termId", self.term_id);
    v("credits", self.credits);
    v("recognitionConditions", self.recognition_conditions);
    v("shortDescription", self.short_description);
    v("status", self.status);
    v("reasonCode", self.reason_code);
    v("reasonText", self.reason_text);
  }
};

struct Signature {
  Text signer_name, signer_position, signer_email, timestamp, signer_app;
  Text content_hash;  // ext: "sha256:<hex>" of the signed content (content_hash.hpp)
  UnknownFields unknown;
  template <class Self, class V>
  static void visit_fields(Self& self, V& v) {
    v("signerName", self.signer_name);
    v("signerPosition", self.signer_position);
    v("signerEmail", self.signer_email);
    v("timestamp", self.timestamp);
    v("signerApp", self.signer_app);
    v("contentHash", self.content_hash);
  }
};

// X ListOf_Components: tables A, B, C (or A2, B2, C2 for changes) and the three signatures.
struct ComponentsList {
  List<Component> components_studied;            // Table A
  List<Component> components_recognized;         // Table B
  List<Component> virtual_components;            // Table C
  List<Component> blended_mobility_components;   // physical part of a blended mobility
  List<Component> short_term_doctoral_components;
  std::optional<Signature> student_signature, sending_hei_signature, receiving_hei_signature;
  UnknownFields unknown;
  template <class Self, class V>
  static void visit_fields(Self& self, V& v) {
    v("componentsStudied", self.components_studied);
    v("componentsRecognized", self.components_recognized);
    v("virtualComponents", self.virtual_components);
    v("blendedMobilityComponents", self.blended_mobility_components);
    v("shortTermDoctoralComponents", self.short_term_doctoral_components);
    v("studentSignature", self.student_signature);
    v("sendingHeiSignature", self.sending_hei_signature);
    v("receivingHeiSignature", self.receiving_hei_signature);
  }
};

// X changes-proposal: a ListOf_Components extended with its id and, optionally, the student
// data that changed since the receiving institution's last approval (X; only changed fields).
struct ChangesProposal : ComponentsList {
  Text id;
  std::optional<Student> student;
  template <class Self, class V>
  static void visit_fields(Self& self, V& v) {
    v("id", self.id);
    ComponentsList::visit_fields(self, v);
    v("student", self.student);
  }
};

struct Agreement {
  Text mobility_type;  // ext: "semester", "blended" or "short-term-doctoral"
  Text omobility_id;
  std::optional<Institution> sending_hei, receiving_hei;
  Text receiving_academic_year_id;  // "YYYY/YYYY"
  std::optional<Student> student;
  Text start_date, end_date;  // "YYYY-MM" or "YYYY-MM-DD"
  WholeNumber eqf_level_studied_at_departure;
  Text isced_f_code, isced_clarification;
  std::optional<LanguageSkill> student_language_skill;
  Text learning_outcomes_url, provisions_url;
  std::optional<CreditSystem> credit_system;
  Flag mobility_window;    // ext: Table B is the single "mobility window" line (G)
  Text recognition_annex;  // ext: agreed exceptions to full recognition (G)
  std::optional<Bip> bip;
  std::optional<ComponentsList> first_version, approved_changes;
  std::optional<ChangesProposal> changes_proposal;
  UnknownFields unknown;
  // "formatVersion" comes first in every file; the codec reads and writes it, not the model.
  template <class Self, class V>
  static void visit_fields(Self& self, V& v) {
    v("mobilityType", self.mobility_type);
    v("omobilityId", self.omobility_id);
    v("sendingHei", self.sending_hei);
    v("receivingHei", self.receiving_hei);
    v("receivingAcademicYearId", self.receiving_academic_year_id);
    v("student", self.student);
    v("startDate", self.start_date);
    v("endDate", self.end_date);
    v("eqfLevelStudiedAtDeparture", self.eqf_level_studied_at_departure);
    v("iscedFCode", self.isced_f_code);
    v("iscedClarification", self.isced_clarification);
    v("studentLanguageSkill", self.student_language_skill);
    v("learningOutcomesUrl", self.learning_outcomes_url);
    v("provisionsUrl", self.provisions_url);
    v("creditSystem", self.credit_system);
    v("mobilityWindow", self.mobility_window);
    v("recognitionAnnex", self.recognition_annex);
    v("bip", self.bip);
    v("firstVersion", self.first_version);
    v("approvedChanges", self.approved_changes);
    v("changesProposal", self.changes_proposal);
  }
};

enum class MobilityType { Semester, Blended, ShortTermDoctoral, Unknown };
MobilityType mobility_type_of(const Agreement& agreement);

}  // namespace la

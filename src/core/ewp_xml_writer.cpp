// Writes an agreement as an EWP omobility-las-get-response (ewp_xml.hpp), in the XSD's element
// order, after checking every value the XSD constrains: a file an EWP node would refuse is never
// written.
#include <cmath>
#include <cstdio>

#include <pugixml.hpp>

#include "core/calendar.hpp"
#include "core/component_lists.hpp"
#include "core/ewp_values.hpp"
#include "core/ewp_xml.hpp"
#include "core/ewp_xml_names.hpp"
#include "core/json_pointer.hpp"
#include "core/messages.hpp"
#include "core/text_formats.hpp"

namespace la {
namespace {

using Check = bool (*)(std::string_view);

bool any_text(std::string_view) { return true; }
bool is_xs_date(std::string_view text) { return text.size() == 10 && parse_date(text).has_value(); }
bool is_xs_date_time(std::string_view text) { return parse_timestamp(text).has_value(); }

// xs:decimal has no exponent: 0.00001, not 1e-05.
std::string decimal_text(double value) {
  if (std::trunc(value) == value && std::fabs(value) < 9007199254740992.0) {
    return std::to_string(static_cast<long long>(value));
  }
  char text[64];
  std::snprintf(text, sizeof text, "%.17g", value);
  for (int digits = 1; digits <= 17; ++digits) {  // the shortest text that reads back the same
    std::snprintf(text, sizeof text, "%.*g", digits, value);
    if (std::strtod(text, nullptr) == value) break;
  }
  if (std::string(text).find('e') == std::string::npos) return text;
  std::snprintf(text, sizeof text, "%.20f", value);
  std::string fixed = text;
  fixed.erase(fixed.find_last_not_of('0') + 1);
  if (fixed.back() == '.') fixed.pop_back();
  return fixed;
}

class Writer {
 public:
  EwpXmlExport result;

  // An element holding `value` when it is present; a problem when it is required and missing,
  // or present and not of the XSD's form.
  void text(pugi::xml_node parent, const char* name, const Text& value, const std::string& pointer,
            bool required, Check form = any_text) {
    if (is_missing(value)) {
      if (required) result.problems.push_back({pointer, true});
      if (!value) return;
    }
    if (!form(*value) || first_non_xml_character(*value) != std::string::npos) {
      result.problems.push_back({pointer, false});
      return;
    }
    parent.append_child(name).text().set(value->c_str());
  }

  void not_carried(const std::string& pointer, bool present) {
    if (present) result.not_carried.push_back(pointer);
  }

  // Fields that this format version does not know: kept in JSON, but EWP has no place for them.
  void unknown_fields(const UnknownFields& unknown, const std::string& pointer) {
    if (!unknown.is_object()) return;
    for (auto it = unknown.begin(); it != unknown.end(); ++it) not_carried(pointer_append(pointer, it.key()), true);
  }

  void institution(pugi::xml_node parent, const char* name, const std::optional<Institution>& hei,
                   const std::string& pointer) {
    if (!hei) {
      result.problems.push_back({pointer, true});
      return;
    }
    pugi::xml_node node = parent.append_child(name);
    text(node, "hei-id", hei->hei_id, pointer + "/heiId", true);
    not_carried(pointer + "/erasmusCode", hei->erasmus_code.has_value());
    not_carried(pointer + "/countryCode", hei->country_code.has_value());
    not_carried(pointer + "/name", hei->name.has_value());
    text(node, "ounit-name", hei->ounit_name, pointer + "/ounitName", false);
    text(node, "ounit-id", hei->ounit_id, pointer + "/ounitId", false, is_ewp_identifier);
    unknown_fields(hei->unknown, pointer);
    const std::string contact_pointer = pointer + "/contactPerson";
    if (!hei->contact_person) {
      result.problems.push_back({contact_pointer, true});
      return;
    }
    const ContactPerson& person = *hei->contact_person;
    pugi::xml_node contact = node.append_child("contact-person");
    text(contact, "given-names", person.given_names, contact_pointer + "/givenNames", true);
    text(contact, "family-name", person.family_name, contact_pointer + "/familyName", true);
    text(contact, "email", person.email, contact_pointer + "/email", true, is_ewp_email);
    unknown_fields(person.unknown, contact_pointer);
    if (person.phone_number) {
      const std::string phone_pointer = contact_pointer + "/phoneNumber";
      pugi::xml_node phone = contact.append_child("p:phone-number");
      text(phone, "p:e164", person.phone_number->e164, phone_pointer + "/e164", false, is_e164);
      text(phone, "p:ext", person.phone_number->ext, phone_pointer + "/ext", false);
      text(phone, "p:other-format", person.phone_number->other_format, phone_pointer + "/otherFormat", false);
      unknown_fields(person.phone_number->unknown, phone_pointer);
    }
  }

  void student(pugi::xml_node parent, const Student& student, const std::string& pointer) {
    pugi::xml_node node = parent.append_child("student");
    text(node, "given-names", student.given_names, pointer + "/givenNames", false);
    text(node, "family-name", student.family_name, pointer + "/familyName", false);
    text(node, "global-id", student.global_id, pointer + "/globalId", false);
    text(node, "birth-date", student.birth_date, pointer + "/birthDate", false, is_xs_date);
    text(node, "citizenship", student.citizenship, pointer + "/citizenship", false, is_ewp_country_code);
    if (student.gender) {
      const long long gender = *student.gender;
      if (gender == 0 || gender == 1 || gender == 2 || gender == 9) {
        node.append_child("gender").text().set(gender);
      } else {
        result.problems.push_back({pointer + "/gender", false});
      }
    }
    text(node, "email", student.email, pointer + "/email", false, is_ewp_email);
    unknown_fields(student.unknown, pointer);
  }

  // start-date / start-year-month: the element says which of the two forms the value has.
  void month_or_date(pugi::xml_node parent, const char* prefix, const Text& value, const std::string& pointer) {
    if (is_missing(value)) {
      result.problems.push_back({pointer, true});
      return;
    }
    std::optional<CalendarDate> date = parse_month_or_date(*value);
    if (!date) {
      result.problems.push_back({pointer, false});
      return;
    }
    const std::string name = std::string(prefix) + (value->size() == 7 ? "-year-month" : "-date");
    parent.append_child(name.c_str()).text().set(value->c_str());
  }

  void component(pugi::xml_node parent, const Component& item, const std::string& pointer) {
    pugi::xml_node node = parent.append_child("component");
    text(node, "los-id", item.los_id, pointer + "/losId", false, is_ewp_los_id);
    text(node, "los-code", item.los_code, pointer + "/losCode", false);
    text(node, "title", item.title, pointer + "/title", true);
    text(node, "loi-id", item.loi_id, pointer + "/loiId", false, is_ewp_loi_id);
    if (item.term_id) {
      const std::string term_pointer = pointer + "/termId";
      pugi::xml_node term = node.append_child("term-id");
      whole_number(term, "trm:term-number", item.term_id->term_number, term_pointer + "/termNumber");
      whole_number(term, "trm:total-terms", item.term_id->total_terms, term_pointer + "/totalTerms");
      unknown_fields(item.term_id->unknown, term_pointer);
    }
    if (item.credits) {
      for (std::size_t i = 0; i < item.credits->size(); ++i) {
        const Credit& credit = (*item.credits)[i];
        const std::string credit_pointer = pointer + "/credits/" + std::to_string(i);
        pugi::xml_node credit_node = node.append_child("credit");
        text(credit_node, "scheme", credit.scheme, credit_pointer + "/scheme", true);
        if (!credit.value) {
          result.problems.push_back({credit_pointer + "/value", true});
        } else if (!std::isfinite(*credit.value)) {
          result.problems.push_back({credit_pointer + "/value", false});
        } else {
          credit_node.append_child("value").text().set(decimal_text(*credit.value).c_str());
        }
        unknown_fields(credit.unknown, credit_pointer);
      }
    }
    text(node, "recognition-conditions", item.recognition_conditions, pointer + "/recognitionConditions", false);
    text(node, "short-description", item.short_description, pointer + "/shortDescription", false);
    attribute(node, "status", item.status, pointer + "/status",
              [](std::string_view v) { return v == "inserted" || v == "deleted"; });
    attribute(node, "reason-code", item.reason_code, pointer + "/reasonCode", is_ewp_reason_code);
    attribute(node, "reason-text", item.reason_text, pointer + "/reasonText", any_text);
    unknown_fields(item.unknown, pointer);
  }

  void whole_number(pugi::xml_node parent, const char* name, const WholeNumber& value, const std::string& pointer) {
    if (!value) {
      result.problems.push_back({pointer, true});
      return;
    }
    parent.append_child(name).text().set(*value);
  }

  void attribute(pugi::xml_node node, const char* name, const Text& value, const std::string& pointer, Check form) {
    if (!value) return;
    if (!form(*value) || first_non_xml_character(*value) != std::string::npos) {
      result.problems.push_back({pointer, false});
      return;
    }
    node.append_attribute(name).set_value(value->c_str());
  }

  void signature(pugi::xml_node parent, const char* name, const std::optional<Signature>& signature,
                 const std::string& pointer, bool required) {
    if (!signature) {
      if (required) result.problems.push_back({pointer, true});
      return;
    }
    pugi::xml_node node = parent.append_child(name);
    text(node, "signer-name", signature->signer_name, pointer + "/signerName", false);
    text(node, "signer-position", signature->signer_position, pointer + "/signerPosition", false);
    text(node, "signer-email", signature->signer_email, pointer + "/signerEmail", false);
    text(node, "timestamp", signature->timestamp, pointer + "/timestamp", true, is_xs_date_time);
    text(node, "signer-app", signature->signer_app, pointer + "/signerApp", false);
    not_carried(pointer + "/contentHash", signature->content_hash.has_value());
    unknown_fields(signature->unknown, pointer);
  }

  void components_list(pugi::xml_node node, const ComponentsList& lists, const std::string& pointer,
                       bool receiving_signature_required) {
    for (ListKind kind : {ListKind::Studied, ListKind::Recognized, ListKind::Virtual, ListKind::Blended,
                          ListKind::Doctoral}) {
      const List<Component>& list = list_of(lists, kind);
      if (!list) continue;
      const std::string list_pointer = pointer_append(pointer, std::string(list_field_name(kind)));
      pugi::xml_node list_node = node.append_child(xml_name(list_field_name(kind)).c_str());
      for (std::size_t i = 0; i < list->size(); ++i) component(list_node, (*list)[i], component_pointer(list_pointer, i));
    }
    // X: student and sending institution signatures are required in every section; the
    // receiving institution's everywhere but in a changes proposal.
    signature(node, "student-signature", lists.student_signature, pointer + "/studentSignature", true);
    signature(node, "sending-hei-signature", lists.sending_hei_signature, pointer + "/sendingHeiSignature", true);
    signature(node, "receiving-hei-signature", lists.receiving_hei_signature, pointer + "/receivingHeiSignature",
              receiving_signature_required);
    unknown_fields(lists.unknown, pointer);
  }

  void agreement(pugi::xml_node la, const Agreement& agreement) {
    not_carried("/mobilityType", agreement.mobility_type.has_value());
    text(la, "omobility-id", agreement.omobility_id, "/omobilityId", true, is_ewp_identifier);
    institution(la, "sending-hei", agreement.sending_hei, "/sendingHei");
    institution(la, "receiving-hei", agreement.receiving_hei, "/receivingHei");
    text(la, "receiving-academic-year-id", agreement.receiving_academic_year_id, "/receivingAcademicYearId", true,
         is_ewp_academic_year_id);
    if (agreement.student) student(la, *agreement.student, "/student");
    else result.problems.push_back({"/student", true});
    month_or_date(la, "start", agreement.start_date, "/startDate");
    month_or_date(la, "end", agreement.end_date, "/endDate");
    const WholeNumber& eqf = agreement.eqf_level_studied_at_departure;
    if (!eqf) result.problems.push_back({"/eqfLevelStudiedAtDeparture", true});
    else if (*eqf < 1 || *eqf > 8) result.problems.push_back({"/eqfLevelStudiedAtDeparture", false});
    else la.append_child("eqf-level-studied-at-departure").text().set(*eqf);
    text(la, "isced-f-code", agreement.isced_f_code, "/iscedFCode", true);
    text(la, "isced-clarification", agreement.isced_clarification, "/iscedClarification", false);
    if (!agreement.student_language_skill) {
      result.problems.push_back({"/studentLanguageSkill", true});
    } else {
      const LanguageSkill& skill = *agreement.student_language_skill;
      pugi::xml_node node = la.append_child("student-language-skill");
      text(node, "language", skill.language, "/studentLanguageSkill/language", true, is_xml_language);
      text(node, "cefr-level", skill.cefr_level, "/studentLanguageSkill/cefrLevel", true, is_ewp_cefr_level);
      unknown_fields(skill.unknown, "/studentLanguageSkill");
    }
    if (agreement.first_version) {
      components_list(la.append_child("first-version"), *agreement.first_version, "/firstVersion", true);
    }
    if (agreement.approved_changes) {
      components_list(la.append_child("approved-changes"), *agreement.approved_changes, "/approvedChanges", true);
    }
    if (agreement.changes_proposal) {
      const ChangesProposal& proposal = *agreement.changes_proposal;
      pugi::xml_node node = la.append_child("changes-proposal");
      if (is_missing(proposal.id)) result.problems.push_back({"/changesProposal/id", true});
      else attribute(node, "id", proposal.id, "/changesProposal/id", any_text);
      components_list(node, proposal, "/changesProposal", false);
      if (proposal.student) student(node, *proposal.student, "/changesProposal/student");
    }
    if (!agreement.first_version && !agreement.changes_proposal) {
      // X first-version: "If this element is not provided than you MUST provide changes-proposal".
      result.problems.push_back({"/firstVersion", true});
    }
    text(la, "learning-outcomes-url", agreement.learning_outcomes_url, "/learningOutcomesUrl", false, is_http_url);
    text(la, "provisions-url", agreement.provisions_url, "/provisionsUrl", false, is_http_url);
    not_carried("/creditSystem", agreement.credit_system.has_value());
    not_carried("/mobilityWindow", agreement.mobility_window.has_value());
    not_carried("/recognitionAnnex", agreement.recognition_annex.has_value());
    not_carried("/bip", agreement.bip.has_value());
    unknown_fields(agreement.unknown, "");
  }
};

// pugixml's output into a string, without std::ostream: iostreams would bring locales (and the
// environment they read) into the XML part's wasm.
struct TextWriter : pugi::xml_writer {
  explicit TextWriter(std::string& text) : text(text) {}
  void write(const void* data, size_t size) override { text.append(static_cast<const char*>(data), size); }
  std::string& text;
};

}  // namespace

EwpXmlExport write_ewp_xml(const Agreement& agreement) {
  pugi::xml_document document;
  pugi::xml_node declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version").set_value("1.0");
  declaration.append_attribute("encoding").set_value("UTF-8");
  pugi::xml_node root = document.append_child("omobility-las-get-response");
  root.append_attribute("xmlns").set_value(std::string(kEwpLasNamespace).c_str());
  root.append_attribute("xmlns:trm").set_value(std::string(kEwpTermNamespace).c_str());
  root.append_attribute("xmlns:p").set_value(std::string(kEwpPhoneNamespace).c_str());
  Writer writer;
  writer.agreement(root.append_child("la"), agreement);
  if (writer.result.problems.empty()) {
    TextWriter out{writer.result.xml};
    document.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  }
  return writer.result;
}

std::string export_problem_message(const ExportProblem& problem, std::string_view language) {
  return message_text(problem.missing ? "ewp.export.missing" : "ewp.export.invalid", {{"field", problem.pointer}},
                      language);
}

}  // namespace la

// The printable agreement (print_document.hpp). Layout after the official template "Learning
// Agreement for Studies" (European Commission, Erasmus+ KA131) and its sections.
//
// --- Sections: Escaping, Page frame, Parties, Tables, Language and commitments, Signatures, Document
#include "core/print_document.hpp"

#include <cstdio>

#include "core/checker.hpp"
#include "core/component_lists.hpp"
#include "core/credit_totals.hpp"
#include "core/number_text.hpp"
#include "core/reference_data.hpp"
#include "core/signing.hpp"
#include "core/text_formats.hpp"

namespace la {

// --- Escaping

std::string html_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string css_string_escaped(std::string_view text) {
  std::string out;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\' || c == '<' || byte < 0x20 || byte == 0x7F) {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\%X ", byte);  // the space ends the escape
      out += escape;
    } else {
      out += c;
    }
  }
  return out;
}

namespace {

// A value as printed: escaped, or an empty cell.
std::string shown(const Text& text) { return is_missing(text) ? std::string() : html_escaped(trimmed(*text)); }

std::string joined(const Text& first, const Text& second) {
  std::string a = is_missing(first) ? "" : std::string(trimmed(*first));
  std::string b = is_missing(second) ? "" : std::string(trimmed(*second));
  return a.empty() || b.empty() ? a + b : a + " " + b;
}

std::string student_name(const Agreement& agreement) {
  return agreement.student ? joined(agreement.student->given_names, agreement.student->family_name) : "";
}

// A row of label and value in the parties' tables; rows without a value are left out.
void row(std::string& out, std::string_view label, const std::string& escaped_value) {
  if (escaped_value.empty()) return;
  out += "<tr><th scope=\"row\">";
  out += label;
  out += "</th><td>" + escaped_value + "</td></tr>\n";
}

// --- Page frame

std::string style(const std::string& name) {
  return "<style>\n"
         "@page { size: A4; margin: 22mm 16mm 20mm;\n"
         "  @top-left { content: \"Learning Agreement \\2014  " + css_string_escaped(name) +
         "\"; font: 9pt sans-serif; color: #444; }\n"
         "  @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); font: 9pt sans-serif; }\n}\n"
         "body { font: 10pt/1.35 \"Noto Sans\", \"DejaVu Sans\", sans-serif; color: #000; margin: 0; }\n"
         "h1 { font-size: 16pt; margin: 0 0 2mm; } h2 { font-size: 12pt; margin: 6mm 0 2mm; break-after: avoid; }\n"
         "table { border-collapse: collapse; width: 100%; margin-bottom: 3mm; }\n"
         "th, td { border: 0.4pt solid #777; padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; }\n"
         "thead th { background: #e8eef7; } thead { display: table-header-group; }\n"
         "tr { break-inside: avoid; } tfoot td { font-weight: bold; }\n"
         "th[scope=row] { width: 32%; font-weight: normal; color: #333; }\n"
         ".deleted td.title { text-decoration: line-through; } .notice { border: 1pt solid #b00; padding: 2mm; }\n"
         ".signatures { break-inside: avoid; } .fingerprint { font-family: monospace; white-space: nowrap; }\n"
         ".whole { white-space: nowrap; }\n"
         "</style>\n";
}

std::string_view mobility_title(MobilityType type) {
  switch (type) {
    case MobilityType::Blended: return "Blended mobility for studies";
    case MobilityType::ShortTermDoctoral: return "Short-term doctoral mobility";
    default: return "Student mobility for studies";
  }
}

// --- Parties

void student_table(std::string& out, const Agreement& agreement) {
  out += "<h2>Student</h2>\n<table class=\"party\">\n";
  if (agreement.student) {
    const Student& student = *agreement.student;
    row(out, "Family name(s)", shown(student.family_name));
    row(out, "First name(s)", shown(student.given_names));
    row(out, "Date of birth", shown(student.birth_date));
    row(out, "Nationality", shown(student.citizenship));
    row(out, "E-mail", shown(student.email));
    row(out, "European Student Identifier", shown(student.global_id));
  }
  if (agreement.eqf_level_studied_at_departure) {
    row(out, "Study cycle (EQF level)", std::to_string(*agreement.eqf_level_studied_at_departure));
  }
  row(out, "Field of education (ISCED-F)", html_escaped(joined(agreement.isced_f_code, agreement.isced_clarification)));
  row(out, "Academic year", shown(agreement.receiving_academic_year_id));
  row(out, "Mobility from", shown(agreement.start_date));
  row(out, "Mobility until", shown(agreement.end_date));
  out += "</table>\n";
}

void institution_table(std::string& out, std::string_view heading, const std::optional<Institution>& institution) {
  out += "<h2>";
  out += heading;
  out += "</h2>\n<table class=\"party\">\n";
  if (institution) {
    row(out, "Name", shown(institution->name));
    row(out, "Erasmus code", shown(institution->erasmus_code));
    row(out, "Faculty / department", shown(institution->ounit_name));
    row(out, "Country", shown(institution->country_code));
    if (const std::optional<ContactPerson>& contact = institution->contact_person) {
      std::string name = joined(contact->given_names, contact->family_name);
      row(out, "Contact person", html_escaped(name) + (is_missing(contact->email) ? "" : ", " + shown(contact->email)));
    }
  }
  out += "</table>\n";
}

// --- Tables

struct ListTitle {
  ListKind kind;
  const char* first_version;  // its name in the template
  const char* changes;
};
constexpr ListTitle kListTitles[] = {
    {ListKind::Studied, "Table A: study programme at the receiving institution", "Table A2: changes to Table A"},
    {ListKind::Blended, "Table A: physical mobility of the blended mobility", "Table A2: changes to the physical mobility"},
    {ListKind::Doctoral, "Table A: short-term doctoral mobility", "Table A2: changes to the doctoral mobility"},
    {ListKind::Virtual, "Table C: virtual components", "Table C2: changes to Table C"},
    {ListKind::Recognized, "Table B: recognition at the sending institution", "Table B2: changes to Table B"},
};

std::string credits_text(const Component& component) {
  std::string text;
  if (!component.credits) return text;
  for (const Credit& credit : *component.credits) {
    if (!credit.value) continue;
    if (!text.empty()) text += ", ";
    text += number_text(*credit.value);
    if (!is_missing(credit.scheme) && trimmed(*credit.scheme) != "ects") text += " " + shown(credit.scheme);
  }
  return text;
}

std::string term_text(const Component& component) {
  if (!component.term_id || !component.term_id->term_number || !component.term_id->total_terms) return {};
  return std::to_string(*component.term_id->term_number) + " of " + std::to_string(*component.term_id->total_terms);
}

std::string reason_text(const Component& component) {
  std::string text;
  if (!is_missing(component.reason_code)) {
    text = "<b>" + shown(component.reason_code) + "</b>";
    for (const CodeName& reason : ReferenceData::embedded().reason_codes()) {
      if (reason.code == trimmed(*component.reason_code)) text += ": " + html_escaped(reason.name);
    }
  }
  if (!is_missing(component.reason_text)) text += (text.empty() ? "" : "<br>") + shown(component.reason_text);
  return text;
}

void components_table(std::string& out, const char* title, const std::vector<Component>& components,
                      std::string_view scheme, bool changes) {
  out += "<h2>";
  out += title;
  out += "</h2>\n<table class=\"components\">\n<thead><tr><th>Code</th><th>Component title</th><th>Term</th>"
         "<th>Credits</th>";
  if (changes) out += "<th>Change</th><th>Reason</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (const Component& component : components) {
    const bool deleted = component.status && *component.status == "deleted";
    out += deleted ? "<tr class=\"deleted\">" : "<tr>";
    out += "<td>" + shown(component.los_code) + "</td><td class=\"title\">" + shown(component.title);
    if (!is_missing(component.short_description)) out += "<br><small>" + shown(component.short_description) + "</small>";
    out += "</td><td>" + term_text(component) + "</td><td>" + credits_text(component) + "</td>";
    if (changes) out += "<td>" + shown(component.status) + "</td><td>" + reason_text(component) + "</td>";
    out += "</tr>\n";
  }
  out += "</tbody>\n";
  if (!changes) {
    std::string unit = scheme.empty() || scheme == "ects" ? "ECTS credits" : html_escaped(scheme) + " credits";
    out += "<tfoot><tr><td colspan=\"3\">Total " + unit + "</td><td>" + number_text(credit_total(components, scheme)) +
           "</td></tr></tfoot>\n";
  }
  out += "</table>\n";
}

void section_tables(std::string& out, const ComponentsList& lists, std::string_view scheme, bool changes) {
  for (const ListTitle& title : kListTitles) {
    const List<Component>& list = list_of(lists, title.kind);
    if (list && !list->empty()) components_table(out, changes ? title.changes : title.first_version, *list, scheme, changes);
  }
}

// --- Language and commitments

void language_and_terms(std::string& out, const Agreement& agreement) {
  if (const std::optional<LanguageSkill>& skill = agreement.student_language_skill) {
    out += "<h2>Language competence</h2>\n<p>The level of language competence in <b>" + shown(skill->language) +
           "</b> that the student already has or agrees to acquire by the start of the study period is: <b>" +
           shown(skill->cefr_level) + "</b> (Common European Framework of Reference).</p>\n";
  }
  out += "<table class=\"party\">\n";
  row(out, "Learning outcomes (course catalogue)", shown(agreement.learning_outcomes_url));
  row(out, "Provisions for the recognition", shown(agreement.provisions_url));
  if (agreement.mobility_window && *agreement.mobility_window) row(out, "Table B", "a mobility window");
  row(out, "Exceptions to full recognition", shown(agreement.recognition_annex));
  out += "</table>\n";
}

// The template's commitment text (Learning Agreement for Studies, "Commitment" section).
constexpr const char* kCommitment =
    "<h2>Commitment</h2>\n<p>By signing this document, the student, the sending institution and the receiving "
    "institution confirm that they approve the Learning Agreement and that they will comply with all the "
    "arrangements agreed by all parties. Sending and receiving institutions undertake to apply all the principles of "
    "the Erasmus Charter for Higher Education relating to mobility for studies. The beneficiary institution and the "
    "student should also commit to what is set out in the Erasmus+ grant agreement. The receiving institution "
    "confirms that the educational components listed are in line with its course catalogue and should be available "
    "to the student. The sending institution commits to recognise all the credits or equivalent units gained at the "
    "receiving institution for the successfully completed educational components and to count them towards the "
    "student's degree. The student and the receiving institution will communicate to the sending institution any "
    "problems or changes regarding the study programme, responsible persons and/or study period.</p>\n";

// --- Signatures

std::string_view party_title(Party party) {
  switch (party) {
    case Party::Student: return "Student";
    case Party::SendingHei: return "Responsible person at the sending institution";
    case Party::ReceivingHei: break;
  }
  return "Responsible person at the receiving institution";
}

std::string state_text(SignatureState state) {
  switch (state) {
    case SignatureState::Holds: return "signed; content unchanged since";
    case SignatureState::Voided: return "VOID: the content changed after signing";
    case SignatureState::NotSealed: return "signed (no content hash)";
    case SignatureState::Absent: break;
  }
  return "not signed";
}

void signature_table(std::string& out, const Agreement& agreement, Section section, const ComponentsList& lists) {
  out += "<table class=\"signatures\">\n<thead><tr><th>Commitment</th><th>Name, position, e-mail</th>"
         "<th>Date</th><th>Content fingerprint</th></tr></thead>\n<tbody>\n";
  for (const SignatureStatus& status : signature_statuses(agreement)) {
    if (status.slot.section != section) continue;
    const std::optional<Signature>& signature = signature_of(lists, status.slot.party);
    out += "<tr><td>";
    out += party_title(status.slot.party);
    out += "</td>";
    if (signature) {
      // Names and times are not broken across lines: the PDF's text must read them whole.
      out += "<td><span class=\"whole\">" + shown(signature->signer_name) + "</span>";
      if (!is_missing(signature->signer_position)) out += "<br>" + shown(signature->signer_position);
      if (!is_missing(signature->signer_email)) out += "<br>" + shown(signature->signer_email);
      out += "</td><td class=\"whole\">" + shown(signature->timestamp) + "</td>";
    } else {
      out += "<td></td><td></td>";
    }
    out += "<td><span class=\"fingerprint\">" + html_escaped(status.fingerprint) + "</span><br><small>" +
           state_text(status.state) + "</small></td></tr>\n";
  }
  out += "</tbody></table>\n";
}

}  // namespace

// --- Document

std::string print_document(const Agreement& agreement) {
  const std::string name = student_name(agreement);
  const std::string_view scheme = agreement_credit_scheme(component_lists(agreement));
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Learning Agreement";
  out += name.empty() ? "" : " \u2014 " + html_escaped(name);
  out += "</title>\n" + style(name) + "</head>\n<body>\n<h1>Learning Agreement</h1>\n<p>";
  out += mobility_title(mobility_type_of(agreement));
  out += agreement.omobility_id ? " \u00b7 mobility " + shown(agreement.omobility_id) : "";
  out += "</p>\n";
  const std::size_t errors = count_errors(check_agreement(agreement));
  if (errors > 0) {
    out += "<p class=\"notice\">Not ready: this agreement has " + std::to_string(errors) +
           (errors == 1 ? " error" : " errors") + " (la-check lists them).</p>\n";
  }
  student_table(out, agreement);
  institution_table(out, "Sending institution", agreement.sending_hei);
  institution_table(out, "Receiving institution", agreement.receiving_hei);

  out += "<h2>Before the mobility</h2>\n";
  const BaseList base = base_list(agreement);
  if (base.lists) section_tables(out, *base.lists, scheme, false);
  language_and_terms(out, agreement);
  out += kCommitment;
  if (base.lists) signature_table(out, agreement, base.section, *base.lists);

  if (agreement.approved_changes) {
    out += "<h2>During the mobility: approved changes</h2>\n";
    section_tables(out, *agreement.approved_changes, scheme, true);
    signature_table(out, agreement, Section::ApprovedChanges, *agreement.approved_changes);
  }
  if (agreement.changes_proposal && base.section != Section::ChangesProposal) {
    out += "<h2>Proposed changes, not yet approved (proposal " + shown(agreement.changes_proposal->id) + ")</h2>\n";
    section_tables(out, *agreement.changes_proposal, scheme, true);
    signature_table(out, agreement, Section::ChangesProposal, *agreement.changes_proposal);
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace la

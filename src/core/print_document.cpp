// The printable agreement (print_document.hpp). Layout after the official template "Learning
// Agreement for Studies" (European Commission, Erasmus+ KA131) and its sections. Its words are
// the "print.*" messages (assets/i18n), so that every catalogue translates it.
//
// --- Sections: Escaping, Words, Page frame, Parties, Tables, Language and commitments, Signatures, Document
#include "core/print_document.hpp"

#include <cstdio>
#include <utility>
#include <vector>

#include "core/checker.hpp"
#include "core/component_lists.hpp"
#include "core/credit_totals.hpp"
#include "core/messages.hpp"
#include "core/number_text.hpp"
#include "core/print_assets.hpp"
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

// --- Words

// The core's English catalogue lacks the print layout's words (cmake/i18n_split.py: the editor's
// first download does without them); the first document adds them to it, so that every language
// falls back to them as to any English text.
bool add_english_words() { return add_catalogue(print_asset("i18n/print-en.json")); }

// The print view's words in the document's language (English where its catalogue lacks one).
class Words {
 public:
  explicit Words(std::string_view language) : language_(language) {
    static const bool english_words = add_english_words();
    (void)english_words;
  }
  const std::string& language() const { return language_; }

  // A message as HTML character data.
  std::string operator()(std::string_view key) const { return html_escaped(message_text(key, {}, language_)); }

  // A message whose {placeholders} take HTML (escaped values, perhaps marked up): the message is
  // escaped around them. Each placeholder first becomes a marker of control characters, which
  // escaping leaves alone and no message holds.
  std::string operator()(std::string_view key, const std::vector<std::pair<std::string, std::string>>& html) const {
    MessageArgs markers;
    for (std::size_t i = 0; i < html.size(); ++i) markers.emplace_back(html[i].first, marker(i));
    std::string out = html_escaped(message_text(key, markers, language_));
    for (std::size_t i = 0; i < html.size(); ++i) {
      const std::string mark = marker(i);
      for (std::size_t at = out.find(mark); at != std::string::npos; at = out.find(mark, at + html[i].second.size())) {
        out.replace(at, mark.size(), html[i].second);
      }
    }
    return out;
  }

  // A message as plain text, with its placeholders filled in.
  std::string text(std::string_view key, const MessageArgs& args = {}) const { return message_text(key, args, language_); }

 private:
  static std::string marker(std::size_t index) { return "\x01" + std::to_string(index) + "\x02"; }
  std::string language_;
};

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
void row(std::string& out, const std::string& label, const std::string& escaped_value) {
  if (escaped_value.empty()) return;
  out += "<tr><th scope=\"row\">" + label + "</th><td>" + escaped_value + "</td></tr>\n";
}

// A CSS content value of text with counters: "Page {page} of {pages}" -> "Page " counter(page) " of " counter(pages).
std::string css_content(std::string text) {
  std::string out = "\"" + css_string_escaped(text) + "\"";
  for (const char* counter : {"page", "pages"}) {
    const std::string placeholder = "{" + std::string(counter) + "}";
    const std::string escaped = css_string_escaped(placeholder);
    const std::size_t at = out.find(escaped);
    if (at != std::string::npos) out.replace(at, escaped.size(), "\" counter(" + std::string(counter) + ") \"");
  }
  // A counter at either end leaves an empty string there.
  if (out.compare(0, 3, "\"\" ") == 0) out.erase(0, 3);
  if (out.size() >= 3 && out.compare(out.size() - 3, 3, " \"\"") == 0) out.erase(out.size() - 3);
  return out;
}

// --- Page frame

std::string style(const Words& words, const std::string& name) {
  const std::string header = name.empty() ? words.text("print.title") : words.text("print.pageHeader", {{"name", name}});
  return "<style>\n"
         "@page { size: A4; margin: 22mm 16mm 20mm;\n"
         "  @top-left { content: " + css_content(header) + "; font: 9pt sans-serif; color: #444; }\n"
         "  @bottom-right { content: " + css_content(words.text("print.pageNumber")) + "; font: 9pt sans-serif; }\n}\n"
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

const char* mobility_title(MobilityType type) {
  switch (type) {
    case MobilityType::Blended: return "print.mobility.blended";
    case MobilityType::ShortTermDoctoral: return "print.mobility.doctoral";
    default: return "print.mobility.semester";
  }
}

// --- Parties

void student_table(std::string& out, const Words& words, const Agreement& agreement) {
  out += "<h2>" + words("print.student") + "</h2>\n<table class=\"party\">\n";
  if (agreement.student) {
    const Student& student = *agreement.student;
    row(out, words("print.familyName"), shown(student.family_name));
    row(out, words("print.givenNames"), shown(student.given_names));
    row(out, words("print.birthDate"), shown(student.birth_date));
    row(out, words("print.nationality"), shown(student.citizenship));
    row(out, words("print.email"), shown(student.email));
    row(out, words("print.globalId"), shown(student.global_id));
  }
  if (agreement.eqf_level_studied_at_departure) {
    row(out, words("print.eqfLevel"), std::to_string(*agreement.eqf_level_studied_at_departure));
  }
  row(out, words("print.isced"), html_escaped(joined(agreement.isced_f_code, agreement.isced_clarification)));
  row(out, words("print.academicYear"), shown(agreement.receiving_academic_year_id));
  row(out, words("print.startDate"), shown(agreement.start_date));
  row(out, words("print.endDate"), shown(agreement.end_date));
  out += "</table>\n";
}

void institution_table(std::string& out, const Words& words, const char* heading_key,
                       const std::optional<Institution>& institution) {
  out += "<h2>" + words(heading_key) + "</h2>\n<table class=\"party\">\n";
  if (institution) {
    row(out, words("print.heiName"), shown(institution->name));
    row(out, words("print.erasmusCode"), shown(institution->erasmus_code));
    row(out, words("print.ounitName"), shown(institution->ounit_name));
    row(out, words("print.country"), shown(institution->country_code));
    if (const std::optional<ContactPerson>& contact = institution->contact_person) {
      std::string name = joined(contact->given_names, contact->family_name);
      row(out, words("print.contactPerson"), html_escaped(name) + (is_missing(contact->email) ? "" : ", " + shown(contact->email)));
    }
  }
  out += "</table>\n";
}

// --- Tables

struct ListTitle {
  ListKind kind;
  const char* first_version;  // the key of its name in the template
  const char* changes;
};
constexpr ListTitle kListTitles[] = {
    {ListKind::Studied, "print.table.studied", "print.changes.studied"},
    {ListKind::Blended, "print.table.blended", "print.changes.blended"},
    {ListKind::Doctoral, "print.table.doctoral", "print.changes.doctoral"},
    {ListKind::Virtual, "print.table.virtual", "print.changes.virtual"},
    {ListKind::Recognized, "print.table.recognized", "print.changes.recognized"},
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

std::string term_text(const Words& words, const Component& component) {
  if (!component.term_id || !component.term_id->term_number || !component.term_id->total_terms) return {};
  return words("print.termOf", {{"term", std::to_string(*component.term_id->term_number)},
                                {"terms", std::to_string(*component.term_id->total_terms)}});
}

std::string reason_text(const Words& words, const Component& component) {
  std::string text;
  if (!is_missing(component.reason_code)) {
    text = "<b>" + shown(component.reason_code) + "</b>";
    for (const CodeName& reason : ReferenceData::embedded().reason_codes()) {
      if (reason.code != trimmed(*component.reason_code)) continue;
      const std::string name = reference_name("reason." + reason.code, words.language());
      text += ": " + html_escaped(name.empty() ? reason.name : name);
    }
  }
  if (!is_missing(component.reason_text)) text += (text.empty() ? "" : "<br>") + shown(component.reason_text);
  return text;
}

void components_table(std::string& out, const Words& words, const char* title_key,
                      const std::vector<Component>& components, std::string_view scheme, bool changes) {
  out += "<h2>" + words(title_key) + "</h2>\n<table class=\"components\">\n<thead><tr><th>" + words("print.column.code") +
         "</th><th>" + words("print.column.title") + "</th><th>" + words("print.column.term") + "</th><th>" +
         words("print.column.credits") + "</th>";
  if (changes) out += "<th>" + words("print.column.change") + "</th><th>" + words("print.column.reason") + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (const Component& component : components) {
    const bool deleted = component.status && *component.status == "deleted";
    out += deleted ? "<tr class=\"deleted\">" : "<tr>";
    out += "<td>" + shown(component.los_code) + "</td><td class=\"title\">" + shown(component.title);
    if (!is_missing(component.short_description)) out += "<br><small>" + shown(component.short_description) + "</small>";
    out += "</td><td>" + term_text(words, component) + "</td><td>" + credits_text(component) + "</td>";
    if (changes) out += "<td>" + shown(component.status) + "</td><td>" + reason_text(words, component) + "</td>";
    out += "</tr>\n";
  }
  out += "</tbody>\n";
  if (!changes) {
    const std::string total = scheme.empty() || scheme == "ects"
                                  ? words("print.totalEcts")
                                  : words("print.totalCredits", {{"scheme", html_escaped(scheme)}});
    out += "<tfoot><tr><td colspan=\"3\">" + total + "</td><td>" + number_text(credit_total(components, scheme)) +
           "</td></tr></tfoot>\n";
  }
  out += "</table>\n";
}

void section_tables(std::string& out, const Words& words, const ComponentsList& lists, std::string_view scheme,
                    bool changes) {
  for (const ListTitle& title : kListTitles) {
    const List<Component>& list = list_of(lists, title.kind);
    if (list && !list->empty()) {
      components_table(out, words, changes ? title.changes : title.first_version, *list, scheme, changes);
    }
  }
}

// --- Language and commitments

void language_and_terms(std::string& out, const Words& words, const Agreement& agreement) {
  if (const std::optional<LanguageSkill>& skill = agreement.student_language_skill) {
    out += "<h2>" + words("print.languageCompetence") + "</h2>\n<p>" +
           words("print.languageLevel", {{"language", "<b>" + shown(skill->language) + "</b>"},
                                         {"level", "<b>" + shown(skill->cefr_level) + "</b>"}}) +
           "</p>\n";
  }
  out += "<table class=\"party\">\n";
  row(out, words("print.learningOutcomesUrl"), shown(agreement.learning_outcomes_url));
  row(out, words("print.provisionsUrl"), shown(agreement.provisions_url));
  if (agreement.mobility_window && *agreement.mobility_window) row(out, words("print.tableB"), words("print.mobilityWindow"));
  row(out, words("print.recognitionAnnex"), shown(agreement.recognition_annex));
  out += "</table>\n";
  // The template's commitment text (Learning Agreement for Studies, "Commitment" section).
  out += "<h2>" + words("print.commitment") + "</h2>\n<p>" + words("print.commitmentText") + "</p>\n";
}

// --- Signatures

const char* party_title(Party party) {
  switch (party) {
    case Party::Student: return "print.student";
    case Party::SendingHei: return "print.party.sendingHei";
    case Party::ReceivingHei: break;
  }
  return "print.party.receivingHei";
}

const char* state_text(SignatureState state) {
  switch (state) {
    case SignatureState::Holds: return "print.state.holds";
    case SignatureState::Voided: return "print.state.voided";
    case SignatureState::NotSealed: return "print.state.notSealed";
    case SignatureState::Absent: break;
  }
  return "print.state.absent";
}

void signature_table(std::string& out, const Words& words, const Agreement& agreement, Section section,
                     const ComponentsList& lists) {
  out += "<table class=\"signatures\">\n<thead><tr><th>" + words("print.commitment") + "</th><th>" +
         words("print.signature.signer") + "</th><th>" + words("print.signature.date") + "</th><th>" +
         words("print.signature.fingerprint") + "</th></tr></thead>\n<tbody>\n";
  for (const SignatureStatus& status : signature_statuses(agreement)) {
    if (status.slot.section != section) continue;
    const std::optional<Signature>& signature = signature_of(lists, status.slot.party);
    out += "<tr><td>" + words(party_title(status.slot.party)) + "</td>";
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
           words(state_text(status.state)) + "</small></td></tr>\n";
  }
  out += "</tbody></table>\n";
}

}  // namespace

// --- Document

std::string print_document(const Agreement& agreement, std::string_view language) {
  const Words words(language);
  const std::string name = student_name(agreement);
  const std::string_view scheme = agreement_credit_scheme(component_lists(agreement));
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + html_escaped(words.language()) +
                    "\">\n<head>\n<meta charset=\"utf-8\">\n<title>";
  out += name.empty() ? words("print.title") : words("print.pageHeader", {{"name", html_escaped(name)}});
  out += "</title>\n" + style(words, name) + "</head>\n<body>\n<h1>" + words("print.title") + "</h1>\n<p>";
  out += words(mobility_title(mobility_type_of(agreement)));
  out += agreement.omobility_id ? " \u00b7 " + words("print.mobilityId", {{"id", shown(agreement.omobility_id)}}) : "";
  out += "</p>\n";
  const std::size_t errors = count_errors(check_agreement(agreement));
  if (errors > 0) {
    out += "<p class=\"notice\">" +
           words(errors == 1 ? "print.notReady.one" : "print.notReady.other", {{"count", std::to_string(errors)}}) +
           "</p>\n";
  }
  student_table(out, words, agreement);
  institution_table(out, words, "print.sendingHei", agreement.sending_hei);
  institution_table(out, words, "print.receivingHei", agreement.receiving_hei);

  out += "<h2>" + words("print.beforeMobility") + "</h2>\n";
  const BaseList base = base_list(agreement);
  if (base.lists) section_tables(out, words, *base.lists, scheme, false);
  language_and_terms(out, words, agreement);
  if (base.lists) signature_table(out, words, agreement, base.section, *base.lists);

  if (agreement.approved_changes) {
    out += "<h2>" + words("print.approvedChanges") + "</h2>\n";
    section_tables(out, words, *agreement.approved_changes, scheme, true);
    signature_table(out, words, agreement, Section::ApprovedChanges, *agreement.approved_changes);
  }
  if (agreement.changes_proposal && base.section != Section::ChangesProposal) {
    out += "<h2>" + words("print.proposedChanges", {{"id", shown(agreement.changes_proposal->id)}}) + "</h2>\n";
    section_tables(out, words, *agreement.changes_proposal, scheme, true);
    signature_table(out, words, agreement, Section::ChangesProposal, *agreement.changes_proposal);
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace la

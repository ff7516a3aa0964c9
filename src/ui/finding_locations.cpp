// Maps finding pointers to sections, widgets and labels (finding_locations.hpp).
#include "ui/finding_locations.hpp"

#include <algorithm>

#include "core/json_pointer.hpp"
#include "core/sorted_order.hpp"
#include "ui/field_access.hpp"
#include "ui/ui_text.hpp"

namespace la {
namespace {

constexpr std::string_view kTotalSuffix = "#total";

constexpr const char* kSectionTitleKeys[kFormSectionCount] = {
    "ui.section.student",       "ui.section.sendingHei", "ui.section.receivingHei", "ui.section.mobility",
    "ui.section.bip",           "ui.section.tableA",     "ui.section.tableB",       "ui.section.tableC",
    "ui.section.otherLists",    "ui.section.language",   "ui.section.recognition",  "ui.section.signatures",
    "ui.section.approvedChanges", "ui.section.changesProposal", "ui.section.document",
};

constexpr std::string_view kMobilityFields[] = {
    "mobilityType", "omobilityId", "receivingAcademicYearId", "startDate", "endDate",
    "eqfLevelStudiedAtDeparture", "iscedFCode", "iscedClarification",
};
constexpr std::string_view kRecognitionFields[] = {
    "learningOutcomesUrl", "provisionsUrl", "creditSystem", "mobilityWindow", "recognitionAnnex",
};
// "/a/b/c" -> {"a", "b", "c"} (the form's own names need no RFC 6901 unescaping).
std::vector<std::string_view> tokens_of(std::string_view pointer) {
  std::vector<std::string_view> tokens;
  while (!pointer.empty() && pointer.front() == '/') {
    pointer.remove_prefix(1);
    std::size_t slash = pointer.find('/');
    tokens.push_back(pointer.substr(0, slash));
    pointer = slash == std::string_view::npos ? std::string_view() : pointer.substr(slash);
  }
  return tokens;
}

bool ends_with(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

bool contains(const std::string_view* begin, const std::string_view* end, std::string_view name) {
  for (const std::string_view* it = begin; it != end; ++it) {
    if (*it == name) return true;
  }
  return false;
}

bool is_signature_name(std::string_view name) {
  return name == "studentSignature" || name == "sendingHeiSignature" || name == "receivingHeiSignature";
}

FormSection section_of(const std::vector<std::string_view>& tokens, MobilityType type) {
  if (tokens.empty()) return FormSection::Document;
  std::string_view top = tokens[0];
  if (top == "student") return FormSection::Student;
  if (top == "sendingHei") return FormSection::SendingHei;
  if (top == "receivingHei") return FormSection::ReceivingHei;
  if (top == "bip") return FormSection::Bip;
  if (top == "studentLanguageSkill") return FormSection::Language;
  if (top == "approvedChanges") return FormSection::ApprovedChanges;
  if (top == "changesProposal") return FormSection::ChangesProposal;
  if (contains(std::begin(kMobilityFields), std::end(kMobilityFields), top)) return FormSection::Mobility;
  if (contains(std::begin(kRecognitionFields), std::end(kRecognitionFields), top)) return FormSection::Recognition;
  if (top == "firstVersion" && tokens.size() >= 2) {
    if (is_signature_name(tokens[1])) return FormSection::Signatures;
    if (std::optional<ListKind> kind = list_kind_named(tokens[1])) return list_section(*kind, type);
  }
  return FormSection::Document;
}

bool is_editable_value(FieldKind kind) {
  return kind == FieldKind::Text || kind == FieldKind::Number || kind == FieldKind::WholeNumber ||
         kind == FieldKind::Flag || kind == FieldKind::List;
}

// The widget of a component's field: "<row>/title" etc.; credits show in one cell per row.
std::string component_widget(const std::string& row, const std::vector<std::string_view>& rest) {
  if (rest.empty()) return row + "/title";
  std::string_view field = rest[0];
  if (field == "credits") {
    bool scheme = rest.size() >= 3 && rest[2] == "scheme";
    return row + (scheme ? "/credits/0/scheme" : "/credits/0/value");
  }
  if (field == "termId") return row + "/termId";
  std::string pointer = row + "/" + std::string(field);
  return field_kind(pointer) == FieldKind::Text && rest.size() == 1 ? pointer : row + "/title";
}

}  // namespace

const char* section_title_key(FormSection section) { return kSectionTitleKeys[static_cast<std::size_t>(section)]; }

std::string section_anchor(FormSection section) {
  std::string_view key = section_title_key(section);
  return "#" + std::string(key.substr(key.rfind('.') + 1));
}

std::optional<ListKind> list_kind_named(std::string_view field_name) {
  for (ListKind kind : kAllListKinds) {
    if (list_field_name(kind) == field_name) return kind;
  }
  return std::nullopt;
}

FormSection list_section(ListKind kind, MobilityType type) {
  if (kind == ListKind::Recognized) return FormSection::TableB;
  // Without a known type the form shows componentsStudied as Table A, as for a semester.
  if (study_list_kind(type).value_or(ListKind::Studied) == kind) return FormSection::TableA;
  if (kind == ListKind::Virtual && type == MobilityType::Blended) return FormSection::TableC;
  return FormSection::OtherLists;
}

std::string total_widget(std::string_view list_pointer) { return std::string(list_pointer) + std::string(kTotalSuffix); }

FindingTarget finding_target(std::string_view pointer, const Agreement& agreement) {
  // A table's total is where its list is, with a widget of its own.
  if (ends_with(pointer, kTotalSuffix)) {
    FindingTarget target = finding_target(pointer.substr(0, pointer.size() - kTotalSuffix.size()), agreement);
    target.field = std::string(pointer);
    return target;
  }
  std::vector<std::string_view> tokens = tokens_of(pointer);
  FindingTarget target;
  target.section = section_of(tokens, mobility_type_of(agreement));

  // A component list of any section, a row of it, or a field of a row.
  bool in_components = tokens.size() >= 2 &&
                       (tokens[0] == "firstVersion" || tokens[0] == "approvedChanges" || tokens[0] == "changesProposal");
  if (in_components && list_kind_named(tokens[1])) {
    target.list = "/" + std::string(tokens[0]) + "/" + std::string(tokens[1]);
    std::optional<std::size_t> row = tokens.size() >= 3 ? list_index(tokens[2]) : std::nullopt;
    if (!row) {
      // A finding about a list with rows (its total, its length) shows on the total under them;
      // only a missing or empty list goes to "Add a component", the one button that mends it.
      const std::vector<Component>* rows = components_at(agreement, target.list);
      target.field = rows && !rows->empty() ? total_widget(target.list) : target.list;
      return target;
    }
    target.row = row;
    std::string row_pointer = target.list + "/" + std::to_string(*row);
    target.field = component_widget(row_pointer, {tokens.begin() + 3, tokens.end()});
    return target;
  }
  // A signature: the signer's name stands for a missing signature or an unknown part of one.
  if (in_components && is_signature_name(tokens[1])) {
    std::string signature = "/" + std::string(tokens[0]) + "/" + std::string(tokens[1]);
    bool known = tokens.size() == 3 && field_kind(pointer) == FieldKind::Text;
    target.field = known ? std::string(pointer) : signature + "/signerName";
    return target;
  }
  if (pointer == "/creditSystem") {
    target.field = "/creditSystem/name";
    return target;
  }
  if (tokens.size() >= 3 && tokens[0] == "bip" && tokens[1] == "partnerHeis" && list_index(tokens[2])) {
    target.list = "/bip/partnerHeis";
    target.row = list_index(tokens[2]);
    bool known = tokens.size() == 4 && field_kind(pointer) == FieldKind::Text;
    target.field = known ? std::string(pointer) : target.list + "/" + std::string(tokens[2]) + "/heiId";
    return target;
  }
  // Anything else: the field itself, or its nearest parent the form shows (unknown fields).
  std::string_view field = pointer;
  while (!field.empty() && !is_editable_value(field_kind(field))) field = parent_pointer(field);
  target.field = field.empty() ? section_anchor(target.section) : std::string(field);
  if (target.field == "/bip/partnerHeis") target.list = target.field;
  return target;
}

std::string field_label_key(std::string_view field_pointer) {
  std::string_view token = last_token(field_pointer);
  std::string_view parent = last_token(parent_pointer(field_pointer));
  if (token == "value" && last_token(parent_pointer(parent_pointer(field_pointer))) == "credits") return "ui.field.credits";
  if (token == "scheme") return "ui.field.creditScheme";
  if (parent == "creditSystem") return "ui.field.creditSystem." + std::string(token);
  if (parent == "contactPerson") return "ui.field.contact." + std::string(token);
  if (parent == "phoneNumber") return "ui.field.phone." + std::string(token);
  if (token == "name" && (parent == "sendingHei" || parent == "receivingHei")) return "ui.field.heiName";
  if (token == "heiId" && list_index(parent)) return "ui.field.partnerHeiId";
  if (token == "countryCode" && list_index(parent)) return "ui.field.partnerCountry";
  if (list_kind_named(token) || token == "partnerHeis") return "ui.field.list";
  return "ui.field." + std::string(token);
}

std::string places_text(const std::vector<std::string>& pointers, const Agreement& agreement, bool quoted) {
  std::vector<std::string> places;
  for (const std::string& pointer : pointers) {
    std::string place = place_text(finding_target(pointer, agreement));
    if (quoted) place = "“" + place + "”";
    if (std::find(places.begin(), places.end(), place) == places.end()) places.push_back(std::move(place));
  }
  std::string text;
  for (const std::string& place : places) text += (text.empty() ? "" : "; ") + place;
  return text;
}

std::string place_text(const FindingTarget& target) {
  std::string section = ui_text(section_title_key(target.section));
  if (target.field.empty() || target.field[0] == '#') return section;
  std::string field_key = target.field == target.list              ? std::string("ui.where.table")
                          : ends_with(target.field, kTotalSuffix) ? std::string("ui.where.total")
                                                                  : field_label_key(target.field);
  std::string field = ui_text(field_key);
  if (target.row) {
    return ui_text("ui.where.row", {{"section", section}, {"row", std::to_string(*target.row + 1)}, {"field", field}});
  }
  return ui_text("ui.where.field", {{"section", section}, {"field", field}});
}

std::string load_error_text(const LoadError& error) {
  LoadError named = error;
  for (auto& [name, value] : named.args) {
    if (name != "field" || value.empty()) continue;
    // The file is not read: no mobility type places the lists, so they are named as a semester's.
    const FindingTarget target = finding_target(value, Agreement{});
    const bool exact = target.field == value || target.field == target.list;
    value = ui_text(exact ? "ui.where.named" : "ui.where.namedAt", {{"place", place_text(target)}, {"pointer", value}});
  }
  return load_error_message(named, ui_language());
}

const std::vector<std::size_t>* FindingMarks::at(std::string_view field) const {
  auto it = by_field.find(std::string(field));
  return it == by_field.end() ? nullptr : &it->second;
}

FindingMarks mark_findings(const Findings& findings, const Agreement& agreement) {
  FindingMarks marks;
  marks.targets.reserve(findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i) {
    FindingTarget target = finding_target(findings[i].pointer, agreement);
    SectionCounts& counts = marks.sections[static_cast<std::size_t>(target.section)];
    if (findings[i].severity() == Severity::Error) ++counts.errors;
    else ++counts.warnings;
    marks.by_field[target.field].push_back(i);
    marks.targets.push_back(std::move(target));
  }
  // By section, in finding order within one.
  marks.form_order = sorted_order(marks.targets.size(), [&marks](std::size_t a, std::size_t b) {
    return marks.targets[a].section < marks.targets[b].section;
  });
  return marks;
}

}  // namespace la

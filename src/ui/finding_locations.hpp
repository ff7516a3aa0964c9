// Where a finding shows in the form: its section, the widget that takes the focus, and the words
// that say where it is. Findings carry JSON Pointers; widgets are named by the pointers of the
// fields they edit, so this maps one onto the other: a row-level finding ("…/componentsStudied/3")
// goes to the row's title, a missing credit ("…/3/credits") to its credit cell, a list-level one
// ("/firstVersion/componentsStudied") to the table's total, or to its "Add a component" when the
// list is empty, and an unknown field to its nearest known parent. Fields that are absent map to
// where they would be, since every widget exists.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/agreement.hpp"
#include "core/component_lists.hpp"
#include "core/finding.hpp"
#include "core/load_error.hpp"

namespace la {

// Every kind of component list, in the order of the format (agreement.hpp).
inline constexpr ListKind kAllListKinds[] = {ListKind::Studied, ListKind::Recognized, ListKind::Virtual,
                                             ListKind::Blended, ListKind::Doctoral};

// The form's sections in the order of the official form (issue 5).
enum class FormSection {
  Student, SendingHei, ReceivingHei, Mobility, Bip, TableA, TableB, TableC, OtherLists,
  Language, Recognition, Signatures, ApprovedChanges, ChangesProposal, Document,
};
constexpr std::size_t kFormSectionCount = static_cast<std::size_t>(FormSection::Document) + 1;
const char* section_title_key(FormSection section);  // "ui.section.student", ...
// The id of a section's header ("#student"): where findings go that no widget shows.
std::string section_anchor(FormSection section);

// The section a first-version list belongs to for a mobility type: the type's study list is
// Table A, componentsRecognized Table B, virtual components Table C for blended mobility;
// lists the type does not use are kept in OtherLists.
FormSection list_section(ListKind kind, MobilityType type);
// The kind of the component list a field name names ("componentsStudied"), if any.
std::optional<ListKind> list_kind_named(std::string_view field_name);

struct FindingTarget {
  FormSection section = FormSection::Document;
  // The pointer of the widget that shows the finding (a field, a row's term, a table's list or
  // total), or the section's anchor when only the section header can show it.
  std::string field;
  std::string list;                 // the table, for findings about a table or one of its rows
  std::optional<std::size_t> row;   // the row, for findings about a row or one of its fields
};
FindingTarget finding_target(std::string_view pointer, const Agreement& agreement);
// The widget of a table's total line ("/firstVersion/componentsStudied#total"); the list's own
// pointer names its "Add a component" button.
std::string total_widget(std::string_view list_pointer);

// The label key of a widget's field ("ui.field.email", "ui.field.credits", …).
std::string field_label_key(std::string_view field_pointer);
// Where a finding (or a widget) is, in words: "Student · E-mail", "Table A · row 2 · Title".
std::string place_text(const FindingTarget& target);
// The fields at these JSON pointers in `agreement` as the form names them, each once, joined by
// semicolons, each in quotes where `quoted`: "“Student · E-mail”; “Table A · row 1 · Credits”".
std::string places_text(const std::vector<std::string>& pointers, const Agreement& agreement, bool quoted);
// Why a file cannot be read, with the field it is about named as the form names it ("“Table A ·
// row 1 · Credits”", and the pointer after it where the form shows no such field): a student
// does not read JSON Pointers. la-check keeps the pointer, which offices want.
std::string load_error_text(const LoadError& error);

// Findings by the widget that shows them, and counts per section, for one revision.
struct SectionCounts {
  std::size_t errors = 0, warnings = 0;
};
struct FindingMarks {
  std::map<std::string, std::vector<std::size_t>> by_field;  // indices into the findings
  std::vector<FindingTarget> targets;                                   // one per finding
  SectionCounts sections[kFormSectionCount];
  // The findings in the form's order: by section, then as the checker lists them (the file's order).
  std::vector<std::size_t> form_order;
  const std::vector<std::size_t>* at(std::string_view field) const;
};
FindingMarks mark_findings(const Findings& findings, const Agreement& agreement);

}  // namespace la

// Findings about fields not filled in yet, shown as a to-do list (fields_to_fill.hpp).
#include "ui/fields_to_fill.hpp"

#include <algorithm>

#include "core/text_formats.hpp"
#include "ui/field_access.hpp"

namespace la {

bool widget_is_empty(const Agreement& agreement, std::string_view widget) {
  // A row's term picker edits two numbers (view_component_table: form_term_picker).
  constexpr std::string_view kTerm = "/termId";
  if (widget.size() > kTerm.size() && widget.substr(widget.size() - kTerm.size()) == kTerm) {
    return !whole_number_at(agreement, std::string(widget) + "/termNumber") &&
           !whole_number_at(agreement, std::string(widget) + "/totalTerms");
  }
  switch (field_kind(widget)) {
    case FieldKind::Text: {
      const Text* text = text_at(agreement, widget);
      return !text || is_missing(*text);
    }
    case FieldKind::Number: return !number_at(agreement, widget);
    case FieldKind::WholeNumber: return !whole_number_at(agreement, widget);
    case FieldKind::Flag: return !flag_at(agreement, widget);
    case FieldKind::List: {
      if (widget == "/bip/partnerHeis") {
        const std::vector<BipPartner>* partners = partners_at(agreement);
        return !partners || partners->empty();
      }
      const std::vector<Component>* rows = components_at(agreement, widget);
      return !rows || rows->empty();
    }
    default: return false;  // a section, a table's total: nothing there to fill in
  }
}

void FieldsToFill::reset() {
  left_.clear();
  show_all_ = false;
  ++changes_;
}

void FieldsToFill::left(std::string_view widget) {
  if (show_all_ || std::find(left_.begin(), left_.end(), widget) != left_.end()) return;
  left_.emplace_back(widget);
  ++changes_;
}

void FieldsToFill::show_all() {
  if (!show_all_) ++changes_;
  show_all_ = true;
}

const FillFlags& FieldsToFill::of(const Findings& findings, const FindingMarks& marks,
                                 const Agreement& agreement, std::uint64_t revision) {
  if (revision == revision_ && changes_ == seen_changes_ && to_fill_.size() == findings.size()) return to_fill_;
  revision_ = revision;
  seen_changes_ = changes_;
  to_fill_.assign(findings.size(), false);
  std::vector<const std::string*> widgets;
  for (std::size_t i = 0; i < findings.size() && !show_all_; ++i) {
    const std::string& widget = marks.targets[i].field;
    if (findings[i].severity() != Severity::Error || std::find(left_.begin(), left_.end(), widget) != left_.end()) continue;
    if (!widget_is_empty(agreement, widget)) continue;
    to_fill_[i] = true;
    const bool counted = std::any_of(widgets.begin(), widgets.end(), [&](const std::string* w) { return *w == widget; });
    if (!counted) widgets.push_back(&widget);
  }
  widgets_ = widgets.size();
  return to_fill_;
}

std::size_t FieldsToFill::widget_count(const Findings& findings, const FindingMarks& marks, const Agreement& agreement,
                                       std::uint64_t revision) {
  of(findings, marks, agreement, revision);
  return widgets_;
}

}  // namespace la

// The changes proposal as a difference against the agreement as it stands, and its two forms:
// delete a component (with a reason for deleting) and add one (with a reason for inserting)
// (view_proposal.hpp). Every step goes through proposal_edits.hpp: one undo step each.
#include "ui/view_proposal.hpp"

#include <algorithm>
#include <cfloat>

#include <imgui_internal.h>

#include "core/changes_proposal.hpp"
#include "core/number_text.hpp"
#include "core/reference_data.hpp"
#include "core/text_formats.hpp"
#include "ui/form_section.hpp"
#include "ui/finding_locations.hpp"
#include "ui/form_widgets.hpp"
#include "ui/picker_options.hpp"
#include "ui/proposal_edits.hpp"
#include "ui/ui_text.hpp"

namespace la {
namespace {

// Items of the proposal are named "/changesProposal#<list field>/<row>" (tests, focus requests).
std::string row_name(ListKind kind, std::size_t row) {
  return "/changesProposal#" + std::string(list_field_name(kind)) + "/" + std::to_string(row);
}

std::string credits_text(const Component& component) {
  if (!component.credits || component.credits->empty() || !component.credits->front().value) return {};
  const Credit& credit = component.credits->front();
  const std::string scheme = credit.scheme.value_or("ects");
  return number_text(*credit.value) + " " + (scheme == "ects" ? std::string(ui_text("ui.table.ects")) : scheme);
}

std::string total_text(double total) { return number_text(total) + " " + ui_text("ui.table.ects"); }

// "1000-2M16BDP Big Data Processing · 6 ECTS"
std::string component_text(const Component& component) {
  std::string text = component.los_code.value_or("");
  if (!text.empty()) text += " ";
  text += component.title.value_or("");
  const std::string credits = credits_text(component);
  if (!credits.empty()) text += " · " + credits;
  return text;
}

// The reason as EWP words it, or the student's words, or both.
std::string reason_words(const Component& change) {
  std::string words;
  if (change.reason_code) {
    const PickerOption* option = find_option(PickerKind::ReasonCode, *change.reason_code);
    words = option ? option->label : *change.reason_code;
  }
  if (change.reason_text && !change.reason_text->empty()) words += (words.empty() ? "" : ": ") + *change.reason_text;
  return words;
}

// The proposal's entry that deleted or inserted this component: the reason lives there.
const Component* change_of(const Agreement& agreement, ListKind kind, const DiffRow& row) {
  const List<Component>& changes = list_of(*agreement.changes_proposal, kind);
  if (!changes) return nullptr;
  const char* status = row.change == RowChange::Deleted ? "deleted" : "inserted";
  for (const Component& change : *changes) {
    if (change.status == status && change.title == row.component.title && change.los_code == row.component.los_code) {
      return &change;
    }
  }
  return nullptr;
}

}  // namespace

ImRect spoken_line(EditorView& view, const std::string& name, const std::string& text, ImU32 color, float width,
                   const std::string& spoken) {
  take_focus_request(view, name);
  const ImVec2 padding = ImGui::GetStyle().FramePadding;
  const float wrap = width - padding.x * 2;
  const ImVec2 size(width, ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap).y + padding.y * 2);
  const ImVec2 min = ImGui::GetCursorScreenPos();
  const ImRect box(min, ImVec2(min.x + size.x, min.y + size.y));
  ImGui::ItemSize(size, padding.y);
  const ImGuiID id = ImGui::GetID(name.c_str());
  if (ImGui::ItemAdd(box, id)) {
    ImGui::RenderNavHighlight(box, id);
    draw_text(ImVec2(min.x + padding.x, min.y + padding.y), color, text, wrap);
  }
  record_item(view, name);
  view.texts[name] = text;
  speak_if_focused(view, name, [&] { return spoken; });
  return box;
}

namespace {

// One component of the difference: deleted ones struck through, added ones marked, and said in
// words, since a screen reader cannot see a line through the text.
void difference_row(EditorView& view, const std::string& name, std::size_t number, const DiffRow& row,
                    const Component* change, float width) {
  const std::string text = std::to_string(number) + ". " + component_text(row.component);
  std::string state;
  if (row.change != RowChange::Kept) {
    const std::string reason = change ? reason_words(*change) : std::string();
    state = ui_text(row.change == RowChange::Deleted ? "ui.proposal.deleted" : "ui.proposal.added");
    if (!reason.empty()) state += " · " + reason;
  }
  const ImU32 color = row.change == RowChange::Deleted ? ImGui::GetColorU32(ImGuiCol_TextDisabled)
                      : row.change == RowChange::Added ? view.colors->accent
                                                       : ImGui::GetColorU32(ImGuiCol_Text);
  const std::string spoken = state.empty() ? ui_text("ui.proposal.rowKept", {{"row", text}})
                                           : ui_text("ui.proposal.rowChanged", {{"row", text}, {"change", state}});
  const ImRect box = spoken_line(view, name, state.empty() ? text : text + "    " + state, color, width, spoken);
  record_item(view, name + (row.change == RowChange::Deleted ? "#deleted" : row.change == RowChange::Added ? "#added" : ""));
  if (!ImGui::IsItemVisible()) return;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 at(box.Min.x + ImGui::GetStyle().FramePadding.x, box.Min.y + ImGui::GetStyle().FramePadding.y);
  if (row.change == RowChange::Deleted) {
    // Struck through: the component and its credits, not the words that say why.
    const float y = at.y + ImGui::GetFontSize() * 0.55f;
    const float end = std::min(at.x + ImGui::CalcTextSize(text.c_str()).x, box.Max.x);
    draw->AddLine(ImVec2(at.x, y), ImVec2(end, y), color, css_px(1.5f));
  }
  if (row.change == RowChange::Added) draw->AddRectFilled(box.Min, ImVec2(box.Min.x + css_px(3), box.Max.y), color);
}

// A text field of the open form: its text is the form's until the step is taken.
void draft_field(EditorView& view, const std::string& name, const char* label_key, std::string& text,
                 const char* hint_key = nullptr) {
  ImGui::TextUnformatted(ui_text(label_key));
  take_focus_request(view, name);
  ImGui::SetNextItemWidth(-FLT_MIN);
  input_string(view, ("##" + name).c_str(), text, hint_key ? ui_text(hint_key) : "");
  record_item(view, name);
  speak_if_focused(view, name, [&] {
    return std::string(ui_text(label_key)) + ". " + (text.empty() ? std::string(ui_text("ui.a11y.empty")) : text) + ".";
  });
  if (ImGui::IsItemActive() && view.speech.editing == ImGui::GetItemID()) view.speech.field = ui_text(label_key);
}

// The reasons EWP gives for deleting or for inserting, one radio button each, and the student's words.
void reason_fields(EditorView& view, ReasonCodeUse use) {
  EditorView::ProposalForm& form = view.proposal_form;
  ImGui::TextUnformatted(ui_text("ui.field.reasonCode"));
  for (const PickerOption& option : picker_options(PickerKind::ReasonCode)) {
    if (ReferenceData::embedded().reason_code_use(option.code) != use) continue;
    const std::string name = "/changesProposal#reason#" + option.code;
    take_focus_request(view, name);
    if (ImGui::RadioButton((option.label + "##" + name).c_str(), form.reason_code == option.code)) {
      form.reason_code = form.reason_code == option.code ? std::string() : option.code;
    }
    record_item(view, name);
    speak_if_focused(view, name, [&] {
      return ui_text(form.reason_code == option.code ? "ui.proposal.reasonChosen" : "ui.proposal.reasonOffered",
                     {{"reason", option.label}});
    });
  }
  draft_field(view, "/changesProposal#reasonText", "ui.field.reasonText", form.reason_text);
}

// Below the form: why the last try was refused, then its two buttons. true: the step was asked for.
bool form_buttons(EditorView& view, const char* go_key) {
  EditorView::ProposalForm& form = view.proposal_form;
  if (!form.refusal.empty()) {
    const char* refusal = ui_text(form.refusal);
    spoken_line(view, "/changesProposal#formRefusal", refusal, view.colors->error, ImGui::GetContentRegionAvail().x, refusal);
  }
  ImGui::BeginDisabled(view.session.read_only());
  const bool go = form_button(view, ui_text(go_key), "/changesProposal#confirm", true);
  ImGui::EndDisabled();
  ImGui::SameLine(0, em(0.6f));
  if (form_button(view, ui_text("ui.proposal.cancel"), "/changesProposal#cancel")) {
    const std::string list = form.list;
    const std::optional<std::size_t> row = form.row;
    const std::size_t shown = form.shown_row;
    form = {};
    // Back where the student came from: the row's Delete button, or the list's Add button.
    view.focus.field = row ? "/changesProposal#delete#" + list + "/" + std::to_string(shown) : "/changesProposal#add#" + list;
    view.focus.frames_left = 3;
  }
  return go;
}

// A refused step: the focus goes to the words that say why, so that they are read out.
void focus_refusal(EditorView& view) {
  view.focus.field = "/changesProposal#formRefusal";
  view.focus.frames_left = 3;
}

void deletion_form(EditorView& view, ListKind kind, const DiffRow& row) {
  EditorView::ProposalForm& form = view.proposal_form;
  sub_heading(view, ui_text("ui.proposal.deleteHeading", {{"component", component_text(row.component)}}).c_str());
  reason_fields(view, ReasonCodeUse::DeleteOnly);
  if (!form_buttons(view, "ui.proposal.deleteConfirm")) return;
  form.refusal = delete_in_proposal(view.session, kind, *form.row, form.reason_code, form.reason_text);
  if (!form.refusal.empty()) return focus_refusal(view);
  const std::size_t shown = form.shown_row;
  form = {};
  view.focus.field = row_name(kind, shown);  // it says "deleted", with the reason
  view.focus.frames_left = 3;
}

void insertion_form(EditorView& view, ListKind kind, std::size_t rows_after) {
  EditorView::ProposalForm& form = view.proposal_form;
  sub_heading(view, ui_text("ui.proposal.addHeading"));
  if (begin_field_grid("/changesProposal#add-grid", 3)) {
    next_field_cell();
    draft_field(view, "/changesProposal#code", "ui.table.code", form.code, "ui.hint.optional");
    next_field_cell();
    draft_field(view, "/changesProposal#title", "ui.table.title", form.title, "ui.hint.componentTitle");
    next_field_cell();
    draft_field(view, "/changesProposal#credits", "ui.table.credits", form.credits, "ui.hint.credits");
    end_field_grid();
  }
  reason_fields(view, ReasonCodeUse::InsertOnly);
  if (!form_buttons(view, "ui.proposal.addConfirm")) return;
  Component component;
  if (!is_blank(form.code)) component.los_code = std::string(trimmed(form.code));
  if (!is_blank(form.title)) component.title = std::string(trimmed(form.title));
  const std::optional<double> credits = parse_decimal(trimmed(form.credits));
  if (!component.title) {
    form.refusal = "ui.proposal.titleMissing";
  } else if (!credits || *credits < 0) {
    form.refusal = "ui.proposal.creditsMissing";
  } else {
    component.credits.emplace().push_back(Credit{std::string("ects"), *credits, {}});
    form.refusal = add_to_proposal(view.session, kind, std::move(component), form.reason_code, form.reason_text);
  }
  if (!form.refusal.empty()) return focus_refusal(view);
  form = {};
  view.focus.field = row_name(kind, rows_after);  // the new row, marked as added
  view.focus.frames_left = 3;
}

// One list: its components before and after, the totals, Delete on each kept one, Add below.
void list_difference(EditorView& view, const ListDiff& diff) {
  const std::string list = std::string(list_field_name(diff.kind));
  EditorView::ProposalForm& form = view.proposal_form;
  sub_heading(view, ui_text("ui.list." + list));
  const Agreement& agreement = view.session.agreement();
  std::size_t standing = 0;  // the row's place in the list as it stands with the proposal
  const DiffRow* deleting = nullptr;
  for (std::size_t i = 0; i < diff.rows.size(); ++i) {
    const DiffRow& row = diff.rows[i];
    const Component* change = row.change == RowChange::Kept ? nullptr : change_of(agreement, diff.kind, row);
    ImGui::PushID(static_cast<int>(i));
    if (row.change == RowChange::Kept) {
      const std::string button = "/changesProposal#delete#" + list + "/" + std::to_string(i);
      const float width = ImGui::CalcTextSize(ui_text("ui.proposal.delete")).x + ImGui::GetStyle().FramePadding.x * 2;
      difference_row(view, row_name(diff.kind, i), i + 1, row, change, ImGui::GetContentRegionAvail().x - width - em(0.6f));
      ImGui::SameLine(0, em(0.6f));
      take_focus_request(view, button);
      ImGui::BeginDisabled(view.session.read_only());
      if (form_button(view, ui_text("ui.proposal.delete"), button)) {
        form = {list, standing, i};
        view.focus.field = "/changesProposal#reason#not-available";
        view.focus.frames_left = 3;
      }
      ImGui::EndDisabled();
      if (form.list == list && form.row && form.shown_row == i) deleting = &row;
    } else {
      difference_row(view, row_name(diff.kind, i), i + 1, row, change, ImGui::GetContentRegionAvail().x);
    }
    ImGui::PopID();
    if (row.change != RowChange::Deleted) ++standing;
  }
  if (diff.rows.empty()) note_text(ui_text("ui.table.empty"));
  const std::string totals =
      ui_text("ui.proposal.totals", {{"before", total_text(diff.total_before)}, {"after", total_text(diff.total_after)}});
  spoken_line(view, "/changesProposal#total#" + list, totals, ImGui::GetColorU32(ImGuiCol_Text), ImGui::GetContentRegionAvail().x,
              totals);
  if (deleting) deletion_form(view, diff.kind, *deleting);
  if (form.list == list && !form.row) {
    insertion_form(view, diff.kind, diff.rows.size());
    return;
  }
  const std::string add = "/changesProposal#add#" + list;
  take_focus_request(view, add);
  ImGui::BeginDisabled(view.session.read_only());
  if (form_button(view, ui_text("ui.button.addComponent"), add)) {
    form = {list};
    view.focus.field = "/changesProposal#code";
    view.focus.frames_left = 3;
  }
  ImGui::EndDisabled();
}

}  // namespace

void draw_proposal_difference(EditorView& view) {
  const Agreement& agreement = view.session.agreement();
  const ListKind study = study_list_kind(mobility_type_of(agreement)).value_or(ListKind::Studied);
  const std::vector<ListDiff> diffs = proposal_diff(agreement);
  for (ListKind kind : kAllListKinds) {
    auto diff = std::find_if(diffs.begin(), diffs.end(), [&](const ListDiff& d) { return d.kind == kind; });
    if (diff != diffs.end()) {
      list_difference(view, *diff);
    } else if (kind == study || kind == ListKind::Recognized) {
      list_difference(view, ListDiff{kind, {}, 0, 0});  // Tables A and B take components even while empty
    }
  }
}

}  // namespace la

// Component tables (A, B, C; A2, B2, C2 for changes): rows edited in place, added, duplicated,
// moved and deleted, the total with what is expected next to it, and the details of one row
// (view_sections.hpp). Only visible rows are drawn (ImGuiListClipper), so 200 rows type as fast as 5.
#include <cfloat>

#include <imgui_internal.h>

#include "core/component_lists.hpp"
#include "core/course_list_paste.hpp"
#include "core/number_text.hpp"
#include "ui/credit_summary.hpp"
#include "ui/field_access.hpp"
#include "ui/form_section.hpp"
#include "ui/form_widgets.hpp"
#include "ui/ui_text.hpp"
#include "ui/view_sections.hpp"

namespace la {
namespace {

// Fields shown in the row's details rather than in a column.
bool is_detail_field(std::string_view field, bool description_column) {
  return field == "losId" || field == "loiId" || field == "recognitionConditions" || field == "reasonCode" ||
         field == "reasonText" || field == "scheme" || (field == "shortDescription" && !description_column);
}

std::string credit_text(double value, const std::string& scheme) {
  return number_text(value) + " " + (scheme == "ects" ? std::string(ui_text("ui.table.ects")) : scheme);
}

// What the table's total is measured against, in words; empty when nothing is expected.
std::string expected_text(const CreditSummary& summary) {
  switch (summary.expectation) {
    case CreditSummary::Expectation::About:
      return ui_text("ui.table.expectedAbout", {{"credits", credit_text(summary.expected, summary.scheme)},
                                                {"months", number_text(summary.months)}});
    case CreditSummary::Expectation::AtLeast:
      return ui_text("ui.table.expectedAtLeast", {{"combined", credit_text(summary.combined, summary.scheme)},
                                                  {"credits", credit_text(summary.expected, summary.scheme)}});
    case CreditSummary::Expectation::SameAsTableA:
    case CreditSummary::Expectation::SameAsTablesAC: {
      const bool a = summary.expectation == CreditSummary::Expectation::SameAsTableA;
      return ui_text(a ? "ui.table.expectedTableA" : "ui.table.expectedTablesAC",
                     {{"credits", credit_text(summary.expected, summary.scheme)}});
    }
    case CreditSummary::Expectation::None:
      break;
  }
  return std::string();
}

// The total stands for the rows as a whole: findings about the list go to it while it has rows
// (finding_locations.hpp), so it takes the focus and shows them, but does nothing on Enter.
void total_line(EditorView& view, const std::string& list_pointer, FormSection section) {
  const Agreement& agreement = view.session.agreement();
  CreditSummary summary = credit_summary(agreement, component_list_at(agreement, list_pointer), section);
  const std::string total = ui_text("ui.table.total", {{"credits", credit_text(summary.total, summary.scheme)}});
  const std::string expected = expected_text(summary);
  // After "Add a component" where it fits, else on the next line (on a phone).
  if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(total.c_str()).x + ImGui::GetStyle().FramePadding.x * 2) {
    ImGui::NewLine();
  }
  form_focusable_text(view, total_widget(list_pointer), total,
                      expected.empty() ? total : ui_text("ui.table.totalSpoken", {{"total", total}, {"expected", expected}}));
  if (expected.empty()) return;
  // Next to the total where it fits, else under it, wrapped.
  ImGui::SameLine(0, em(0.8f));
  if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(expected.c_str()).x) ImGui::NewLine();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", expected.c_str());
  ImGui::PopTextWrapPos();
}

void row_details(EditorView& view, const std::string& list_pointer, std::size_t row, bool description_column,
                 bool changes) {
  const std::string base = list_pointer + "/" + std::to_string(row);
  ImGui::Dummy(ImVec2(0, em(0.2f)));
  const std::string* title = text_value_at(view.session.agreement(), base + "/title");
  const std::string heading = ui_text("ui.table.detailsOf", {{"row", std::to_string(row + 1)},
                                                              {"title", title ? *title : std::string()}});
  sub_heading(view, heading.c_str());
  same_line_at_right(ImGui::GetFrameHeight());
  if (icon_button(view, Icon::Close, base + "#close-details", "ui.table.closeDetails")) view.details_row.erase(list_pointer);
  if (!begin_field_grid((base + "#details").c_str())) return;
  next_field_cell();
  form_text(view, base + "/losId", {"ui.field.losId", nullptr, "ui.help.losId"});
  next_field_cell();
  form_text(view, base + "/loiId", {"ui.field.loiId", nullptr, "ui.help.loiId"});
  next_field_cell();
  form_text(view, base + "/credits/0/scheme", {"ui.field.creditScheme", nullptr, "ui.help.creditScheme"});
  if (!description_column) {
    next_field_cell();
    form_text(view, base + "/shortDescription", {"ui.field.shortDescription", nullptr, "ui.help.shortDescriptionAB"});
  }
  if (changes) {
    // Why a component is added or removed: a reason from EWP's list, or in words (X reason-code, reason-text).
    next_field_cell();
    form_picker(view, base + "/reasonCode", {"ui.field.reasonCode", nullptr, "ui.help.reasonCode"}, PickerKind::ReasonCode);
    next_field_cell();
    form_text(view, base + "/reasonText", {"ui.field.reasonText", nullptr, "ui.help.reasonText"});
  }
  end_field_grid();
  form_text(view, base + "/recognitionConditions", {"ui.field.recognitionConditions", nullptr, "ui.help.recognitionConditions"}, 2);
}

// A course list pasted into a cell of one of the table's rows becomes rows (one per line, core/
// course_list_paste.hpp), in one undo step. ImGui must not paste it as well, glued into one line
// (web_clipboard.cpp), into the cell: its paste shortcut is held back for this frame.
void paste_course_list(EditorView& view, const std::string& list_pointer) {
  if (view.session.read_only() || !pasted_now()) return;
  const std::string prefix = list_pointer + "/";
  if (view.active_name.compare(0, prefix.size(), prefix) != 0) return;
  const std::string_view cell = std::string_view(view.active_name).substr(prefix.size());
  const std::size_t slash = cell.find('/');
  const std::optional<std::size_t> row = list_index(cell.substr(0, slash));
  const std::string_view field = slash == std::string_view::npos ? std::string_view() : cell.substr(slash + 1);
  // The row's columns, not its details (their recognition conditions take paragraphs).
  if (!row || (field != "losCode" && field != "title" && field != "shortDescription" && field != "credits/0/value")) return;
  const std::vector<PastedCourse> courses = read_course_list(view.platform.pasted_text());
  if (courses.empty()) return;  // one line: pasted as text into the cell
  const ImGuiID owner = ImGui::GetID("#course-list-paste");
  ImGui::SetKeyOwner(ImGuiKey_V, owner, ImGuiInputFlags_LockThisFrame);
  ImGui::SetKeyOwner(ImGuiKey_Insert, owner, ImGuiInputFlags_LockThisFrame);
  // The cell being edited shows the first course now, not ImGui's copy of its text from before.
  if (view.session.paste_courses(list_pointer, *row, courses)) view.reload_active_text = true;
}

// Widths (em) of the table's fixed columns: the row number, term, credits and change status.
constexpr float kNumberEm = 1.6f, kTermEm = 8.2f, kCreditsEm = 4.6f, kStatusEm = 6.8f;

enum class RowOp { None, Up, Down, Duplicate, Delete };

// Move up or down. A row just moved keeps the focus on the button that moved it, so that Enter
// moves it on; at the table's end the button looks off but keeps the focus and does nothing
// (a disabled one could not hold it, and the row would bounce back from the other button).
bool move_button(EditorView& view, Icon icon, const std::string& id, const char* tooltip_key, bool editable, bool can_move) {
  take_focus_request(view, id);
  if (editable && !can_move) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, ImGui::GetStyle().Alpha * ImGui::GetStyle().DisabledAlpha);
  const bool pressed = icon_button(view, icon, id, tooltip_key, editable);
  if (editable && !can_move) ImGui::PopStyleVar();
  return pressed && can_move;
}

// A row's buttons, in the Tab order after its fields as on a web page. Each is told to assistive
// technology with the row it acts on ("Table A · Component 2. Move up, button"), since the
// icons alone say nothing. base: the row's pointer.
void row_actions(EditorView& view, const std::string& list_pointer, const std::string& base, std::size_t row,
                 std::size_t count, std::optional<std::size_t>& acted, RowOp& op) {
  const bool read_only = view.session.read_only();
  const auto name_row = [&](const std::string& id) {
    if (view.speech.key != id) return;
    const FindingTarget target = finding_target(base, view.session.agreement());
    view.speech.text = ui_text("ui.where.field", {{"section", ui_text(section_title_key(target.section))},
                                                  {"field", ui_text("ui.table.row", {{"row", std::to_string(row + 1)}})}}) +
                       ". " + view.speech.text;
  };
  const float gap = css_px(2);
  if (move_button(view, Icon::Up, base + "#up", "ui.row.up", !read_only, row > 0)) acted = row, op = RowOp::Up;
  name_row(base + "#up");
  ImGui::SameLine(0, gap);
  if (move_button(view, Icon::Down, base + "#down", "ui.row.down", !read_only, row + 1 < count)) acted = row, op = RowOp::Down;
  name_row(base + "#down");
  ImGui::SameLine(0, gap);
  if (icon_button(view, Icon::Duplicate, base + "#duplicate", "ui.row.duplicate", !read_only)) acted = row, op = RowOp::Duplicate;
  name_row(base + "#duplicate");
  ImGui::SameLine(0, gap);
  if (icon_button(view, Icon::Delete, base + "#delete", "ui.row.delete", !read_only)) acted = row, op = RowOp::Delete;
  name_row(base + "#delete");
  ImGui::SameLine(0, gap);
  if (icon_button(view, Icon::Details, base + "#details", "ui.row.details")) {
    auto open = view.details_row.find(list_pointer);
    if (open != view.details_row.end() && open->second == row) view.details_row.erase(open);
    else view.details_row[list_pointer] = row;
  }
  name_row(base + "#details");
}

// A row's fields: cells of the table, or (stacked, where the table would not fit) one under the
// other, each with its label. The same widgets either way, so findings, focus and Tab agree.
void row_fields(EditorView& view, const std::string& base, bool description_column, bool changes, bool stacked) {
  const auto cell = [stacked](const char* label_key) -> const char* {
    if (!stacked) ImGui::TableNextColumn();
    return stacked ? label_key : nullptr;  // in the table the header names the column
  };
  form_text(view, base + "/losCode", {cell("ui.table.code"), "ui.hint.optional"});
  form_text(view, base + "/title", {cell("ui.table.title"), "ui.hint.componentTitle"});
  if (description_column) {
    form_text(view, base + "/shortDescription", {cell("ui.table.description"), "ui.hint.shortDescription"});
  }
  form_term_picker(view, base, {cell("ui.table.term")});
  form_number(view, base + "/credits/0/value", {cell("ui.table.credits"), "ui.hint.credits"}, PendingNumbers::Kind::Decimal);
  if (changes) form_picker(view, base + "/status", {cell("ui.table.status")}, PickerKind::ChangeStatus);
}

}  // namespace

void draw_component_table(EditorView& view, const std::string& list_pointer, FormSection section, bool changes) {
  paste_course_list(view, list_pointer);
  const Agreement& agreement = view.session.agreement();
  const std::optional<ListKind> kind = list_kind_named(last_token(list_pointer));
  const bool description_column = kind == ListKind::Virtual || kind == ListKind::Blended;
  const std::vector<Component>* rows = components_at(agreement, list_pointer);
  const std::size_t count = rows ? rows->size() : 0;
  const bool read_only = view.session.read_only();

  // A finding in a row's details opens them; a finding in a row draws that row however far it is.
  if (view.focus.list == list_pointer && view.focus.row && *view.focus.row < count &&
      is_detail_field(last_token(view.focus.field), description_column)) {
    view.details_row[list_pointer] = *view.focus.row;
  }

  const int columns = 6 + (description_column ? 1 : 0) + (changes ? 1 : 0);
  const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuterH |
                                ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_NoSavedSettings;
  const float actions_width = ImGui::GetFrameHeight() * 5 + css_px(2) * 4;
  const float fixed_width = em(kNumberEm + kTermEm + kCreditsEm + (changes ? kStatusEm : 0.0f)) + actions_width;
  const float text_columns_width = em(description_column ? 24.0f : 16.0f);  // code, title (, description) readable
  const float cell_padding = ImGui::GetStyle().CellPadding.x * 2 * static_cast<float>(columns);
  // On a phone the columns would be too narrow to read: each row becomes a block of fields.
  const bool stacked = ImGui::GetContentRegionAvail().x < fixed_width + text_columns_width + cell_padding;
  std::optional<std::size_t> acted;  // a row operation runs after the rows: they are being read
  RowOp op = RowOp::None;
  bool drawn = false;
  if (count > 0 && stacked) {
    // Still a table (of one column), so that the clipper steps through its rows, not the card's.
    drawn = ImGui::BeginTable((list_pointer + "#rows").c_str(), 1, flags);
  } else if (count > 0 && ImGui::BeginTable((list_pointer + "#table").c_str(), columns, flags)) {
    drawn = true;
    ImGui::TableSetupColumn(ui_text("ui.table.number"), ImGuiTableColumnFlags_WidthFixed, em(kNumberEm));
    ImGui::TableSetupColumn(ui_text("ui.table.code"), ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableSetupColumn(ui_text("ui.table.title"), ImGuiTableColumnFlags_WidthStretch, 3.2f);
    if (description_column) ImGui::TableSetupColumn(ui_text("ui.table.description"), ImGuiTableColumnFlags_WidthStretch, 2.4f);
    ImGui::TableSetupColumn(ui_text("ui.table.term"), ImGuiTableColumnFlags_WidthFixed, em(kTermEm));
    ImGui::TableSetupColumn(ui_text("ui.table.credits"), ImGuiTableColumnFlags_WidthFixed, em(kCreditsEm));
    if (changes) ImGui::TableSetupColumn(ui_text("ui.table.status"), ImGuiTableColumnFlags_WidthFixed, em(kStatusEm));
    ImGui::TableSetupColumn(ui_text("ui.table.actions"), ImGuiTableColumnFlags_WidthFixed, actions_width);
    ImGui::PushTabStop(false);  // headers are not fields: Tab goes from field to field
    ImGui::TableHeadersRow();
    ImGui::PopTabStop();
  }
  if (drawn) {
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(count));
    if (view.focus.list == list_pointer && view.focus.row && *view.focus.row < count) {
      clipper.IncludeItemByIndex(static_cast<int>(*view.focus.row));
    }
    while (clipper.Step()) {
      for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
        const std::size_t row = static_cast<std::size_t>(r);
        const std::string base = list_pointer + "/" + std::to_string(row);
        ImGui::PushID(r);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (stacked) {
          ImGui::AlignTextToFramePadding();
          ImGui::TextDisabled("%s", ui_text("ui.table.row", {{"row", std::to_string(r + 1)}}).c_str());
          same_line_at_right(actions_width);
          row_actions(view, list_pointer, base, row, count, acted, op);
          row_fields(view, base, description_column, changes, true);
          ImGui::Dummy(ImVec2(0, em(0.3f)));
        } else {
          ImGui::AlignTextToFramePadding();
          ImGui::TextDisabled("%d", r + 1);
          row_fields(view, base, description_column, changes, false);
          ImGui::TableNextColumn();
          row_actions(view, list_pointer, base, row, count, acted, op);
        }
        ImGui::PopID();
      }
    }
    ImGui::EndTable();
    if (acted) {
      std::optional<std::size_t> next;
      switch (op) {
        case RowOp::Up: next = view.session.move_row(list_pointer, *acted, -1); break;
        case RowOp::Down: next = view.session.move_row(list_pointer, *acted, +1); break;
        case RowOp::Duplicate: next = view.session.duplicate_row(list_pointer, *acted); break;
        case RowOp::Delete: next = view.session.delete_row(list_pointer, *acted); break;
        case RowOp::None: break;
      }
      view.details_row.erase(list_pointer);
      if (next && op != RowOp::Delete) {
        std::string focus = list_pointer + "/" + std::to_string(*next);
        if (op == RowOp::Up || op == RowOp::Down) {
          focus += op == RowOp::Up ? "#up" : "#down";  // (move_button)
        } else {
          focus += "/title";
        }
        view.focus = {focus, list_pointer, next, section, 3};
      }
    }
  } else if (count == 0) {
    note_text(ui_text("ui.table.empty"));
  }

  // "Add a component" stands for a missing or empty list: findings that ask for rows go to it.
  take_focus_request(view, list_pointer);
  ImGui::BeginDisabled(read_only);
  if (form_button(view, ui_text("ui.button.addComponent"), list_pointer)) {
    if (std::optional<std::size_t> added = view.session.add_row(list_pointer)) {
      // Into its first column, Code, as the student fills a row from left to right.
      view.focus = {list_pointer + "/" + std::to_string(*added) + "/losCode", list_pointer, added, section, 3};
    }
  }
  ImGui::EndDisabled();
  mark_field(view, list_pointer);
  ImGui::SameLine(0, em(1.2f));
  total_line(view, list_pointer, section);

  auto details = view.details_row.find(list_pointer);
  if (details != view.details_row.end() && details->second < count) {
    row_details(view, list_pointer, details->second, description_column, changes);
  }
}

}  // namespace la

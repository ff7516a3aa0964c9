// The mobility (type, dates, academic year, study cycle, field of education) and, for blended
// mobility, the Blended Intensive Programme's facts (view_sections.hpp).
#include <cfloat>
#include <optional>
#include <string>

#include "core/calendar.hpp"
#include "core/number_text.hpp"
#include "ui/field_access.hpp"
#include "ui/form_section.hpp"
#include "ui/form_widgets.hpp"
#include "ui/ui_text.hpp"
#include "ui/view_picker.hpp"
#include "ui/view_sections.hpp"

namespace la {
namespace {

MobilityType type_named(const std::string& name) {
  if (name == "semester") return MobilityType::Semester;
  if (name == "blended") return MobilityType::Blended;
  if (name == "short-term-doctoral") return MobilityType::ShortTermDoctoral;
  return MobilityType::Unknown;
}

// The type is picked like any choice, but changing it adds the new type's tables (keeping rows).
void mobility_type_field(EditorView& view) {
  const std::string pointer = "/mobilityType";
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(ui_text("ui.field.mobilityType"));
  const std::string* value = text_value_at(view.session.agreement(), pointer);
  take_focus_request(view, pointer);
  ImGui::SetNextItemWidth(-FLT_MIN);
  std::optional<std::string> chosen;
  if (picker_combo(view, pointer, PickerKind::MobilityType, value, &chosen)) {
    if (chosen) view.session.set_mobility_type(type_named(*chosen));
    else view.session.pick_text(pointer, std::nullopt);
  }
  mark_field(view, pointer);
}

// "These dates give 5 months." / "… 12 days.": what the rules measure, said before they complain.
// Empty while the dates are incomplete or the wrong way round.
std::string duration_text(const Agreement& agreement) {
  std::optional<CalendarDate> start = agreement.start_date ? parse_month_or_date(*agreement.start_date) : std::nullopt;
  std::optional<CalendarDate> end = agreement.end_date ? parse_month_or_date(*agreement.end_date) : std::nullopt;
  if (!start || !end || first_day(*start) > last_day(*end)) return std::string();
  if (mobility_type_of(agreement) == MobilityType::Semester) {
    return ui_text("ui.mobility.durationMonths", {{"months", number_text(duration_in_months(*start, *end))}});
  }
  if (start->has_day() && end->has_day()) {
    return ui_text("ui.mobility.durationDays", {{"days", std::to_string(duration_in_days(*start, *end))}});
  }
  return std::string();
}

// Its line is there while the dates are incomplete too, blank, so that the line appearing as the
// student types the end date moves no field from under the pointer.
void duration_note(EditorView& view) {
  const std::string text = duration_text(view.session.agreement());
  note_text(text.empty() ? " " : text.c_str());
  record_item(view, "#duration");
}

}  // namespace

void draw_mobility_section(EditorView& view) {
  if (!begin_section(view, FormSection::Mobility, section_anchor(FormSection::Mobility), ui_text("ui.section.mobility"),
                     "ui.intro.mobility")) {
    return;
  }
  if (begin_field_grid("#mobility-grid")) {
    next_field_cell();
    mobility_type_field(view);
    next_field_cell();
    form_text(view, "/receivingAcademicYearId", {"ui.field.receivingAcademicYearId", "ui.hint.academicYear"});
    next_field_cell();
    // Blended and doctoral mobilities need the day (LA-305): no whole month is offered there.
    const std::optional<std::string>& type = view.session.agreement().mobility_type;
    const bool to_the_day = type && (*type == "blended" || *type == "short-term-doctoral");
    const DateKind kind = to_the_day ? DateKind::Day : DateKind::Period;
    const char* hint = to_the_day ? "ui.hint.date" : "ui.hint.monthOrDate";
    form_date(view, "/startDate", {"ui.field.startDate", hint, "ui.help.dates"}, kind);
    next_field_cell();
    form_date(view, "/endDate", {"ui.field.endDate", hint}, kind);
    end_field_grid();
  }
  duration_note(view);
  if (begin_field_grid("#study-grid")) {
    next_field_cell();
    form_number_picker(view, "/eqfLevelStudiedAtDeparture", {"ui.field.eqfLevelStudiedAtDeparture"}, PickerKind::StudyCycle);
    next_field_cell();
    form_picker(view, "/iscedFCode", {"ui.field.iscedFCode", nullptr, "ui.help.iscedFCode"}, PickerKind::IscedField);
    next_field_cell();
    form_text(view, "/iscedClarification", {"ui.field.iscedClarification", nullptr, "ui.help.iscedClarification"});
    next_field_cell();
    form_text(view, "/omobilityId", {"ui.field.omobilityId", nullptr, "ui.help.omobilityId"});
    end_field_grid();
  }
  end_section();
}

void draw_bip_section(EditorView& view) {
  const Agreement& agreement = view.session.agreement();
  const bool blended = mobility_type_of(agreement) == MobilityType::Blended;
  if (!blended && !agreement.bip) return;
  if (!begin_section(view, FormSection::Bip, section_anchor(FormSection::Bip), ui_text("ui.section.bip"),
                     blended ? "ui.intro.bip" : "ui.intro.bipUnused")) {
    return;
  }
  if (begin_field_grid("#bip-grid")) {
    next_field_cell();
    form_number(view, "/bip/participants", {"ui.field.participants", nullptr, "ui.help.participants"},
                PendingNumbers::Kind::Whole);
    end_field_grid();
  }
  sub_heading(view, ui_text("ui.heading.partnerHeis"));
  const std::string list = "/bip/partnerHeis";
  const std::vector<BipPartner>* partners = partners_at(agreement);
  const std::size_t count = partners ? partners->size() : 0;
  if (count > 0 && ImGui::BeginTable("##partners", 3, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp |
                                                          ImGuiTableFlags_NoSavedSettings)) {
    ImGui::TableSetupColumn(ui_text("ui.field.partnerHeiId"), ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn(ui_text("ui.field.partnerCountry"), ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFrameHeight() * 2 + css_px(4));
    ImGui::PushTabStop(false);  // headers are not fields: Tab goes from field to field
    ImGui::TableHeadersRow();
    ImGui::PopTabStop();
    for (std::size_t row = 0; row < count; ++row) {
      const std::string base = list + "/" + std::to_string(row);
      ImGui::TableNextRow();
      ImGui::PushID(static_cast<int>(row));
      ImGui::TableNextColumn();
      form_text(view, base + "/heiId", {nullptr, "ui.hint.heiId"});
      ImGui::TableNextColumn();
      form_picker(view, base + "/countryCode", {}, PickerKind::Country);
      ImGui::TableNextColumn();
      ImGui::PushTabStop(false);
      if (icon_button(view, Icon::Delete, base + "#delete", "ui.row.delete", !view.session.read_only())) {
        view.session.delete_row(list, row);
      }
      ImGui::PopTabStop();
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  take_focus_request(view, list);
  ImGui::BeginDisabled(view.session.read_only());
  if (form_button(view, ui_text("ui.button.addPartner"), list)) {
    // The cursor goes into the new row, as "Add a component" does.
    if (std::optional<std::size_t> added = view.session.add_row(list)) {
      view.focus = {list + "/" + std::to_string(*added) + "/heiId", list, added, FormSection::Bip, 3};
    }
  }
  ImGui::EndDisabled();
  mark_field(view, list);
  end_section();
}

}  // namespace la

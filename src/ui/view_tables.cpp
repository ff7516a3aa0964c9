// Tables A, B and C of the first version in the sections the mobility type gives them, and the
// lists the type does not use: kept in the file, shown folded, removed only when asked (view_sections.hpp).
#include "core/component_lists.hpp"
#include "ui/field_access.hpp"
#include "ui/form_section.hpp"
#include "ui/form_widgets.hpp"
#include "ui/ui_text.hpp"
#include "ui/view_sections.hpp"

namespace la {
namespace {

std::string first_version_list(ListKind kind) { return "/firstVersion/" + std::string(list_field_name(kind)); }

// The intro of a table by the list it shows ("ui.intro.componentsStudied", …).
std::string intro_key(ListKind kind) { return "ui.intro." + std::string(list_field_name(kind)); }

void table_section(EditorView& view, FormSection section, ListKind kind) {
  const std::string list = first_version_list(kind);
  const std::string key = intro_key(kind);
  if (!begin_section(view, section, section_anchor(section), ui_text(section_title_key(section)), key.c_str())) return;
  if (section == FormSection::TableB) {
    form_flag(view, "/mobilityWindow", {"ui.field.mobilityWindow", nullptr, "ui.help.mobilityWindow"});
  }
  draw_component_table(view, list, section, false);
  end_section();
}

// A list the mobility type does not use: what it is, how many rows, and a deliberate way out.
void unused_list(EditorView& view, ListKind kind, MobilityType type) {
  const std::string list = first_version_list(kind);
  const std::vector<Component>* rows = components_at(view.session.agreement(), list);
  const std::string type_name = ui_text("ui.mobilityType." + std::string(view.session.agreement().mobility_type.value_or("semester")));
  const std::string title = ui_text("ui.unused.title", {{"list", ui_text("ui.list." + std::string(list_field_name(kind)))},
                                                        {"count", std::to_string(rows ? rows->size() : 0)}});
  bool& open = view.unused_open[list];
  if (view.focus.list == list) open = true;
  sub_heading(view, title.c_str());
  const std::string note = type == MobilityType::Unknown ? std::string(ui_text("ui.unused.noteNoType"))
                                                         : ui_text("ui.unused.note", {{"type", type_name}});
  note_text(note.c_str());
  if (form_button(view, ui_text(open ? "ui.unused.hide" : "ui.unused.show"), list + "#toggle")) open = !open;
  ImGui::SameLine();
  ImGui::BeginDisabled(view.session.read_only());
  if (form_button(view, ui_text("ui.unused.remove"), list + "#remove")) view.session.remove_list(list);
  ImGui::EndDisabled();
  if (open) draw_component_table(view, list, FormSection::OtherLists, false);
}

}  // namespace

void draw_component_sections(EditorView& view) {
  const Agreement& agreement = view.session.agreement();
  const MobilityType type = mobility_type_of(agreement);
  const ListKind study = study_list_kind(type).value_or(ListKind::Studied);
  table_section(view, FormSection::TableA, study);
  table_section(view, FormSection::TableB, ListKind::Recognized);
  if (type == MobilityType::Blended) table_section(view, FormSection::TableC, ListKind::Virtual);

  std::vector<ListKind> unused;
  for (ListKind kind : kAllListKinds) {
    if (list_section(kind, type) == FormSection::OtherLists && kind != study && agreement.first_version &&
        list_of(*agreement.first_version, kind)) {
      unused.push_back(kind);
    }
  }
  if (unused.empty()) return;
  if (!begin_section(view, FormSection::OtherLists, section_anchor(FormSection::OtherLists),
                     ui_text("ui.section.otherLists"), "ui.intro.otherLists")) {
    return;
  }
  for (ListKind kind : unused) unused_list(view, kind, type);
  end_section();
}

}  // namespace la

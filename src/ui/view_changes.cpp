// Changes during the mobility (tables A2, B2, C2): approved changes and a proposal of changes,
// each with its rows' status and reason and its own signatures; shown when the file has them (view_sections.hpp).
#include "core/component_lists.hpp"
#include "ui/form_section.hpp"
#include "ui/form_widgets.hpp"
#include "ui/ui_text.hpp"
#include "ui/view_sections.hpp"

namespace la {
namespace {

void changes_lists(EditorView& view, const ComponentsList& lists, const std::string& base, FormSection section) {
  for (ListKind kind : kAllListKinds) {
    if (!list_of(lists, kind)) continue;
    const std::string list = base + "/" + std::string(list_field_name(kind));
    sub_heading(view, ui_text("ui.list." + std::string(list_field_name(kind))));
    draw_component_table(view, list, section, true);
  }
}

}  // namespace

void draw_changes_sections(EditorView& view) {
  const Agreement& agreement = view.session.agreement();
  if (agreement.approved_changes &&
      begin_section(view, FormSection::ApprovedChanges, section_anchor(FormSection::ApprovedChanges),
                    ui_text("ui.section.approvedChanges"), "ui.intro.approvedChanges")) {
    changes_lists(view, *agreement.approved_changes, "/approvedChanges", FormSection::ApprovedChanges);
    draw_signature_fields(view, "/approvedChanges");
    end_section();
  }
  if (agreement.changes_proposal &&
      begin_section(view, FormSection::ChangesProposal, section_anchor(FormSection::ChangesProposal),
                    ui_text("ui.section.changesProposal"), "ui.intro.changesProposal")) {
    form_text(view, "/changesProposal/id", {"ui.field.proposalId", nullptr, "ui.help.proposalId"});
    changes_lists(view, *agreement.changes_proposal, "/changesProposal", FormSection::ChangesProposal);
    if (agreement.changes_proposal->student) {
      sub_heading(view, ui_text("ui.heading.changedStudent"));
      draw_student_fields(view, "/changesProposal/student");
    }
    draw_signature_fields(view, "/changesProposal");
    end_section();
  }
}

void draw_document_section(EditorView& view) {
  const std::vector<std::size_t>* indices = view.session.marks().at(section_anchor(FormSection::Document));
  if (!indices) return;
  if (!begin_section(view, FormSection::Document, section_anchor(FormSection::Document), ui_text("ui.section.document"),
                     "ui.intro.document")) {
    return;
  }
  for (std::size_t i : *indices) {
    ImGui::Bullet();
    ImGui::SameLine();
    ImGui::TextUnformatted(view.session.findings()[i].pointer.c_str());
  }
  end_section();
}

}  // namespace la

// Changes during the mobility (tables A2, B2, C2): the approved changes, and the proposal of
// changes as the student makes it: "Propose changes" once the three parties signed the first
// version (or why not, in words), the proposal as a difference with its forms (view_proposal.hpp),
// its signatures, and "Apply the changes" once the three signed it (view_sections.hpp).
#include "core/changes_proposal.hpp"
#include "core/component_lists.hpp"
#include "core/signing.hpp"
#include "ui/form_section.hpp"
#include "ui/form_widgets.hpp"
#include "ui/proposal_edits.hpp"
#include "ui/ui_text.hpp"
#include "ui/view_proposal.hpp"
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

// A step's refusal, in words, where the student looks: under the button that asked for it.
void refusal_text(EditorView& view, const std::string& key, const std::string& name) {
  const char* text = ui_text(key);
  spoken_line(view, name, text, ImGui::GetColorU32(ImGuiCol_TextDisabled), ImGui::GetContentRegionAvail().x, text);
}

// The three parties signed the proposal, and what they signed still holds.
bool proposal_signed_by_all(const Agreement& agreement) {
  int holding = 0;
  for (const SignatureStatus& status : signature_statuses(agreement)) {
    holding += status.slot.section == Section::ChangesProposal && status.state == SignatureState::Holds;
  }
  return holding == 3;
}

// Some party signed the first version: from there on, changes go through a proposal.
bool first_version_signed(const Agreement& agreement) {
  if (!agreement.first_version) return false;
  for (Party party : kParties) {
    if (signature_of(*agreement.first_version, party)) return true;
  }
  return false;
}

void focus_on(EditorView& view, const std::string& name) {
  view.focus.field = name;
  view.focus.frames_left = 6;
}

// Without a proposal: "Propose changes", or why none can be proposed yet.
void propose_changes(EditorView& view) {
  const Agreement& agreement = view.session.agreement();
  if (!first_version_signed(agreement) && !agreement.approved_changes) return;
  if (!begin_section(view, FormSection::ChangesProposal, section_anchor(FormSection::ChangesProposal),
                     ui_text("ui.section.changes"), "ui.intro.changes")) {
    return;
  }
  const std::string refusal = changes_refusal(agreement);
  if (refusal.empty()) {
    take_focus_request(view, "/changesProposal#propose");
    ImGui::BeginDisabled(view.session.read_only());
    if (form_button(view, ui_text("ui.proposal.propose"), "/changesProposal#propose", true)) {
      view.proposal_form = {};
      if (start_proposal(view.session).empty()) focus_on(view, "/changesProposal#add#componentsStudied");
    }
    ImGui::EndDisabled();
  } else {
    refusal_text(view, refusal, "/changesProposal#refusal");
  }
  end_section();
}

void proposal_steps(EditorView& view) {
  const bool signed_by_all = proposal_signed_by_all(view.session.agreement());
  ImGui::BeginDisabled(view.session.read_only() || !signed_by_all);
  if (form_button(view, ui_text("ui.proposal.apply"), "/changesProposal#apply", true) && apply_proposal(view.session).empty()) {
    view.proposal_form = {};
    focus_on(view, "/changesProposal#propose");
  }
  ImGui::EndDisabled();
  ImGui::SameLine(0, em(0.6f));
  ImGui::BeginDisabled(view.session.read_only());
  if (form_button(view, ui_text("ui.proposal.withdraw"), "/changesProposal#withdraw") && withdraw_proposal(view.session).empty()) {
    view.proposal_form = {};
    focus_on(view, "/changesProposal#propose");
  }
  ImGui::EndDisabled();
  if (!signed_by_all) refusal_text(view, "ui.proposal.applyWhenSigned", "/changesProposal#apply-when");
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
  if (!agreement.changes_proposal) {
    propose_changes(view);
    return;
  }
  if (!begin_section(view, FormSection::ChangesProposal, section_anchor(FormSection::ChangesProposal),
                     ui_text("ui.section.changesProposal"), "ui.intro.changesProposal")) {
    return;
  }
  // Named by its content (proposal_id): written by the editor, never typed.
  form_read_only_text(view, "/changesProposal/id", {"ui.field.proposalId", nullptr, "ui.help.proposalId"});
  if (agreement.first_version) {
    draw_proposal_difference(view);
  } else {
    // A proposal of the first version (X 01-initial-version): its lists are the agreement's.
    changes_lists(view, *agreement.changes_proposal, "/changesProposal", FormSection::ChangesProposal);
  }
  if (agreement.changes_proposal->student) {
    sub_heading(view, ui_text("ui.heading.changedStudent"));
    draw_student_fields(view, "/changesProposal/student");
  }
  draw_signature_fields(view, "/changesProposal");
  if (agreement.first_version) proposal_steps(view);
  end_section();
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

// The three parties' signature blocks (view_sections.hpp). A block that is signed shows who signed,
// when, in which role and the fingerprint of what was signed, read-only: only signing writes it
// (signing.hpp). A block not signed yet, in the section being signed, offers "Sign" once the
// agreement has no errors, or says why not and goes to the first error.
#include <optional>
#include <string_view>

#include "core/json_pointer.hpp"
#include "core/signing.hpp"
#include "ui/field_access.hpp"
#include "ui/form_section.hpp"
#include "ui/form_widgets.hpp"
#include "ui/ui_text.hpp"
#include "ui/view_findings.hpp"
#include "ui/view_sections.hpp"
#include "ui/view_signing_dialogs.hpp"

namespace la {
namespace {

std::optional<Section> section_at(const std::string& base) {
  for (Section section : {Section::FirstVersion, Section::ApprovedChanges, Section::ChangesProposal}) {
    if (base == "/" + std::string(section_field_name(section))) return section;
  }
  return std::nullopt;
}

// "2026-05-02T10:15:00+02:00" as people read it: "2026-05-02 10:15 (UTC+02:00)".
std::string readable_time(const std::string& timestamp) {
  if (timestamp.size() < 16 || timestamp[10] != 'T') return timestamp;
  std::string zone = timestamp.size() > 19 ? timestamp.substr(19) : std::string();
  if (zone == "Z") zone = "+00:00";
  return timestamp.substr(0, 10) + " " + timestamp.substr(11, 5) + (zone.empty() ? "" : " (UTC" + zone + ")");
}

void wrapped(ImU32 color, const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void draw_signed_block(EditorView& view, const std::string& pointer, Party party, const Signature& signature,
                       const SignatureStatus& status) {
  const MessageArgs args = {{"name", signature.signer_name.value_or("")},
                            {"party", ui_text("ui.party." + std::string(party_name(party)))},
                            {"time", readable_time(signature.timestamp.value_or(""))},
                            {"fingerprint", status.fingerprint}};
  switch (status.state) {
    case SignatureState::Holds: wrapped(view.colors->success, ui_text("ui.signature.holds", args)); break;
    case SignatureState::Voided: wrapped(view.colors->error, ui_text("ui.signature.voided", args)); break;
    case SignatureState::NotSealed: wrapped(view.colors->warning, ui_text("ui.signature.notSealed", args)); break;
    case SignatureState::Absent: break;
  }
  if (begin_field_grid((pointer + "#grid").c_str())) {
    // The fields the signature holds, and a missing one that a finding is about (it shows there).
    for (const auto& [field, label] : {std::pair{"signerName", "ui.field.signerName"},
                                       {"signerPosition", "ui.field.signerPosition"},
                                       {"signerEmail", "ui.field.signerEmail"},
                                       {"timestamp", "ui.field.timestamp"},
                                       {"signerApp", "ui.field.signerApp"},
                                       {"contentHash", "ui.field.contentHash"}}) {
      const std::string field_pointer = pointer + "/" + field;
      if (!text_value_at(view.session.agreement(), field_pointer) && !view.session.marks().at(field_pointer)) continue;
      next_field_cell();
      const bool hash = std::string_view(field) == "contentHash";
      form_read_only_text(view, field_pointer, {label, nullptr, hash ? "ui.help.contentHash" : nullptr});
    }
    end_field_grid();
  }
  if (status.state != SignatureState::NotSealed) {
    if (form_button(view, ui_text("ui.button.compare"), pointer + "#compare")) {
      open_compare_dialog(view, status.slot.section, party);
    }
  }
}

void draw_unsigned_block(EditorView& view, const std::string& pointer, Party party, bool being_signed) {
  if (!being_signed) {
    note_text(ui_text("ui.signature.notSigned"));
    return;
  }
  const EditorStatus status = view.session.status();
  // The button carries the signature's pointer: a finding about a missing signature goes to it.
  take_focus_request(view, pointer);
  if (status.ready()) {
    note_text(ui_text("ui.signature.notSigned"));
    ImGui::BeginDisabled(view.session.read_only());
    const std::string label = ui_text("ui.button.sign." + std::string(party_name(party)));
    if (form_button(view, label.c_str(), pointer, true)) open_sign_dialog(view, party);
    ImGui::EndDisabled();
    mark_field(view, pointer);
    return;
  }
  const std::size_t errors = status.errors > 0 ? status.errors : status.invalid_entries;
  note_text(ui_text(errors == 1 ? "ui.signature.blocked.one" : "ui.signature.blocked.other",
                    {{"count", std::to_string(errors)}})
                .c_str());
  if (form_button(view, ui_text("ui.button.firstError"), pointer + "#first-error")) {
    const FindingMarks& marks = view.session.marks();
    for (std::size_t index : marks.form_order) {
      if (view.session.findings()[index].severity() != Severity::Error) continue;
      go_to_finding(view, index);
      break;
    }
  }
  mark_field(view, pointer);
}

}  // namespace

void draw_signature_fields(EditorView& view, const std::string& base) {
  const Agreement& agreement = view.session.agreement();
  const std::optional<Section> section = section_at(base);
  const ComponentsList* lists = section ? section_lists(agreement, *section) : nullptr;
  const bool being_signed = section && *section == signing_section(agreement);
  const std::vector<SignatureStatus> statuses = signature_statuses(agreement);
  for (Party party : kParties) {
    const std::string pointer = pointer_append(base, signature_field_name(party));
    sub_heading(view, ui_text("ui.heading." + std::string(signature_field_name(party))));
    const std::optional<Signature>* signature = lists ? &signature_of(*lists, party) : nullptr;
    if (signature && *signature) {
      for (const SignatureStatus& status : statuses) {
        if (status.slot == SignatureSlot{*section, party}) draw_signed_block(view, pointer, party, **signature, status);
      }
    } else {
      draw_unsigned_block(view, pointer, party, being_signed);
    }
  }
}

void draw_signatures_section(EditorView& view) {
  if (!begin_section(view, FormSection::Signatures, section_anchor(FormSection::Signatures),
                     ui_text("ui.section.signatures"), "ui.intro.signatures")) {
    return;
  }
  draw_signature_fields(view, "/firstVersion");
  end_section();
}

}  // namespace la

// The session's signing (editor_session.hpp, "Signing"): a party signs, an edit of signed content
// asks before it voids signatures, and a file whose signatures no longer hold says so on opening.
// The signing itself, the hashes and what a signature still means are the core's (signing.hpp).
#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/checker.hpp"
#include "core/content_hash.hpp"
#include "core/json_codec.hpp"
#include "core/json_parse.hpp"
#include "core/json_pointer.hpp"
#include "ui/editor_session.hpp"
#include "ui/finding_locations.hpp"
#include "ui/ui_text.hpp"

namespace la {
namespace {

bool has_signatures(const Agreement& agreement) {
  for (Section section : {Section::FirstVersion, Section::ApprovedChanges, Section::ChangesProposal}) {
    const ComponentsList* lists = section_lists(agreement, section);
    if (!lists) continue;
    for (Party party : kParties) {
      if (signature_of(*lists, party)) return true;
    }
  }
  return false;
}

std::string party_words(Party party) { return ui_text("ui.party." + std::string(party_name(party))); }

// "the student", "the student and the sending institution", "A, B and C".
std::string parties_words(std::vector<Party> parties) {
  // Each party once, in the order of kParties (no sort: one more std::sort costs the wasm ~1.5 KB).
  std::vector<Party> listed;
  for (Party party : kParties) {
    if (std::find(parties.begin(), parties.end(), party) != parties.end()) listed.push_back(party);
  }
  parties = std::move(listed);
  std::string text;
  for (std::size_t i = 0; i < parties.size(); ++i) {
    if (i > 0) text += i + 1 == parties.size() ? std::string(" ") + ui_text("ui.words.and") + " " : ", ";
    text += party_words(parties[i]);
  }
  return text;
}

std::string section_words(Section section) {
  return ui_text("ui.signSection." + std::string(section_field_name(section)));
}


std::string error_json(const std::string& message) { return json_text({{"ok", false}, {"error", {{"message", message}}}}); }

}  // namespace

// --- Edits of signed content

EditorSession::EditGuard::EditGuard(EditorSession& session, bool quiet)
    : session_(session), allowed_(!session.edits_blocked()), quiet_(quiet) {
  // Only an agreement with signatures pays for the copy a trial keeps.
  if (allowed_ && has_signatures(session.agreement())) {
    session.document_.begin_trial();
    on_trial_ = true;
  }
}

EditorSession::EditGuard::~EditGuard() {
  if (!on_trial_) return;
  EditorDocument& document = session_.document_;
  const std::vector<SignatureSlot> voided = signatures_voided_by(*document.trial_base(), document.agreement());
  if (voided.empty()) {
    document.end_trial(true);
    return;
  }
  PendingVoid held{document.agreement(), document.trial_field(), voided};
  remove_signatures(held.agreement, voided);
  document.end_trial(false);
  session_.pending_.clear_below(held.field);  // a number typed there goes with the edit
  session_.remove_notices({NoticeKind::CoursesPasted});
  if (!quiet_) session_.pending_void_ = std::move(held);
}

bool EditorSession::replace_step(const std::string& field, Agreement next) {
  EditGuard edit(*this);
  if (!edit.allowed()) return false;
  pending_.clear_below(field);  // numbers typed into rows that moved or went
  document_.will_change_step(field);
  document_.mutable_agreement() = std::move(next);
  return true;
}

std::string EditorSession::void_question() const {
  if (!pending_void_) return {};
  std::vector<Party> parties;
  for (const SignatureSlot& slot : pending_void_->voided) parties.push_back(slot.party);
  return ui_text("ui.void.question", {{"parties", parties_words(parties)}});
}

std::string EditorSession::void_question_field() const { return pending_void_ ? pending_void_->field : std::string(); }

void EditorSession::answer_void_question(bool go_on) {
  std::optional<PendingVoid> held = std::move(pending_void_);
  pending_void_.reset();
  if (!go_on || !held || read_only()) return;
  // The edit and the removal of the signatures it voids: one undo step.
  document_.will_change_step(held->field);
  document_.mutable_agreement() = std::move(held->agreement);
  std::vector<Party> parties;
  for (const SignatureSlot& slot : held->voided) parties.push_back(slot.party);
  add_notice({NoticeKind::SignaturesRemoved, NoticeTone::Warning,
              {"ui.notice.signaturesRemoved", {{"parties", parties_words(parties)}}}});
}

// --- Signing

std::string EditorSession::signing_status_text() const {
  const Section section = signing_section(document_.agreement());
  std::vector<Party> signers;
  for (const SignatureStatus& status : signature_statuses(document_.agreement())) {
    if (status.slot.section == section && status.state != SignatureState::Absent) signers.push_back(status.slot.party);
  }
  if (signers.empty()) return ui_text("ui.status.notSigned");
  if (signers.size() == std::size(kParties)) return ui_text("ui.status.signedByAll");
  return ui_text("ui.status.signedBy", {{"parties", parties_words(signers)}});
}

EditorSession::SignResult EditorSession::sign(Party party, const Signer& signer) {
  SignResult result;
  if (edits_blocked()) {
    result.error = ui_text("ui.sign.readOnly");
    return result;
  }
  const WallTime now = platform_.wall_time();
  SignOutcome outcome = la::sign(document_.agreement(), party, signer, now.utc_seconds, now.utc_offset_minutes);
  result.findings = std::move(outcome.findings);
  if (!outcome.agreement) {
    result.errors = count_errors(result.findings);
    result.error = ui_text(outcome.error, {{"count", std::to_string(result.errors)}});
    return result;
  }
  const Section section = signing_section(*outcome.agreement);
  document_.will_change_step(
      pointer_append(pointer_append("", section_field_name(section)), signature_field_name(party)));
  document_.mutable_agreement() = std::move(*outcome.agreement);
  const std::optional<Signature>& signature = signature_of(*section_lists(document_.agreement(), section), party);
  result.ok = true;
  result.fingerprint = fingerprint(signature->content_hash.value_or(""));
  add_notice({NoticeKind::Signed, NoticeTone::Success,
              {"ui.notice.signed", {{"party", party_words(party)}, {"fingerprint", result.fingerprint}}}});
  return result;
}

std::string EditorSession::sign_json(std::string_view party_text, std::string_view signer_json) {
  const std::optional<Party> party = party_from_name(party_text);
  if (!party) return error_json(ui_text("ui.sign.unknownParty", {{"party", std::string(party_text)}}));
  const nlohmann::json given = parse_json(signer_json);
  if (!given.is_object()) return error_json(ui_text("ui.sign.noSigner"));
  auto text = [&given](const char* name) {
    auto it = given.find(name);
    return it != given.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  const SignResult result = sign(*party, {text("signerName"), text("signerPosition"), text("signerEmail")});
  if (!result.ok) return error_json(result.error);
  // findings_json() as it is, not parsed back only to be written again.
  return "{\"ok\":true,\"findings\":" + findings_json() + ",\"fingerprint\":" +
         json_text(result.fingerprint) + "}";
}

// --- Compare with my copy

EditorSession::Comparison EditorSession::compare_with_fingerprint(Section section, std::string_view kept) const {
  const bool same = la::compare_with_fingerprint(document_.agreement(), section, kept).same;
  const MessageArgs args = {{"section", section_words(section)}};
  return {same, ui_text(same ? "ui.compare.same" : "ui.compare.notSame", args)};
}

EditorSession::Comparison EditorSession::compare_with_file(Section section, const ChosenFile& file) const {
  ReadResult read = file.error.empty() ? read_agreement(file.bytes) : ReadResult{};
  if (!read.agreement) {
    const std::string reason = file.error.empty() ? load_error_text(read.error) : file.error;
    return {false, ui_text("ui.compare.unreadable", {{"file", file.name}, {"reason", reason}})};
  }
  if (!section_lists(*read.agreement, section)) {
    return {false, ui_text("ui.compare.noSection", {{"file", file.name}, {"section", section_words(section)}})};
  }
  const CopyComparison comparison = compare_with_copy(document_.agreement(), section, *read.agreement);
  const MessageArgs args = {{"file", file.name},
                            {"section", section_words(section)},
                            {"fields", places_text(comparison.differing, document_.agreement(), false)}};
  return {comparison.same, ui_text(comparison.same ? "ui.compare.sameAsFile" : "ui.compare.differs", args)};
}

// --- Opening a file whose signatures no longer hold (LA-703)

std::string EditorSession::broken_signatures_text(const Agreement& opened) {
  const DraftRecovery draft = recover_draft(platform_.storage(), draft_key_);
  const Agreement* copies[] = {&document_.agreement(), draft.agreement ? &*draft.agreement : nullptr};
  std::string text;
  for (Section section : {Section::FirstVersion, Section::ApprovedChanges, Section::ChangesProposal}) {
    std::vector<Party> parties;
    std::string signed_hash;
    for (const SignatureStatus& status : signature_statuses(opened)) {
      if (status.slot.section != section || status.state != SignatureState::Voided) continue;
      parties.push_back(status.slot.party);
      signed_hash = *signature_of(*section_lists(opened, section), status.slot.party)->content_hash;
    }
    if (parties.empty()) continue;
    if (!text.empty()) text += "\n";
    text += ui_text("ui.notice.signaturesBroken", {{"parties", parties_words(parties)}, {"section", section_words(section)}});
    // A copy holding exactly what was signed tells what changed since.
    const Agreement* copy = nullptr;
    for (const Agreement* candidate : copies) {
      if (candidate && section_lists(*candidate, section) && content_hash(*candidate, section) == signed_hash) copy = candidate;
    }
    if (!copy) {
      text += " " + std::string(ui_text("ui.notice.changesUnknown"));
      continue;
    }
    const std::string fields = places_text(compare_with_copy(opened, section, *copy).differing, opened, false);
    text += " " + ui_text("ui.notice.changedFields", {{"fields", fields}});
  }
  return text;
}

}  // namespace la

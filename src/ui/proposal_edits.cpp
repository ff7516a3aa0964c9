// Changes during the mobility as undo steps of the editor (proposal_edits.hpp).
#include "ui/proposal_edits.hpp"

#include <utility>

#include "core/changes_proposal.hpp"

namespace la {
namespace {

constexpr const char* kProposal = "/changesProposal";
constexpr const char* kReadOnly = "ui.changes.readOnly";

// Puts the core's result in place as one undo step under the proposal's pointer (undo brings the
// form back to the proposal). A step that changes signed content asks first, as every edit does;
// if the student goes on, the signatures it voids go in the same step (docs/format.md: a changed
// proposal carries no broken signature).
std::string take(EditorSession& session, ChangeOutcome outcome) {
  if (!outcome.agreement) return outcome.error;
  if (!session.replace_step(kProposal, std::move(*outcome.agreement))) return kReadOnly;
  return {};
}

}  // namespace

std::string start_proposal(EditorSession& session) {
  if (session.read_only()) return kReadOnly;
  return take(session, start_changes_proposal(session.agreement()));
}

std::string delete_in_proposal(EditorSession& session, ListKind kind, std::size_t index, const std::string& reason_code,
                               const std::string& reason_text) {
  if (session.read_only()) return kReadOnly;
  return take(session, propose_deletion(session.agreement(), kind, index, reason_code, reason_text));
}

std::string add_to_proposal(EditorSession& session, ListKind kind, Component component, const std::string& reason_code,
                            const std::string& reason_text) {
  if (session.read_only()) return kReadOnly;
  return take(session, propose_insertion(session.agreement(), kind, std::move(component), reason_code, reason_text));
}

std::string withdraw_proposal(EditorSession& session) {
  if (session.read_only()) return kReadOnly;
  if (!session.agreement().changes_proposal) return "changes.no-proposal";
  // Without a first version the proposal is the agreement's first draft, not a change to withdraw.
  if (!session.agreement().first_version) return "changes.no-first-version";
  Agreement next = session.agreement();
  next.changes_proposal.reset();
  return take(session, {std::move(next), {}});
}

std::string apply_proposal(EditorSession& session) {
  if (session.read_only()) return kReadOnly;
  return take(session, apply_changes_proposal(session.agreement()));
}

}  // namespace la

// Undo, redo, findings and export state of the edited agreement (editor_document.hpp).
#include "ui/editor_document.hpp"

#include "core/checker.hpp"

namespace la {

EditorDocument::EditorDocument(Agreement agreement) : agreement_(std::move(agreement)) {}

void EditorDocument::push_undo() {
  undo_.push_back({agreement_, state_});
  if (undo_.size() > kMaxUndoSteps) undo_.erase(undo_.begin());
  redo_.clear();
}

void EditorDocument::touch() {
  ++revision_;
  state_ = next_state_++;
}

void EditorDocument::will_change(std::string_view field) {
  bool same_burst = !field.empty() && field == burst_field_;
  if (!same_burst) push_undo();
  burst_field_ = std::string(field);
  touch();
}

void EditorDocument::will_change_step(std::string_view field) {
  burst_field_.clear();
  will_change(field);
  burst_field_.clear();
}

void EditorDocument::replace(Agreement agreement) {
  push_undo();
  burst_field_.clear();
  agreement_ = std::move(agreement);
  touch();
}

bool EditorDocument::step(std::vector<Snapshot>& from, std::vector<Snapshot>& to) {
  if (from.empty()) return false;
  to.push_back({std::move(agreement_), state_});
  agreement_ = std::move(from.back().agreement);
  state_ = from.back().state;
  from.pop_back();
  burst_field_.clear();
  ++revision_;
  return true;
}

bool EditorDocument::undo() { return step(undo_, redo_); }
bool EditorDocument::redo() { return step(redo_, undo_); }

const Findings& EditorDocument::findings() {
  if (checked_revision_ != revision_) {
    findings_ = check_agreement(agreement_);
    checked_revision_ = revision_;
  }
  return findings_;
}

}  // namespace la

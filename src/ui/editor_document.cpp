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

bool EditorDocument::undo() {
  if (undo_.empty()) return false;
  redo_.push_back({std::move(agreement_), state_});
  agreement_ = std::move(undo_.back().agreement);
  state_ = undo_.back().state;
  undo_.pop_back();
  burst_field_.clear();
  ++revision_;
  return true;
}

bool EditorDocument::redo() {
  if (redo_.empty()) return false;
  undo_.push_back({std::move(agreement_), state_});
  agreement_ = std::move(redo_.back().agreement);
  state_ = redo_.back().state;
  redo_.pop_back();
  burst_field_.clear();
  ++revision_;
  return true;
}

const Findings& EditorDocument::findings() {
  if (checked_revision_ != revision_) {
    findings_ = check_agreement(agreement_);
    checked_revision_ = revision_;
  }
  return findings_;
}

}  // namespace la

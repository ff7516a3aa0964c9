// Undo, redo, findings and export state of the edited agreement (editor_document.hpp).
#include "ui/editor_document.hpp"

#include "core/checker.hpp"

namespace la {

EditorDocument::EditorDocument(Agreement agreement) : agreement_(std::move(agreement)) {}

void EditorDocument::push_undo(std::string_view field) {
  undo_.push_back({agreement_, state_, std::string(field), {}, {}});
  // During a trial the oldest step stays until the trial is kept: a rollback drops the new ones.
  if (!trial_ && undo_.size() > kMaxUndoSteps) undo_.erase(undo_.begin());
  if (trial_ && trial_->redo.empty()) trial_->redo = std::move(redo_);
  redo_.clear();
}

void EditorDocument::touch() {
  ++revision_;
  state_ = next_state_++;
}

namespace {

std::size_t character_count(std::string_view utf8) {
  std::size_t count = 0;
  for (unsigned char c : utf8) count += (c & 0xC0) != 0x80;  // lead bytes only
  return count;
}

}  // namespace

bool is_typing_edit(std::string_view before, std::string_view after) {
  std::size_t prefix = 0;
  while (prefix < before.size() && prefix < after.size() && before[prefix] == after[prefix]) ++prefix;
  while (prefix > 0 && (static_cast<unsigned char>(before[prefix]) & 0xC0) == 0x80) --prefix;  // whole characters
  std::size_t suffix = 0;
  while (suffix < before.size() - prefix && suffix < after.size() - prefix &&
         before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix]) {
    ++suffix;
  }
  const std::string_view removed = before.substr(prefix, before.size() - prefix - suffix);
  return character_count(removed) <= 1;
}

void EditorDocument::note_trial_change(std::string_view field) {
  if (!trial_ || trial_->changed) return;
  trial_->changed = true;
  trial_->field = std::string(field);
}

void EditorDocument::will_change(std::string_view field) {
  note_trial_change(field);
  bool same_burst = !field.empty() && field == burst_field_;
  if (!same_burst) push_undo(field);
  burst_field_ = std::string(field);
  last_field_ = burst_field_;
  touch();
}

void EditorDocument::will_amend(std::string_view field) {
  note_trial_change(field);
  if (field.empty() || field != last_field_) return will_change(field);
  touch();
}

void EditorDocument::will_change_step(std::string_view field) {
  burst_field_.clear();
  will_change(field);
  burst_field_.clear();
}

void EditorDocument::set_last_step_places(std::string before, std::string after) {
  if (undo_.empty()) return;
  undo_.back().before = std::move(before);
  undo_.back().after = std::move(after);
}

void EditorDocument::replace(Agreement agreement) {
  push_undo("");
  burst_field_.clear();
  last_field_.clear();
  agreement_ = std::move(agreement);
  touch();
}

void EditorDocument::begin_trial() {
  trial_ = Trial{agreement_, state_, burst_field_, last_field_, {}, undo_.size(), {}, false};
}

const std::string& EditorDocument::trial_field() const {
  static const std::string none;
  return trial_ ? trial_->field : none;
}

void EditorDocument::end_trial(bool keep) {
  if (!trial_) return;
  Trial trial = std::move(*trial_);
  trial_.reset();
  if (keep) {
    while (undo_.size() > kMaxUndoSteps) undo_.erase(undo_.begin());
    return;
  }
  if (!trial.changed) return;
  agreement_ = std::move(trial.agreement);
  undo_.resize(trial.undo_size);
  if (!trial.redo.empty()) redo_ = std::move(trial.redo);
  state_ = trial.state;
  burst_field_ = std::move(trial.burst_field);
  last_field_ = std::move(trial.last_field);
  ++revision_;  // the content is the old one, but views and caches saw the trial's
}

bool EditorDocument::step(std::vector<Snapshot>& from, std::vector<Snapshot>& to, bool redo) {
  if (from.empty()) return false;
  Snapshot& last = from.back();
  const std::string& place = redo ? last.after : last.before;
  stepped_field_ = place.empty() ? last.field : place;
  to.push_back({std::move(agreement_), state_, last.field, last.before, last.after});
  agreement_ = std::move(last.agreement);
  state_ = from.back().state;
  from.pop_back();
  burst_field_.clear();
  last_field_.clear();
  ++revision_;
  return true;
}

bool EditorDocument::undo() { return step(undo_, redo_, false); }
bool EditorDocument::redo() { return step(redo_, undo_, true); }

const Findings& EditorDocument::findings() {
  if (checked_revision_ != revision_) {
    findings_ = check_agreement(agreement_);
    checked_revision_ = revision_;
  }
  return findings_;
}

}  // namespace la

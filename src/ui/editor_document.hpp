// The agreement being edited: undo and redo of every edit, the checker's findings kept up to
// date, and whether there are changes not yet exported. No ImGui here: views call it.
//
// How views edit: read agreement(); just before writing into mutable_agreement(), call
// will_change(field) with the JSON Pointer of what changes ("" for a whole-document change).
// Consecutive changes to one field (typing a word) make one undo step, until end_edit_burst()
// (the field lost focus, a pause, a paste) or a change elsewhere.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/agreement.hpp"
#include "core/finding.hpp"

namespace la {

// Whether `after` follows from `before` by typing: characters typed (several, when keys come
// faster than frames) with at most one deleted. Deleting more (a selection typed over or
// deleted, a word deleted) is an undo step of its own, as in a browser's text field, so that
// one undo never takes a paragraph with a slip.
bool is_typing_edit(std::string_view before, std::string_view after);

class EditorDocument {
 public:
  static constexpr std::size_t kMaxUndoSteps = 200;

  explicit EditorDocument(Agreement agreement = {});

  const Agreement& agreement() const { return agreement_; }
  Agreement& mutable_agreement() { return agreement_; }

  void will_change(std::string_view field);
  void end_edit_burst() { burst_field_.clear(); }
  // A change that belongs to the last step when that step changed the same field (tidying a
  // field as it is left), else a step of its own.
  void will_amend(std::string_view field);
  // An edit that is an undo step of its own even on the field just typed into: a row added,
  // moved or deleted, a choice picked from a list.
  void will_change_step(std::string_view field);
  // Where the last step's change is, when that differs before and after it: a row moved from
  // `before` to `after`, added (none before: its neighbour), deleted. Undo then goes to `before`,
  // redo to `after` (stepped_field()), instead of the field will_change* named.
  void set_last_step_places(std::string before, std::string after);
  // Replaces the whole agreement (New, Open, a sample) as one undoable step.
  void replace(Agreement agreement);

  // An edit on trial: begin_trial() before it, end_trial() after it. Rolled back, the document
  // is as it was before, undo and redo included (the session asks before an edit that voids
  // signatures, and keeps it only if the student goes on).
  void begin_trial();
  // The agreement as it was at begin_trial(); null when no trial is open.
  const Agreement* trial_base() const { return trial_ ? &trial_->agreement : nullptr; }
  // The field of the trial's first change ("" for none or the whole agreement).
  const std::string& trial_field() const;
  void end_trial(bool keep);

  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  bool undo();
  bool redo();
  // What the last undo or redo changed: the field's pointer (for a row operation, the row's
  // place in the agreement it leaves: set_last_step_places), "" for the whole agreement.
  const std::string& stepped_field() const { return stepped_field_; }

  // The checker's findings for the current state (checked again only after a change).
  const Findings& findings();
  // Changes with every edit, undo and redo: views and autosave compare it.
  std::uint64_t revision() const { return revision_; }

  bool has_unexported_changes() const { return state_ != exported_state_; }
  void mark_exported() { exported_state_ = state_; }
  // For a restored draft: its content is not known to have been exported.
  void mark_unexported() { exported_state_ = ~std::uint64_t{0}; }

 private:
  struct Snapshot {
    Agreement agreement;
    std::uint64_t state;
    std::string field;  // what the step from this state changed
    std::string before, after;  // where it is in the states before and after it, if not `field`
  };
  void push_undo(std::string_view field);
  void touch();
  void note_trial_change(std::string_view field);
  // Moves the current state onto `to` and restores the last one of `from` (undo or redo).
  bool step(std::vector<Snapshot>& from, std::vector<Snapshot>& to, bool redo);

  struct Trial {
    Agreement agreement;
    std::uint64_t state;
    std::string burst_field, last_field, field;
    std::size_t undo_size;
    std::vector<Snapshot> redo;  // set aside by the trial's first undo step
    bool changed = false;
  };
  std::optional<Trial> trial_;

  Agreement agreement_;
  std::vector<Snapshot> undo_, redo_;
  std::string burst_field_;
  std::string last_field_;  // what the last step changed, even after its burst ended
  std::string stepped_field_;
  std::uint64_t revision_ = 0;
  std::uint64_t state_ = 0;          // identifies the content: equal states, equal content
  std::uint64_t next_state_ = 1;
  std::uint64_t exported_state_ = 0;  // a new, untouched document has nothing to lose
  std::uint64_t checked_revision_ = ~std::uint64_t{0};
  Findings findings_;
};

}  // namespace la

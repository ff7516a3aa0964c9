// The agreement being edited: undo and redo of every edit, the checker's findings kept up to
// date, and whether there are changes not yet exported. No ImGui here: views call it.
//
// How views edit: read agreement(); just before writing into mutable_agreement(), call
// will_change(field) with the JSON Pointer of what changes ("" for a whole-document change).
// Consecutive changes to one field (typing a word) make one undo step, until end_edit_burst()
// (the field lost focus) or a change elsewhere.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/agreement.hpp"
#include "core/finding.hpp"

namespace la {

class EditorDocument {
 public:
  static constexpr std::size_t kMaxUndoSteps = 200;

  explicit EditorDocument(Agreement agreement = {});

  const Agreement& agreement() const { return agreement_; }
  Agreement& mutable_agreement() { return agreement_; }

  void will_change(std::string_view field);
  void end_edit_burst() { burst_field_.clear(); }
  // An edit that is an undo step of its own even on the field just typed into: a row added,
  // moved or deleted, a choice picked from a list.
  void will_change_step(std::string_view field);
  // Replaces the whole agreement (New, Open, a sample) as one undoable step.
  void replace(Agreement agreement);

  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }
  bool undo();
  bool redo();

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
  };
  void push_undo();
  void touch();

  Agreement agreement_;
  std::vector<Snapshot> undo_, redo_;
  std::string burst_field_;
  std::uint64_t revision_ = 0;
  std::uint64_t state_ = 0;          // identifies the content: equal states, equal content
  std::uint64_t next_state_ = 1;
  std::uint64_t exported_state_ = 0;  // a new, untouched document has nothing to lose
  std::uint64_t checked_revision_ = ~std::uint64_t{0};
  Findings findings_;
};

}  // namespace la

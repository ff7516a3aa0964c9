// Changes during the mobility (Tables A2, B2, C2): proposing, showing and applying them, as EWP
// OMOBILITY-LAs defines `changes-proposal` and `approved-changes`.
//
//   ChangeOutcome started = start_changes_proposal(agreement);          // or its refusal
//   ChangeOutcome next = propose_deletion(*started.agreement, ListKind::Studied, 2, "timetable-conflict", "");
//   ... the three parties sign (signing.hpp) ...
//   ChangeOutcome applied = apply_changes_proposal(*signed_agreement);  // -> approvedChanges
//
// A proposal, like X's approved-changes, lists every change against the first version, not only
// those since the last approval (X examples 06 to 12): a second round starts from the approved
// changes and adds to them. Every edit gives the proposal a new id (proposal_id).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/agreement.hpp"
#include "core/component_lists.hpp"

namespace la {

struct ChangeOutcome {
  std::optional<Agreement> agreement;  // the changed agreement
  std::string error;                   // otherwise a message key (messages.hpp): why not
};

// Why no changes can be proposed now (a message key), empty when they can: there must be a first
// version signed by the three parties whose signatures hold; blended and short-term doctoral
// mobilities get none after that (X changes-proposal: "MUST NOT").
std::string changes_refusal(const Agreement& agreement);

// Opens a proposal: the approved changes so far (without their signatures), or none.
ChangeOutcome start_changes_proposal(const Agreement& agreement);

// Marks the component at `index` of the list as it stands with the proposal
// (current_components) as deleted, with an EWP reason for deleting (a code, a text, or both).
// A component that the proposal or the approved changes inserted is simply taken out again.
ChangeOutcome propose_deletion(const Agreement& agreement, ListKind kind, std::size_t index, const std::string& reason_code,
                               const std::string& reason_text);
// Adds a component with an EWP reason for inserting.
ChangeOutcome propose_insertion(const Agreement& agreement, ListKind kind, Component component,
                                const std::string& reason_code, const std::string& reason_text);

// The list as it stands after the changes of `section` (approved changes or the proposal): the
// first version's components without the deleted ones, then the inserted ones. For
// Section::FirstVersion, the first version's list.
std::vector<Component> current_components(const Agreement& agreement, ListKind kind, Section section);

// The proposal against the agreement as it stands, for display: per list, the components before
// it, each kept, deleted (struck through) or added, and the credit totals before and after.
enum class RowChange { Kept, Deleted, Added };
struct DiffRow {
  Component component;
  RowChange change = RowChange::Kept;
};
struct ListDiff {
  ListKind kind;
  std::vector<DiffRow> rows;
  double total_before = 0, total_after = 0;
};
std::vector<ListDiff> proposal_diff(const Agreement& agreement);

// The proposal's id: 40 upper-case hexadecimal digits of the SHA-256 of its canonical content
// without id and signatures, so that it changes exactly when its content changes (X: "It MUST
// change if and only if the changes proposal content changes").
std::string proposal_id(const ChangesProposal& proposal);

// Makes a proposal signed by all three parties (signatures that hold) the approved changes, or,
// for a proposal of the first version, the first version; the signatures go with it (X example
// 07 to 08) and still hold (content_hash.hpp).
ChangeOutcome apply_changes_proposal(const Agreement& agreement);

}  // namespace la

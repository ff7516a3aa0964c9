// Rules LA-8xx: changes to the first version, their status, reasons and deleted components.
// learning-agreement.md, section 4: approvedChanges and a changesProposal that changes a first
// version (tables A2, B2, C2).
// A changesProposal without a firstVersion proposes the first version itself (X) and is checked
// as one by the component rules instead.
#include "core/json_pointer.hpp"
#include "core/rule_groups.hpp"
#include "core/text_formats.hpp"

namespace la {
namespace {

constexpr Rule kChangesWithoutFirstVersion{"LA-801", Severity::Error, "X"};
constexpr Rule kChangeStatusInvalid{"LA-802", Severity::Error, "X"};
constexpr Rule kChangeWithoutReason{"LA-803", Severity::Warning, "X"};
constexpr Rule kReasonCodeForOtherStatus{"LA-804", Severity::Error, "X"};
constexpr Rule kDeletedComponentNotInFirstVersion{"LA-805", Severity::Error, "X"};
constexpr Rule kReasonCodeUnknown{"LA-806", Severity::Warning, "X"};
constexpr Rule kChangesProposalWithoutId{"LA-807", Severity::Error, "X"};

constexpr const Rule* kRules[] = {
    &kChangesWithoutFirstVersion, &kChangeStatusInvalid, &kChangeWithoutReason, &kReasonCodeForOtherStatus,
    &kDeletedComponentNotInFirstVersion, &kReasonCodeUnknown, &kChangesProposalWithoutId,
};

bool has_status(const Component& component, std::string_view status) {
  return component.status && *component.status == status;
}

// X status: "inserted" or "deleted", required on every change.
void check_status(const Component& component, const ComponentListRef& list, std::size_t k, FindingSink& sink) {
  if (!has_status(component, "inserted") && !has_status(component, "deleted")) {
    sink.add(kChangeStatusInvalid, component_pointer(list.pointer, k, "status"));
  }
}

// X reason-code: "the reason of the change (code or text, or both) SHOULD be provided"; each code
// "MUST be used ONLY for" deletions or insertions; an unknown code counts as none.
void check_reason(const Component& component, const ComponentListRef& list, std::size_t k,
                  const ReferenceData& reference, FindingSink& sink) {
  if (!is_missing(component.status) && is_missing(component.reason_code) && is_missing(component.reason_text)) {
    sink.add(kChangeWithoutReason, component_pointer(list.pointer, k));
  }
  if (is_missing(component.reason_code)) return;
  const std::string& code = *component.reason_code;
  switch (reference.reason_code_use(code)) {
    case ReasonCodeUse::Unknown:
      sink.add(kReasonCodeUnknown, component_pointer(list.pointer, k, "reasonCode"), {{"code", code}});
      break;
    case ReasonCodeUse::DeleteOnly:
      if (has_status(component, "inserted")) {
        sink.add(kReasonCodeForOtherStatus, component_pointer(list.pointer, k, "reasonCode"),
                 {{"code", code}, {"status", "inserted"}});
      }
      break;
    case ReasonCodeUse::InsertOnly:
      if (has_status(component, "deleted")) {
        sink.add(kReasonCodeForOtherStatus, component_pointer(list.pointer, k, "reasonCode"),
                 {{"code", code}, {"status", "deleted"}});
      }
      break;
  }
}

// The same component as `deleted`: by losCode when it has one, else by losId, else by title.
bool same_component(const Component& deleted, const Component& candidate) {
  auto same = [](const Text& a, const Text& b) { return !is_missing(b) && trimmed(*a) == trimmed(*b); };
  if (!is_missing(deleted.los_code)) return same(deleted.los_code, candidate.los_code);
  if (!is_missing(deleted.los_id)) return same(deleted.los_id, candidate.los_id);
  if (!is_missing(deleted.title)) return same(deleted.title, candidate.title);
  return false;
}

bool contains(const List<Component>& list, const Component& deleted, bool inserted_only) {
  if (!list) return false;
  for (const Component& candidate : *list) {
    if ((!inserted_only || has_status(candidate, "inserted")) && same_component(deleted, candidate)) return true;
  }
  return false;
}

// X deleted: "the component has been deleted after the first-version", so it is in the same list
// of the first version or, for a proposal, was inserted by the approved changes.
void check_deletion(const Agreement& agreement, const Component& component, const ComponentListRef& list,
                    std::size_t k, FindingSink& sink) {
  if (!has_status(component, "deleted") || !agreement.first_version) return;
  if (contains(list_of(*agreement.first_version, list.kind), component, false)) return;
  if (list.section == Section::ChangesProposal && agreement.approved_changes &&
      contains(list_of(*agreement.approved_changes, list.kind), component, true)) {
    return;
  }
  sink.add(kDeletedComponentNotInFirstVersion, component_pointer(list.pointer, k));
}

bool is_change_section(const CheckContext& context, Section section) {
  if (section == Section::ApprovedChanges) return true;
  return section == Section::ChangesProposal && context.base.section != Section::ChangesProposal;
}

void check_changes(const CheckContext& context, FindingSink& sink) {
  const Agreement& agreement = context.agreement;
  // X first-version: "If this element is not provided than you MUST provide changes-proposal",
  // which then proposes the first version; approved changes always change a first version.
  if (agreement.approved_changes && !agreement.first_version) sink.add(kChangesWithoutFirstVersion, "/approvedChanges");
  // X changes-proposal/@id: use="required".
  if (agreement.changes_proposal && is_missing(agreement.changes_proposal->id)) {
    sink.add(kChangesProposalWithoutId, "/changesProposal/id");
  }
  for (const ComponentListRef& list : context.lists) {
    if (!is_change_section(context, list.section)) continue;
    const std::vector<Component>& components = *list.components;
    for (std::size_t k = 0; k < components.size(); ++k) {
      check_status(components[k], list, k, sink);
      check_reason(components[k], list, k, context.reference, sink);
      check_deletion(agreement, components[k], list, k, sink);
    }
  }
}

}  // namespace

const RuleGroup kChangeRules{kRules, std::size(kRules), check_changes};

}  // namespace la

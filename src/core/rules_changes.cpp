// Rules LA-8xx: changes to the first version, their status, reasons and deleted components.
// learning-agreement.md, section 4: approvedChanges and a changesProposal that changes a first
// version (tables A2, B2, C2).
// A changesProposal without a firstVersion proposes the first version itself (X) and is checked
// as one by the component rules instead.
#include <set>
#include <string_view>

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
  const bool has_code = !is_missing(component.reason_code);
  const ReasonCodeUse use = has_code ? reference.reason_code_use(*component.reason_code) : ReasonCodeUse::Unknown;
  const bool has_known_code = has_code && use != ReasonCodeUse::Unknown;
  if (!is_missing(component.status) && !has_known_code && is_missing(component.reason_text)) {
    sink.add(kChangeWithoutReason, component_pointer(list.pointer, k));
  }
  if (!has_code) return;
  const std::string& code = *component.reason_code;
  switch (use) {
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

// The trimmed losCodes, losIds and titles of a list's components, collected once per list so
// that matching every deleted component against them stays linear in long lists.
class ComponentKeys {
 public:
  ComponentKeys(const List<Component>& list, bool inserted_only) {
    if (!list) return;
    for (const Component& candidate : *list) {
      if (inserted_only && !has_status(candidate, "inserted")) continue;
      add(los_codes_, candidate.los_code);
      add(los_ids_, candidate.los_id);
      add(titles_, candidate.title);
    }
  }

  // The same component as `deleted`: by losCode when it has one, else by losId, else by title.
  bool contains(const Component& deleted) const {
    if (!is_missing(deleted.los_code)) return los_codes_.count(trimmed(*deleted.los_code)) > 0;
    if (!is_missing(deleted.los_id)) return los_ids_.count(trimmed(*deleted.los_id)) > 0;
    if (!is_missing(deleted.title)) return titles_.count(trimmed(*deleted.title)) > 0;
    return false;
  }

 private:
  using Keys = std::set<std::string_view>;  // views into the agreement being checked
  static void add(Keys& keys, const Text& text) {
    if (!is_missing(text)) keys.insert(trimmed(*text));
  }
  Keys los_codes_, los_ids_, titles_;
};

// What a deletion in one list of changes may delete: the same list of the first version or, for
// a proposal, the components the approved changes inserted into it.
struct DeletionTargets {
  ComponentKeys first_version;
  ComponentKeys approved_insertions;
};

DeletionTargets deletion_targets(const Agreement& agreement, const ComponentListRef& list) {
  static const List<Component> kNone;
  const bool after_approved = list.section == Section::ChangesProposal && agreement.approved_changes;
  return {ComponentKeys(agreement.first_version ? list_of(*agreement.first_version, list.kind) : kNone, false),
          ComponentKeys(after_approved ? list_of(*agreement.approved_changes, list.kind) : kNone, true)};
}

// X deleted: "the component has been deleted after the first-version", so it is in the same list
// of the first version or, for a proposal, was inserted by the approved changes.
void check_deletion(const Agreement& agreement, const Component& component, const ComponentListRef& list,
                    std::size_t k, const DeletionTargets& targets, FindingSink& sink) {
  if (!has_status(component, "deleted") || !agreement.first_version) return;
  if (targets.first_version.contains(component) || targets.approved_insertions.contains(component)) return;
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
    const DeletionTargets targets = deletion_targets(agreement, list);
    for (std::size_t k = 0; k < components.size(); ++k) {
      check_status(components[k], list, k, sink);
      check_reason(components[k], list, k, context.reference, sink);
      check_deletion(agreement, components[k], list, k, targets, sink);
    }
  }
}

}  // namespace

const RuleGroup kChangeRules{kRules, std::size(kRules), check_changes};

}  // namespace la

// Proposing, showing and applying changes during the mobility (changes_proposal.hpp).
#include "core/changes_proposal.hpp"

#include <algorithm>
#include <cctype>

#include "core/content_hash.hpp"
#include "core/credit_totals.hpp"
#include "core/json_codec.hpp"
#include "core/reference_data.hpp"
#include "core/sha256.hpp"
#include "core/signing.hpp"
#include "core/text_formats.hpp"

namespace la {
namespace {

bool has_status(const Component& component, std::string_view status) {
  return component.status && *component.status == status;
}

// The same component in two lists: by losCode when it has one, else losId, else title (as rule
// LA-805 matches a deletion with the first version).
bool same_component(const Component& a, const Component& b) {
  auto key = [](const Component& c) -> std::pair<int, std::string_view> {
    if (!is_missing(c.los_code)) return {0, trimmed(*c.los_code)};
    if (!is_missing(c.los_id)) return {1, trimmed(*c.los_id)};
    if (!is_missing(c.title)) return {2, trimmed(*c.title)};
    return {3, {}};
  };
  return key(a).first < 3 && key(a) == key(b);
}

std::vector<Component> first_version_list(const Agreement& agreement, ListKind kind) {
  const BaseList base = base_list(agreement);
  if (base.section != Section::FirstVersion) return {};
  const std::vector<Component>* list = base_components(base, kind);
  return list ? *list : std::vector<Component>{};
}

// The first version's list with a changes list applied: deletions taken out, insertions added.
std::vector<Component> with_changes(std::vector<Component> list, const List<Component>& changes) {
  if (!changes) return list;
  for (const Component& change : *changes) {
    if (has_status(change, "deleted")) {
      auto found = std::find_if(list.begin(), list.end(), [&](const Component& c) { return same_component(c, change); });
      if (found != list.end()) list.erase(found);
    }
  }
  for (const Component& change : *changes) {
    if (!has_status(change, "inserted")) continue;
    Component added = change;
    added.status.reset();
    added.reason_code.reset();
    added.reason_text.reset();
    list.push_back(std::move(added));
  }
  return list;
}

// A reason fit for the status: a known code for that status, a text, or both (X reason-code).
std::string reason_problem(const std::string& code, const std::string& text, ReasonCodeUse wanted) {
  if (is_blank(code) && is_blank(text)) return "changes.reason-missing";
  if (!is_blank(code) && ReferenceData::embedded().reason_code_use(trimmed(code)) != wanted) {
    return wanted == ReasonCodeUse::DeleteOnly ? "changes.reason-not-for-deleting" : "changes.reason-not-for-inserting";
  }
  return {};
}

void set_reason(Component& component, const char* status, const std::string& code, const std::string& text) {
  component.status = status;
  component.reason_code.reset();
  component.reason_text.reset();
  if (!is_blank(code)) component.reason_code = std::string(trimmed(code));
  if (!is_blank(text)) component.reason_text = std::string(trimmed(text));
}

// list_of gives read access; an edit of the proposal (a copy we own) changes the same list.
List<Component>& changes_list(ChangesProposal& proposal, ListKind kind) {
  return const_cast<List<Component>&>(list_of(static_cast<const ComponentsList&>(proposal), kind));
}

ChangeOutcome refused(std::string key) { return {std::nullopt, std::move(key)}; }

// The agreement after an edit of its proposal: the proposal gets the id of its new content.
ChangeOutcome edited(Agreement agreement) {
  agreement.changes_proposal->id = proposal_id(*agreement.changes_proposal);
  return {std::move(agreement), {}};
}

bool all_signed_and_holding(const Agreement& agreement, Section section) {
  int holding = 0;
  for (const SignatureStatus& status : signature_statuses(agreement)) {
    if (status.slot.section == section && status.state == SignatureState::Holds) ++holding;
  }
  return holding == 3;
}

}  // namespace

std::string changes_refusal(const Agreement& agreement) {
  if (!agreement.first_version) return "changes.no-first-version";
  if (!all_signed_and_holding(agreement, Section::FirstVersion)) return "changes.first-version-not-signed";
  const MobilityType type = mobility_type_of(agreement);
  if (type == MobilityType::Blended || type == MobilityType::ShortTermDoctoral) return "changes.not-for-this-mobility";
  return {};
}

ChangeOutcome start_changes_proposal(const Agreement& agreement) {
  if (agreement.changes_proposal) return refused("changes.proposal-open");
  std::string refusal = changes_refusal(agreement);
  if (!refusal.empty()) return refused(std::move(refusal));
  Agreement next = agreement;
  ChangesProposal& proposal = next.changes_proposal.emplace();
  if (agreement.approved_changes) {
    static_cast<ComponentsList&>(proposal) = *agreement.approved_changes;
    for (Party party : kParties) signature_of(proposal, party).reset();
  }
  return edited(std::move(next));
}

std::vector<Component> current_components(const Agreement& agreement, ListKind kind, Section section) {
  std::vector<Component> list = first_version_list(agreement, kind);
  if (section == Section::FirstVersion) return list;
  const ComponentsList* changes = section_lists(agreement, section);
  return changes ? with_changes(std::move(list), list_of(*changes, kind)) : list;
}

ChangeOutcome propose_deletion(const Agreement& agreement, ListKind kind, std::size_t index, const std::string& reason_code,
                               const std::string& reason_text) {
  if (!agreement.changes_proposal || agreement.first_version == std::nullopt) return refused("changes.no-proposal");
  const std::vector<Component> current = current_components(agreement, kind, Section::ChangesProposal);
  if (index >= current.size()) return refused("changes.no-such-component");
  std::string problem = reason_problem(reason_code, reason_text, ReasonCodeUse::DeleteOnly);
  if (!problem.empty()) return refused(std::move(problem));

  Agreement next = agreement;
  List<Component>& changes = changes_list(*next.changes_proposal, kind);
  const Component& target = current[index];
  if (changes) {
    // X example 12: a component inserted after the first version and deleted again leaves no trace.
    auto inserted = std::find_if(changes->begin(), changes->end(), [&](const Component& c) {
      return has_status(c, "inserted") && same_component(c, target);
    });
    if (inserted != changes->end()) {
      changes->erase(inserted);
      return edited(std::move(next));
    }
  }
  Component deleted = target;
  set_reason(deleted, "deleted", reason_code, reason_text);
  if (!changes) changes.emplace();
  changes->push_back(std::move(deleted));
  return edited(std::move(next));
}

ChangeOutcome propose_insertion(const Agreement& agreement, ListKind kind, Component component,
                                const std::string& reason_code, const std::string& reason_text) {
  if (!agreement.changes_proposal || agreement.first_version == std::nullopt) return refused("changes.no-proposal");
  std::string problem = reason_problem(reason_code, reason_text, ReasonCodeUse::InsertOnly);
  if (!problem.empty()) return refused(std::move(problem));
  Agreement next = agreement;
  List<Component>& changes = changes_list(*next.changes_proposal, kind);
  set_reason(component, "inserted", reason_code, reason_text);
  if (!changes) changes.emplace();
  changes->push_back(std::move(component));
  return edited(std::move(next));
}

std::vector<ListDiff> proposal_diff(const Agreement& agreement) {
  std::vector<ListDiff> diffs;
  if (!agreement.changes_proposal || !agreement.first_version) return diffs;
  const std::string_view scheme = agreement_credit_scheme(component_lists(agreement));
  const Section before_section = agreement.approved_changes ? Section::ApprovedChanges : Section::FirstVersion;
  for (ListKind kind : {ListKind::Studied, ListKind::Recognized, ListKind::Virtual, ListKind::Blended, ListKind::Doctoral}) {
    const std::vector<Component> before = current_components(agreement, kind, before_section);
    const std::vector<Component> after = current_components(agreement, kind, Section::ChangesProposal);
    ListDiff diff{kind, {}, credit_total(List<Component>(before), scheme), credit_total(List<Component>(after), scheme)};
    for (const Component& component : before) {
      const bool kept = std::any_of(after.begin(), after.end(), [&](const Component& c) { return same_component(c, component); });
      diff.rows.push_back({component, kept ? RowChange::Kept : RowChange::Deleted});
    }
    for (const Component& component : after) {
      const bool known = std::any_of(before.begin(), before.end(), [&](const Component& c) { return same_component(c, component); });
      if (!known) diff.rows.push_back({component, RowChange::Added});
    }
    if (!diff.rows.empty()) diffs.push_back(std::move(diff));
  }
  return diffs;
}

std::string proposal_id(const ChangesProposal& proposal) {
  Agreement content;
  ChangesProposal& copy = content.changes_proposal.emplace(proposal);
  copy.id.reset();
  for (Party party : kParties) signature_of(copy, party).reset();
  std::string id = sha256_hex(write_agreement(content)).substr(0, 40);
  for (char& c : id) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return id;
}

ChangeOutcome apply_changes_proposal(const Agreement& agreement) {
  if (!agreement.changes_proposal) return refused("changes.no-proposal");
  if (!all_signed_and_holding(agreement, Section::ChangesProposal)) return refused("changes.proposal-not-signed");
  return {as_approved(agreement), {}};
}

}  // namespace la

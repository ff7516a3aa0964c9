// The content a signature binds and its hash (content_hash.hpp).
#include "core/content_hash.hpp"

#include "core/json_codec.hpp"
#include "core/sha256.hpp"
#include "core/unicode_nfc.hpp"

namespace la {
namespace {

void remove_signatures(ComponentsList& lists) {
  lists.student_signature.reset();
  lists.sending_hei_signature.reset();
  lists.receiving_hei_signature.reset();
}

// X changes-proposal/student: "only those fields that have changed should be present here".
void take_over(Text& field, const Text& changed) {
  if (changed) field = changed;
}

void take_over_student_changes(std::optional<Student>& student, const Student& changes) {
  Student& target = student ? *student : student.emplace();
  take_over(target.given_names, changes.given_names);
  take_over(target.family_name, changes.family_name);
  take_over(target.global_id, changes.global_id);
  take_over(target.birth_date, changes.birth_date);
  take_over(target.citizenship, changes.citizenship);
  if (changes.gender) target.gender = changes.gender;
  take_over(target.email, changes.email);
}

}  // namespace

Agreement as_approved(Agreement agreement) {
  if (!agreement.changes_proposal) return agreement;
  ChangesProposal proposal = std::move(*agreement.changes_proposal);
  agreement.changes_proposal.reset();
  if (proposal.student) take_over_student_changes(agreement.student, *proposal.student);
  ComponentsList& target = agreement.first_version ? agreement.approved_changes.emplace() : agreement.first_version.emplace();
  target = static_cast<ComponentsList&&>(std::move(proposal));
  return agreement;
}

std::string signed_content(const Agreement& agreement, Section section) {
  Agreement content = section == Section::ChangesProposal ? as_approved(agreement) : agreement;
  if (content.first_version) remove_signatures(*content.first_version);
  if (content.approved_changes) remove_signatures(*content.approved_changes);
  if (content.changes_proposal) remove_signatures(*content.changes_proposal);
  if (section == Section::FirstVersion) content.approved_changes.reset();
  if (section != Section::ChangesProposal) content.changes_proposal.reset();
  return write_agreement(content);
}

// In NFC: a name typed as "e" + U+0301 on one machine and as "é" on another is the same name, and
// an office's system that normalises what it stores must not void the signature. NFC of the whole
// canonical text is NFC of each of its strings: the JSON around them is ASCII that nothing
// composes with (docs/format.md, "Signatures and contentHash").
std::string content_hash(const Agreement& agreement, Section section) {
  return "sha256:" + sha256_hex(to_nfc(signed_content(agreement, section)));
}

}  // namespace la

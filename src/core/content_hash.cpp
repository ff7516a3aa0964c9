// The content a signature binds and its hash (content_hash.hpp).
#include "core/content_hash.hpp"

#include "core/json_codec.hpp"
#include "core/sha256.hpp"

namespace la {
namespace {

void remove_signatures(ComponentsList& lists) {
  lists.student_signature.reset();
  lists.sending_hei_signature.reset();
  lists.receiving_hei_signature.reset();
}

}  // namespace

std::string signed_content(const Agreement& agreement, Section section) {
  Agreement content = agreement;
  if (content.first_version) remove_signatures(*content.first_version);
  if (content.approved_changes) remove_signatures(*content.approved_changes);
  if (content.changes_proposal) remove_signatures(*content.changes_proposal);
  if (section == Section::FirstVersion) content.approved_changes.reset();
  if (section != Section::ChangesProposal) content.changes_proposal.reset();
  return write_agreement(content);
}

std::string content_hash(const Agreement& agreement, Section section) {
  return "sha256:" + sha256_hex(signed_content(agreement, section));
}

}  // namespace la

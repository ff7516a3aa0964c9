// What a signature signs (ext field Signature::contentHash, rule LA-703). A signature in a section
// (first version, approved changes, changes proposal) binds the whole agreement as it was when the
// section was signed: the canonical JSON (json_codec.hpp) of the agreement without any signature
// and without the sections that come after it. Its hash is "sha256:" + 64 lower-case hex digits
// of that text in Unicode NFC (unicode_nfc.hpp), so that the form an accent is in voids nothing.
// Documented for offices in docs/format.md.
#pragma once

#include <string>

#include "core/agreement.hpp"
#include "core/component_lists.hpp"

namespace la {

// A signature on a changes proposal signs the agreement as it will stand once the proposal is
// approved (as_approved), so that it still holds when the proposal becomes the approved changes.
std::string signed_content(const Agreement& agreement, Section section);
std::string content_hash(const Agreement& agreement, Section section);

// The agreement once its changes proposal is approved: the proposal's lists (with their
// signatures, without its id) become the approved changes, or the first version when there is
// none (a proposal of the first version); the student data it changes are taken over into
// `student`. Unchanged when there is no proposal.
Agreement as_approved(Agreement agreement);

}  // namespace la

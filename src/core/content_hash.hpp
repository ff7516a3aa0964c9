// What a signature signs (ext field Signature::contentHash, rule LA-703). A signature in a section
// (first version, approved changes, changes proposal) binds the whole agreement as it was when the
// section was signed: the canonical JSON (json_codec.hpp) of the agreement without any signature
// and without the sections that come after it. Its hash is "sha256:" + 64 lower-case hex digits.
// Documented for offices in docs/format.md.
#pragma once

#include <string>

#include "core/agreement.hpp"
#include "core/component_lists.hpp"

namespace la {

std::string signed_content(const Agreement& agreement, Section section);
std::string content_hash(const Agreement& agreement, Section section);

}  // namespace la

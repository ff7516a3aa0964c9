// Tampering with a signed file: every field's bytes, changed one at a time, are either detected
// (a signature no longer holds: LA-703, a hash mismatch) or harmless (the file no longer reads,
// or it reads as the same canonical agreement). What the hash does not cover by design (the
// signature blocks themselves, the proposal's id: docs/format.md) is checked to be all that changed.
#include <doctest/doctest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/json_codec.hpp"
#include "core/signing.hpp"
#include "test_files.hpp"

namespace la {
namespace {

bool all_signatures_hold(const Agreement& agreement, std::size_t expected) {
  std::size_t holding = 0;
  for (const SignatureStatus& status : signature_statuses(agreement)) {
    if (status.state == SignatureState::Holds) ++holding;
  }
  return holding == expected;
}

// Bytes to change: each line's first and last byte, six more spread over it, and its line feed.
// In the canonical form every field has a line of its own, so every field is covered.
std::vector<std::size_t> positions_to_change(const std::string& text) {
  std::vector<std::size_t> positions;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::size_t length = end - start;
    for (std::size_t k = 0; k < 8 && length > 0; ++k) positions.push_back(start + k * (length - 1) / 7);
    if (end < text.size()) positions.push_back(end);
    start = end + 1;
  }
  positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
  return positions;
}

// What differs between two canonical files that read, as JSON Pointers.
std::vector<std::string> differing_paths(const std::string& a, const std::string& b) {
  std::vector<std::string> paths;
  for (const nlohmann::json& operation :
       nlohmann::json::diff(nlohmann::json::parse(a, nullptr, false), nlohmann::json::parse(b, nullptr, false))) {
    paths.push_back(operation["path"].get<std::string>());
  }
  return paths;
}

// What the hash leaves out by design (docs/format.md): a signature block's own fields, and the
// proposal's id, which names a version of its content rather than being content.
bool outside_signed_content(const std::string& path) {
  if (path == "/changesProposal/id") return true;
  return path.find("Signature/") != std::string::npos && path.find("/contentHash") == std::string::npos;
}

TEST_CASE("every field of a signed file changed byte by byte is detected or harmless") {
  const Agreement sealed = test::sealed_sample_with_changes();
  const std::string original = write_agreement(sealed);
  const std::size_t signatures = 8;  // 3 + 3 + 2 in the sample
  REQUIRE(all_signatures_hold(sealed, signatures));

  std::size_t unreadable = 0, same = 0, detected = 0, signature_only = 0;
  for (std::size_t position : positions_to_change(original)) {
    for (unsigned char flip : {0x01, 0x20}) {
      std::string changed = original;
      changed[position] = static_cast<char>(static_cast<unsigned char>(changed[position]) ^ flip);
      ReadResult result = read_agreement(changed);
      if (!result.agreement) {
        ++unreadable;
        continue;
      }
      const std::string canonical = write_agreement(*result.agreement);
      if (canonical == original) {
        ++same;
        continue;
      }
      if (!all_signatures_hold(*result.agreement, signatures)) {
        ++detected;
        continue;
      }
      // Not detected: then only what the hash leaves out may have changed.
      ++signature_only;
      for (const std::string& path : differing_paths(original, canonical)) {
        CAPTURE(position);
        CAPTURE(path);
        CHECK(outside_signed_content(path));
      }
    }
  }
  MESSAGE("unreadable " << unreadable << ", same " << same << ", detected " << detected << ", in signature blocks "
                        << signature_only);
  CHECK(detected > 500);  // the sample's content is most of it
}

}  // namespace
}  // namespace la

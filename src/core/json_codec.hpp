// Reads and writes JSON format v1 (learning-agreement.md, section 2). Reading never throws and
// never aborts: any input gives an agreement or a LoadError. Writing is canonical: fields in the
// model's order (agreement.hpp), unknown fields after them sorted by name, 2-space indent, UTF-8,
// whole numbers without a fraction, a final newline; the same agreement always gives the same bytes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/agreement.hpp"
#include "core/load_error.hpp"

namespace la {

constexpr std::size_t kMaxFileBytes = 5 * 1024 * 1024;  // agreements are a few KB; 5 MB is surely wrong
constexpr std::size_t kMaxNestingDepth = 64;            // the format itself nests 7 levels deep
// The largest number a file may hold, either sign: 2^53, up to which a double holds every whole
// number exactly. Beyond it a whole number loses digits, and credits add up to infinity.
constexpr double kMaxNumberMagnitude = 9007199254740992.0;

struct ReadResult {
  std::optional<Agreement> agreement;  // set when the file could be read
  LoadError error;                     // otherwise, why not
};

ReadResult read_agreement(std::string_view text);
std::string write_agreement(const Agreement& agreement);

}  // namespace la

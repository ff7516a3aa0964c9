// Reads one input of la-check (a path, or "-" for standard input) without ever reading more
// than the codec accepts: a 2 GB file is refused from its size, not loaded.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "core/load_error.hpp"

namespace la {

struct FileInput {
  std::string text;                // the whole file, when it could be read
  std::optional<LoadError> error;  // otherwise why not (missing, a folder, too large)
};

FileInput read_input(const std::string& path, std::istream& standard_input);

}  // namespace la

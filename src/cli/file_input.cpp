// Reading la-check's inputs (file_input.hpp).
#include "cli/file_input.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>

#include "core/json_codec.hpp"

namespace la {
namespace {

LoadError unreadable(std::string reason) { return LoadError{"load.unreadable-file", {{"reason", std::move(reason)}}, 0, 0, {}}; }

// Reads at most one byte more than the codec accepts, so that the codec still says "too large".
std::string read_capped(std::istream& stream) {
  std::string text;
  char buffer[65536];
  while (text.size() <= kMaxFileBytes && stream.read(buffer, sizeof buffer).gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(stream.gcount()));
  }
  return text;
}

}  // namespace

FileInput read_input(const std::string& path, std::istream& standard_input) {
  FileInput input;
  if (path == "-") {
    input.text = read_capped(standard_input);
    return input;
  }
  if (path.empty()) {
    input.error = unreadable("The name is empty");  // rather than stat's "No such file or directory"
    return input;
  }
  struct stat info {};
  if (stat(path.c_str(), &info) != 0) {
    input.error = unreadable(std::strerror(errno));
    return input;
  }
  if (S_ISDIR(info.st_mode)) {
    input.error = unreadable("it is a folder");
    return input;
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    input.error = unreadable(std::strerror(errno));
    return input;
  }
  input.text = read_capped(file);
  return input;
}

}  // namespace la

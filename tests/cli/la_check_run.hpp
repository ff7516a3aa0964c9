// la-check run inside the test process as a shell runs it (arguments, standard input, exit status,
// both output streams), and files written for it to read.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/la_check.hpp"

namespace la::test {

struct LaCheckRun {
  int status;
  std::string output, diagnostics;
};

inline LaCheckRun la_check(const std::vector<std::string>& arguments, const std::string& standard_input = "") {
  std::istringstream input(standard_input);
  std::ostringstream output, diagnostics;
  int status = run_la_check(arguments, input, output, diagnostics);
  return {status, output.str(), diagnostics.str()};
}

// A file in the tests' temporary folder holding `text`; returns its path.
inline std::string temp_file(const std::string& name, const std::string& text) {
  std::string path = std::string(LA_TEST_TEMP_DIR) + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

}  // namespace la::test

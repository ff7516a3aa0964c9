// Entry point of la-check (la_check.hpp).
#include <iostream>

#include "cli/la_check.hpp"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  return la::run_la_check(std::vector<std::string>(argv + 1, argv + argc), std::cin, std::cout, std::cerr);
}

// The checker as a whole: valid agreements are clean, and the rule catalogue is the specification's.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/checker.hpp"
#include "test_files.hpp"

namespace la {
namespace {

using Lines = std::vector<std::string>;

TEST_CASE("the three valid examples of the specification produce no finding at all") {
  for (const char* name : {"valid-semester", "valid-blended", "valid-doctoral"}) {
    CAPTURE(name);
    CHECK(test::described(test::checked(test::example(name))) == Lines{});
  }
}

}  // namespace
}  // namespace la

// What every rules_*_test.cpp starts from: the checker, the example agreements, and findings as
// "RULE-ID /pointer" lines.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/checker.hpp"
#include "test_files.hpp"

namespace la {

using Lines = std::vector<std::string>;
using test::findings_of;
using test::pointers_of;
using test::semester;

}  // namespace la

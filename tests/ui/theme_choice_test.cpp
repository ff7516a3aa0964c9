// The theme: the student's choice comes back on the next visit; before any, the system's.
#include <doctest/doctest.h>

#include "memory_platform.hpp"
#include "ui/theme_choice.hpp"

namespace la {
namespace {

TEST_CASE("the theme follows the system until the student chooses one, then stays chosen") {
  test::MemoryPlatform platform;
  CHECK_FALSE(starts_dark(platform));
  platform.system_dark = true;
  CHECK(starts_dark(platform));
  remember_theme(platform, false);
  CHECK_FALSE(starts_dark(platform));
  remember_theme(platform, true);
  platform.system_dark = false;
  CHECK(starts_dark(platform));
}

TEST_CASE("a change of the system's scheme shows at once, until the student has chosen") {
  test::MemoryPlatform platform;
  platform.system_dark = true;
  CHECK(dark_after_system_change(platform, false));
  remember_theme(platform, false);
  CHECK_FALSE(dark_after_system_change(platform, false));
}

}  // namespace
}  // namespace la

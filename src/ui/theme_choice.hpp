// The theme the student chose, remembered across visits (and editors of the same site);
// without a choice yet, the system's colour scheme (prefers-color-scheme).
#pragma once

#include "ui/editor_platform.hpp"

namespace la {

bool starts_dark(EditorPlatform& platform);
void remember_theme(EditorPlatform& platform, bool dark);

}  // namespace la

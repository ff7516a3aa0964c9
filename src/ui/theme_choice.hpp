// The theme the student chose, remembered across visits (and editors of the same site);
// without a choice yet, the system's colour scheme (prefers-color-scheme).
#pragma once

#include "ui/editor_platform.hpp"

namespace la {

bool starts_dark(EditorPlatform& platform);
// The system's colour scheme changed: the theme to show now (it follows until one is chosen).
bool dark_after_system_change(EditorPlatform& platform, bool was_dark);
void remember_theme(EditorPlatform& platform, bool dark);

}  // namespace la

// An editor session as most UI tests begin with one: started on a platform in memory, without a
// draft key (no draft comes back), in English.
#pragma once

#include "memory_platform.hpp"
#include "ui/editor_session.hpp"
#include "ui/ui_text.hpp"

namespace la::test {

struct StartedEditor {
  MemoryPlatform platform;
  EditorSession session{platform, ""};
  StartedEditor() { session.start(); }
  ~StartedEditor() { set_ui_language("en"); }  // a test that chose a language leaves English behind
};

}  // namespace la::test

// The editor in one browser module instance: its platform, session and view, created by main()
// (editor_main.cpp) and used by the exported functions (editor_exports.cpp). One instance is one
// mounted editor (web/la_studio.js), so one EditorApp per module is one per editor.
#pragma once

#include "platform/web/editor/web_editor_platform.hpp"
#include "ui/editor_session.hpp"
#include "ui/editor_view.hpp"

namespace la::web {

struct EditorApp {
  EditorApp(std::string draft_key) : session(platform, std::move(draft_key)), view(session, platform) {}
  WebEditorPlatform platform;
  EditorSession session;
  EditorView view;
  double last_frame_ms = 0;  // time of the editor's last frame (view + ImGui, without WebGL)
};

// The instance's editor; null before main() has made it (or if the browser could not start it).
EditorApp* editor_app();

}  // namespace la::web

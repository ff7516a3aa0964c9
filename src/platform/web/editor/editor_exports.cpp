// The editor module's exported functions: the embedding contract (docs/editor.md) and the hooks
// the end-to-end tests and the benchmark read. UTF-8 strings; a returned pointer stays valid
// until the next call of the same function.
#include <emscripten/emscripten.h>

#include <cstdio>
#include <string>

#include "platform/web/editor/editor_app.hpp"
#include "platform/web/editor/editor_draft_tabs.hpp"
#include "platform/web/web_backend.hpp"
#include "ui/theme_choice.hpp"

namespace {

// Keeps a returned string alive until the next call through the same slot.
const char* keep(std::string& slot, std::string text) {
  slot = std::move(text);
  return slot.c_str();
}

}  // namespace

extern "C" {

// write_agreement of the current agreement.
EMSCRIPTEN_KEEPALIVE const char* la_document_json() {
  static std::string slot;
  la::web::EditorApp* app = la::web::editor_app();
  return keep(slot, app ? app->session.document_json() : std::string());
}

// Replaces the agreement (one undo step) if the text is readable: {"ok":true,"findings":[…]};
// otherwise keeps it: {"ok":false,"error":{"message","line","column","path"}}.
EMSCRIPTEN_KEEPALIVE const char* la_set_document_json(const char* text) {
  static std::string slot;
  la::web::EditorApp* app = la::web::editor_app();
  if (!app || !text) return keep(slot, "{\"ok\":false,\"error\":{\"message\":\"\"}}");
  keep(slot, app->session.set_document_json(text));
  app->view.details_row.clear();
  la::web::request_redraw();
  return slot.c_str();
}

// Signs a party's block (party: "student", "sendingHei", "receivingHei"; signer: JSON
// {signerName, signerPosition, signerEmail}): {"ok":true,"findings":[…],"fingerprint"} or
// {"ok":false,"error":{"message"}}, in words.
EMSCRIPTEN_KEEPALIVE const char* la_sign(const char* party, const char* signer_json) {
  static std::string slot;
  la::web::EditorApp* app = la::web::editor_app();
  if (!app || !party || !signer_json) return keep(slot, "{\"ok\":false,\"error\":{\"message\":\"\"}}");
  keep(slot, app->session.sign_json(party, signer_json));
  la::web::request_redraw();
  return slot.c_str();
}

// [{"rule","severity","path","message"}], as la-check --json lists them.
EMSCRIPTEN_KEEPALIVE const char* la_findings_json() {
  static std::string slot;
  la::web::EditorApp* app = la::web::editor_app();
  return keep(slot, app ? app->session.findings_json() : std::string("[]"));
}

EMSCRIPTEN_KEEPALIVE void la_set_read_only(int read_only) {
  if (la::web::EditorApp* app = la::web::editor_app()) {
    app->session.set_read_only(read_only != 0);
    la::web::follow_draft_tabs(app->session);
  }
  la::web::request_redraw();
}

EMSCRIPTEN_KEEPALIVE void la_set_language(const char* language) {
  if (la::web::EditorApp* app = la::web::editor_app()) app->session.set_language(language ? language : "en");
  la::web::request_redraw();
}

// For the page events (editor_page_events.js): the leave-page prompt and saving when hidden.
EMSCRIPTEN_KEEPALIVE int la_editor_has_unexported_changes() {
  la::web::EditorApp* app = la::web::editor_app();
  return app && app->session.has_unexported_changes() ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void la_editor_page_hidden() {
  if (la::web::EditorApp* app = la::web::editor_app()) app->session.page_hidden();
}

// For the page events (editor_page_events.js): the system's colour scheme changed.
EMSCRIPTEN_KEEPALIVE void la_editor_system_theme_changed() {
  la::web::EditorApp* app = la::web::editor_app();
  if (!app) return;
  const bool dark = la::dark_after_system_change(app->platform, app->view.theme == la::Theme::Dark);
  app->view.theme = dark ? la::Theme::Dark : la::Theme::Light;
  la::web::request_redraw();
}

// For the tabs that share a draft (editor_page_events.js): another tab has it, or let it go.
EMSCRIPTEN_KEEPALIVE void la_editor_draft_elsewhere(int went_on_there) {
  if (la::web::EditorApp* app = la::web::editor_app()) app->session.draft_open_elsewhere(went_on_there != 0);
  la::web::request_redraw();
}

EMSCRIPTEN_KEEPALIVE void la_editor_draft_handed_over(const char* document_text) {
  if (la::web::EditorApp* app = la::web::editor_app()) app->session.draft_handed_over(document_text ? document_text : "");
  la::web::request_redraw();
}

// Test hook: the view's state (status, focus, item rectangles in CSS px, notices) as JSON.
EMSCRIPTEN_KEEPALIVE const char* la_editor_state() {
  static std::string slot;
  la::web::EditorApp* app = la::web::editor_app();
  return keep(slot, app ? la::editor_view_state_json(app->view) : std::string("{}"));
}

// Benchmark hook: runs n frames that all reach WebGL; returns milliseconds per frame.
EMSCRIPTEN_KEEPALIVE double la_editor_time_frames(int n) {
  const double start = emscripten_get_now();
  for (int i = 0; i < n; ++i) la::web::frame(true);
  return n > 0 ? (emscripten_get_now() - start) / n : 0.0;
}

// Benchmark hook: the last frame's editor time (view and checker, without ImGui's render and
// WebGL) and the revisions, as {"editorMs","revision","checkedRevision"}.
EMSCRIPTEN_KEEPALIVE const char* la_editor_perf() {
  static std::string slot;
  la::web::EditorApp* app = la::web::editor_app();
  if (!app) return "{}";
  char text[160];
  std::snprintf(text, sizeof text, "{\"editorMs\":%.3f,\"revision\":%llu,\"checkedRevision\":%llu}", app->last_frame_ms,
                static_cast<unsigned long long>(app->session.document().revision()),
                static_cast<unsigned long long>(app->session.checked_revision()));
  return keep(slot, text);
}

}  // extern "C"

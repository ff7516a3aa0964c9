// Taking part in the draft's tabs (editor_draft_tabs.hpp).
#include "platform/web/editor/editor_draft_tabs.hpp"

extern "C" {
void la_editor_watch_draft(const char* draft_key);  // (again: nothing happens)
void la_editor_unwatch_draft();
}

namespace la::web {

void follow_draft_tabs(const EditorSession& session) {
  if (session.page_read_only()) la_editor_unwatch_draft();
  else la_editor_watch_draft(session.draft_key().c_str());
}

void leave_draft_tabs() { la_editor_unwatch_draft(); }

}  // namespace la::web

// Which tab keeps the draft (editor_page_events.js, EditorSession::draft_open_elsewhere): an
// editor that can edit takes part with the other tabs that have its draft key open; one the page
// made read-only keeps no draft, so it stays out (and lets go of the draft if it had it).
#pragma once

#include "ui/editor_session.hpp"

namespace la::web {

void follow_draft_tabs(const EditorSession& session);
// The editor is being removed.
void leave_draft_tabs();

}  // namespace la::web

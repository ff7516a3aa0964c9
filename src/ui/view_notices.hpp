// Notices above the form (a draft restored, a file opened or refused, an export done, drafts that
// cannot be kept) and the question asked before exporting an agreement that still has errors.
#pragma once

#include "ui/editor_view.hpp"

namespace la {

void draw_notices(EditorView& view);
void draw_export_question(EditorView& view);
// Asks before an edit removes signatures (EditorSession::void_question()).
void draw_void_question(EditorView& view);
// Asks before New, Open, a sample or "Discard draft" replace changes not exported.
void draw_replace_question(EditorView& view);
// An EWP XML file with several agreements: which one to open (EditorSession::xml_choices).
void draw_xml_choice(EditorView& view);

}  // namespace la

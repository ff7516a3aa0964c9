// The editor's top bar: file actions, undo and redo, the status and the theme.
#pragma once

#include "ui/editor_view.hpp"

namespace la {

void draw_top_bar(EditorView& view);

}  // namespace la

// The findings panel: every finding of the checker (severity, message, where), in the form's
// order, grouped by section; clicking one scrolls to its field and focuses it.
#pragma once

#include <cstddef>
#include <string>

#include "ui/editor_view.hpp"

namespace la {

void draw_findings_panel(EditorView& view);
// Scrolls to the field of finding `index` and focuses it (as clicking it in the panel does).
void go_to_finding(EditorView& view, std::size_t index);

}  // namespace la

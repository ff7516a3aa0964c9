// The changes proposal as the student works on it (issue 14, section 3): the agreement's lists as
// they stand, each component kept, deleted (struck through, and said in words) or added, the
// credit totals before and after, and the forms that delete a component or add one with EWP's
// reasons (view_proposal.cpp). view_changes.cpp places it in the form.
#pragma once

#include <string>

#include <imgui_internal.h>

#include "ui/editor_view.hpp"

namespace la {

// A line of text that the keyboard reaches (a Tab stop) and that says `spoken` to assistive
// technology: a row of the difference, a total, why a step is not offered. Tests read its text
// (EditorView::texts). Returns where it was drawn.
ImRect spoken_line(EditorView& view, const std::string& name, const std::string& text, ImU32 color, float width,
                   const std::string& spoken);

// Inside the proposal's card: the difference per list, its forms, the proposal's id.
void draw_proposal_difference(EditorView& view);

}  // namespace la

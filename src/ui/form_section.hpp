// A section of the form as a card: its title, its findings counted, a short introduction, and
// the place the findings panel scrolls to for findings no field shows.
#pragma once

#include <string>

#include "ui/editor_view.hpp"

namespace la {

// `anchor` names the card (section_anchor(section) for the form's sections); `title` is the
// text to show. Always pair with end_section() when it returns true.
bool begin_section(EditorView& view, FormSection section, const std::string& anchor, const char* title,
                   const char* intro_key = nullptr);
void end_section();

// A smaller heading inside a section ("Contact person").
void sub_heading(EditorView& view, const char* text);
// Muted, wrapped explanation text.
void note_text(const char* text);

}  // namespace la

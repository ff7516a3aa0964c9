// Text entry through a hidden, positioned <textarea>: typing, dead keys, IME, on-screen keyboards.
#pragma once

namespace la::web::text_entry {

// After each frame: moves the textarea to ImGui's caret and gives it focus while a text field is
// active (and the editor has focus), or hands focus back to the canvas.
void after_frame();
// Forgets what the textarea mirrors (the caret moved, the field changed).
void reset();
// True while the textarea has focus.
bool focused();
// True while ImGui has a text field active (being edited).
bool editing();

// The field being edited, for a text menu: 0 when none is, else kFieldEdited with
// kFieldHasSelection and kFieldEditable (not read-only) as they apply.
enum FieldState { kFieldEdited = 1, kFieldHasSelection = 2, kFieldEditable = 4 };
int field_state();

}  // namespace la::web::text_entry

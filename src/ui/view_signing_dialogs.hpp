// The dialogs of signing: "Sign" (who signs, the warnings, what signing means, then the
// fingerprint to keep) and "Compare with my copy" (a fingerprint or a file the party kept).
#pragma once

#include "core/signing.hpp"
#include "ui/editor_view.hpp"

namespace la {

void open_sign_dialog(EditorView& view, Party party);
void open_compare_dialog(EditorView& view, Section section, Party party);
// Drawn once per frame, after the form: whichever of them is open.
void draw_signing_dialogs(EditorView& view);

}  // namespace la

// Clipboard: ImGui's copy, cut and paste through the browser's clipboard events.
#pragma once

#include <string>

namespace la::web::clipboard {

// Installs ImGui's clipboard functions (ImGui::SetClipboardText / GetClipboardText use them).
void install();
// The text of the last paste as the page gave it (ImGui's clipboard has its tabs and, for a
// one-line field, its line breaks as spaces).
const std::string& pasted();

}  // namespace la::web::clipboard

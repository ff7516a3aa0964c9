// Clipboard: ImGui's copy, cut and paste through the browser's clipboard events.
#pragma once

namespace la::web::clipboard {

// Installs ImGui's clipboard functions (ImGui::SetClipboardText / GetClipboardText use them).
void install();

}  // namespace la::web::clipboard

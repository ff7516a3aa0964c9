// Parts: files the first frame does not need (the glyphs of other scripts, a sample set, later a
// language, the print layout, the XML codec), loaded on first use.
//
//   la::web::request_part("ui_font_more.ttf", [](const la::web::PartBytes& part) {
//     if (part.error.empty()) use(part.bytes); else say(part.error);
//   });
//
// The page's la_studio.js fetches a part once per page from next to itself (under its hashed
// name, listed in the manifest the packaging wrote into it), or decodes it from the offline
// single file, and caches it for every editor on the page (docs/web-layer.md, "Parts"). The
// handler runs later, never inside request_part, and a frame follows it.
#pragma once
#include <functional>
#include <string>
#include <string_view>

namespace la::web {

struct PartBytes {
  std::string bytes;  // the whole file
  std::string error;  // empty when it arrived; else a sentence for the student
};
using PartHandler = std::function<void(const PartBytes&)>;

// Asks for the part name ("ui_font_more.ttf"); on_arrival runs once, with its bytes or an error.
void request_part(std::string_view name, PartHandler on_arrival);

}  // namespace la::web

// Parts: files the first frame does not need (the glyphs of other scripts, a sample set, later a
// language, the print layout, the XML codec), loaded on first use. A data part is bytes; a code
// part is a separately built wasm (code_part/code_part.hpp) called with text, answering text.
//
//   la::web::request_part("ui_font_more.ttf", [](const la::web::PartBytes& part) {
//     if (part.error.empty()) use(part.bytes); else say(part.error);
//   });
//   la::web::call_code_part("ewp_xml.wasm", "ewp_xml_from_json", json, [](const la::web::PartBytes& answer) {
//     if (answer.error.empty()) offer(answer.bytes); else say(answer.error);
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

// Calls function of the code part name with input (loading the part first, once per page);
// on_answer runs once, with the function's answer as bytes, or an error (the part could not be
// loaded, has no such function, or failed).
void call_code_part(std::string_view name, std::string_view function, std::string_view input,
                    PartHandler on_answer);

}  // namespace la::web

// The EWP XML codec called with strings only: the interface of the lazily loaded XML part of the
// editor (one small wasm module holding la_ewp_xml and pugixml), so that nothing but text crosses
// between it and the editor. Messages are in `language` (assets/i18n).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace la {

// EWP XML -> {"json": "<JSON format v1 text>", "agreementCount": n, "notices": ["…"]}
//         or {"error": {"message": "…", "line": l, "column": c}} (line and column when known).
std::string ewp_xml_to_json(std::string_view xml, std::size_t index = 0, std::string_view language = "en");

// JSON format v1 -> {"xml": "…", "notCarried": ["/mobilityType", …], "message": "Not carried in EWP XML: …"}
//                or {"error": {"message": "…"}, "problems": [{"path", "missing", "message"}]}.
std::string json_to_ewp_xml(std::string_view json, std::string_view language = "en");

}  // namespace la

// The EWP XML codec called with strings only: the interface of the lazily loaded XML part of the
// editor (one small wasm module holding la_ewp_xml and pugixml), so that nothing but text crosses
// between it and the editor. Answers carry message keys and their arguments, never texts: the
// editor says them in the student's language, and the part carries no catalogue (with the core's
// other embedded assets that would be 70 KB of wasm).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace la {

// EWP XML -> {"json": "<JSON format v1 text>", "agreementCount": n,
//             "noticeKeys": [{"key": "ewp.import.…", "args": {…}}]}
//         or {"error": {"key": "load.…", "args": {…}, "line": l, "column": c}}
//            (line and column when known).
// with_choices, and the file holds more than one `la`: also "choices", one per `la` in the file's
// order, [{"student": "Ana Vidal", "omobilityId": "…", "sendingHei": "…", "receivingHei": "…"}]
// (what a student tells them apart by; a value the `la` lacks is "").
std::string ewp_xml_to_json(std::string_view xml, std::size_t index = 0, bool with_choices = false);

// JSON format v1 -> {"xml": "…", "notCarried": ["/mobilityType", …]}
//                or {"problems": [{"path": "/omobilityId", "missing": true}, …]} (what EWP needs:
//                   ewp.export.missing, or ewp.export.invalid when not missing)
//                or {"error": {…}} as above, when the JSON cannot be read.
std::string json_to_ewp_xml(std::string_view json);

// The same two as the XML part's functions take them (src/platform/web/ewp_xml_part): one line of
// options as JSON, a line feed, then the document, so that a large file crosses once as it is,
// not escaped inside a JSON string.
//   ewp_xml_read_request:  {"index": n, "choices": true} \n XML -> ewp_xml_to_json
//   ewp_xml_write_request: {} \n JSON -> json_to_ewp_xml
std::string ewp_xml_read_request(std::string_view input);
std::string ewp_xml_write_request(std::string_view input);

}  // namespace la

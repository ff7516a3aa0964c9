// What the editor sends to the EWP XML part (ewp_xml.wasm, core/ewp_xml_strings.hpp) and makes of
// its answers: which file is XML, what it is called, the requests.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace la {

inline constexpr const char* kEwpXmlPart = "ewp_xml.wasm";

// A file to read as EWP XML: named .xml, or (whatever its name) starting with '<'.
bool is_xml_file(std::string_view name, std::string_view bytes);
// "learning-agreement-Vidal-Ana-2026-11-23.json" -> "….xml".
std::string xml_file_name(std::string_view json_file_name);

// The part's requests: a line of options, then the document (ewp_xml_strings.hpp).
std::string xml_read_request(std::string_view xml, std::size_t index, bool with_choices);
std::string xml_write_request(std::string_view json);

}  // namespace la

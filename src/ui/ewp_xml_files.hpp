// What the editor sends to the EWP XML part (ewp_xml.wasm, core/ewp_xml_strings.hpp) and makes of
// its answers, in the form's words: which file is XML, the requests, the notices' texts.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/agreement.hpp"

namespace la {

inline constexpr const char* kEwpXmlPart = "ewp_xml.wasm";

// A file to read as EWP XML: named .xml, or (whatever its name) starting with '<'.
bool is_xml_file(std::string_view name, std::string_view bytes);
// "learning-agreement-Vidal-Ana-2026-11-23.json" -> "….xml".
std::string xml_file_name(std::string_view json_file_name);

// The part's requests: a line of options, then the document (ewp_xml_strings.hpp).
std::string xml_read_request(std::string_view xml, std::size_t index, bool with_choices);
std::string xml_write_request(std::string_view json);

// The fields of `pointers` as the form names them ("Sending institution · Erasmus code"), each
// once, in quotes, joined by semicolons.
std::string fields_in_words(const std::vector<std::string>& pointers, const Agreement& agreement);

}  // namespace la

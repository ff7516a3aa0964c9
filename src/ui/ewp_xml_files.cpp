// The editor's side of the EWP XML part (ewp_xml_files.hpp).
#include "ui/ewp_xml_files.hpp"

#include <algorithm>

namespace la {

bool is_xml_file(std::string_view name, std::string_view bytes) {
  std::string extension(name.size() >= 4 ? name.substr(name.size() - 4) : std::string_view());
  std::transform(extension.begin(), extension.end(), extension.begin(), [](unsigned char c) { return std::tolower(c); });
  if (extension == ".xml") return true;
  std::size_t start = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;  // a byte order mark
  start = bytes.find_first_not_of(" \t\r\n", start);
  return start != std::string_view::npos && bytes[start] == '<';
}

std::string xml_file_name(std::string_view json_file_name) {
  std::string name(json_file_name);
  if (name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0) name.resize(name.size() - 5);
  return name + ".xml";
}

// The options line written as text: it holds a number and a boolean only.
std::string xml_read_request(std::string_view xml, std::size_t index, bool with_choices) {
  return "{\"index\": " + std::to_string(index) + ", \"choices\": " + (with_choices ? "true" : "false") + "}\n" +
         std::string(xml);
}

std::string xml_write_request(std::string_view json) { return "{}\n" + std::string(json); }


}  // namespace la

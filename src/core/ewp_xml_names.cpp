// camelCase <-> kebab-case between our JSON field names and EWP's element names (ewp_xml_names.hpp).
#include "core/ewp_xml_names.hpp"

namespace la {

std::string xml_name(std::string_view json_name) {
  std::string name;
  for (char c : json_name) {
    if (c >= 'A' && c <= 'Z') {
      name += '-';
      name += static_cast<char>(c - 'A' + 'a');
    } else {
      name += c;
    }
  }
  return name;
}

std::string json_name(std::string_view xml_name) {
  std::string name;
  bool upper = false;
  for (char c : xml_name) {
    if (c == '-') {
      upper = true;
      continue;
    }
    name += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    upper = false;
  }
  return name;
}

}  // namespace la

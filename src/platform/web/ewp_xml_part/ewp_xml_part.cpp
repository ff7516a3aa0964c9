// ewp_xml.wasm: the EWP XML codec (la_ewp_xml with pugixml) as a code part, which the editor loads
// the first time the student exports or opens EWP XML, so that its first download carries neither
// (docs/web-layer.md, "Parts"). What the functions take and answer: ewp_xml_strings.hpp.
#include <cstddef>
#include <string_view>

#include "core/ewp_xml_strings.hpp"
#include "platform/web/code_part/code_part.hpp"

namespace {

std::string_view input_of(const char* input, int size) {
  return std::string_view(input, size > 0 ? static_cast<std::size_t>(size) : 0);
}

}  // namespace

LA_PART_FUNCTION char* ewp_xml_read(const char* input, int size) {
  return la::part::answer(la::ewp_xml_read_request(input_of(input, size)));
}

LA_PART_FUNCTION char* ewp_xml_write(const char* input, int size) {
  return la::part::answer(la::ewp_xml_write_request(input_of(input, size)));
}

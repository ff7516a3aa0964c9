// Element names of EWP XML from the JSON field names that mirror them (learning-agreement.md,
// section 2: "element names in camelCase"): "componentsStudied" <-> "components-studied".
#pragma once

#include <string>
#include <string_view>

namespace la {

std::string xml_name(std::string_view json_name);   // "iscedFCode" -> "isced-f-code"
std::string json_name(std::string_view xml_name);   // "isced-f-code" -> "iscedFCode"

}  // namespace la

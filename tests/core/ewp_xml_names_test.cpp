// EWP element names from our JSON field names and back (ewp_xml_names.hpp).
#include <doctest/doctest.h>

#include "core/ewp_xml_names.hpp"

namespace la {

TEST_CASE("JSON field names become EWP element names and back") {
  CHECK(xml_name("componentsStudied") == "components-studied");
  CHECK(xml_name("iscedFCode") == "isced-f-code");
  CHECK(xml_name("eqfLevelStudiedAtDeparture") == "eqf-level-studied-at-departure");
  CHECK(xml_name("title") == "title");
  CHECK(json_name("short-term-doctoral-components") == "shortTermDoctoralComponents");
  CHECK(json_name("isced-f-code") == "iscedFCode");
  CHECK(json_name(xml_name("receivingHeiSignature")) == "receivingHeiSignature");
}

}  // namespace la

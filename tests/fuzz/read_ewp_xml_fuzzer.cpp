// libFuzzer target: any bytes read as EWP XML, as the editor's XML part and la-check read a .xml
// file. Built with AddressSanitizer and UndefinedBehaviorSanitizer (tests/fuzz/CMakeLists.txt),
// seeded from tests/fixtures/ewp by tests/run-sanitized.sh, so pugixml and our reader meet
// hostile input (entities, deep nesting, broken UTF-8, huge attributes) under the sanitizers.
//
// Besides "never crash", it checks what the codec promises (docs/format.md, EWP XML): what reads
// is an agreement the JSON codec writes and reads back alike, the XML written from it reads back
// as the same agreement, and writing that again gives the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/checker.hpp"
#include "core/ewp_xml.hpp"
#include "core/ewp_xml_strings.hpp"
#include "core/json_codec.hpp"
#include "core/messages.hpp"

namespace {

// A broken promise is a crash for libFuzzer: it saves the input and the run fails.
void require(bool holds, const char* promise) {
  if (holds) return;
  std::fprintf(stderr, "broken promise: %s\n", promise);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  // The second la now and then: a response with several is read by index.
  const std::size_t index = size % 7 == 0 ? 1 : 0;
  const la::EwpXmlImport imported = la::read_ewp_xml(text, index);
  // The string interface the editor's part answers with is JSON whatever the input.
  require(!la::ewp_xml_to_json(text, index, size % 5 == 0).empty(), "the part answers every input");
  if (!imported.agreement) {
    require(!la::load_error_message(imported.error).empty(), "an unreadable file gets a message");
    return 0;
  }
  la::check_agreement(*imported.agreement);
  const std::string json = la::write_agreement(*imported.agreement);
  const la::ReadResult again = la::read_agreement(json);
  require(again.agreement.has_value(), "what XML gave reads back as JSON");
  require(la::write_agreement(*again.agreement) == json, "and writes the same JSON again");

  const la::EwpXmlExport exported = la::write_ewp_xml(*imported.agreement);
  if (exported.xml.empty()) {
    require(!exported.problems.empty(), "no XML only with the fields to fill in");
    return 0;
  }
  const la::EwpXmlImport back = la::read_ewp_xml(exported.xml);
  require(back.agreement.has_value(), "the XML written reads back");
  require(la::write_ewp_xml(*back.agreement).xml == exported.xml, "and writes the same XML again");
  return 0;
}

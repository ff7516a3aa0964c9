// EWP XML in the editor's session: export and open through the XML part, which the memory
// platform answers with the part's own functions (natively), or fails to load.
#include <doctest/doctest.h>

#include "core/ewp_xml.hpp"
#include "core/json_codec.hpp"
#include "memory_platform.hpp"
#include "session_notices.hpp"
#include "test_files.hpp"
#include "ui/editor_session.hpp"
#include "ui/ewp_xml_files.hpp"
#include "ui/export_file_name.hpp"

namespace la {
namespace {

using test::MemoryPlatform;
using test::has_notice;
using test::notice_of;

// A get-response holding the two agreements' la elements, in that order.
std::string response_of(const Agreement& first, const Agreement& second) {
  std::string both = write_ewp_xml(first).xml;
  const std::string other = write_ewp_xml(second).xml;
  const std::size_t start = other.find("<la>");
  both.insert(both.find("</la>") + 5, other.substr(start, other.find("</la>") + 5 - start));
  return both;
}

TEST_CASE("export as EWP XML loads the XML part, downloads the file and names what EWP XML does not carry") {
  MemoryPlatform platform;
  EditorSession session(platform, "");
  session.start(write_agreement(test::semester()));
  session.export_ewp_xml();
  CHECK(platform.downloads.empty());
  CHECK(has_notice(session, NoticeKind::XmlLoading));
  REQUIRE(platform.answer_part_calls() == 1);
  CHECK_FALSE(has_notice(session, NoticeKind::XmlLoading));
  REQUIRE(platform.downloads.size() == 1);
  CHECK(platform.downloads[0].name == xml_file_name(export_file_name(test::semester(), "2026-11-23")));
  CHECK(platform.downloads[0].mime == "application/xml");
  CHECK(platform.downloads[0].bytes.find("<omobility-las-get-response") != std::string::npos);
  const std::string& said = notice_of(session, NoticeKind::Exported).text;
  // In the form's words, not as JSON Pointers.
  CHECK(said.find("Not carried in EWP XML: ") != std::string::npos);
  CHECK(said.find("/mobilityType") == std::string::npos);
  CHECK(said.find("“Mobility · ") != std::string::npos);
  CHECK(session.has_unexported_changes() == false);  // opened from the page: nothing to lose yet
}

TEST_CASE("export as EWP XML without a value EWP needs says what to fill in, goes there and writes nothing") {
  MemoryPlatform platform;
  EditorSession session(platform, "");
  Agreement draft = test::semester();
  draft.omobility_id.reset();
  session.start(write_agreement(draft));
  session.export_ewp_xml();
  platform.answer_part_calls();
  CHECK(platform.downloads.empty());
  const std::string& said = notice_of(session, NoticeKind::ExportRefused).text;
  CHECK(said.rfind("EWP XML needs “", 0) == 0);
  CHECK(said.find("fill it in before exporting") != std::string::npos);
  CHECK(session.take_field_to_show() == std::optional<std::string>("/omobilityId"));
  CHECK_FALSE(session.take_field_to_show());  // once
}

TEST_CASE("an XML part that cannot be loaded is said in words, and the agreement stays") {
  MemoryPlatform platform;
  EditorSession session(platform, "");
  session.start(write_agreement(test::semester()));
  session.export_ewp_xml();
  platform.answer_part_calls("no connection: Failed to fetch");
  CHECK(platform.downloads.empty());
  CHECK(notice_of(session, NoticeKind::ExportRefused).text ==
        "Nothing was exported. EWP XML support could not be loaded (no connection: Failed to fetch). Your "
        "agreement is unchanged; try again.");
  session.open_file({"la.xml", write_ewp_xml(test::semester()).xml, ""});
  platform.answer_part_calls("the server answered HTTP 404 for ewp_xml.wasm");
  CHECK(notice_of(session, NoticeKind::OpenFailed).text.find("(the server answered HTTP 404 for ewp_xml.wasm)") !=
        std::string::npos);
  CHECK(session.agreement().student->given_names == test::semester().student->given_names);
}

TEST_CASE("an XML file opens through the part, with what the reader assumed") {
  MemoryPlatform platform;
  EditorSession session(platform, "");
  session.start();
  Agreement semester = test::semester();
  semester.student->given_names = "Łukasz";
  std::string xml = write_ewp_xml(semester).xml;
  // A bare la, which an office may save from its system: the reader says it assumed a response.
  xml = xml.substr(xml.find("<la>"), xml.find("</la>") + 5 - xml.find("<la>"));
  CHECK(session.open_file({"bare.xml", xml, ""}));
  CHECK(has_notice(session, NoticeKind::XmlLoading));
  REQUIRE(platform.part_requests.size() == 1);
  CHECK(platform.part_requests[0].function == "ewp_xml_read");
  platform.answer_part_calls();
  CHECK(session.agreement().student->given_names == "Łukasz");
  const std::string& said = notice_of(session, NoticeKind::Opened).text;
  CHECK(said.rfind("Opened “bare.xml”.", 0) == 0);
  CHECK(said.find("bare <la>") != std::string::npos);
}

TEST_CASE("a response with several agreements lets the student pick one, or none") {
  MemoryPlatform platform;
  EditorSession session(platform, "");
  session.start();
  Agreement second = test::semester();
  second.omobility_id = "second-mobility";
  second.student->given_names = "İpek";
  second.student->family_name = "Işık";
  const std::string response = response_of(test::semester(), second);
  session.open_file({"node.xml", response, ""});
  platform.answer_part_calls();
  REQUIRE(session.xml_choices().size() == 2);
  CHECK(session.xml_choices()[1].student == "İpek Işık");
  CHECK(session.xml_choices()[1].omobility_id == "second-mobility");
  CHECK(session.xml_choices_file() == "node.xml");
  CHECK_FALSE(session.agreement().student->given_names);  // nothing opened yet
  session.pick_xml_agreement(1);
  CHECK(session.xml_choices().empty());
  platform.answer_part_calls();
  CHECK(session.agreement().student->family_name == "Işık");
  CHECK(session.agreement().omobility_id == "second-mobility");

  session.open_file({"node.xml", response, ""});
  platform.answer_part_calls();
  session.pick_xml_agreement(std::nullopt);
  CHECK(platform.part_requests.empty());
  CHECK(session.agreement().student->family_name == "Işık");
}

TEST_CASE("hostile or broken XML is refused with its line and column, and the agreement stays") {
  MemoryPlatform platform;
  EditorSession session(platform, "");
  session.start(write_agreement(test::semester()));
  const std::string laughs =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n <!ENTITY lol2 \"&lol;&lol;&lol;\">\n]>\n"
      "<la>&lol2;</la>";
  session.open_file({"laughs.xml", laughs, ""});
  platform.answer_part_calls();
  const std::string& said = notice_of(session, NoticeKind::OpenFailed).text;
  CHECK(said.rfind("“laughs.xml” was not opened. This XML file has a document type declaration (DTD) at line 2, column ", 0) == 0);
  session.open_file({"broken.xml", "<la>\n  <omobility-id>x</la>", ""});
  platform.answer_part_calls();
  CHECK(notice_of(session, NoticeKind::OpenFailed).text.find("line 2") != std::string::npos);
  CHECK(session.agreement().student->given_names == test::semester().student->given_names);
}

TEST_CASE("XML is recognised by its name or by its first character") {
  CHECK(is_xml_file("la.XML", "{"));
  CHECK(is_xml_file("download", "\xEF\xBB\xBF  \n<?xml version=\"1.0\"?><la/>"));
  CHECK_FALSE(is_xml_file("la.json", " {\"formatVersion\": 1}"));
  CHECK(xml_file_name("learning-agreement-2026-11-23.json") == "learning-agreement-2026-11-23.xml");
}

}  // namespace
}  // namespace la

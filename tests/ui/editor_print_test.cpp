// "Print or save as PDF" in the session: the print part is asked once with the agreement and the
// interface's words, its document goes to the print dialog, and a failure is told in words.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/json_codec.hpp"
#include "core/print_request.hpp"
#include "memory_platform.hpp"
#include "session_notices.hpp"
#include "test_files.hpp"
#include "ui/editor_session.hpp"

namespace la {
namespace {

using test::MemoryPlatform;
using test::has_notice;
using test::notice_of;

// Answers the print part's call as print.wasm does (the same library, natively).
bool answer_as_print_part(MemoryPlatform& platform) {
  if (platform.part_requests.empty()) return false;
  const MemoryPlatform::PartRequest request = platform.part_requests.front();
  if (request.name != "print.wasm" || request.function != "la_print_html") return false;
  return platform.deliver_part("print.wasm", {answer_print_request(request.input), ""});
}

TEST_CASE("printing asks the print part once and opens the print dialog on the agreement's document") {
  MemoryPlatform platform;
  EditorSession session(platform, "");
  session.start(write_agreement(test::example("valid-semester")));
  session.edit_text("/student/givenNames", "Łucja İpek <b>");
  session.print_agreement();
  CHECK(has_notice(session, NoticeKind::PrintLoading));
  session.print_agreement();  // clicked again while it is prepared
  REQUIRE(platform.part_requests.size() == 1);
  const nlohmann::json request = nlohmann::json::parse(platform.part_requests.front().input);
  CHECK(request["language"] == "en");
  CHECK(request["agreement"] == session.document_json());
  REQUIRE(request["messages"].is_object());  // English: none, the part has its own
  for (const auto& entry : request["messages"].items()) CHECK(entry.key().rfind("print.", 0) == 0);

  REQUIRE(answer_as_print_part(platform));
  CHECK_FALSE(has_notice(session, NoticeKind::PrintLoading));
  REQUIRE(platform.printed.size() == 1);
  CHECK(platform.printed[0].rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(platform.printed[0].find("Łucja İpek &lt;b&gt;") != std::string::npos);
  session.print_agreement();  // a second print asks again, for the agreement as it is now
  CHECK(platform.part_requests.size() == 1);
}

TEST_CASE("a print part that cannot be loaded or answers no document says why; the agreement stays") {
  MemoryPlatform platform;
  EditorSession session(platform, "");
  session.start(write_agreement(test::example("valid-semester")));
  const std::string before = session.document_json();
  session.print_agreement();
  REQUIRE(platform.deliver_part("print.wasm", {"", "the server answered HTTP 404 for print.wasm"}));
  CHECK_FALSE(has_notice(session, NoticeKind::PrintLoading));
  CHECK(notice_of(session, NoticeKind::PrintFailed).text ==
        "Your agreement could not be prepared for printing (the server answered HTTP 404 for print.wasm). It is "
        "unchanged; check the connection and try again.");
  CHECK(platform.printed.empty());
  CHECK(session.document_json() == before);

  session.print_agreement();  // tried again
  CHECK_FALSE(has_notice(session, NoticeKind::PrintFailed));
  REQUIRE(platform.deliver_part("print.wasm", {"{\"error\": \"the agreement cannot be read\"}", ""}));
  CHECK(notice_of(session, NoticeKind::PrintFailed).text.find("(the agreement cannot be read)") != std::string::npos);
  session.print_agreement();
  REQUIRE(platform.deliver_part("print.wasm", {"not json", ""}));
  CHECK(notice_of(session, NoticeKind::PrintFailed).text.find("(the print layout gave no document)") != std::string::npos);
  CHECK(platform.printed.empty());
  CHECK(session.document_json() == before);
}

}  // namespace
}  // namespace la

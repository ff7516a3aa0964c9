// The print part's request and answer (print_request.hpp): the agreement's JSON and a language's
// words in, the document or the reason out, never a crash.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/json_codec.hpp"
#include "core/messages.hpp"
#include "core/print_request.hpp"
#include "test_files.hpp"

namespace la {
namespace {

nlohmann::json answer(const nlohmann::json& request) { return nlohmann::json::parse(answer_print_request(request.dump())); }

TEST_CASE("the print part answers the document in the language whose words it was given") {
  const std::string agreement = write_agreement(test::semester());
  const nlohmann::json english = answer({{"agreement", agreement}, {"language", "en"}, {"messages", nlohmann::json::object()}});
  REQUIRE(english.contains("html"));
  CHECK(english["html"].get<std::string>().find("<h1>Learning Agreement</h1>") != std::string::npos);

  const nlohmann::json words = {{"print.title", "Umowa o programie"}, {"print.student", "Studentka"}};
  const std::string html = answer({{"agreement", agreement}, {"language", "qz"}, {"messages", words}})["html"].get<std::string>();
  CHECK(html.find("<html lang=\"qz\">") != std::string::npos);
  CHECK(html.find("<h1>Umowa o programie</h1>") != std::string::npos);
  CHECK(html.find("<h2>Studentka</h2>") != std::string::npos);
  CHECK(html.find("<h2>Sending institution</h2>") != std::string::npos);  // not given: English

  // The reasons for a change come with the words, as the editor hands them over.
  const nlohmann::json names = {{"reason.timetable-conflict", "Kolizja w planie zajęć"}};
  const std::string changes = write_agreement(test::sealed_sample_with_changes());
  const std::string with_reasons =
      answer({{"agreement", changes}, {"language", "qy"}, {"messages", words}, {"referenceNames", names}})["html"].get<std::string>();
  CHECK(with_reasons.find("<b>timetable-conflict</b>: Kolizja w planie zajęć") != std::string::npos);
}

TEST_CASE("a request the print part cannot use is answered with the reason") {
  CHECK(nlohmann::json::parse(answer_print_request("not json"))["error"] == "the request holds no agreement");
  CHECK(answer({{"language", "en"}})["error"] == "the request holds no agreement");
  const std::string unreadable = answer({{"agreement", "{\"formatVersion\": 1,"}})["error"].get<std::string>();
  CHECK(unreadable.rfind("the agreement cannot be read: ", 0) == 0);
  const nlohmann::json not_texts = {{"print.title", 7}};
  CHECK(answer({{"agreement", write_agreement(test::semester())}, {"language", "qy"}, {"messages", not_texts}})["error"] ==
        "the request's messages are not texts");
}

TEST_CASE("a language's messages with a prefix are its own, without English ones") {
  REQUIRE(add_catalogue(R"({"language":"qx","name":"Q","messages":{"print.a":"1","print.b":"2","printer":"3","ui.x":"4"}})"));
  const std::vector<std::pair<std::string, std::string>> expected = {{"print.a", "1"}, {"print.b", "2"}};
  CHECK(messages_with_prefix("print.", "qx") == expected);
  CHECK(messages_with_prefix("print.", "no-such-language").empty());
}

}  // namespace
}  // namespace la

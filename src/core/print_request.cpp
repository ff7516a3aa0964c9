// Answers a print request (print_request.hpp).
#include "core/print_request.hpp"

#include <nlohmann/json.hpp>

#include "core/json_codec.hpp"
#include "core/json_parse.hpp"
#include "core/messages.hpp"
#include "core/print_document.hpp"

namespace la {
namespace {

std::string error_answer(const std::string& reason) { return nlohmann::json{{"error", reason}}.dump(); }

}  // namespace

std::string answer_print_request(std::string_view request_json) {
  const nlohmann::json request = parse_json(request_json);
  if (!request.is_object() || !request.contains("agreement") || !request["agreement"].is_string()) {
    return error_answer("the request holds no agreement");
  }
  std::string language = "en";
  if (request.contains("language") && request["language"].is_string() && !request["language"].get_ref<const std::string&>().empty()) {
    language = request["language"].get<std::string>();
  }
  // The editor's words for its language become that language's catalogue here (English is built in).
  if (language != "en" && request.contains("messages")) {
    nlohmann::json catalogue = {{"language", language}, {"name", language}, {"messages", request["messages"]}};
    if (request.contains("referenceNames")) catalogue["referenceNames"] = request["referenceNames"];
    if (!add_catalogue(catalogue.dump())) return error_answer("the request's messages are not texts");
  }
  const ReadResult read = read_agreement(request["agreement"].get_ref<const std::string&>());
  if (!read.agreement) return error_answer("the agreement cannot be read: " + load_error_message(read.error));
  return nlohmann::json{{"html", print_document(*read.agreement, language)}}.dump();
}

}  // namespace la

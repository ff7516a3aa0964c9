// The string interface of the EWP XML codec (ewp_xml_strings.hpp).
#include "core/ewp_xml_strings.hpp"

#include <nlohmann/json.hpp>

#include "core/ewp_xml.hpp"
#include "core/json_codec.hpp"

namespace la {
namespace {

using nlohmann::ordered_json;

ordered_json args_object(const MessageArgs& args) {
  ordered_json object = ordered_json::object();
  for (const auto& [name, value] : args) object[name] = value;
  return object;
}

ordered_json error_object(const LoadError& error) {
  ordered_json object = {{"key", error.key}, {"args", args_object(error.args)}};
  if (error.line > 0) {
    object["line"] = error.line;
    object["column"] = error.column;
  }
  return object;
}

// Text from outside may hold bytes that are not UTF-8 in a message; they are replaced, not thrown on.
std::string dumped(const ordered_json& object) { return object.dump(-1, ' ', false, nlohmann::detail::error_handler_t::replace); }

std::string text_or_empty(const Text& text) { return text ? *text : std::string(); }

// EWP names an institution by its heiId ("uw.edu.pl"); our name extension is not in its XML.
std::string hei_of(const std::optional<Institution>& institution) {
  if (!institution) return {};
  return institution->hei_id ? *institution->hei_id : text_or_empty(institution->name);
}

// One entry per `la` of the file, for the student to pick one: each is read as it would be opened.
ordered_json choices_of(std::string_view xml, std::size_t count) {
  ordered_json choices = ordered_json::array();
  for (std::size_t i = 0; i < count; ++i) {
    const EwpXmlImport one = read_ewp_xml(xml, i);
    const Agreement empty;
    const Agreement& agreement = one.agreement ? *one.agreement : empty;
    std::string student;
    if (agreement.student) {
      student = text_or_empty(agreement.student->given_names);
      const std::string family = text_or_empty(agreement.student->family_name);
      student += (student.empty() || family.empty() ? "" : " ") + family;
    }
    choices.push_back({{"student", student}, {"omobilityId", text_or_empty(agreement.omobility_id)},
                       {"sendingHei", hei_of(agreement.sending_hei)}, {"receivingHei", hei_of(agreement.receiving_hei)}});
  }
  return choices;
}

struct Request {
  nlohmann::json options;
  std::string_view document;
};

Request request_of(std::string_view input) {
  const std::size_t end = input.find('\n');
  if (end == std::string_view::npos) return {nlohmann::json::object(), input};
  nlohmann::json options = nlohmann::json::parse(input.substr(0, end), nullptr, false);
  if (!options.is_object()) return {nlohmann::json::object(), input};  // no options line
  return {std::move(options), input.substr(end + 1)};
}

}  // namespace

std::string ewp_xml_read_request(std::string_view input) {
  const Request request = request_of(input);
  const auto index = request.options.find("index");
  const auto choices = request.options.find("choices");
  const std::size_t chosen = index != request.options.end() && index->is_number_unsigned() ? index->get<std::size_t>() : 0;
  return ewp_xml_to_json(request.document, chosen,
                         choices != request.options.end() && choices->is_boolean() && choices->get<bool>());
}

std::string ewp_xml_write_request(std::string_view input) {
  const Request request = request_of(input);
  return json_to_ewp_xml(request.document);
}

std::string ewp_xml_to_json(std::string_view xml, std::size_t index, bool with_choices) {
  const EwpXmlImport imported = read_ewp_xml(xml, index);
  if (!imported.agreement) return dumped({{"error", error_object(imported.error)}});
  ordered_json notice_keys = ordered_json::array();
  for (const ImportNotice& notice : imported.notices) {
    notice_keys.push_back({{"key", notice.key}, {"args", args_object(notice.args)}});
  }
  ordered_json result = {{"json", write_agreement(*imported.agreement)},
                         {"agreementCount", imported.agreement_count},
                         {"noticeKeys", std::move(notice_keys)}};
  if (with_choices && imported.agreement_count > 1) result["choices"] = choices_of(xml, imported.agreement_count);
  return dumped(result);
}

std::string json_to_ewp_xml(std::string_view json) {
  const ReadResult read = read_agreement(json);
  if (!read.agreement) return dumped({{"error", error_object(read.error)}});
  const EwpXmlExport exported = write_ewp_xml(*read.agreement);
  if (!exported.problems.empty()) {
    ordered_json problems = ordered_json::array();
    for (const ExportProblem& problem : exported.problems) {
      problems.push_back({{"path", problem.pointer}, {"missing", problem.missing}});
    }
    return dumped({{"problems", std::move(problems)}});
  }
  return dumped({{"xml", exported.xml}, {"notCarried", exported.not_carried}});
}

}  // namespace la

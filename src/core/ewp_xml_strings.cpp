// The string interface of the EWP XML codec (ewp_xml_strings.hpp).
#include "core/ewp_xml_strings.hpp"

#include <nlohmann/json.hpp>

#include "core/ewp_xml.hpp"
#include "core/json_codec.hpp"
#include "core/messages.hpp"

namespace la {
namespace {

using nlohmann::ordered_json;

ordered_json error_object(const LoadError& error, std::string_view language) {
  ordered_json object = {{"message", load_error_message(error, language)}};
  if (error.line > 0) {
    object["line"] = error.line;
    object["column"] = error.column;
  }
  return object;
}

// Text from outside may hold bytes that are not UTF-8 in a message; they are replaced, not thrown on.
std::string dumped(const ordered_json& object) { return object.dump(-1, ' ', false, nlohmann::detail::error_handler_t::replace); }

}  // namespace

std::string ewp_xml_to_json(std::string_view xml, std::size_t index, std::string_view language) {
  const EwpXmlImport imported = read_ewp_xml(xml, index);
  if (!imported.agreement) return dumped({{"error", error_object(imported.error, language)}});
  ordered_json notices = ordered_json::array();
  for (const ImportNotice& notice : imported.notices) notices.push_back(import_notice_message(notice, language));
  return dumped({{"json", write_agreement(*imported.agreement)},
                 {"agreementCount", imported.agreement_count},
                 {"notices", std::move(notices)}});
}

std::string json_to_ewp_xml(std::string_view json, std::string_view language) {
  const ReadResult read = read_agreement(json);
  if (!read.agreement) return dumped({{"error", error_object(read.error, language)}});
  const EwpXmlExport exported = write_ewp_xml(*read.agreement);
  if (!exported.problems.empty()) {
    ordered_json problems = ordered_json::array();
    for (const ExportProblem& problem : exported.problems) {
      problems.push_back({{"path", problem.pointer}, {"missing", problem.missing},
                          {"message", export_problem_message(problem, language)}});
    }
    const std::string first = problems.front()["message"].get<std::string>();
    return dumped({{"error", {{"message", first}}}, {"problems", std::move(problems)}});
  }
  std::string fields;
  for (const std::string& field : exported.not_carried) fields += (fields.empty() ? "" : ", ") + field;
  ordered_json result = {{"xml", exported.xml}, {"notCarried", exported.not_carried}};
  if (!fields.empty()) result["message"] = message_text("ewp.export.not-carried", {{"fields", fields}}, language);
  return dumped(result);
}

}  // namespace la

// The session's EWP XML export and import through the XML part (editor_session.hpp, "EWP XML").
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/json_codec.hpp"
#include "core/json_parse.hpp"
#include "core/messages.hpp"
#include "ui/editor_session.hpp"
#include "ui/ewp_xml_files.hpp"
#include "ui/export_file_name.hpp"
#include "ui/finding_locations.hpp"
#include "ui/ui_text.hpp"

namespace la {
namespace {

// The part's answer as JSON; a part that answered something else is as broken as one that failed.
nlohmann::json answer_json(const LoadedPart& answer) {
  nlohmann::json json = parse_json(answer.bytes);
  return json.is_object() ? json : nlohmann::json();
}

std::string string_of(const nlohmann::json& object, const char* name) {
  const auto found = object.find(name);
  return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

MessageArgs args_of(const nlohmann::json& object) {
  MessageArgs args;
  const auto found = object.find("args");
  if (found == object.end() || !found->is_object()) return args;
  for (auto it = found->begin(); it != found->end(); ++it) {
    if (it->is_string()) args.emplace_back(it.key(), it->get<std::string>());
  }
  return args;
}

std::size_t whole_of(const nlohmann::json& object, const char* name) {
  const auto found = object.find(name);
  return found != object.end() && found->is_number_unsigned() ? found->get<std::size_t>() : 0;
}

// The reader's error in the student's language, with its place ("line 3, column 7").
std::string error_text(const nlohmann::json& error) {
  return load_error_text({string_of(error, "key"), args_of(error), whole_of(error, "line"), whole_of(error, "column"), {}});
}

// The part could not be loaded, or answered what it never answers.
std::string part_failure(const LoadedPart& answer) {
  const std::string reason = answer.error.empty() ? ui_text("ui.notice.xmlPartBroken") : answer.error;
  return ui_text("ui.notice.xmlPartFailed", {{"reason", reason}});
}

}  // namespace

// ---- export

void EditorSession::export_ewp_xml() {
  if (xml_waiting_) return;
  xml_waiting_ = true;
  remove_notices({NoticeKind::Exported, NoticeKind::ExportRefused});
  add_notice({NoticeKind::XmlLoading, NoticeTone::Info, {"ui.notice.xmlLoading"}});
  // The agreement as it is now, under the name it has now: the answer comes later.
  const std::string name = xml_file_name(export_file_name(document_.agreement(), platform_.today()));
  platform_.call_part(kEwpXmlPart, "ewp_xml_write", xml_write_request(write_agreement(document_.agreement())),
                      [this, name](const LoadedPart& answer) { xml_written(name, answer); });
}

void EditorSession::xml_written(const std::string& file_name, const LoadedPart& answer) {
  xml_waiting_ = false;
  remove_notices({NoticeKind::XmlLoading});
  const nlohmann::json result = answer_json(answer);
  const std::string xml = string_of(result, "xml");
  if (!answer.error.empty() || (xml.empty() && !result.contains("problems"))) {
    add_notice({NoticeKind::ExportRefused, NoticeTone::Error, NoticeWords::as_said(ui_text("ui.notice.xmlFailed", {{"reason", part_failure(answer)}}))});
    return;
  }
  if (xml.empty()) {
    // What EWP needs and the agreement lacks (or holds in another form): said, and the first one shown.
    std::string text;
    for (const nlohmann::json& problem : result["problems"]) {
      const std::string pointer = string_of(problem, "path");
      const bool missing = problem.value("missing", true);
      text += (text.empty() ? "" : " ") +
              message_text(missing ? "ewp.export.missing" : "ewp.export.invalid",
                           {{"field", places_text({pointer}, document_.agreement(), true)}}, ui_language());
      if (!field_to_show_) field_to_show_ = pointer;
    }
    add_notice({NoticeKind::ExportRefused, NoticeTone::Error, NoticeWords::as_said(std::move(text))});
    return;
  }
  platform_.download(file_name, "application/xml", xml);
  std::vector<std::string> not_carried;
  for (const nlohmann::json& pointer : result.value("notCarried", nlohmann::json::array())) {
    if (pointer.is_string()) not_carried.push_back(pointer.get<std::string>());
  }
  std::string text = ui_text("ui.notice.xmlExported", {{"file", file_name}});
  if (!not_carried.empty()) {
    text += " " + message_text("ewp.export.not-carried", {{"fields", places_text(not_carried, document_.agreement(), true)}},
                               ui_language()) +
            " " + ui_text("ui.notice.xmlKeepJson");
  }
  add_notice({NoticeKind::Exported, status().ready() ? NoticeTone::Success : NoticeTone::Warning, NoticeWords::as_said(std::move(text))});
}

std::optional<std::string> EditorSession::take_field_to_show() {
  std::optional<std::string> field = std::move(field_to_show_);
  field_to_show_.reset();
  return field;
}

// ---- import

void EditorSession::open_xml(const ChosenFile& file) {
  if (xml_waiting_) return;
  xml_text_ = file.bytes;
  xml_file_name_ = file.name;
  xml_choices_.clear();
  read_xml(0, true);
}

void EditorSession::read_xml(std::size_t index, bool with_choices) {
  xml_waiting_ = true;
  add_notice({NoticeKind::XmlLoading, NoticeTone::Info, {"ui.notice.xmlReading", {{"file", xml_file_name_}}}});
  platform_.call_part(kEwpXmlPart, "ewp_xml_read", xml_read_request(xml_text_, index, with_choices),
                      [this](const LoadedPart& answer) { xml_read(answer); });
}

void EditorSession::xml_read(const LoadedPart& answer) {
  xml_waiting_ = false;
  remove_notices({NoticeKind::XmlLoading});
  const nlohmann::json result = answer_json(answer);
  const std::string json = string_of(result, "json");
  std::optional<Agreement> agreement;
  if (!json.empty()) agreement = std::move(read_agreement(json).agreement);
  if (!agreement) {
    const bool read = answer.error.empty() && result.contains("error");
    open_failed({"ui.notice.openFailed", {{"file", xml_file_name_}, {"reason", read ? error_text(result["error"]) : part_failure(answer)}}});
    xml_text_.clear();
    return;
  }
  const auto choices = result.find("choices");
  if (choices != result.end() && choices->is_array() && choices->size() > 1) {
    for (const nlohmann::json& choice : *choices) {
      xml_choices_.push_back({string_of(choice, "student"), string_of(choice, "omobilityId"),
                              string_of(choice, "sendingHei"), string_of(choice, "receivingHei")});
    }
    return;  // the view asks which; pick_xml_agreement reads it
  }
  std::string text = ui_text("ui.notice.opened", {{"file", xml_file_name_}});
  for (const nlohmann::json& notice : result.value("noticeKeys", nlohmann::json::array())) {
    text += " " + message_text(string_of(notice, "key"), args_of(notice), ui_language());
  }
  xml_text_.clear();
  const bool assumed = !result.value("noticeKeys", nlohmann::json::array()).empty();
  Notice opened{NoticeKind::Opened, assumed ? NoticeTone::Info : NoticeTone::Success, NoticeWords::as_said(std::move(text))};
  std::string broken = broken_signatures_text(*agreement);
  replace_when_agreed("ui.replace.", {std::move(*agreement), std::move(opened), false, std::move(broken)});
}

void EditorSession::pick_xml_agreement(std::optional<std::size_t> index) {
  const std::size_t count = xml_choices_.size();
  xml_choices_.clear();
  if (!index || *index >= count || read_only()) {
    xml_text_.clear();
    return;
  }
  read_xml(*index, false);
}

}  // namespace la

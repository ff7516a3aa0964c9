// "Print or save as PDF" (EditorSession::print_agreement): the print layout is a code part
// (print.wasm, docs/web-layer.md "Parts") that the first print loads; it answers the agreement as
// one HTML document in the interface's language, on which the platform opens the print dialog.
#include <nlohmann/json.hpp>

#include <string>

#include "core/json_parse.hpp"
#include "core/messages.hpp"
#include "ui/editor_session.hpp"
#include "ui/ui_text.hpp"

namespace la {
namespace {

constexpr const char* kPrintPart = "print.wasm";
constexpr const char* kPrintFunction = "la_print_html";

// core/print_request.hpp: the agreement, and the print view's words in the interface's language
// (the part knows English only).
std::string print_request(const std::string& agreement_json) {
  nlohmann::json messages = nlohmann::json::object();
  for (const auto& [key, text] : messages_with_prefix("print.", ui_language())) messages[key] = text;
  nlohmann::json names = nlohmann::json::object();  // the reasons for a change, in that language
  for (const auto& [key, name] : reference_names(ui_language())) names[key] = name;
  const nlohmann::json request = {
      {"agreement", agreement_json}, {"language", ui_language()}, {"messages", messages}, {"referenceNames", names}};
  return json_text(request);
}

}  // namespace

void EditorSession::print_agreement() {
  if (printing_) return;  // a second click while the first is prepared opens no second dialog
  printing_ = true;
  remove_notices({NoticeKind::PrintFailed});
  add_notice({NoticeKind::PrintLoading, NoticeTone::Info, {"ui.notice.printLoading"}});
  platform_.call_part(kPrintPart, kPrintFunction, print_request(document_json()),
                      [this](const LoadedPart& answer) { print_answered(answer); });
}

void EditorSession::print_answered(const LoadedPart& answer) {
  printing_ = false;
  remove_notices({NoticeKind::PrintLoading});
  std::string reason = answer.error;  // the page's or the part's, in English; empty: no document came
  if (reason.empty()) {
    const nlohmann::json parsed = parse_json(answer.bytes);
    const auto html = parsed.is_object() ? parsed.find("html") : parsed.end();
    if (parsed.is_object() && html != parsed.end() && html->is_string()) {
      platform_.print_html(html->get<std::string>());
      return;
    }
    const auto error = parsed.is_object() ? parsed.find("error") : parsed.end();
    const bool said = parsed.is_object() && error != parsed.end() && error->is_string();
    reason = said ? error->get<std::string>() : "";
  }
  add_notice({NoticeKind::PrintFailed, NoticeTone::Error,
              NoticeWords{"ui.notice.printFailed"}.reason(reason, "ui.notice.printNoAnswer")});
}

}  // namespace la

// The browser's side of EditorPlatform (web_editor_platform.hpp).
#include "platform/web/editor/web_editor_platform.hpp"

#include <emscripten/emscripten.h>

#include <algorithm>
#include <cstdlib>

#include "platform/web/web_backend.hpp"
#include "platform/web/web_clipboard.hpp"
#include "platform/web/web_files.hpp"
#include "platform/web/web_parts.hpp"
#include "platform/web/web_storage.hpp"

extern "C" {
char* la_editor_today();
double la_editor_now_utc_ms();
int la_editor_utc_offset_minutes();
int la_editor_page_wants_changes();
void la_editor_page_changed(const char* json);
int la_editor_page_takes_export(const char* json, const char* file_name);
void la_editor_announce(const char* text);
void la_editor_announce_focus(const char* text, const char* text_field);
void la_editor_take_draft();
void la_editor_reveal(float x, float y, float width, float height);
int la_editor_prefers_dark();
void la_editor_print_html(const char* html);
char* la_editor_preferred_languages();
}

namespace la::web {
namespace {

std::string take_string(char* text) {
  if (!text) return {};
  std::string result(text);
  std::free(text);
  return result;
}

}  // namespace

bool WebDraftStorage::save(const std::string& key, const std::string& text, std::string* error) {
  DraftSaved saved = draft_save(key, text);
  if (!saved.ok && error) *error = saved.error;
  return saved.ok;
}

std::optional<std::string> WebDraftStorage::load(const std::string& key) {
  DraftLoaded loaded = draft_load(key);
  if (!loaded.found) return std::nullopt;
  return std::move(loaded.text);
}

void WebDraftStorage::remove(const std::string& key) { draft_remove(key); }

double WebEditorPlatform::now_ms() { return emscripten_get_now(); }
std::string WebEditorPlatform::today() { return take_string(la_editor_today()); }
WallTime WebEditorPlatform::wall_time() {
  return {static_cast<long long>(la_editor_now_utc_ms() / 1000), la_editor_utc_offset_minutes()};
}

void WebEditorPlatform::download(const std::string& name, const std::string& mime, const std::string& bytes) {
  download_file(name, mime, bytes);
}

void WebEditorPlatform::choose_file(std::function<void(const ChosenFile&)> chosen) {
  open_file_picker(".json,application/json,.xml,application/xml,text/xml", [chosen](const OpenedFile& file) {
    chosen({file.name, file.bytes, file.error});
  });
}

void WebEditorPlatform::load_part(const std::string& name, std::function<void(const LoadedPart&)> loaded) {
  request_part(name, [loaded](const PartBytes& part) { loaded({part.bytes, part.error}); });
}

void WebEditorPlatform::call_part(const std::string& name, const std::string& function, const std::string& input,
                                  std::function<void(const LoadedPart&)> answered) {
  call_code_part(name, function, input, [answered](const PartBytes& answer) { answered({answer.bytes, answer.error}); });
}

void WebEditorPlatform::print_html(const std::string& html) { la_editor_print_html(html.c_str()); }

void WebEditorPlatform::retry_glyphs() { retry_more_glyphs(); }

bool WebEditorPlatform::page_wants_changes() { return la_editor_page_wants_changes() != 0; }
void WebEditorPlatform::page_changed(const std::string& json) { la_editor_page_changed(json.c_str()); }
bool WebEditorPlatform::page_takes_export(const std::string& json, const std::string& file_name) {
  return la_editor_page_takes_export(json.c_str(), file_name.c_str()) != 0;
}
void WebEditorPlatform::announce_status(const std::string& text) { la_editor_announce(text.c_str()); }
void WebEditorPlatform::announce_focus(const std::string& text, const std::string& text_field) {
  la_editor_announce_focus(text.c_str(), text_field.c_str());
}
void WebEditorPlatform::wake_after(double ms) { request_frame_after(ms); }

void WebEditorPlatform::take_draft() { la_editor_take_draft(); }

bool WebEditorPlatform::prefers_dark_theme() { return la_editor_prefers_dark() != 0; }

std::vector<std::string> WebEditorPlatform::preferred_languages() {
  const std::string lines = take_string(la_editor_preferred_languages());
  std::vector<std::string> languages;
  for (std::size_t start = 0; start <= lines.size();) {
    const std::size_t end = std::min(lines.find('\n', start), lines.size());
    if (end > start) languages.push_back(lines.substr(start, end - start));
    start = end + 1;
  }
  return languages;
}

std::string WebEditorPlatform::pasted_text() { return clipboard::pasted(); }

void WebEditorPlatform::reveal_on_page(float x, float y, float width, float height) {
  la_editor_reveal(x, y, width, height);
}

}  // namespace la::web

// Entry point of the editor module (la_editor.js / .wasm): starts the browser layer, opens the
// page's document or the autosaved draft, and draws the editor on demand.
// Mount options (LAStudio.mount): draftKey, readOnly ("true"), lang, document (JSON text).
#include <emscripten/emscripten.h>
#include <imgui.h>

#include <cstring>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "core/json_parse.hpp"
#include "core/messages.hpp"
#include "platform/web/editor/editor_app.hpp"
#include "platform/web/editor/editor_draft_tabs.hpp"
#include "platform/web/web_backend.hpp"
#include "platform/web/web_files.hpp"
#include "ui/editor_style.hpp"
#include "ui/language_choice.hpp"
#include "ui/ui_text.hpp"

extern "C" void la_editor_install_page_events(const char* canvas_description);
extern "C" void la_editor_set_page_language(const char* language, const char* canvas_description,
                                            const char* page_words);

namespace la::web {
namespace {

std::unique_ptr<EditorApp> g_app;
std::string g_page_language;  // the interface language the page's elements were last told

void draw_frame() {
  EditorApp& app = *g_app;
  const double start = emscripten_get_now();
  draw_editor(app.view);
  app.session.after_frame();
  if (g_page_language != la::ui_language()) {
    g_page_language = la::ui_language();
    // The words of the page around the editor ("page.title"…) for the page to follow the
    // student's language: none in English, where they are the page's own HTML.
    nlohmann::json page_words = nlohmann::json::object();
    for (const auto& [key, text] : la::messages_with_prefix("page.", g_page_language)) {
      page_words[key.substr(std::strlen("page."))] = text;
    }
    la_editor_set_page_language(g_page_language.c_str(), la::ui_text("ui.a11y.canvas"),
                                la::json_text(page_words).c_str());
  }
  app.last_frame_ms = emscripten_get_now() - start;
}

}  // namespace

EditorApp* editor_app() { return g_app.get(); }

}  // namespace la::web

int main() {
  using namespace la::web;
  BackendOptions options;
  // LAStudio's destroy(): the draft is saved at once, not after the autosave's delay.
  options.before_destroy = [] {
    if (g_app) g_app->session.page_hidden();
    leave_draft_tabs();
  };
  options.text_menu_words = [] {
    return TextMenuWords{la::ui_text("ui.textMenu.cut"), la::ui_text("ui.textMenu.copy"),
                         la::ui_text("ui.textMenu.paste"), la::ui_text("ui.textMenu.selectAll"),
                         la::ui_text("ui.textMenu.pasteRefused")};
  };
  // A notice says why letters of other scripts show as the replacement sign, until they arrive.
  options.more_glyphs_loaded = [](const std::string& error) {
    if (!g_app) return;
    if (error.empty()) g_app->session.glyphs_arrived();
    else g_app->session.glyphs_failed(error);
  };
  if (!create(options)) return 1;
  la::apply_editor_metrics();

  g_app = std::make_unique<EditorApp>(mount_option("draftKey"));
  EditorApp& app = *g_app;
  // English draws the first frame; another language follows once its part has arrived.
  app.session.set_language(la::starting_language(app.platform, mount_option("lang")));
  app.session.start(mount_option("document"));
  app.session.set_read_only(mount_option("readOnly") == "true");
  set_drop_handler([](const OpenedFile& file) {
    if (g_app) g_app->session.open_file({file.name, file.bytes, file.error});
  });
  la_editor_install_page_events(la::ui_text("ui.a11y.canvas"));
  follow_draft_tabs(app.session);
  run(draw_frame);
  return 0;
}

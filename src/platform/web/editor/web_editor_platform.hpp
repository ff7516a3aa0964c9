// The editor's platform in the browser: localStorage drafts, the clock and the calendar of the
// student's computer, downloads and the file picker, parts, the print dialog, and the hosting page's hooks (laOnChange,
// laOnExport, the status live region), over la::web and editor_page_events.js.
#pragma once

#include <string>

#include "ui/editor_platform.hpp"

namespace la::web {

class WebDraftStorage : public DraftStorage {
 public:
  bool save(const std::string& key, const std::string& text, std::string* error) override;
  std::optional<std::string> load(const std::string& key) override;
  void remove(const std::string& key) override;
};

class WebEditorPlatform : public EditorPlatform {
 public:
  double now_ms() override;
  std::string today() override;
  WallTime wall_time() override;
  DraftStorage& storage() override { return storage_; }
  void download(const std::string& name, const std::string& mime, const std::string& bytes) override;
  void choose_file(std::function<void(const ChosenFile&)> chosen) override;
  void load_part(const std::string& name, std::function<void(const LoadedPart&)> loaded) override;
  void call_part(const std::string& name, const std::string& function, const std::string& input,
                 std::function<void(const LoadedPart&)> answered) override;
  void print_html(const std::string& html) override;
  void retry_glyphs() override;
  bool page_wants_changes() override;
  void page_changed(const std::string& json) override;
  bool page_takes_export(const std::string& json, const std::string& file_name) override;
  void announce_status(const std::string& text) override;
  void announce_focus(const std::string& text, const std::string& text_field) override;
  void wake_after(double ms) override;
  void take_draft() override;
  bool prefers_dark_theme() override;
  std::vector<std::string> preferred_languages() override;
  std::string pasted_text() override;
  void reveal_on_page(float x, float y, float width, float height) override;

 private:
  WebDraftStorage storage_;
};

}  // namespace la::web

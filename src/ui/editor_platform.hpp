// What the editor needs from where it runs: time, drafts, files and the hosting page. The browser
// implements it in src/platform/web/editor; tests implement it in memory. Keeps src/ui free of
// any browser call (dependencies point platform -> ui -> core).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "ui/draft_store.hpp"

namespace la {

// A part of the editor that the first frame did not need (web/la_studio.js, docs/web-layer.md).
struct LoadedPart {
  std::string bytes;
  std::string error;  // set when it could not be loaded, in words for the student
};

// Now, for a signature's timestamp: the Unix time and the local time zone's offset from UTC
// (+120 in CEST), as the browser's Date gives them.
struct WallTime {
  long long utc_seconds = 0;
  int utc_offset_minutes = 0;
};

struct ChosenFile {
  std::string name;
  std::string bytes;
  std::string error;  // set when the file could not be read, in words for the student
};

class EditorPlatform {
 public:
  virtual ~EditorPlatform() = default;

  virtual double now_ms() = 0;                  // a monotonic clock
  virtual std::string today() = 0;              // local date, "YYYY-MM-DD"
  virtual WallTime wall_time() = 0;             // now, with the local offset, for signatures
  virtual DraftStorage& storage() = 0;          // where drafts go (localStorage)

  virtual void download(const std::string& name, const std::string& mime, const std::string& bytes) = 0;
  // Opens the file picker (call only while handling a click); `chosen` runs when a file arrives.
  virtual void choose_file(std::function<void(const ChosenFile&)> chosen) = 0;
  // Loads a part ("samples.json"); `loaded` runs later, never inside this call, with its bytes or
  // why there are none.
  virtual void load_part(const std::string& name, std::function<void(const LoadedPart&)> loaded) = 0;
  // Calls `function` of the code part `name` ("print.wasm") with text, loading the part first;
  // `answered` runs later, never inside this call, with the answer in bytes or why there is none.
  virtual void call_part(const std::string& name, const std::string& function, const std::string& input,
                         std::function<void(const LoadedPart&)> answered) = 0;
  // Opens the browser's print dialog on an HTML document: the student prints it or saves a PDF.
  virtual void print_html(const std::string& html) = 0;
  // Asks again now for the glyphs of other scripts, which could not be loaded (the notice's "Try
  // again"); the answer comes as EditorSession::glyphs_arrived() or glyphs_failed().
  virtual void retry_glyphs() = 0;

  // The hosting page: does it listen to changes (Module.laOnChange), tell it, offer it an
  // export (Module.laOnExport; true when it took the file and no download should follow).
  virtual bool page_wants_changes() = 0;
  virtual void page_changed(const std::string& json) = 0;
  virtual bool page_takes_export(const std::string& json, const std::string& file_name) = 0;
  // The status line for assistive technology (a live region next to the canvas).
  virtual void announce_status(const std::string& text) = 0;
  // The item that took the keyboard focus, for assistive technology (another live region), and
  // the name of the text field being edited ("" when none is), which labels the hidden textarea.
  virtual void announce_focus(const std::string& text, const std::string& text_field) = 0;

  // The item the keyboard moved to, in CSS px from the editor's top left corner: where the editor
  // is taller than the browser's window (embedded in a long page), the page scrolls to show it.
  virtual void reveal_on_page(float x, float y, float width, float height) = 0;

  // Asks for a frame after ms milliseconds (the autosave's delay).
  virtual void wake_after(double ms) = 0;

  // The other tab that has this editor's draft is asked to save it and let go; the answer comes
  // as EditorSession::draft_handed_over().
  virtual void take_draft() = 0;

  // The text of the paste being handled in this frame as it was copied, tabs and line breaks
  // kept (what ImGui pastes into a one-line field has them as spaces): a course list pasted into
  // a table becomes rows.
  virtual std::string pasted_text() = 0;

  // The system's colour scheme is dark (prefers-color-scheme), for the theme's first choice.
  virtual bool prefers_dark_theme() = 0;
  // The browser's languages, most preferred first (navigator.languages: "pt-BR", "de"), for the
  // interface language's first choice.
  virtual std::vector<std::string> preferred_languages() = 0;
};

}  // namespace la

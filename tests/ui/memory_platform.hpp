// The editor's platform in memory for the UI tests: a storage that can be full or damaged, a
// clock the test moves, and a record of downloads, page events and announcements.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/ewp_xml_strings.hpp"
#include "test_files.hpp"
#include "ui/editor_platform.hpp"
#include "ui/ui_samples.hpp"

namespace la::test {

// localStorage as the tests need it: can be full, can be corrupted between visits.
class MemoryStorage : public DraftStorage {
 public:
  std::map<std::string, std::string> items;
  std::string refuse_with;  // non-empty: every save fails with this reason
  int saves = 0;

  bool save(const std::string& key, const std::string& text, std::string* error) override {
    ++saves;
    if (!refuse_with.empty()) {
      if (error) *error = refuse_with;
      return false;
    }
    items[key] = text;
    return true;
  }
  std::optional<std::string> load(const std::string& key) override {
    auto it = items.find(key);
    if (it == items.end()) return std::nullopt;
    return it->second;
  }
  void remove(const std::string& key) override { items.erase(key); }
};

class MemoryPlatform : public EditorPlatform {
 public:
  double clock_ms = 1000;
  MemoryStorage memory;
  struct Download {
    std::string name, mime, bytes;
  };
  std::vector<Download> downloads;
  bool listens_to_changes = false;
  std::vector<std::string> changes;           // documents given to laOnChange
  bool takes_exports = false;                 // laOnExport returns true
  std::vector<std::string> offered_exports;   // file names given to laOnExport
  std::vector<std::string> announcements;
  std::vector<double> wakes;
  std::function<void(const ChosenFile&)> chosen;
  struct PartRequest {
    std::string name;
    std::function<void(const LoadedPart&)> loaded;
    std::string function, input;  // a code part's call (call_part)
  };
  std::vector<PartRequest> part_requests;  // answered by the test (deliver_part)

  double now_ms() override { return clock_ms; }
  std::string today() override { return "2026-11-23"; }
  WallTime time{1795425300, 60};  // 2026-11-23T10:15:00+01:00
  WallTime wall_time() override { return time; }
  DraftStorage& storage() override { return memory; }
  void download(const std::string& name, const std::string& mime, const std::string& bytes) override {
    downloads.push_back({name, mime, bytes});
  }
  void choose_file(std::function<void(const ChosenFile&)> on_chosen) override { chosen = std::move(on_chosen); }
  void load_part(const std::string& name, std::function<void(const LoadedPart&)> loaded) override {
    part_requests.push_back({name, std::move(loaded), "", ""});
  }
  void call_part(const std::string& name, const std::string& function, const std::string& input,
                 std::function<void(const LoadedPart&)> answered) override {
    part_requests.push_back({name, std::move(answered), function, input});
  }
  std::vector<std::string> printed;  // documents given to the print dialog
  void print_html(const std::string& html) override { printed.push_back(html); }
  int glyph_retries = 0;  // retry_glyphs() calls
  void retry_glyphs() override { ++glyph_retries; }
  // Answers the first request waiting for the part name, as the page would later; false if none waits.
  bool deliver_part(const std::string& name, const LoadedPart& part) {
    for (auto it = part_requests.begin(); it != part_requests.end(); ++it) {
      if (it->name != name) continue;
      auto loaded = std::move(it->loaded);
      part_requests.erase(it);
      loaded(part);
      return true;
    }
    return false;
  }
  // Answers a request for the sample set with the part the build wrote (LA_SAMPLE_SET).
  bool deliver_sample_set() { return deliver_part(kSampleSetPart, {read_file(LA_SAMPLE_SET), ""}); }
  // Answers every waiting call to the XML part as ewp_xml.wasm would (its functions natively), or
  // with `error` (the part could not be loaded); returns how many were answered.
  std::size_t answer_part_calls(const std::string& error = {}) {
    std::vector<PartRequest> calls;
    for (auto it = part_requests.begin(); it != part_requests.end();) {
      if (it->name != "ewp_xml.wasm") {
        ++it;
        continue;
      }
      calls.push_back(std::move(*it));
      it = part_requests.erase(it);
    }
    for (PartRequest& call : calls) {
      LoadedPart answer;
      if (!error.empty()) answer.error = error;
      else if (call.function == "ewp_xml_read") answer.bytes = ewp_xml_read_request(call.input);
      else if (call.function == "ewp_xml_write") answer.bytes = ewp_xml_write_request(call.input);
      else answer.error = "no function " + call.function + " in " + call.name;
      call.loaded(answer);
    }
    return calls.size();
  }
  // Answers a request for a language's catalogue with the part the build wrote (LA_LANGUAGE_PARTS).
  bool deliver_language(const std::string& language) {
    const std::string name = "lang-" + language + ".json";
    return deliver_part(name, {read_file(std::string(LA_LANGUAGE_PARTS) + "/" + name), ""});
  }
  bool page_wants_changes() override { return listens_to_changes; }
  void page_changed(const std::string& json) override { changes.push_back(json); }
  bool page_takes_export(const std::string&, const std::string& file_name) override {
    if (takes_exports) offered_exports.push_back(file_name);
    return takes_exports;
  }
  void announce_status(const std::string& text) override { announcements.push_back(text); }
  void announce_focus(const std::string&, const std::string&) override {}
  void reveal_on_page(float, float, float, float) override {}
  void wake_after(double ms) override { wakes.push_back(ms); }
  int drafts_taken = 0;  // take_draft() calls
  void take_draft() override { ++drafts_taken; }
  std::string pasted;
  std::string pasted_text() override { return pasted; }
  bool system_dark = false;
  bool prefers_dark_theme() override { return system_dark; }
  std::vector<std::string> browser_languages;
  std::vector<std::string> preferred_languages() override { return browser_languages; }
};

}  // namespace la::test

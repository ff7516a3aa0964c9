// Drafts in the browser's localStorage, with errors a student understands.
//
// localStorage may be missing or throw: blocked for file:// pages in some browsers, in private
// windows, in sandboxed iframes, with cookies disabled; and full at about 5 MB per site.
#include "platform/web/web_storage.hpp"

#include <cstdlib>
#include <string>

extern "C" {
int la_web_storage_save(const char* key, const char* text);
char* la_web_storage_load(const char* key, int* status);
int la_web_storage_remove(const char* key);
}

namespace la::web {
namespace {

// Status codes of web_bridge.js.
enum Status { kOk = 0, kUnavailable = 1, kFull = 2, kOther = 3, kNotFound = 4 };

std::string message(int status) {
  switch (status) {
    case kUnavailable:
      return "This browser does not let this page keep a draft (storage is blocked, for example "
             "in a private window or for a page opened from a file). Your work is still here: "
             "download it to keep a copy.";
    case kFull:
      return "The browser's storage for this site is full, so the draft was not saved. Download "
             "your work to keep a copy, or remove old drafts.";
    default:
      return "The browser refused to save the draft. Download your work to keep a copy.";
  }
}

}  // namespace

DraftSaved draft_save(std::string_view key, std::string_view text) {
  const int status = la_web_storage_save(std::string(key).c_str(), std::string(text).c_str());
  if (status == kOk) return {true, {}};
  return {false, message(status)};
}

DraftLoaded draft_load(std::string_view key) {
  int status = kOther;
  char* text = la_web_storage_load(std::string(key).c_str(), &status);
  DraftLoaded loaded;
  if (text) {
    loaded.found = true;
    loaded.text = text;
    std::free(text);
  } else if (status == kUnavailable) {
    loaded.error = "This browser does not let this page read saved drafts (storage is blocked, "
                   "for example in a private window or for a page opened from a file).";
  }
  return loaded;
}

DraftSaved draft_remove(std::string_view key) {
  const int status = la_web_storage_remove(std::string(key).c_str());
  if (status == kOk) return {true, {}};
  return {false, message(status)};
}

}  // namespace la::web

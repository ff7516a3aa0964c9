// Drafts in the browser's localStorage, with errors a student understands.
#pragma once
#include <string>
#include <string_view>

namespace la::web {

struct DraftSaved {
  bool ok = false;
  std::string error;  // why not, in plain words; empty when ok
};
struct DraftLoaded {
  bool found = false;
  std::string text;
  std::string error;  // set when storage could not be read (not when there is simply no draft)
};

// key: the storage key, e.g. the draftKey mount option, so that two editors keep two drafts.
DraftSaved draft_save(std::string_view key, std::string_view text);
DraftLoaded draft_load(std::string_view key);
DraftSaved draft_remove(std::string_view key);

}  // namespace la::web

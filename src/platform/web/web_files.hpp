// Files: download a file, open one through the picker or by dropping it onto the editor.
#pragma once
#include <functional>
#include <string>
#include <string_view>

namespace la::web {

struct OpenedFile {
  std::string name;   // file name as the user's system gave it
  std::string bytes;  // whole content
  std::string error;  // empty when read; else a sentence for the student
};
using FileHandler = std::function<void(const OpenedFile&)>;

// Offers bytes as a download named name (the browser saves it or asks where).
void download_file(std::string_view name, std::string_view mime, std::string_view bytes);
// Opens the browser's file picker; accept is an <input accept> list such as ".json,.xml".
// Call it while handling a click (browsers require a user gesture). on_open runs once a file is
// read; not at all if the user cancels.
void open_file_picker(std::string_view accept, FileHandler on_open);
// on_drop runs for each file dropped onto the editor (the first file of a drop).
void set_drop_handler(FileHandler on_drop);

}  // namespace la::web

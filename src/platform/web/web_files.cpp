// Files: download a file, open one through the picker or by dropping it onto the editor.
//
// Reading is asynchronous in the browser: web_bridge.js reads the File and calls back
// la_web_on_file with the request's id (0 for drops); the handler then runs, and a frame follows.
#include "platform/web/web_files.hpp"

#include <emscripten/emscripten.h>

#include <map>
#include <string>
#include <utility>

#include "platform/web/web_frame_schedule.hpp"

extern "C" {
void la_web_download(const char* name, const char* mime, const char* data, int size);
void la_web_open_picker(int id, const char* accept);
}

namespace la::web {
namespace {

struct FilesState {
  int next_id = 1;
  std::map<int, FileHandler> pickers;  // open picker requests by id
  FileHandler on_drop;
};
FilesState g_files;

}  // namespace

void download_file(std::string_view name, std::string_view mime, std::string_view bytes) {
  la_web_download(std::string(name).c_str(), std::string(mime).c_str(), bytes.data(),
                  static_cast<int>(bytes.size()));
}

void open_file_picker(std::string_view accept, FileHandler on_open) {
  const int id = g_files.next_id++;
  g_files.pickers[id] = std::move(on_open);
  la_web_open_picker(id, std::string(accept).c_str());
}

void set_drop_handler(FileHandler on_drop) { g_files.on_drop = std::move(on_drop); }

}  // namespace la::web

extern "C" EMSCRIPTEN_KEEPALIVE void la_web_on_file(int id, const char* name, const char* data,
                                                     int size, const char* error) {
  using namespace la::web;
  OpenedFile file{name, data ? std::string(data, static_cast<size_t>(size)) : std::string(), error};
  if (id == 0) {
    if (g_files.on_drop) g_files.on_drop(file);
  } else {
    auto found = g_files.pickers.find(id);
    if (found == g_files.pickers.end()) return;
    FileHandler handler = std::move(found->second);
    g_files.pickers.erase(found);
    handler(file);
  }
  schedule::after_input();
}

// Parts loaded on first use (web_parts.hpp): requests by id, answered by web_bridge.js through
// la_web_on_part once la_studio.js has the bytes.
#include "platform/web/web_parts.hpp"

#include <emscripten/emscripten.h>

#include <map>
#include <string>
#include <utility>

#include "platform/web/web_frame_schedule.hpp"

extern "C" void la_web_request_part(int id, const char* name);

namespace la::web {
namespace {

struct PartsState {
  int next_id = 1;
  std::map<int, PartHandler> waiting;  // requests not answered yet, by id
};
PartsState g_parts;

}  // namespace

void request_part(std::string_view name, PartHandler on_arrival) {
  const int id = g_parts.next_id++;
  g_parts.waiting[id] = std::move(on_arrival);
  la_web_request_part(id, std::string(name).c_str());
}

}  // namespace la::web

extern "C" EMSCRIPTEN_KEEPALIVE void la_web_on_part(int id, const char* data, int size, const char* error) {
  using namespace la::web;
  auto found = g_parts.waiting.find(id);
  if (found == g_parts.waiting.end()) return;
  PartHandler handler = std::move(found->second);
  g_parts.waiting.erase(found);
  handler(PartBytes{data ? std::string(data, static_cast<size_t>(size)) : std::string(), error ? error : ""});
  schedule::after_input();
}

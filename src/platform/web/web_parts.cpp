// Parts loaded on first use (web_parts.hpp): requests by id, answered by web_bridge.js through
// la_web_on_part once la_studio.js has the bytes (or a code part's answer).
#include "platform/web/web_parts.hpp"

#include <emscripten/emscripten.h>

#include <map>
#include <string>
#include <utility>

#include "platform/web/web_frame_schedule.hpp"

extern "C" {
void la_web_request_part(int id, const char* name);
void la_web_call_part(int id, const char* name, const char* function, const char* input, int size);
}

namespace la::web {
namespace {

struct PartsState {
  int next_id = 1;
  std::map<int, PartHandler> waiting;  // requests not answered yet, by id
};
PartsState g_parts;

int wait_for_answer(PartHandler handler) {
  const int id = g_parts.next_id++;
  g_parts.waiting[id] = std::move(handler);
  return id;
}

}  // namespace

void request_part(std::string_view name, PartHandler on_arrival) {
  la_web_request_part(wait_for_answer(std::move(on_arrival)), std::string(name).c_str());
}

void call_code_part(std::string_view name, std::string_view function, std::string_view input,
                    PartHandler on_answer) {
  la_web_call_part(wait_for_answer(std::move(on_answer)), std::string(name).c_str(),
                   std::string(function).c_str(), input.data(), static_cast<int>(input.size()));
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

// When frames run: after input until the drawing settles, and at timers; never while idle.
//
// No emscripten_set_main_loop: an idle page runs nothing at all. Animation frames are requested
// one at a time (emscripten_request_animation_frame) only while frames are owed, and timers
// (emscripten_set_timeout) only for wakes the UI asked for.
#include "platform/web/web_frame_schedule.hpp"

#include <emscripten/eventloop.h>
#include <emscripten/html5.h>

#include <algorithm>

namespace la::web::schedule {
namespace {

// ImGui settles within a couple of frames of an input (a popup sizes itself on its second frame);
// the frame function extends this while the drawing still changes.
constexpr int kSettleFrames = 2;

struct ScheduleState {
  bool (*frame)() = nullptr;
  int frames_owed = 0;
  bool animation_frame_pending = false;
  bool paused = true;
  bool in_frame = false;
  // One timer at most: every frame asks again for what it needs (caret blink, hover delay, the
  // view's own timers), so only the earliest wake has to be pending.
  bool wake_pending = false;
  double wake_due_ms = 0;
  long wake_timer = 0;
};
ScheduleState g_schedule;

void request_animation_frame();

bool run_frame() {
  ScheduleState& s = g_schedule;
  if (s.paused || !s.frame || s.in_frame) return false;
  s.in_frame = true;
  const bool changing = s.frame();
  s.in_frame = false;
  s.frames_owed = std::max(s.frames_owed - 1, changing ? 1 : 0);
  if (s.frames_owed > 0) request_animation_frame();
  return changing;
}

EM_BOOL on_animation_frame(double, void*) {
  g_schedule.animation_frame_pending = false;
  run_frame();
  return EM_FALSE;  // one frame only; the next is requested when owed
}

void request_animation_frame() {
  ScheduleState& s = g_schedule;
  if (s.animation_frame_pending || s.paused) return;
  s.animation_frame_pending = true;
  emscripten_request_animation_frame(on_animation_frame, nullptr);
}

void on_wake(void*) {
  ScheduleState& s = g_schedule;
  s.wake_pending = false;
  s.frames_owed = std::max(s.frames_owed, 1);
  request_animation_frame();
}

}  // namespace

void set_frame_function(bool (*frame)()) { g_schedule.frame = frame; }

void after_input() {
  g_schedule.frames_owed = std::max(g_schedule.frames_owed, kSettleFrames);
  request_animation_frame();
}

void wake_after(double ms) {
  ScheduleState& s = g_schedule;
  ms = std::max(ms, 0.0);
  const double due = emscripten_get_now() + ms;
  if (s.wake_pending) {
    if (s.wake_due_ms <= due + 1.0) return;  // the earlier wake's frame will ask again
    emscripten_clear_timeout(s.wake_timer);
  }
  s.wake_pending = true;
  s.wake_due_ms = due;
  s.wake_timer = emscripten_set_timeout(on_wake, ms, nullptr);
}

bool frame_now() {
  g_schedule.frames_owed = std::max(g_schedule.frames_owed, kSettleFrames + 1);
  return run_frame();
}

void set_paused(bool paused) {
  ScheduleState& s = g_schedule;
  s.paused = paused;
  if (!paused && s.frames_owed > 0) request_animation_frame();
}

void stop() {
  ScheduleState& s = g_schedule;
  s.paused = true;
  s.frames_owed = 0;
  if (s.wake_pending) emscripten_clear_timeout(s.wake_timer);
  s.wake_pending = false;
}

}  // namespace la::web::schedule

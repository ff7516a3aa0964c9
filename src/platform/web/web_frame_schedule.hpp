// When frames run: after input until the drawing settles, and at timers; never while idle.
#pragma once

namespace la::web::schedule {

// The frame to run. It returns true while the UI is still changing (the drawing differed from the
// previous frame, or ImGui has queued input left), which earns one more frame.
void set_frame_function(bool (*frame)());

// Something changed (input, resize, a file arrived): frames from the next animation frame on,
// at least kSettleFrames of them, then as long as the frame function says the UI changes.
void after_input();
// Wakes one frame after ms milliseconds (caret blink, hover delay, animations). Only the earliest
// wake is kept: whoever needs a later one asks again after each frame.
void wake_after(double ms);
// Runs a frame right now, inside the browser event being handled (so that focusing the textarea
// or answering a copy event happens within the user's gesture), then settles as after_input().
// Returns the frame function's answer (the UI is still changing); false if no frame could run.
bool frame_now();
// While paused (WebGL context lost, not started yet), frames are not run, only remembered.
void set_paused(bool paused);
// For good (the editor is unmounted): no frame is owed, the pending wake is cancelled, and an
// animation frame already requested finds the schedule paused and does nothing.
void stop();

}  // namespace la::web::schedule

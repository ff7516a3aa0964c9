// The canvas the editor draws on: its size in device pixels and the devicePixelRatio.
#pragma once

namespace la::web::canvas {

struct Size {
  int width = 1;     // backing store, device pixels (= ImGui's DisplaySize)
  int height = 1;
  float dpr = 1.0f;  // device pixels per CSS pixel
};

// Binds this instance to the elements LAStudio.mount gave it and starts following the canvas's
// size. False if the module was started without them.
bool attach();
Size size();

}  // namespace la::web::canvas

#version 300 es
// Vertex stage of the ImGui renderer: ImGui's device-pixel positions to clip space.
precision highp float;

uniform vec2 u_framebuffer_size;

layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_color;

out vec2 v_uv;
out vec4 v_color;

void main() {
  v_uv = a_uv;
  v_color = a_color;
  vec2 clip = a_position / u_framebuffer_size * 2.0 - 1.0;
  // ImGui's y axis points down, clip space's up.
  gl_Position = vec4(clip.x, -clip.y, 0.0, 1.0);
}

#version 300 es
// Vertex stage of the ImGui renderer: ImGui's device-pixel positions to clip space.
precision highp float;

uniform vec2 u_framebuffer_size;
// The atlas position of ImGui's white pixel, which every solid shape samples.
uniform vec2 u_white_uv;

layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_uv;
layout(location = 2) in vec4 a_color;

out vec2 v_uv;
out vec4 v_color;
// 1 for a solid shape: the fragment stage then skips the texture, which is most of a pixel's
// cost in a software WebGL (SwiftShader) and free elsewhere.
flat out float v_solid;

void main() {
  v_uv = a_uv;
  v_color = a_color;
  v_solid = a_uv == u_white_uv ? 1.0 : 0.0;
  vec2 clip = a_position / u_framebuffer_size * 2.0 - 1.0;
  // ImGui's y axis points down, clip space's up.
  gl_Position = vec4(clip.x, -clip.y, 0.0, 1.0);
}

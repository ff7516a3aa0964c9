#version 300 es
// Fragment stage of the ImGui renderer: vertex colour times the coverage from the glyph atlas.
precision mediump float;

// One channel (R8) atlas: glyph coverage plus ImGui's white pixel for solid shapes, a quarter of
// the memory of an RGBA atlas.
uniform sampler2D u_atlas;

in vec2 v_uv;
in vec4 v_color;
flat in float v_solid;

out vec4 out_color;

void main() {
  if (v_solid > 0.5) {
    out_color = v_color;  // the white pixel's coverage is 1
  } else {
    out_color = vec4(v_color.rgb, v_color.a * texture(u_atlas, v_uv).r);
  }
}

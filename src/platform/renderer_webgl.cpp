// Dear ImGui's draw lists on WebGL 2, without saving any GL state.
//
// Dear ImGui's OpenGL 3 backend reads back and restores about twenty pieces
// of GL state around every frame, so that it can share a context with other
// renderers. In the browser each read is a synchronous getParameter call:
// profiled while dragging a slider, those reads were over half of a frame's
// CPU time. This app owns its whole context, so state is set each frame and
// never read back.
#include <GLES3/gl3.h>

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "imgui.h"
#include "platform/renderer.hpp"

namespace platform {
namespace {

constexpr const char* kVertexShader = R"(#version 300 es
uniform vec2 u_scale;
uniform vec2 u_translate;
layout (location = 0) in vec2 a_position;
layout (location = 1) in vec2 a_uv;
layout (location = 2) in vec4 a_color;
out vec2 v_uv;
out vec4 v_color;
void main() {
  v_uv = a_uv;
  v_color = a_color;
  gl_Position = vec4(a_position * u_scale + u_translate, 0.0, 1.0);
}
)";

// The only texture is the font atlas, kept as one alpha channel (a quarter
// of the RGBA upload); its white texel draws the untextured shapes.
constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D u_texture;
in vec2 v_uv;
in vec4 v_color;
out vec4 out_color;
void main() {
  out_color = vec4(v_color.rgb, v_color.a * texture(u_texture, v_uv).r);
}
)";

struct Gl {
  GLuint program = 0, vertex_array = 0, vertex_buffer = 0, index_buffer = 0, font_texture = 0;
  GLint scale_location = -1, translate_location = -1, texture_location = -1;
};
Gl g_gl;

GLuint compile(GLenum type, const char* source) {
  const GLuint shader = glCreateShader(type);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  return shader;
}

void set_render_state(const ImDrawData& data) {
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_SCISSOR_TEST);
  glUseProgram(g_gl.program);
  // ImGui's pixels (y down) to clip space (y up).
  const float scale_x = 2.0f / data.DisplaySize.x, scale_y = -2.0f / data.DisplaySize.y;
  glUniform2f(g_gl.scale_location, scale_x, scale_y);
  glUniform2f(g_gl.translate_location, -1.0f - data.DisplayPos.x * scale_x,
              1.0f - data.DisplayPos.y * scale_y);
  glUniform1i(g_gl.texture_location, 0);
  glActiveTexture(GL_TEXTURE0);
  glBindVertexArray(g_gl.vertex_array);
}

// The last frame's draw data, byte for byte, and this frame's. Dear ImGui
// draws a few frames after every input to let hover and layout settle, and
// most of them look exactly like the one before. WebGL keeps showing the last
// presented image while nothing touches the drawing buffer, so such a frame
// is not drawn. On a software rasteriser (no GPU: SwiftShader, some tablets
// and virtual machines) drawing the canvas costs far more than the app's own
// frame; comparing a few hundred kB costs well under a millisecond.
std::vector<unsigned char> g_last_frame, g_this_frame;
// Dear ImGui 1.92 updates textures (a dynamic font atlas) under the same id,
// which this comparison would not see: revisit it before upgrading.
static_assert(IMGUI_VERSION_NUM < 19200, "renderer_frame_unchanged assumes a static font atlas");

template <typename T>
void append_bytes(const T* data, std::size_t count) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(data);
  g_this_frame.insert(g_this_frame.end(), bytes, bytes + count * sizeof(T));
}

}  // namespace

void renderer_init(const char* /*glsl_version: always GLSL ES 3.00 here*/) {
  ImGuiIO& io = ImGui::GetIO();
  io.BackendRendererName = "diazepane_bench_webgl2";
  // No ImGuiBackendFlags_RendererHasVtxOffset: WebGL 2 has no base-vertex
  // draw, so Dear ImGui keeps each draw list within 16-bit indices.
  g_gl.program = glCreateProgram();
  const GLuint vertex = compile(GL_VERTEX_SHADER, kVertexShader);
  const GLuint fragment = compile(GL_FRAGMENT_SHADER, kFragmentShader);
  glAttachShader(g_gl.program, vertex);
  glAttachShader(g_gl.program, fragment);
  glLinkProgram(g_gl.program);
  glDeleteShader(vertex);
  glDeleteShader(fragment);
  g_gl.scale_location = glGetUniformLocation(g_gl.program, "u_scale");
  g_gl.translate_location = glGetUniformLocation(g_gl.program, "u_translate");
  g_gl.texture_location = glGetUniformLocation(g_gl.program, "u_texture");

  glGenVertexArrays(1, &g_gl.vertex_array);
  glGenBuffers(1, &g_gl.vertex_buffer);
  glGenBuffers(1, &g_gl.index_buffer);
  glBindVertexArray(g_gl.vertex_array);
  glBindBuffer(GL_ARRAY_BUFFER, g_gl.vertex_buffer);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g_gl.index_buffer);  // part of the vertex array's state
  const GLsizei stride = sizeof(ImDrawVert);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride,
                        reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
  glBindVertexArray(0);
  // The font atlas comes with the fonts: AppLoop builds them for the screen's
  // pixel ratio and then calls renderer_rebuild_fonts().
}

void renderer_shutdown() {
  glDeleteTextures(1, &g_gl.font_texture);
  glDeleteBuffers(1, &g_gl.vertex_buffer);
  glDeleteBuffers(1, &g_gl.index_buffer);
  glDeleteVertexArrays(1, &g_gl.vertex_array);
  glDeleteProgram(g_gl.program);
  g_gl = Gl{};
  g_last_frame.clear();  // a new context starts blank: the next frame is drawn
  ImGui::GetIO().Fonts->SetTexID(0);
}

void renderer_rebuild_fonts() {
  ImGuiIO& io = ImGui::GetIO();
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
  if (!g_gl.font_texture) glGenTextures(1, &g_gl.font_texture);
  glBindTexture(GL_TEXTURE_2D, g_gl.font_texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(g_gl.font_texture)));
  // The atlas lives on the GPU now; the CPU copy is not needed until the next rebuild.
  io.Fonts->ClearTexData();
  g_last_frame.clear();  // the same draw lists now sample other glyphs
}

void renderer_forget_last_frame() { g_last_frame.clear(); }

bool renderer_frame_unchanged(const ImDrawData* data, const float clear_rgba[4]) {
  g_this_frame.clear();
  append_bytes(clear_rgba, 4);
  append_bytes(&data->DisplayPos, 1);
  append_bytes(&data->DisplaySize, 1);
  append_bytes(&data->FramebufferScale, 1);
  for (int n = 0; n < data->CmdListsCount; ++n) {
    const ImDrawList* list = data->CmdLists[n];
    const int sizes[3] = {list->VtxBuffer.Size, list->IdxBuffer.Size, list->CmdBuffer.Size};
    append_bytes(sizes, 3);
    append_bytes(list->VtxBuffer.Data, static_cast<std::size_t>(list->VtxBuffer.Size));
    append_bytes(list->IdxBuffer.Data, static_cast<std::size_t>(list->IdxBuffer.Size));
    for (const ImDrawCmd& cmd : list->CmdBuffer) {  // field by field: the struct has padding
      append_bytes(&cmd.ClipRect, 1);
      append_bytes(&cmd.TextureId, 1);
      append_bytes(&cmd.VtxOffset, 1);
      append_bytes(&cmd.IdxOffset, 1);
      append_bytes(&cmd.ElemCount, 1);
      append_bytes(&cmd.UserCallback, 1);
      append_bytes(&cmd.UserCallbackData, 1);
    }
  }
  const bool unchanged = g_this_frame == g_last_frame;
  std::swap(g_this_frame, g_last_frame);
  return unchanged;
}

void renderer_new_frame() {}

void renderer_draw(ImDrawData* data) {
  const float framebuffer_w = data->DisplaySize.x * data->FramebufferScale.x;
  const float framebuffer_h = data->DisplaySize.y * data->FramebufferScale.y;
  if (framebuffer_w <= 0 || framebuffer_h <= 0) return;
  set_render_state(*data);
  const ImVec2 origin = data->DisplayPos, scale = data->FramebufferScale;
  for (int list_index = 0; list_index < data->CmdListsCount; ++list_index) {
    const ImDrawList* list = data->CmdLists[list_index];
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->VtxBuffer.Size) * sizeof(ImDrawVert),
                 list->VtxBuffer.Data, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->IdxBuffer.Size) * sizeof(ImDrawIdx),
                 list->IdxBuffer.Data, GL_STREAM_DRAW);
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback) {
        if (cmd.UserCallback == ImDrawCallback_ResetRenderState) {
          set_render_state(*data);
        } else {
          cmd.UserCallback(list, &cmd);
        }
        continue;
      }
      const float min_x = (cmd.ClipRect.x - origin.x) * scale.x,
                  min_y = (cmd.ClipRect.y - origin.y) * scale.y;
      const float max_x = (cmd.ClipRect.z - origin.x) * scale.x,
                  max_y = (cmd.ClipRect.w - origin.y) * scale.y;
      if (max_x <= min_x || max_y <= min_y) continue;
      glScissor(static_cast<GLint>(min_x), static_cast<GLint>(framebuffer_h - max_y),
                static_cast<GLsizei>(max_x - min_x), static_cast<GLsizei>(max_y - min_y));
      glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<intptr_t>(cmd.GetTexID())));
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount),
                     sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                     reinterpret_cast<void*>(static_cast<intptr_t>(cmd.IdxOffset * sizeof(ImDrawIdx))));
    }
  }
  // glClear obeys the scissor test: leave it off for the next frame's clear.
  glDisable(GL_SCISSOR_TEST);
  glBindVertexArray(0);
}

}  // namespace platform

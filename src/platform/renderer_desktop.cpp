#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "platform/renderer.hpp"

namespace platform {

void renderer_init(const char* glsl_version) { ImGui_ImplOpenGL3_Init(glsl_version); }
void renderer_shutdown() { ImGui_ImplOpenGL3_Shutdown(); }
void renderer_rebuild_fonts() {
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}
void renderer_new_frame() { ImGui_ImplOpenGL3_NewFrame(); }
void renderer_draw(ImDrawData* draw_data) { ImGui_ImplOpenGL3_RenderDrawData(draw_data); }
bool renderer_frame_unchanged(const ImDrawData* /*draw_data*/, const float /*clear_rgba*/[4]) {
  return false;
}
void renderer_forget_last_frame() {}

}  // namespace platform

// Draws Dear ImGui's output. The browser build has its own WebGL 2 renderer
// (renderer_webgl.cpp); the desktop build uses Dear ImGui's OpenGL 3 backend
// (renderer_desktop.cpp).
#pragma once

struct ImDrawData;

namespace platform {

void renderer_init(const char* glsl_version);
void renderer_shutdown();
// Uploads the font atlas again after the fonts were rebuilt (scale, HiDPI).
void renderer_rebuild_fonts();
void renderer_new_frame();
void renderer_draw(ImDrawData* draw_data);

}  // namespace platform

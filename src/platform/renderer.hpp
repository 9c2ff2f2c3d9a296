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
// True when this frame would draw exactly what the last call saw (the same
// draw lists, clear colour and canvas size, and no font or context change
// since): the frame need not be drawn. Always false on the desktop, where an
// uncovered window must be drawn again whatever the frame holds.
bool renderer_frame_unchanged(const ImDrawData* draw_data, const float clear_rgba[4]);
// The canvas was blanked (resized): the next frame is drawn whatever it holds.
void renderer_forget_last_frame();

}  // namespace platform

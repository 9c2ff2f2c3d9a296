// The baseline for scripts/bench: the smallest Dear ImGui + SDL2 + WebGL2 page
// (one window, ImGui's built-in font, one slider), linked with the app's own
// flags, so the app's size, start-up time and slider-drag frame time can be
// read against what the toolkit costs on the same machine: machines differ up
// to 2.5x in speed, a ratio to this page much less.
#include <GLES3/gl3.h>
#include <SDL.h>
#include <emscripten/emscripten.h>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"

// The slider's rectangle (CSS px) for the bench to drag, and each frame's time.
// clang-format off
EM_JS(void, report_frame, (double x, double y, double width, double height, double frame_ms), {
  window.bareSlider = {x: x, y: y, width: width, height: height};
  (window.bareFrameCpuMs = window.bareFrameCpuMs || []).push(frame_ms);
  if (window.bareFrameCpuMs.length > 4000) window.bareFrameCpuMs.splice(0, 2000);
});
// clang-format on

namespace {

SDL_Window* g_window = nullptr;
bool g_first_frame_reported = false;
float g_slider_value = 0.5f;

void frame() {
  // Measured as the app's frames are (platform/web_main.cpp): events, the
  // ImGui frame and its draw calls.
  const double start_ms = emscripten_get_now();
  SDL_Event event;
  while (SDL_PollEvent(&event)) ImGui_ImplSDL2_ProcessEvent(&event);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  ImGui::Begin("Bare page");
  ImGui::TextUnformatted("Dear ImGui + SDL2 + WebGL2");
  ImGui::Button("A button");
  ImGui::SliderFloat("A slider", &g_slider_value, 0.0f, 1.0f);
  const ImVec2 slider_min = ImGui::GetItemRectMin(), slider_max = ImGui::GetItemRectMax();
  ImGui::End();
  ImGui::Render();
  int width = 0, height = 0;
  SDL_GL_GetDrawableSize(g_window, &width, &height);
  glViewport(0, 0, width, height);
  glClearColor(0.95f, 0.95f, 0.95f, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  SDL_GL_SwapWindow(g_window);
  const double frame_ms = emscripten_get_now() - start_ms;
  if (!g_first_frame_reported) {
    g_first_frame_reported = true;
    EM_ASM({ window.bareFirstFrameMs = performance.now(); });
  }
  report_frame(slider_min.x, slider_min.y, slider_max.x - slider_min.x, slider_max.y - slider_min.y,
               frame_ms);
}

}  // namespace

int main(int, char**) {
  if (SDL_Init(SDL_INIT_VIDEO) != 0) return 1;
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  g_window = SDL_CreateWindow("Bare ImGui page", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, 1280, 800,
                              SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  SDL_GLContext context = g_window ? SDL_GL_CreateContext(g_window) : nullptr;
  if (!context) return 1;
  SDL_GL_MakeCurrent(g_window, context);
  ImGui::CreateContext();
  ImGui_ImplSDL2_InitForOpenGL(g_window, context);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  emscripten_set_main_loop(frame, 0, false);
  return 0;
}

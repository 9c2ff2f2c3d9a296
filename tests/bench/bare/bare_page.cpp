// The baseline for scripts/bench: the smallest Dear ImGui + SDL2 + WebGL2 page
// (one window, ImGui's built-in font), linked with the app's own flags, so the
// app's size and start-up time can be read against what the toolkit costs.
#include <GLES3/gl3.h>
#include <SDL.h>
#include <emscripten/emscripten.h>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"

namespace {

SDL_Window* g_window = nullptr;
bool g_first_frame_reported = false;

void frame() {
  SDL_Event event;
  while (SDL_PollEvent(&event)) ImGui_ImplSDL2_ProcessEvent(&event);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  ImGui::Begin("Bare page");
  ImGui::TextUnformatted("Dear ImGui + SDL2 + WebGL2");
  ImGui::Button("A button");
  ImGui::End();
  ImGui::Render();
  int width = 0, height = 0;
  SDL_GL_GetDrawableSize(g_window, &width, &height);
  glViewport(0, 0, width, height);
  glClearColor(0.95f, 0.95f, 0.95f, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  SDL_GL_SwapWindow(g_window);
  if (!g_first_frame_reported) {
    g_first_frame_reported = true;
    EM_ASM({ window.bareFirstFrameMs = performance.now(); });
  }
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

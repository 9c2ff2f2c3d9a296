// Desktop build (SDL2 + OpenGL 3) of the same views, for development and
// screenshots. It sleeps in SDL_WaitEvent while nothing changes.
#include <SDL.h>

#include <cstdio>
#include <cstdlib>

#include "platform/app_loop.hpp"
#include "platform/desktop_host.hpp"

int main(int, char**) {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    std::fprintf(stderr, "SDL_Init failed: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_Window* window =
      SDL_CreateWindow("Diazepane Bench", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 820,
                       SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  if (!window) {
    std::fprintf(stderr, "SDL_CreateWindow failed: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GLContext gl_context = SDL_GL_CreateContext(window);
  if (!gl_context) {
    std::fprintf(stderr, "No OpenGL 3.2 context: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_MakeCurrent(window, gl_context);
  SDL_GL_SetSwapInterval(1);
  {
    platform::DesktopHost host;
    platform::AppLoop loop(window, "#version 150", host);
    // DZB_EXIT_AFTER_FRAMES=N: draw N frames and quit (smoke test under Xvfb).
    const char* exit_after = std::getenv("DZB_EXIT_AFTER_FRAMES");
    int frames_left = exit_after ? std::atoi(exit_after) : -1;
    if (frames_left > 0) loop.request_frames(frames_left);
    bool running = true;
    while (running && frames_left != 0) {
      SDL_Event event;
      // Block while idle; wake at least every 100 ms for timed notes ("Copied").
      if (!loop.wants_frames() && SDL_WaitEventTimeout(&event, 100)) running = loop.handle_event(event);
      while (running && SDL_PollEvent(&event)) running = loop.handle_event(event);
      if (loop.render_if_needed() && frames_left > 0) --frames_left;
    }
  }
  SDL_GL_DeleteContext(gl_context);
  SDL_DestroyWindow(window);
  SDL_Quit();
  return 0;
}

// Browser entry point: SDL2 + WebGL2 on the page's #canvas, driven by
// requestAnimationFrame. A frame with no input draws nothing.
#include <SDL.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <cstdio>

#include "imgui.h"
#include "platform/app_loop.hpp"
#include "platform/page_bridge.hpp"
#include "platform/renderer.hpp"
#include "platform/web_host.hpp"
#include "ui/touch_scroll.hpp"

namespace {

platform::AppLoop* g_loop = nullptr;
bool g_reported_settling = true;  // the page's dzb.settling, as last reported
constexpr const char* kPageTitle = "Diazepane Bench — the numbers behind 1,4-diazepane synthesis";

void run_frame() {
  const double start_ms = emscripten_get_now();
  if (platform::page::ask_flag("context-restored")) g_loop->restore_graphics();
  // The canvas may have lost its image (a resize, a page shown again): draw
  // the next frames whatever they hold.
  if (platform::page::ask_flag("canvas-dirty")) {
    platform::renderer_forget_last_frame();
    g_loop->wake();
  }
  // Before SDL's events of the same gestures: the fling reads them on the lift.
  for (const auto& sample : platform::WebHost::take_touch_samples()) {
    if (sample.kind == 0) ui::touch_scroll_note_press(sample.time_s, sample.y_px);
    if (sample.kind == 1) ui::touch_scroll_note_motion(sample.time_s, sample.y_px);
    if (sample.kind == 2) ui::touch_scroll_note_lift(sample.time_s);
  }
  SDL_Event event;
  while (SDL_PollEvent(&event)) g_loop->handle_event(event);
  const std::string soft_keys = platform::WebHost::take_soft_keyboard_input();
  if (!soft_keys.empty()) g_loop->feed_soft_keyboard(soft_keys);
  if (platform::WebHost::has_control_commands()) g_loop->wake();
  if (g_loop->render_if_needed()) {
    g_reported_settling = g_loop->wants_frames();
    platform::WebHost::frame_rendered(emscripten_get_now() - start_ms, g_reported_settling,
                                      g_loop->last_frame_drawn());
  } else if (g_reported_settling) {
    // The last frame still wanted more (an animation's deadline), and none
    // came: the layout has settled all the same.
    g_reported_settling = false;
    platform::WebHost::settled();
  }
}

}  // namespace

int main(int, char**) {
  // Keys go to the canvas only when it has focus, so the rest of the page
  // (and the page around an embedding iframe) keeps its keyboard.
  SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0) {
    platform::page::post_record("fail", {SDL_GetError()});
    return 1;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  double css_width = 0, css_height = 0;
  emscripten_get_element_css_size("#canvas", &css_width, &css_height);
  // The canvas is sized by CSS; SDL follows it and scales by devicePixelRatio.
  // SDL copies the window title into document.title.
  SDL_Window* window = SDL_CreateWindow(kPageTitle, SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED,
                                        static_cast<int>(css_width), static_cast<int>(css_height),
                                        SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  SDL_GLContext gl_context = window ? SDL_GL_CreateContext(window) : nullptr;
  if (!gl_context) {
    platform::page::post_record("fail", {"WebGL 2 could not be started in this browser."});
    return 1;
  }
  SDL_GL_MakeCurrent(window, gl_context);
  static platform::WebHost host;
  static platform::AppLoop loop(window, "#version 300 es", host);
  g_loop = &loop;
  loop.take_touch_times_from_page();
  // SDL's web backend has no system clipboard. Copying from a field (Ctrl+C)
  // goes to the browser's clipboard through the host; pasting arrives as the
  // page's paste event (web/js/soft_keyboard.js), so ImGui's own paste yields nothing
  // rather than a stale internal copy.
  ImGuiIO& io = ImGui::GetIO();
  io.ClipboardUserData = &host;
  io.SetClipboardTextFn = [](void* user_data, const char* text) {
    static_cast<platform::WebHost*>(user_data)->copy_text(text);
  };
  io.GetClipboardTextFn = [](void*) -> const char* { return ""; };
  emscripten_set_main_loop(run_frame, 0, false);
  return 0;
}

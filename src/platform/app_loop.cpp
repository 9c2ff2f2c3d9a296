#include "platform/app_loop.hpp"

#include <SDL_opengl.h>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"
#include "imgui_internal.h"
#include "ui/app_ui.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"

namespace platform {
namespace {

double wall_seconds() {
  return static_cast<double>(SDL_GetTicks64()) / 1000.0;
}

}  // namespace

AppLoop::AppLoop(SDL_Window* window, const char* glsl_version, ui::Host& host) : window_(window), ui_(host) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // state lives in the app, not in an imgui.ini
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigInputTextCursorBlink = false;  // a blinking cursor would keep the page awake
  ImGui_ImplSDL2_InitForOpenGL(window, SDL_GL_GetCurrentContext());
  ImGui_ImplOpenGL3_Init(glsl_version);
  ui::apply_theme(state_.theme);
  update_pixel_ratio();
}

AppLoop::~AppLoop() {
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
}

bool AppLoop::handle_event(const SDL_Event& event) {
  ImGui_ImplSDL2_ProcessEvent(&event);
  request_frames(3);
  return event.type != SDL_QUIT;
}

void AppLoop::request_frames(int count) {
  if (frames_pending_ < count) frames_pending_ = count;
}

bool AppLoop::wants_frames() const {
  const double imgui_now = last_frame_imgui_s_ + (wall_seconds() - last_frame_wall_s_);
  // Dear ImGui spreads a burst of input (click, keys, text) over several
  // frames; stopping while its queue holds events would drop keystrokes.
  const bool input_queued = ImGui::GetCurrentContext()->InputEventsQueue.Size > 0;
  return frames_pending_ > 0 || input_queued || imgui_now < ui_.animation_deadline();
}

void AppLoop::update_pixel_ratio() {
  int window_w = 0, window_h = 0, drawable_w = 0, drawable_h = 0;
  SDL_GetWindowSize(window_, &window_w, &window_h);
  SDL_GL_GetDrawableSize(window_, &drawable_w, &drawable_h);
  const float ratio = window_w > 0 ? static_cast<float>(drawable_w) / static_cast<float>(window_w) : 1.0f;
  if (ratio == pixel_ratio_ || ratio <= 0) return;
  // Rasterise glyphs at device pixels so text stays crisp on HiDPI screens.
  pixel_ratio_ = ratio;
  ui_.fonts = ui::load_fonts(ratio);
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

bool AppLoop::render_if_needed() {
  if (!wants_frames()) return false;
  if (frames_pending_ > 0) --frames_pending_;
  update_pixel_ratio();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  ui_.begin_frame();
  const app::Theme theme_before = state_.theme;
  ui::draw_app(state_, session_, ui_);
  ui_.end_frame();
  if (state_.theme != theme_before) request_frames(2);
  ImGui::Render();
  ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(clear.x, clear.y, clear.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  SDL_GL_SwapWindow(window_);
  last_frame_wall_s_ = wall_seconds();
  last_frame_imgui_s_ = ImGui::GetTime();
  return true;
}

}  // namespace platform

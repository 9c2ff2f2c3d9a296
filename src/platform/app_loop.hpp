// The frame loop shared by the browser and the desktop: feeds SDL events to
// Dear ImGui and draws only when something changed (idle means idle).
#pragma once

#include <SDL.h>

struct ImDrawData;

#include <string>
#include <vector>

#include "app/app_state.hpp"
#include "ui/ui_context.hpp"

namespace platform {

class AppLoop {
 public:
  AppLoop(SDL_Window* window, const char* glsl_version, ui::Host& host);
  ~AppLoop();
  AppLoop(const AppLoop&) = delete;
  AppLoop& operator=(const AppLoop&) = delete;

  // Returns false when the user asked to quit.
  bool handle_event(const SDL_Event& event);
  // Draws a frame when input, an animation or a resize asks for one.
  // Returns true when a frame was drawn.
  bool render_if_needed();
  void request_frames(int count);
  // Text from a soft keyboard that reaches the page outside SDL ("\b" is
  // backspace, "\n" enter).
  void feed_soft_keyboard(const std::string& text);
  // The page reports a finger's moves with the DOM events' own times (see
  // web_main.cpp): SDL's timestamps are taken when a handler runs, and
  // handlers delayed by a slow frame run in a burst within a millisecond.
  void take_touch_times_from_page() { touch_times_from_page_ = true; }
  // Something outside the canvas (the accessible form) wants the app to act.
  void wake() { request_frames(3); }
  bool wants_frames() const;
  // False when the last frame looked exactly like the one before and was not
  // drawn again (the canvas still shows it).
  bool last_frame_drawn() const { return last_frame_drawn_; }
  app::AppState& state() { return state_; }
  // The graphics context came back after the browser took it away (memory
  // pressure on tablets): every GL object is new, the app state is untouched.
  void restore_graphics();

 private:
  bool touch_times_from_page_ = false;
  bool last_frame_drawn_ = false;
  void update_pixel_ratio();
  bool dispatch_event(const SDL_Event& event);  // handle_event, also for input held back a frame
  void save_capture(const ui::AfterFrame::Capture& capture);
  void redraw_without_foreground(ImDrawData* data);

  SDL_Window* window_;
  const char* glsl_version_;
  ui::UiContext ui_;
  app::AppState state_;
  app::AppSession session_;
  float pixel_ratio_ = 0;
  float font_scale_ = 0;  // UI scale the fonts were built for
  // Dear ImGui settles over a few frames after an input (hover, release).
  int frames_pending_ = 3;
  double last_frame_imgui_s_ = 0;
  bool pointer_moved_this_frame_ = false;
  static constexpr int kMaxLayoutFrames = 6;
  // Dear ImGui's tooltip delay (HoverDelayShort 0.15 s + stationary 0.15 s) and some.
  static constexpr double kHoverSettleSeconds = 0.5;
  double hover_frames_until_s_ = 0;
  int layout_frames_in_a_row_ = 0;
  std::vector<SDL_Event> deferred_events_;  // input held back to the next frame
  std::string held_soft_text_;              // text typed behind that input
};

}  // namespace platform

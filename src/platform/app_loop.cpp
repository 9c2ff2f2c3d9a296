#include "platform/app_loop.hpp"

#include <SDL_opengl.h>

#include <algorithm>
#include <cfloat>
#include <vector>

#include "imgui.h"
#include "imgui_impl_sdl2.h"
#include "imgui_internal.h"
#include "platform/renderer.hpp"
#include "ui/app_ui.hpp"
#include "ui/fonts.hpp"
#include "ui/persistence.hpp"
#include "ui/theme.hpp"
#include "ui/touch_scroll.hpp"

namespace platform {
namespace {

double wall_seconds() { return static_cast<double>(SDL_GetTicks64()) / 1000.0; }

}  // namespace

AppLoop::AppLoop(SDL_Window* window, const char* glsl_version, ui::Host& host)
    : window_(window), glsl_version_(glsl_version), ui_(host) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // state lives in the app, not in an imgui.ini
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigInputTextCursorBlink = false;  // a blinking cursor would keep the page awake
  ImGui_ImplSDL2_InitForOpenGL(window, SDL_GL_GetCurrentContext());
  renderer_init(glsl_version);
  ui::restore_state(state_, session_, host);
  ui::apply_theme(state_.theme, state_.ui_scale_percent / 100.0f);
  update_pixel_ratio();
}

AppLoop::~AppLoop() {
  renderer_shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
}

bool AppLoop::handle_event(const SDL_Event& event) {
  // A finger's events, with the times they happened, for the fling's speed.
  if (touch_times_from_page_) return dispatch_event(event);
  const double event_s = event.common.timestamp / 1000.0;
  if (event.type == SDL_MOUSEBUTTONDOWN && event.button.which == SDL_TOUCH_MOUSEID)
    ui::touch_scroll_note_press(event_s, static_cast<float>(event.button.y));
  if (event.type == SDL_MOUSEMOTION && event.motion.which == SDL_TOUCH_MOUSEID)
    ui::touch_scroll_note_motion(event_s, static_cast<float>(event.motion.y));
  if (event.type == SDL_MOUSEBUTTONUP && event.button.which == SDL_TOUCH_MOUSEID)
    ui::touch_scroll_note_lift(event_s);
  return dispatch_event(event);
}

bool AppLoop::dispatch_event(const SDL_Event& event) {
  request_frames(3);
  // A window shown, uncovered or given back may have lost its image (a
  // browser may drop a background tab's canvas without losing the context):
  // draw the next frame even if it looks like the last.
  if (event.type == SDL_WINDOWEVENT &&
      (event.window.event == SDL_WINDOWEVENT_SHOWN || event.window.event == SDL_WINDOWEVENT_EXPOSED ||
       event.window.event == SDL_WINDOWEVENT_RESTORED || event.window.event == SDL_WINDOWEVENT_FOCUS_GAINED))
    renderer_forget_last_frame();
  // A tap (or a synthetic click) moves the pointer and presses in one go.
  // Dear ImGui would see both in one frame, and widgets that need a hovered
  // frame first (tabs) would miss the press: hold the press, and everything
  // after it, for the next frame.
  const bool is_press = event.type == SDL_MOUSEBUTTONDOWN;
  if (!deferred_events_.empty() || (is_press && pointer_moved_this_frame_)) {
    deferred_events_.push_back(event);
    return event.type != SDL_QUIT;
  }
  if (event.type == SDL_MOUSEMOTION) pointer_moved_this_frame_ = true;
  // A mouse that comes to rest over something may earn it a tooltip after
  // Dear ImGui's hover delay: keep drawing a moment after the last move so
  // that the delay can pass on screen (then idle again).
  if (event.type == SDL_MOUSEMOTION && event.motion.which != SDL_TOUCH_MOUSEID)
    hover_frames_until_s_ = wall_seconds() + kHoverSettleSeconds;
  const bool touch_press = event.type == SDL_MOUSEBUTTONDOWN && event.button.which == SDL_TOUCH_MOUSEID;
  if (touch_press) {
    // A finger is where it presses, even when SDL sends no motion for it (a
    // second tap on the same spot): the pointer was taken away at the last lift.
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(static_cast<float>(event.button.x), static_cast<float>(event.button.y));
  }
  ImGui_ImplSDL2_ProcessEvent(&event);
  if (event.type == SDL_MOUSEBUTTONUP && event.button.which == SDL_TOUCH_MOUSEID) {
    // A lifted finger hovers nothing: no tooltip or hover highlight stays
    // behind after a tap (a mouse pointer stays where it is, a finger does not).
    ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  }
  return event.type != SDL_QUIT;
}

void AppLoop::feed_soft_keyboard(const std::string& text) {
  // Behind input held back for the next frame (a click that moves the
  // caret, then Ctrl+A), typed text waits its turn: keys and text stay in
  // the order they were typed.
  if (!deferred_events_.empty()) {
    held_soft_text_ += text;
    request_frames(3);
    return;
  }
  ImGuiIO& io = ImGui::GetIO();
  std::string run;
  auto flush = [&] {
    if (!run.empty()) io.AddInputCharactersUTF8(run.c_str());
    run.clear();
  };
  for (char c : text) {
    if (c == '\b' || c == '\n') {
      flush();
      const ImGuiKey key = c == '\b' ? ImGuiKey_Backspace : ImGuiKey_Enter;
      io.AddKeyEvent(key, true);
      io.AddKeyEvent(key, false);
    } else {
      run += c;
    }
  }
  flush();
  request_frames(3);
}

void AppLoop::restore_graphics() {
  renderer_shutdown();  // the old objects died with the context; forget them
  renderer_init(glsl_version_);
  renderer_rebuild_fonts();
  request_frames(3);
}

void AppLoop::request_frames(int count) {
  if (frames_pending_ < count) frames_pending_ = count;
}

bool AppLoop::wants_frames() const {
  // Dear ImGui spreads a burst of input (click, keys, text) over several
  // frames; stopping while its queue holds events would drop keystrokes.
  const bool input_queued = ImGui::GetCurrentContext()->InputEventsQueue.Size > 0;
  // An animation's last frame is one drawn at or after its deadline (the
  // frame where "✓ Copied" turns back): with slow frames, stopping once the
  // clock passes the deadline could leave the last frame drawn before it.
  return frames_pending_ > 0 || input_queued || !deferred_events_.empty() || !held_soft_text_.empty() ||
         wall_seconds() < hover_frames_until_s_ || last_frame_imgui_s_ < ui_.frames.animation_deadline();
}

void AppLoop::update_pixel_ratio() {
  int window_w = 0, window_h = 0, drawable_w = 0, drawable_h = 0;
  SDL_GetWindowSize(window_, &window_w, &window_h);
  SDL_GL_GetDrawableSize(window_, &drawable_w, &drawable_h);
  const float ratio = window_w > 0 ? static_cast<float>(drawable_w) / static_cast<float>(window_w) : 1.0f;
  const float scale = state_.ui_scale_percent / 100.0f;
  if ((ratio == pixel_ratio_ && scale == font_scale_) || ratio <= 0) return;
  // Rasterise glyphs at device pixels so text stays crisp on HiDPI screens.
  pixel_ratio_ = ratio;
  font_scale_ = scale;
  ui_.fonts = ui::load_fonts(ratio, scale);
  ui::apply_theme(state_.theme, scale);
  renderer_rebuild_fonts();
}

// Reads the region back from the frame just drawn (before the swap, while
// the WebGL drawing buffer is still valid) and offers it as a PNG file.
void AppLoop::save_capture(const ui::AfterFrame::Capture& capture) {
  const ImGuiIO& io = ImGui::GetIO();
  const float scale = io.DisplayFramebufferScale.x;
  const int framebuffer_height = static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y);
  const int x = static_cast<int>(capture.x * scale), width = static_cast<int>(capture.width * scale);
  const int height = static_cast<int>(capture.height * scale);
  const int y = framebuffer_height - static_cast<int>((capture.y + capture.height) * scale);
  if (width <= 0 || height <= 0) return;
  std::vector<uint8_t> pixels(static_cast<size_t>(width) * height * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(x, y, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  // OpenGL rows run bottom to top; PNG rows top to bottom. Drop alpha too:
  // the canvas is opaque, the read-back alpha is not meaningful.
  std::vector<uint8_t> top_down(pixels.size());
  const size_t row = static_cast<size_t>(width) * 4;
  for (int r = 0; r < height; ++r) {
    std::copy_n(pixels.begin() + static_cast<long>(row * (height - 1 - r)), row,
                top_down.begin() + static_cast<long>(row * r));
  }
  for (size_t i = 3; i < top_down.size(); i += 4) top_down[i] = 255;
  ui_.host().save_png(capture.filename, top_down, width, height);
}

// The legend and parameters of an exported plot are drawn, for the image
// only, on the foreground list over the page below the plot: draw the frame
// again without them before it is shown, so the screen never flashes.
void AppLoop::redraw_without_foreground(ImDrawData* data) {
  if (data->CmdListsCount == 0 || data->CmdLists.back() != ImGui::GetForegroundDrawList()) return;
  ImDrawList* overlay = data->CmdLists.back();
  data->CmdLists.pop_back();
  --data->CmdListsCount;
  glClear(GL_COLOR_BUFFER_BIT);
  renderer_draw(data);
  data->CmdLists.push_back(overlay);
  ++data->CmdListsCount;
}

bool AppLoop::render_if_needed() {
  if (!wants_frames()) return false;
  if (frames_pending_ > 0) --frames_pending_;
  update_pixel_ratio();
  renderer_new_frame();
  ImGui_ImplSDL2_NewFrame();
  const bool consumed_input = ImGui::GetCurrentContext()->InputEventsQueue.Size > 0;
  ImGui::NewFrame();
  // Effects of an input can take a couple of frames (a tab selected on one
  // frame is drawn on the next): keep drawing a few frames after the last
  // queued event was consumed, not after it arrived.
  if (consumed_input) request_frames(3);
  ui_.begin_frame();
  ui::touch_scroll_new_frame(ui_);
  const app::Theme theme_before = state_.theme;
  ui_.text_fields.keypad_on = state_.keypad_on;
  ui::draw_app(state_, session_, ui_);
  ui_.end_frame();
  if (ui_.frames.take_next_frame_request()) request_frames(1);
  // A layout still moving gets another frame, a few at most: an oscillating
  // layout (a scrollbar that comes and goes) must not keep the page awake.
  layout_frames_in_a_row_ = ui_.tags.layout_moved() ? layout_frames_in_a_row_ + 1 : 0;
  if (ui_.tags.layout_moved() && layout_frames_in_a_row_ <= kMaxLayoutFrames) request_frames(1);
  ui::persist_state_if_changed(state_, session_, ui_.host());
  if (state_.theme != theme_before) request_frames(2);
  ImGui::Render();
  ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  const float clear_rgba[4] = {clear.x, clear.y, clear.z, 1.0f};
  const bool pixels_read = ui_.after_frame.take_pixels_read();
  const bool unchanged = renderer_frame_unchanged(ImGui::GetDrawData(), clear_rgba);  // keeps this frame
  last_frame_drawn_ = !unchanged || pixels_read;
  if (last_frame_drawn_) {
    glClearColor(clear_rgba[0], clear_rgba[1], clear_rgba[2], clear_rgba[3]);
    glClear(GL_COLOR_BUFFER_BIT);
    renderer_draw(ImGui::GetDrawData());
    if (auto capture = ui_.after_frame.take_capture()) {
      save_capture(*capture);
      redraw_without_foreground(ImGui::GetDrawData());
    }
    SDL_GL_SwapWindow(window_);
  }
  last_frame_imgui_s_ = ImGui::GetTime();
  // The frame that saw the pointer move is done: now the held input goes in.
  pointer_moved_this_frame_ = false;
  std::vector<SDL_Event> held;
  held.swap(deferred_events_);
  for (const SDL_Event& event : held) dispatch_event(event);
  if (!held_soft_text_.empty()) {
    std::string text;
    text.swap(held_soft_text_);
    feed_soft_keyboard(text);
  }
  return true;
}

}  // namespace platform

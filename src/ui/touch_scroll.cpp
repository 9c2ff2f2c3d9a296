#include "ui/touch_scroll.hpp"

#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/theme.hpp"
#include "ui/ui_context.hpp"

namespace ui {
namespace {

// Movement (CSS px) before a touch counts as a gesture rather than a tap:
// about a fingertip's wobble, as on mobile platforms (Android's touch slop is 8 dp).
constexpr float kTouchSlopPx = 10.0f;
// A fling decays like exp(-t / tau); 0.35 s feels like the platforms' own.
constexpr float kFlingDecaySeconds = 0.35f;
constexpr float kFlingStopPxPerS = 30.0f;
// A finger that rested this long (or two of its move intervals, if longer)
// before lifting does not fling.
constexpr double kFlingMaxRestSeconds = 0.1;
// The fling's speed is the finger's over its last moves within this window
// (event times, not frame times: a slow frame must not change the answer).
constexpr double kVelocityWindowSeconds = 0.1;
constexpr int kMotionSamples = 8;
// A held pointer that has not moved for this long is resting, not dragging.
constexpr double kDragRestSeconds = 0.15;
double g_pointer_moved_at_s = -1;
bool g_pointer_moved_last_frame = false;

struct MotionSample {
  double time_s = 0;
  float y_px = 0;
};

enum class Phase { idle, pending, scrolling, widget_drag, fling };

struct Gesture {
  Phase phase = Phase::idle;
  ImGuiID window_id = 0;   // the window that scrolls
  ImVec2 start;            // where the finger went down
  ImGuiID claimed_id = 0;  // a slider or plot that grabbed the touch
  ImGuiID cancelled_id = 0;
  float velocity_px_per_s = 0;  // of the content, positive = scrolling down
  bool touch_seen = false;      // a touch screen is in use: wider scrollbars
  // The finger's recent moves and its lift, as the platform saw the events.
  MotionSample samples[kMotionSamples];
  int sample_count = 0;
  double lift_time_s = -1;
};

Gesture g_gesture;

// The nearest window under the finger that can scroll vertically.
ImGuiWindow* scrollable_window_at_pointer() {
  for (ImGuiWindow* window = GImGui->HoveredWindow; window; window = window->ParentWindow) {
    if (window->ScrollMax.y > 0) return window;
    if (window->Flags & ImGuiWindowFlags_Popup) break;  // a popup does not scroll what lies under it
  }
  return nullptr;
}

// Scrolls by `dy` px of content; false at either end (a fling stops there).
bool scroll_by(float dy) {
  ImGuiWindow* window = ImGui::FindWindowByID(g_gesture.window_id);
  if (!window) return false;
  const float target = ImClamp(window->Scroll.y + dy, 0.0f, window->ScrollMax.y);
  ImGui::SetScrollY(window, target);
  return target > 0 && target < window->ScrollMax.y;
}

// Content speed (px/s, positive = scrolling down) at the lift; 0 when the
// finger rested before it lifted.
float fling_velocity() {
  const int count = std::min(g_gesture.sample_count, kMotionSamples);
  if (count < 2) return 0;
  const MotionSample& last = g_gesture.samples[(g_gesture.sample_count - 1) % kMotionSamples];
  // Resting means no move for clearly longer than the finger's own cadence:
  // events come 8–16 ms apart on a phone, but only once a frame on a
  // device (or an emulator) that draws slowly.
  const MotionSample& before_last = g_gesture.samples[(g_gesture.sample_count - 2) % kMotionSamples];
  const double cadence_s = last.time_s - before_last.time_s;
  if (g_gesture.lift_time_s - last.time_s > std::max(kFlingMaxRestSeconds, 2 * cadence_s)) return 0;
  const MotionSample* first = &last;
  for (int back = 1; back < count; ++back) {
    const MotionSample& sample = g_gesture.samples[(g_gesture.sample_count - 1 - back) % kMotionSamples];
    first = &sample;
    if (last.time_s - sample.time_s >= kVelocityWindowSeconds) break;
  }
  const double span = last.time_s - first->time_s;
  return span > 0 ? static_cast<float>(-(last.y_px - first->y_px) / span) : 0.0f;
}

void begin_scrolling(const ImVec2& moved) {
  g_gesture.phase = Phase::scrolling;
  g_gesture.cancelled_id = g_gesture.claimed_id;
  // Nothing that the finger pressed fires on release: the press was a scroll.
  ImGui::ClearActiveID();
  scroll_by(-moved.y);
}

}  // namespace

void touch_scroll_new_frame(UiContext& ctx) {
  ImGuiIO& io = ImGui::GetIO();
  // The rest is timed from the end of the frame that took the last move: a
  // slow frame (a model run on a loaded tablet) is not a pause of the finger.
  const bool moved = io.MouseDelta.x != 0 || io.MouseDelta.y != 0;
  if (moved || g_pointer_moved_last_frame) g_pointer_moved_at_s = ImGui::GetTime();
  g_pointer_moved_last_frame = moved;
  const bool touch = io.MouseSource == ImGuiMouseSource_TouchScreen;
  if (touch) g_gesture.touch_seen = true;
  // A thumb-sized scrollbar once a finger has been seen; a mouse keeps the slim one.
  ImGui::GetStyle().ScrollbarSize = std::round(touch_px() * (g_gesture.touch_seen ? 0.5f : 18.0f / 44.0f));

  if (io.MouseClicked[0]) {
    const ImGuiWindow* window = touch ? scrollable_window_at_pointer() : nullptr;
    g_gesture.phase = window ? Phase::pending : Phase::idle;  // a new touch also stops a fling
    g_gesture.window_id = window ? window->ID : 0;
    g_gesture.start = io.MousePos;
    g_gesture.claimed_id = 0;
    g_gesture.velocity_px_per_s = 0;
    return;
  }
  switch (g_gesture.phase) {
    case Phase::pending: {
      if (!io.MouseDown[0]) {
        g_gesture.phase = Phase::idle;  // a tap
        break;
      }
      const ImVec2 moved(io.MousePos.x - g_gesture.start.x, io.MousePos.y - g_gesture.start.y);
      if (std::hypot(moved.x, moved.y) < kTouchSlopPx) break;
      const bool horizontal = std::fabs(moved.x) > std::fabs(moved.y);
      if (g_gesture.claimed_id != 0 && horizontal) {
        g_gesture.phase = Phase::widget_drag;
      } else {
        begin_scrolling(moved);
      }
      break;
    }
    case Phase::scrolling: {
      if (io.MouseDelta.y != 0) scroll_by(-io.MouseDelta.y);
      if (ImGui::GetActiveID() != 0) ImGui::ClearActiveID();
      if (!io.MouseDown[0]) {
        g_gesture.velocity_px_per_s = fling_velocity();
        const bool flinging = std::fabs(g_gesture.velocity_px_per_s) > kFlingStopPxPerS;
        g_gesture.phase = flinging ? Phase::fling : Phase::idle;
        if (flinging) ctx.frames.request_next_frame();
      }
      break;
    }
    case Phase::fling: {
      const float dt = io.DeltaTime;
      const bool moving = scroll_by(g_gesture.velocity_px_per_s * dt);
      g_gesture.velocity_px_per_s *= std::exp(-dt / kFlingDecaySeconds);
      if (!moving || std::fabs(g_gesture.velocity_px_per_s) < kFlingStopPxPerS) {
        g_gesture.phase = Phase::idle;
      } else {
        ctx.frames.request_next_frame();
      }
      break;
    }
    case Phase::widget_drag:
      if (!io.MouseDown[0]) g_gesture.phase = Phase::idle;
      break;
    case Phase::idle:
      break;
  }
}

bool touch_scroll_slider_cancelled() {
  const ImGuiID id = ImGui::GetItemID();
  if (g_gesture.phase == Phase::pending && ImGui::IsItemActive()) g_gesture.claimed_id = id;
  if (g_gesture.cancelled_id != 0 && g_gesture.cancelled_id == id) {
    g_gesture.cancelled_id = 0;
    return true;
  }
  return false;
}

void touch_scroll_note_motion(double time_s, float y_px) {
  g_gesture.samples[g_gesture.sample_count % kMotionSamples] = {time_s, y_px};
  ++g_gesture.sample_count;
}

void touch_scroll_note_press(double time_s, float y_px) {
  g_gesture.sample_count = 0;
  g_gesture.lift_time_s = -1;
  touch_scroll_note_motion(time_s, y_px);
}

void touch_scroll_note_lift(double time_s) { g_gesture.lift_time_s = time_s; }

bool pointer_drag_in_motion() {
  return pointer_drag_in_progress() && ImGui::GetTime() - g_pointer_moved_at_s < kDragRestSeconds;
}

bool pointer_drag_in_progress() {
  return ImGui::IsAnyItemActive() && ImGui::IsMouseDown(ImGuiMouseButton_Left);
}

bool touch_scrolling() { return g_gesture.phase == Phase::scrolling || g_gesture.phase == Phase::fling; }

}  // namespace ui

#include "ui/touch_scroll.hpp"

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
// A finger that rested this long before lifting does not fling.
constexpr double kFlingMaxRestSeconds = 0.08;

enum class Phase { idle, pending, scrolling, widget_drag, fling };

struct Gesture {
  Phase phase = Phase::idle;
  ImGuiID window_id = 0;   // the window that scrolls
  ImVec2 start;            // where the finger went down
  ImGuiID claimed_id = 0;  // a slider or plot that grabbed the touch
  ImGuiID cancelled_id = 0;
  float velocity_px_per_s = 0;  // of the content, positive = scrolling down
  double last_move_time = 0;
  bool touch_seen = false;  // a touch screen is in use: wider scrollbars
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
  const bool touch = io.MouseSource == ImGuiMouseSource_TouchScreen;
  const double now = ImGui::GetTime();
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
    g_gesture.last_move_time = now;
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
        g_gesture.last_move_time = now;
      }
      break;
    }
    case Phase::scrolling: {
      const float dy = io.MouseDelta.y;
      if (dy != 0 && io.DeltaTime > 0) {
        scroll_by(-dy);
        const float instant = -dy / io.DeltaTime;
        // Smoothed over the last few moves, so one uneven event does not decide the fling.
        g_gesture.velocity_px_per_s = 0.6f * instant + 0.4f * g_gesture.velocity_px_per_s;
        g_gesture.last_move_time = now;
      }
      if (ImGui::GetActiveID() != 0) ImGui::ClearActiveID();
      if (!io.MouseDown[0]) {
        const bool resting = now - g_gesture.last_move_time > kFlingMaxRestSeconds;
        g_gesture.phase = !resting && std::fabs(g_gesture.velocity_px_per_s) > kFlingStopPxPerS ? Phase::fling
                                                                                                : Phase::idle;
      }
      ctx.request_next_frame();
      break;
    }
    case Phase::fling: {
      const float dt = io.DeltaTime;
      const bool moving = scroll_by(g_gesture.velocity_px_per_s * dt);
      g_gesture.velocity_px_per_s *= std::exp(-dt / kFlingDecaySeconds);
      if (!moving || std::fabs(g_gesture.velocity_px_per_s) < kFlingStopPxPerS) {
        g_gesture.phase = Phase::idle;
      } else {
        ctx.request_next_frame();
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

bool touch_scrolling() { return g_gesture.phase == Phase::scrolling || g_gesture.phase == Phase::fling; }

}  // namespace ui

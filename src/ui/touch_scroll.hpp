// Finger scrolling for Dear ImGui, which scrolls only by wheel or scrollbar.
//
// A touch goes to the widget under it at once (taps land on first contact).
// Once the finger has moved past a small slop, the gesture is classified:
// - on a slider, mostly horizontal movement is a slider drag; anything else
//   scrolls, and the slider gets back the value it had at touch-down;
// - anywhere else (labels, padding, buttons, plots) it scrolls the nearest
//   scrollable window, and the press is cancelled so no button fires.
// Released while moving, the window keeps going and decelerates (a fling).
#pragma once

namespace ui {

class UiContext;

// Once per frame, after ImGui::NewFrame() and before the views.
void touch_scroll_new_frame(UiContext& ctx);

// Sliders call this right after their ImGui item. Returns true when the
// touch that grabbed the slider has turned into a scroll: the caller then
// restores the value it had when the touch began.
bool touch_scroll_slider_cancelled();

// True while a finger gesture is scrolling (or a fling is still moving).
bool touch_scrolling();
// A widget held down by the mouse or a finger (a slider being dragged): the
// frame changes what it shows every frame, so work that can wait for the
// release (storing the state, republishing the accessible form) waits.
bool pointer_drag_in_progress();
// ... and the pointer moved within the last 0.15 s: the next event will
// change the value again (a curve started now would be discarded).
bool pointer_drag_in_motion();

// The platform reports a finger's events with their own times (seconds), so
// a fling's speed does not depend on how fast frames are drawn.
void touch_scroll_note_press(double time_s, float y_px);
void touch_scroll_note_motion(double time_s, float y_px);
void touch_scroll_note_lift(double time_s);

}  // namespace ui

// Colours and sizes. Touch first: every frame is at least 44 CSS px high.
// Status colours come from the Okabe–Ito palette, which stays distinct for
// the common forms of colour blindness.
#pragma once

#include "app/app_state.hpp"
#include "imgui.h"

namespace ui {

// Every colour the UI draws with, per theme, as plain data: apply_theme copies
// it into ImGui's style and the widgets read the rest, so tests/ui can check
// the contrast of exactly what is drawn (WCAG 2.x) without an ImGui context.
struct Palette {
  ImVec4 window_bg;
  ImVec4 child_bg;  // the tool columns: most controls sit on it
  ImVec4 text;
  ImVec4 text_muted;
  ImVec4 frame_bg;  // input fields and sliders, then while hovered and active
  ImVec4 frame_bg_hovered;
  ImVec4 frame_bg_active;
  ImVec4 border;        // columns and buttons
  ImVec4 field_border;  // input fields: what shows where to type, so 3:1 on both sides
  ImVec4 button;
  ImVec4 button_hovered;
  ImVec4 button_active;
  ImVec4 segment_selected;  // the chosen one of a segmented row, 3:1 against `button`
  ImVec4 segment_selected_text;
  ImVec4 tab;
  ImVec4 tab_hovered;
  ImVec4 tab_active;
  ImVec4 check_mark;
  ImVec4 nav_highlight;  // the keyboard focus ring
  ImVec4 error;          // vermillion
  ImVec4 caution;        // orange
  ImVec4 ok;             // bluish green
  ImVec4 accent;         // blue
  ImVec4 card;           // background of result cards
};

// Colours for the theme, sizes for the UI scale (1 = 100 %).
void apply_theme(app::Theme theme, float ui_scale = 1.0f);
// The palette of `theme`, whether applied or not; palette() is the applied one.
const Palette& palette_for(app::Theme theme);
const Palette& palette();

inline constexpr float kBodyFontPx = 17.0f;
inline constexpr float kHeadingFontPx = 21.0f;
inline constexpr float kLargeFontPx = 26.0f;
inline constexpr float kTouchTargetPx = 44.0f;

// The touch-target height at the current UI scale.
float touch_px();
float ui_scale();
// A button's size: its label's width, but never under a fingertip (44 x 44 px).
ImVec2 touch_button_size(const char* label);

}  // namespace ui

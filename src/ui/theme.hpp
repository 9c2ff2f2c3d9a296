// Colours and sizes. Touch first: every frame is at least 44 CSS px high.
// Status colours come from the Okabe–Ito palette, which stays distinct for
// the common forms of colour blindness.
#pragma once

#include "app/app_state.hpp"
#include "imgui.h"

namespace ui {

struct Palette {
  ImVec4 text_muted;
  ImVec4 error;    // vermillion
  ImVec4 caution;  // orange
  ImVec4 ok;       // bluish green
  ImVec4 accent;   // blue
  ImVec4 card;     // background of result cards
};

// Colours for the theme, sizes for the UI scale (1 = 100 %).
void apply_theme(app::Theme theme, float ui_scale = 1.0f);
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

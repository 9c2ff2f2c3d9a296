// Two scrolling columns side by side on wide screens, one column on narrow
// ones (phones, portrait tablets): the same panel code for both.
#pragma once

namespace ui {

struct Columns {
  bool wide = false;
};

Columns begin_columns(const char* id, float left_fraction);
void next_column(const Columns& columns);
void end_columns(const Columns& columns);

inline constexpr float kTwoColumnMinWidthPx = 860.0f;

}  // namespace ui

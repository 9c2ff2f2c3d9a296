// Two scrolling columns side by side on wide screens, one column on narrow
// ones (phones, portrait tablets): the same panel code for both.
//
// Results first when the height is short: a panel calls mark_results()
// where its results begin. When a column's content does not fit its height
// (a small embed, a laptop screen, browser zoom), the results are laid out
// above the inputs that precede them; on one narrow column, the results and
// the whole second column come before those inputs. A column whose content
// fits keeps the order of the code.
#pragma once

namespace ui {

struct Columns {
  bool wide = false;
  float top_y = 0;  // where the columns start, in the enclosing window (px)
};

Columns begin_columns(const char* id, float left_fraction);
void next_column(const Columns& columns);
void end_columns(const Columns& columns);

// What is drawn from here to the end of the column are the tool's results.
void mark_results();

// In a column laid out results first, the height a plot (or a diagram) may
// take so that it fits in view below the first results, down to a legible
// minimum; `wanted_px` otherwise.
float plot_height_px(float wanted_px);
float diagram_height_px(float wanted_px);

// How far down the enclosing window (px, from its top) the columns drawn this
// frame would reach if nothing in them scrolled; 0 when none were drawn.
// Embeds report it to the host page, which can then fit the iframe.
float columns_content_bottom();
// Once per frame: begin by resetting; at the end, ask whether the layout
// moved (a column changed its order) and needs one more frame to settle.
void reset_columns_frame();
bool columns_need_another_frame();

inline constexpr float kTwoColumnMinWidthPx = 860.0f;

}  // namespace ui

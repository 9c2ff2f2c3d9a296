// Two scrolling columns side by side on wide screens, one column on narrow
// ones (phones, portrait tablets): the same panel code for both.
//
// Two columns put the inputs on the left and the headline and main plot at
// the top on the right: in view together at scroll 0 on every laptop.
//
// Results first where that helps: a panel calls mark_results() where its
// results begin. On a phone-width screen (below 700 px) or in a short embed
// (below 600 px high), when a column's content does not fit its height, the
// results are laid out above the inputs that precede them; on one narrow
// column, the results and the whole second column come before those inputs.
// Everywhere else, and in a column whose content fits, the order of the code
// stands: a laptop keeps its controls where a person looks for them.
#pragma once

namespace ui {

struct Columns {
  bool wide = false;
  float top_y = 0;  // where the columns start, in the enclosing window (px)
};

Columns begin_columns(const char* id, float left_fraction);
void next_column(const Columns& columns);
void end_columns(const Columns& columns);

// What is drawn from here to the end of the column (or to end_results())
// are the tool's results.
void mark_results();
// The results a phone shows first end here (the headline and the main plot):
// what follows comes after the inputs, which stay one short scroll away.
void end_results();

// In a column laid out results first, the height a plot (or a diagram) may
// take so that it fits in view below the first results, down to a legible
// minimum; `wanted_px` otherwise. A `main_plot` that starts in view is fitted
// the same way in any column, whatever its order.
float plot_height_px(float wanted_px, bool main_plot = false);
float diagram_height_px(float wanted_px);

// How far down the enclosing window (px, from its top) the columns drawn this
// frame would reach if nothing in them scrolled; 0 when none were drawn.
// Embeds report it to the host page, which can then fit the iframe.
float columns_content_bottom();
// Once per frame: begin by resetting; at the end, ask whether the layout
// moved (a column changed its order) and needs one more frame to settle.
// `embedded`: the tool is in an iframe (only there does a short height put
// the results first).
void reset_columns_frame(bool embedded);
bool columns_need_another_frame();

inline constexpr float kTwoColumnMinWidthPx = 860.0f;
// Results first only below these (CSS px): a phone's width, a short embed's height.
inline constexpr float kResultsFirstBelowWidthPx = 700.0f;
inline constexpr float kResultsFirstEmbedBelowHeightPx = 600.0f;

}  // namespace ui

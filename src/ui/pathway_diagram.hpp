// A branching reaction diagram: one starting box, two arrows whose widths
// show how the material splits, and a product box at the end of each.
#pragma once

#include <string>

#include "ui/ui_context.hpp"

namespace ui {

struct PathwayBranch {
  std::string product;  // e.g. "7-membered ring"
  std::string label;    // rate law and share, e.g. "k_intra · 92 %"
  double share;         // 0..1 of the material, sets the arrow width
  int colour;           // series_colour index
};

void draw_pathway(UiContext& ctx, const char* test_name, const std::string& start, const PathwayBranch& upper,
                  const PathwayBranch& lower, float height_px = 170);

}  // namespace ui

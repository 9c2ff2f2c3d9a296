// A decision tree drawn as boxes and arrows: one question on top and a few
// branches of steps below it, each box carrying the model's numbers.
#pragma once

#include <string>
#include <vector>

#include "ui/ui_context.hpp"

namespace ui {

struct FlowBox {
  std::string title;
  std::string detail;  // the numbers, may hold several lines
  int colour = -1;     // series_colour index for the border, -1 for neutral
};

struct FlowBranch {
  std::string label;  // on the arrow from the question
  std::vector<FlowBox> steps;
};

void draw_flow(UiContext& ctx, const char* test_name, const FlowBox& question,
               const std::vector<FlowBranch>& branches);

}  // namespace ui

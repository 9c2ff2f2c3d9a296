#include "ui/flow_diagram.hpp"

#include <algorithm>

#include "imgui.h"
#include "ui/plot.hpp"

namespace ui {
namespace {

struct Placed {
  ImVec2 min, max;
};

// Height of a box whose text wraps at `width`.
float box_height(const FlowBox& box, float width) {
  const float wrap = width - 16;
  const float title = ImGui::CalcTextSize(box.title.c_str(), nullptr, false, wrap).y;
  const float detail =
      box.detail.empty() ? 0 : ImGui::CalcTextSize(box.detail.c_str(), nullptr, false, wrap).y + 4;
  return title + detail + 16;
}

Placed draw_box(ImDrawList* draw, ImVec2 at, float width, const FlowBox& box) {
  const float height = box_height(box, width);
  const ImVec2 max(at.x + width, at.y + height);
  const ImU32 border = box.colour >= 0 ? series_colour(box.colour) : ImGui::GetColorU32(ImGuiCol_Border);
  draw->AddRectFilled(at, max, ImGui::GetColorU32(ImGuiCol_FrameBg), 6);
  draw->AddRect(at, max, border, 6, 0, 2);
  const float wrap = width - 16;
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  draw->AddText(font, size, ImVec2(at.x + 8, at.y + 8), ImGui::GetColorU32(ImGuiCol_Text), box.title.c_str(),
                nullptr, wrap);
  if (!box.detail.empty()) {
    const float title_h = ImGui::CalcTextSize(box.title.c_str(), nullptr, false, wrap).y;
    draw->AddText(font, size, ImVec2(at.x + 8, at.y + 12 + title_h), ImGui::GetColorU32(ImGuiCol_Text, 0.75f),
                  box.detail.c_str(), nullptr, wrap);
  }
  return {at, max};
}

void arrow_down(ImDrawList* draw, ImVec2 from, ImVec2 to) {
  const ImU32 colour = ImGui::GetColorU32(ImGuiCol_Text, 0.6f);
  draw->AddLine(from, ImVec2(to.x, to.y - 8), colour, 2);
  draw->AddTriangleFilled(to, ImVec2(to.x - 6, to.y - 10), ImVec2(to.x + 6, to.y - 10), colour);
}

}  // namespace

void draw_flow(UiContext& ctx, const char* test_name, const FlowBox& question,
               const std::vector<FlowBranch>& branches) {
  const float width = ImGui::GetContentRegionAvail().x;
  const float gap = 16, arrow = 34;
  const int columns = static_cast<int>(std::max<size_t>(1, branches.size()));
  const float column_w = (width - gap * (columns - 1)) / columns;
  // Measure first so the reserved space fits the tallest branch.
  float branch_h = 0;
  for (const auto& branch : branches) {
    float h = 0;
    for (const auto& step : branch.steps) h += box_height(step, column_w) + arrow;
    branch_h = std::max(branch_h, h);
  }
  const float question_w = std::min(width, 420.0f);
  const float question_h = box_height(question, question_w);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, question_h + arrow + branch_h));
  ctx.tag_last_item(test_name);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const Placed top =
      draw_box(draw, ImVec2(origin.x + (width - question_w) / 2, origin.y), question_w, question);
  const ImU32 label_colour = ImGui::GetColorU32(ImGuiCol_Text);
  for (int c = 0; c < columns && c < static_cast<int>(branches.size()); ++c) {
    const FlowBranch& branch = branches[c];
    const float x = origin.x + c * (column_w + gap);
    ImVec2 from((top.min.x + top.max.x) / 2, top.max.y);
    float y = top.max.y + arrow;
    for (size_t i = 0; i < branch.steps.size(); ++i) {
      const ImVec2 to(x + column_w / 2, y);
      arrow_down(draw, from, to);
      if (i == 0 && !branch.label.empty()) {
        const ImVec2 text = ImGui::CalcTextSize(branch.label.c_str());
        draw->AddText(ImVec2((from.x + to.x) / 2 - text.x / 2, (from.y + to.y) / 2 - text.y / 2 - 2),
                      label_colour, branch.label.c_str());
      }
      const Placed box = draw_box(draw, ImVec2(x, y), column_w, branch.steps[i]);
      from = ImVec2(to.x, box.max.y);
      y = box.max.y + arrow;
    }
  }
}

}  // namespace ui

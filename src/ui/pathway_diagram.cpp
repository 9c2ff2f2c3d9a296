#include "ui/pathway_diagram.hpp"

#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "ui/layout.hpp"
#include "ui/plot.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {
namespace {

void boxed_text(ImDrawList* draw, ImVec2 centre, const std::string& text, ImU32 border) {
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  const ImVec2 min(centre.x - size.x / 2 - 10, centre.y - size.y / 2 - 8);
  const ImVec2 max(centre.x + size.x / 2 + 10, centre.y + size.y / 2 + 8);
  draw->AddRectFilled(min, max, ImGui::GetColorU32(ImGuiCol_FrameBg), 6);
  draw->AddRect(min, max, border, 6, 0, 2);
  draw->AddText(ImVec2(min.x + 10, min.y + 8), ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
}

void arrow(ImDrawList* draw, ImVec2 from, ImVec2 to, float width, ImU32 colour) {
  const ImVec2 d(to.x - from.x, to.y - from.y);
  const float length = std::max(1.0f, std::sqrt(d.x * d.x + d.y * d.y));
  const ImVec2 unit(d.x / length, d.y / length), normal(-unit.y, unit.x);
  const float head = std::max(14.0f, width * 1.6f);
  const ImVec2 base(to.x - unit.x * head, to.y - unit.y * head);
  draw->AddLine(from, base, colour, width);
  draw->AddTriangleFilled(to, ImVec2(base.x + normal.x * head * 0.6f, base.y + normal.y * head * 0.6f),
                          ImVec2(base.x - normal.x * head * 0.6f, base.y - normal.y * head * 0.6f), colour);
}

// Below this width (px) the boxes and labels do not fit side by side: the
// diagram turns vertical, the precursor on top and the products underneath.
constexpr float kVerticalBelowPx = 560.0f;

// A label beside the middle of an arrow, on the outer side, clear of the
// line, already wrapped to the room on that side (a phone has ~100 px).
void side_label(ImDrawList* draw, ImVec2 from, ImVec2 to, bool left, const std::string& wrapped,
                ImU32 colour) {
  const ImVec2 size = ImGui::CalcTextSize(wrapped.c_str());
  const ImVec2 mid((from.x + to.x) / 2, (from.y + to.y) / 2);
  const float x = left ? mid.x - size.x - 16 : mid.x + 16;
  draw->AddText(ImVec2(x, mid.y - size.y / 2), colour, wrapped.c_str());
}

void draw_vertical(UiContext& ctx, const char* test_name, const std::string& start,
                   const PathwayBranch* branches[2], float width) {
  const float line_h = ImGui::GetTextLineHeight();
  const float box_h = line_h + 16;
  // Each label has the room between its arrow's middle and the column's edge
  // (the arrows run from the centre to a quarter and three quarters across).
  const float label_room = std::max(40.0f, width * 0.375f - 28.0f);
  std::string labels[2];
  float arrow_h = std::max(3.5f * line_h, 70.0f);
  for (int i = 0; i < 2; ++i) {
    labels[i] = wrap_to_width(branches[i]->label, label_room);
    arrow_h = std::max(arrow_h, ImGui::CalcTextSize(labels[i].c_str()).y + 2 * line_h);
  }
  const float height_px = box_h * 2 + arrow_h + 8;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height_px));
  ctx.tag_last_item(test_name);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  const ImVec2 start_centre(origin.x + width / 2, origin.y + box_h / 2 + 2);
  boxed_text(draw, start_centre, start, ImGui::GetColorU32(ImGuiCol_Border));
  for (int i = 0; i < 2; ++i) {
    const PathwayBranch& b = *branches[i];
    const float line_width = 2.0f + 16.0f * static_cast<float>(std::clamp(b.share, 0.0, 1.0));
    const ImVec2 product(origin.x + width * (i == 0 ? 0.25f : 0.75f), origin.y + height_px - box_h / 2 - 2);
    const ImVec2 from(start_centre.x + (i == 0 ? -12.0f : 12.0f), start_centre.y + box_h / 2 + 2);
    const ImVec2 to(product.x, product.y - box_h / 2 - 4);
    arrow(draw, from, to, line_width, series_colour(b.colour));
    side_label(draw, from, to, i == 0, labels[i], text);
    boxed_text(draw, product, b.product, series_colour(b.colour));
  }
}

}  // namespace

void draw_pathway(UiContext& ctx, const char* test_name, const std::string& start, const PathwayBranch& upper,
                  const PathwayBranch& lower, float wanted_height_px) {
  const float width = ImGui::GetContentRegionAvail().x;
  if (width < kVerticalBelowPx * ui_scale()) {
    const PathwayBranch* branches[] = {&upper, &lower};
    draw_vertical(ctx, test_name, start, branches, width);
    return;
  }
  const float height_px = diagram_height_px(wanted_height_px);  // smaller in a short, results-first column
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height_px));
  ctx.tag_last_item(test_name);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  const float start_w = ImGui::CalcTextSize(start.c_str()).x + 20;
  const ImVec2 start_centre(origin.x + start_w / 2 + 2, origin.y + height_px / 2);
  boxed_text(draw, start_centre, start, ImGui::GetColorU32(ImGuiCol_Border));
  const float product_x = origin.x + width * 0.78f;
  const PathwayBranch* branches[] = {&upper, &lower};
  for (int i = 0; i < 2; ++i) {
    const PathwayBranch& b = *branches[i];
    const float y = origin.y + (i == 0 ? 0.2f : 0.8f) * height_px;
    // Width follows the share of material: 2 px for a trickle, 18 px for all of it.
    const float line_width = 2.0f + 16.0f * static_cast<float>(std::clamp(b.share, 0.0, 1.0));
    const float product_w = ImGui::CalcTextSize(b.product.c_str()).x + 20;
    const ImVec2 from(start_centre.x + start_w / 2 + 4, start_centre.y);
    const ImVec2 to(product_x - std::min(product_w / 2, width * 0.2f) - 6, y);
    arrow(draw, from, to, line_width, series_colour(b.colour));
    const ImVec2 mid((from.x + to.x) / 2, (from.y + to.y) / 2 + (i == 0 ? -30.0f : 10.0f));
    draw->AddText(ImVec2(mid.x - ImGui::CalcTextSize(b.label.c_str()).x / 2, mid.y), text, b.label.c_str());
    boxed_text(draw, ImVec2(product_x, y), b.product, series_colour(b.colour));
  }
}

}  // namespace ui

#include "ui/pathway_diagram.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "imgui.h"
#include "ui/layout.hpp"
#include "ui/plot.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace ui {
namespace {

// Test tags for the boxes and labels, so a test can check that none overlaps
// another or leaves the diagram: "<diagram>.box.start", ".box.0", ".label.0"...
void tag_part(UiContext& ctx, const char* diagram, const char* part, ImVec2 min, ImVec2 max) {
  ctx.tags.tag_rect((std::string(diagram) + part).c_str(), min.x, min.y, max.x - min.x, max.y - min.y);
}

void boxed_text(UiContext& ctx, const char* diagram, const char* part, ImDrawList* draw, ImVec2 centre,
                const std::string& text, ImU32 border) {
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  const ImVec2 min(centre.x - size.x / 2 - 10, centre.y - size.y / 2 - 8);
  const ImVec2 max(centre.x + size.x / 2 + 10, centre.y + size.y / 2 + 8);
  draw->AddRectFilled(min, max, ImGui::GetColorU32(ImGuiCol_FrameBg), 6);
  draw->AddRect(min, max, border, 6, 0, 2);
  draw->AddText(ImVec2(min.x + 10, min.y + 8), ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
  tag_part(ctx, diagram, part, min, max);
}

void label_text(UiContext& ctx, const char* diagram, int branch, ImDrawList* draw, ImVec2 at,
                const std::string& text, ImU32 colour) {
  draw->AddText(at, colour, text.c_str());
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  tag_part(ctx, diagram, branch == 0 ? ".label.0" : ".label.1", at, ImVec2(at.x + size.x, at.y + size.y));
}

// An arrow's width follows the share of material: 2 px for a trickle, 18 px for all of it.
float arrow_width(double share) { return 2.0f + 16.0f * static_cast<float>(std::clamp(share, 0.0, 1.0)); }

// How far a label centred over an arrow's middle must stand off the line:
// half the line, a gap, and the rise of the line under half the label.
float label_clearance(float line_width, float slope, float label_width) {
  return line_width / 2 + 6 + slope * label_width / 2;
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
void side_label(UiContext& ctx, const char* diagram, int branch, ImDrawList* draw, ImVec2 from, ImVec2 to,
                const std::string& wrapped, ImU32 colour) {
  const ImVec2 size = ImGui::CalcTextSize(wrapped.c_str());
  const ImVec2 mid((from.x + to.x) / 2, (from.y + to.y) / 2);
  const float x = branch == 0 ? mid.x - size.x - 16 : mid.x + 16;
  label_text(ctx, diagram, branch, draw, ImVec2(x, mid.y - size.y / 2), wrapped, colour);
}

void draw_vertical(UiContext& ctx, const char* test_name, const std::string& start,
                   const PathwayBranch* branches[2], float width) {
  const float line_h = ImGui::GetTextLineHeight();
  const float box_h = line_h + 16;
  // Each label has the room between its arrow's middle and the column's edge
  // (the arrows run from the centre to a quarter and three quarters across).
  const float label_room = std::max(40.0f, width * 0.375f - 28.0f);
  std::string labels[2], products[2];
  float arrow_h = std::max(3.5f * line_h, 70.0f);
  float product_h = box_h;  // both products' boxes as tall as the taller, wrapped to half the width
  for (int i = 0; i < 2; ++i) {
    labels[i] = wrap_to_width(branches[i]->label, label_room);
    arrow_h = std::max(arrow_h, ImGui::CalcTextSize(labels[i].c_str()).y + 2 * line_h);
    products[i] = wrap_to_width(branches[i]->product, width / 2 - 28);
    product_h = std::max(product_h, ImGui::CalcTextSize(products[i].c_str()).y + 16);
  }
  const float height_px = box_h + product_h + arrow_h + 8;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height_px));
  ctx.tag_last_item(test_name);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  const ImVec2 start_centre(origin.x + width / 2, origin.y + box_h / 2 + 2);
  boxed_text(ctx, test_name, ".box.start", draw, start_centre, start, ImGui::GetColorU32(ImGuiCol_Border));
  for (int i = 0; i < 2; ++i) {
    const PathwayBranch& b = *branches[i];
    const float line_width = arrow_width(b.share);
    const ImVec2 product(origin.x + width * (i == 0 ? 0.25f : 0.75f),
                         origin.y + height_px - product_h / 2 - 2);
    const ImVec2 from(start_centre.x + (i == 0 ? -12.0f : 12.0f), start_centre.y + box_h / 2 + 2);
    const ImVec2 to(product.x, product.y - product_h / 2 - 4);
    arrow(draw, from, to, line_width, series_colour(b.colour));
    side_label(ctx, test_name, i, draw, from, to, labels[i], text);
    boxed_text(ctx, test_name, i == 0 ? ".box.0" : ".box.1", draw, product, products[i],
               series_colour(b.colour));
  }
}

}  // namespace

void draw_pathway(UiContext& ctx, const char* test_name, const std::string& start, const PathwayBranch& upper,
                  const PathwayBranch& lower, float wanted_height_px) {
  const float width = ImGui::GetContentRegionAvail().x;
  const PathwayBranch* branches[] = {&upper, &lower};
  if (width < kVerticalBelowPx * ui_scale()) {
    draw_vertical(ctx, test_name, start, branches, width);
    return;
  }
  const float line_h = ImGui::GetTextLineHeight();
  const float start_w = ImGui::CalcTextSize(start.c_str()).x + 20;
  // Products sit against the right edge (wrapped to at most 30 % of the
  // width), so a long name never runs out of the frame; each arrow's label
  // is wrapped to its arrow's run and kept off the line and the boxes.
  std::string products[2], labels[2];
  float product_w[2], run[2];
  for (int i = 0; i < 2; ++i) {
    products[i] = wrap_to_width(branches[i]->product, width * 0.3f);
    product_w[i] = ImGui::CalcTextSize(products[i].c_str()).x + 20;
    run[i] = width - product_w[i] - 10 - (start_w + 8);
    labels[i] = wrap_to_width(branches[i]->label, std::max(60.0f, run[i] * 0.8f));
  }
  // Rows at 20 % and 80 % of the height; grown until each label fits between
  // its arrow and the frame's edge (the arrow rises or falls under it).
  float height_px = diagram_height_px(wanted_height_px);
  for (int pass = 0; pass < 2; ++pass) {
    for (int i = 0; i < 2; ++i) {
      const ImVec2 size = ImGui::CalcTextSize(labels[i].c_str());
      const float slope = 0.3f * height_px / std::max(1.0f, run[i]);
      const float clearance = label_clearance(arrow_width(branches[i]->share), slope, size.x);
      height_px = std::max(height_px, (size.y + clearance + 4) / 0.35f);
    }
  }
  height_px = std::max(height_px, 3 * (line_h + 16));
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(width, height_px));
  ctx.tag_last_item(test_name);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  const ImVec2 start_centre(origin.x + start_w / 2 + 2, origin.y + height_px / 2);
  boxed_text(ctx, test_name, ".box.start", draw, start_centre, start, ImGui::GetColorU32(ImGuiCol_Border));
  for (int i = 0; i < 2; ++i) {
    const PathwayBranch& b = *branches[i];
    const float y = origin.y + (i == 0 ? 0.2f : 0.8f) * height_px;
    const float line_width = arrow_width(b.share);
    const ImVec2 product(origin.x + width - product_w[i] / 2 - 2, y);
    const ImVec2 from(start_centre.x + start_w / 2 + 4, start_centre.y);
    const ImVec2 to(product.x - product_w[i] / 2 - 6, y);
    arrow(draw, from, to, line_width, series_colour(b.colour));
    // Above the rising arrow, below the falling one, clear of the line at the label's far end.
    const ImVec2 size = ImGui::CalcTextSize(labels[i].c_str());
    const ImVec2 mid((from.x + to.x) / 2, (from.y + to.y) / 2);
    const float slope = std::fabs(to.y - from.y) / std::max(1.0f, to.x - from.x);
    const float clearance = label_clearance(line_width, slope, size.x);
    const float label_y = i == 0 ? mid.y - clearance - size.y : mid.y + clearance;
    label_text(ctx, test_name, i, draw, ImVec2(mid.x - size.x / 2, label_y), labels[i], text);
    boxed_text(ctx, test_name, i == 0 ? ".box.0" : ".box.1", draw, product, products[i],
               series_colour(b.colour));
  }
}

}  // namespace ui

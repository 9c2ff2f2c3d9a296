#include "ui/test_tags.hpp"

#include <algorithm>

#include "imgui.h"
#include "imgui_internal.h"

namespace ui {
namespace {

bool same_place(const WidgetRect& a, const WidgetRect& b) {
  return a.x == b.x && a.y == b.y && a.width == b.width && a.height == b.height;
}

bool same_tag(const WidgetRect& a, const WidgetRect& b) {
  return a.name == b.name && same_place(a, b) && a.focused == b.focused && a.clip_top == b.clip_top &&
         a.clip_bottom == b.clip_bottom;
}

bool ends_with(const std::string& text, const std::string& suffix) {
  return text.size() > suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

void TestTags::tag_last_item(const char* name, bool focused) {
  // Kept with or without tests: whether they moved since the last frame tells
  // the frame loop that the layout is still settling (see layout_moved()).
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  // The window's clip rectangle tells a test whether the item can be seen or
  // has to be scrolled to first.
  const ImRect clip = ImGui::GetCurrentWindowRead()->ClipRect;
  rects_.push_back({name, min.x, min.y, max.x - min.x, max.y - min.y, focused, clip.Min.y, clip.Max.y});
}

void TestTags::tag_last_item_for_tests(const std::string& name) {
  if (!for_tests_) return;
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  const ImRect clip = ImGui::GetCurrentWindowRead()->ClipRect;
  rects_.push_back({name, min.x, min.y, max.x - min.x, max.y - min.y, false, clip.Min.y, clip.Max.y});
}

void TestTags::tag_rect(const char* name, float x, float y, float width, float height) {
  if (!for_tests_) return;
  rects_.push_back({name, x, y, width, height, false, y, y + height});
}

std::optional<WidgetRect> TestTags::printable_plot() const {
  const WidgetRect* plot = nullptr;
  for (const auto& rect : rects_) {
    if (ends_with(rect.name, ".area") && rect.y >= rect.clip_top - 1 &&
        rect.y + rect.height <= rect.clip_bottom + 1) {
      plot = &rect;
      break;
    }
  }
  if (!plot) return std::nullopt;
  WidgetRect framed = *plot;
  const std::string legend = plot->name.substr(0, plot->name.size() - 5) + ".legend.";
  for (const auto& rect : rects_) {
    if (rect.name.rfind(legend, 0) != 0) continue;
    const float right = std::max(framed.x + framed.width, rect.x + rect.width);
    const float bottom = std::max(framed.y + framed.height, rect.y + rect.height);
    framed.x = std::min(framed.x, rect.x);
    framed.y = std::min(framed.y, rect.y);
    framed.width = right - framed.x;
    framed.height = bottom - framed.y;
  }
  return framed;
}

void TestTags::begin_frame(bool for_tests) {
  for_tests_ = for_tests;
  rects_.clear();
}

void TestTags::end_frame(Host& host) {
  // Dear ImGui lays a change out over a frame or two (a scrollbar appears
  // once the content has grown, a row wraps once it is measured). The app
  // must not fall idle in between: what is drawn would not be where the next
  // tap lands.
  layout_moved_ = rects_.size() != last_frame_rects_.size() ||
                  !std::equal(rects_.begin(), rects_.end(), last_frame_rects_.begin(), same_place);
  last_frame_rects_ = rects_;
  if (!for_tests_) return;
  // Tooltips are ImGui's own windows: tests check that none stays behind a tap.
  for (const ImGuiWindow* window : GImGui->Windows) {
    if ((window->Flags & ImGuiWindowFlags_Tooltip) && window->Active) {
      tag_rect("imgui.tooltip", window->Pos.x, window->Pos.y, window->Size.x, window->Size.y);
    }
  }
  if (rects_.size() == published_rects_.size() &&
      std::equal(rects_.begin(), rects_.end(), published_rects_.begin(), same_tag)) {
    return;
  }
  host.publish_widget_rects(rects_);
  published_rects_ = rects_;
}

}  // namespace ui

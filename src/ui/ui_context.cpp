#include "ui/ui_context.hpp"

#include <algorithm>

#include "imgui.h"

namespace ui {

void UiContext::tag_last_item(const char* name) {
  if (!host_.test_hooks_enabled()) return;
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  rects_.push_back({name, min.x, min.y, max.x - min.x, max.y - min.y});
}

void UiContext::animate_until(double seconds) {
  animate_until_ = std::max(animate_until_, seconds);
}

void UiContext::begin_frame() {
  rects_.clear();
}

void UiContext::end_frame() {
  if (!host_.test_hooks_enabled()) return;
  auto same = [](const WidgetRect& a, const WidgetRect& b) {
    return a.name == b.name && a.x == b.x && a.y == b.y && a.width == b.width && a.height == b.height;
  };
  if (rects_.size() == published_rects_.size() &&
      std::equal(rects_.begin(), rects_.end(), published_rects_.begin(), same)) {
    return;
  }
  host_.publish_widget_rects(rects_);
  published_rects_ = rects_;
}

void UiContext::mirror(const std::string& tool, const std::vector<app::MirrorEntry>& entries) {
  std::string key = tool;
  for (const auto& entry : entries) key += "\n" + entry.key + "\t" + entry.label + "\t" + entry.value;
  if (key == published_mirror_) return;
  published_mirror_ = key;
  host_.publish_mirror(tool, entries);
}

}  // namespace ui

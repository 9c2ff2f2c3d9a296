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

void UiContext::animate_until(double seconds) { animate_until_ = std::max(animate_until_, seconds); }

void UiContext::begin_frame() {
  rects_.clear();
  frame_mirror_.clear();
}

std::optional<UiContext::Capture> UiContext::take_capture() {
  std::optional<Capture> capture;
  capture.swap(capture_);
  return capture;
}

void UiContext::mirror(const std::string& tool, const std::vector<app::MirrorEntry>& entries) {
  auto& frame_entries = frame_mirror_[tool];
  frame_entries.insert(frame_entries.end(), entries.begin(), entries.end());
}

void UiContext::end_frame() {
  // A tool no longer on screen leaves the mirror too (empty section).
  for (auto& [tool, published] : published_mirror_) {
    if (!published.empty() && frame_mirror_.count(tool) == 0) {
      published.clear();
      host_.publish_mirror(tool, {});
    }
  }
  for (const auto& [tool, entries] : frame_mirror_) {
    std::string key;
    for (const auto& entry : entries) key += entry.key + "\t" + entry.label + "\t" + entry.value + "\n";
    if (published_mirror_[tool] == key) continue;
    published_mirror_[tool] = key;
    host_.publish_mirror(tool, entries);
  }
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

}  // namespace ui
